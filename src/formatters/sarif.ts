/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, any SARIF viewer). One run; findings become results,
 * `related` entries become relatedLocations (linked from the message, which is how GitHub shows them), and
 * files credence skipped become tool execution notifications rather than results.
 */
import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { FindingReport, Report } from '../report.js';
import { escapeControls } from '../text/sanitize.js';
import type { Location, Notice } from '../types.js';
import { ruleCatalog, type CatalogRule } from './rule-catalog.js';
import { relatedTotal, type Formatter } from './types.js';

/**
 * SARIF requires absolute URIs for informationUri and helpUri (§3.19.17, §3.49.12), so rule pages are
 * resolved against the project's home. The project has no public home yet: `.invalid` (RFC 2606) is the
 * same placeholder schema/report.schema.json uses for its $id, chosen so no link points at someone else's
 * site. Change this one constant when the repository is published.
 */
export const PROJECT_URL = 'https://credence.invalid/';

/** All paths in a report are relative to the directory credence ran in; consumers resolve them from there. */
const SRCROOT = '%SRCROOT%';

/** Name of our partial fingerprint; bump the version if what goes into the hash changes. */
const FINGERPRINT_KEY = 'credenceFinding/v1';

const STANDARD_FIELDS = new Set(['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'excerpt', 'related']);

/** A relative reference for a report path: each segment percent-encoded, so spaces, %, #, ? and : stay data. */
function pathToUri(path: string): string {
  return wellFormed(path).split('/').map(encodeURIComponent).join('/');
}

/** encodeURIComponent throws on lone surrogates; a hand-made report may hold them. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Text for a SARIF plain-text message. Controls and bidi overrides are made visible, and square brackets and
 * backslashes are escaped so article text can never form an embedded link ([text](n), §3.11.6) of its own.
 */
function messageText(s: string): string {
  return escapeControls(s).replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/** "AiDisclosure" from "ai-disclosure": SARIF's readable rule name, which must not be the id itself. */
function ruleName(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') || 'Rule';
}

function ruleDescriptor(r: CatalogRule): Sarif.ReportingDescriptor {
  const helpUri = new URL(r.docs, PROJECT_URL).href;
  const short = r.description.split(/(?<=\.)\s/)[0]!;
  return {
    id: r.id,
    name: ruleName(r.id),
    shortDescription: { text: escapeControls(short) },
    fullDescription: { text: escapeControls(r.description) },
    help: {
      text: `${escapeControls(r.description)} Documentation: ${r.docs} in the credence package.`,
      markdown: `${escapeControls(r.description)} See [${r.docs}](${helpUri}).`,
    },
    helpUri,
    ...(r.defaultSeverity ? { defaultConfiguration: { level: r.defaultSeverity } } : {}),
  };
}

function artifactLocation(path: string): Sarif.ArtifactLocation {
  return { uri: pathToUri(path), uriBaseId: SRCROOT };
}

/**
 * Result identity that survives edits elsewhere in the article: rule, path, the flagged text (normalised) and
 * which occurrence of that text it is. The line number is deliberately left out, so inserting a paragraph
 * above a finding does not make code scanning close one alert and open another.
 */
function fingerprint(rule: string, path: string, normalisedExcerpt: string, occurrence: number): string {
  return createHash('sha256').update(JSON.stringify([rule, path, normalisedExcerpt, occurrence])).digest('hex');
}

function normaliseExcerpt(s: string): string {
  return wellFormed(s).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function relatedLocation(r: Location, id: number): Sarif.Location {
  return {
    id,
    physicalLocation: {
      artifactLocation: artifactLocation(r.path),
      region: { startLine: r.line, startColumn: r.column, snippet: { text: escapeControls(r.excerpt) } },
    },
    message: { text: messageText(r.excerpt) },
  };
}

/** Extra rule-specific fields of a finding (disclosure kind, figure value…), kept as result properties. */
function extraProperties(f: FindingReport): Record<string, unknown> | undefined {
  const extra = Object.entries(f).filter(([k]) => !STANDARD_FIELDS.has(k));
  return extra.length ? Object.fromEntries(extra) : undefined;
}

function result(f: FindingReport, path: string, ruleIndex: number, occurrence: number): Sarif.Result {
  const related = f.related.map((r, i) => relatedLocation(r, i + 1));
  // GitHub shows related locations only where the message links to them.
  const links = f.related.map((r, i) => `[${messageText(`${r.path}:${r.line}:${r.column}`)}](${i + 1})`);
  const properties = extraProperties(f);
  return {
    ruleId: f.rule,
    ruleIndex,
    level: f.severity,
    message: { text: messageText(f.message) + (links.length ? ` Related: ${links.join(', ')}${relatedTotal(f) > links.length ? ` and ${relatedTotal(f) - links.length} more` : ''}.` : '') },
    locations: [{
      physicalLocation: {
        artifactLocation: artifactLocation(path),
        region: {
          startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn,
          snippet: { text: escapeControls(f.excerpt) },
        },
      },
    }],
    ...(related.length ? { relatedLocations: related } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f.rule, path, normaliseExcerpt(f.excerpt), occurrence) },
    ...(properties ? { properties } : {}),
  };
}

const NOTIFICATION_LEVEL: Record<Notice['level'], Sarif.Notification.level> = {
  // A skipped file leaves the analysis incomplete but the results that exist are sound: SARIF's "warning".
  skipped: 'warning',
  warning: 'warning',
  // An internal error on one article means results are missing: SARIF's "error" (§3.58.6).
  error: 'error',
};

function notification(n: Notice): Sarif.Notification {
  return {
    level: NOTIFICATION_LEVEL[n.level],
    message: { text: `${n.level === 'skipped' ? 'Skipped: ' : ''}${escapeControls(n.message)}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.path) } }],
  };
}

export const sarif: Formatter = (report: Report) => {
  const rules = ruleCatalog(report);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  for (const a of report.articles) {
    const seen = new Map<string, number>();
    for (const f of a.findings) {
      const key = JSON.stringify([f.rule, normaliseExcerpt(f.excerpt)]);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      results.push(result(f, a.path, ruleIndex.get(f.rule)!, occurrence));
    }
  }
  const log: Sarif.Log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: report.tool.name,
          version: report.tool.version,
          semanticVersion: report.tool.version,
          informationUri: PROJECT_URL,
          rules: rules.map(ruleDescriptor),
        },
      },
      invocations: [{
        executionSuccessful: !report.notices.some((n) => n.level === 'error'),
        toolExecutionNotifications: report.notices.map(notification),
      }],
      originalUriBaseIds: {
        [SRCROOT]: { description: { text: 'The directory credence ran in; every path in the report is relative to it.' } },
      },
      // Columns count UTF-16 code units: credence measures them on JavaScript strings.
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
