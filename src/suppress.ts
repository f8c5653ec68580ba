/**
 * Inline suppression directives, applied to findings after the rules and before the report, as ESLint's
 * `eslint-disable` comments are. In Markdown they are HTML comments (invisible once rendered):
 *
 *   <!-- credence-disable-next-line unsupported-number -- confirmed with the ministry -->
 *   <!-- credence-disable contradiction -- two accounts, both reported --> … <!-- credence-enable -->
 *   A sentence with a figure. <!-- credence-disable-line -- checked by the desk -->
 *
 * In plain text the same directive stands without the comment markers on a line of its own. Rule lists are
 * optional (none = every rule). A reason after "--" is required unless `requireDirectiveReason` is false.
 *
 * Problems with the directives themselves (no reason, unknown rule, nothing suppressed) are notices, not
 * findings: findings are claims about the article's credibility and carry one of the documented rule ids,
 * which consumers of the JSON report rely on. A directive without a required reason is not applied, so the
 * finding it meant to hide still counts towards the exit code; that is what makes the policy enforceable.
 */
import type { ArticleAnalysis, Finding, Notice } from './types.js';
import { lineIndexAt } from './text/lines.js';
import { excerptOf } from './text/sanitize.js';

export type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  type: DirectiveType;
  /** Rules named, or null for every rule. */
  rules: string[] | null;
  reason: string | null;
  /** Offsets of the directive in the text ([offset, end), the comment markers included), and the 1-based lines it starts and ends on. */
  offset: number;
  end: number;
  line: number;
  endLine: number;
}

export interface DirectiveOptions {
  /** Honour directives at all (`--no-inline-config` turns them off). Default true. */
  enabled?: boolean;
  /** A reason after "--" is required for a disable directive to apply. Default true. */
  requireReason?: boolean;
  /** Report disable directives that suppressed nothing. Default false. */
  reportUnused?: boolean;
}

const HEAD = /^credence-(disable-next-line|disable-line|disable|enable)(?=\s|$)/;
const COMMENT = /<!--([\s\S]*?)-->/g;
const REASON_SEPARATOR = /(?:^|\s)-{2,}(?:\s|$)/;

function parseBody(body: string): Pick<Directive, 'type' | 'rules' | 'reason'> | null {
  const head = HEAD.exec(body);
  if (!head) return null;
  const rest = body.slice(head[0].length);
  const sep = REASON_SEPARATOR.exec(rest);
  const list = sep ? rest.slice(0, sep.index) : rest;
  const reason = sep ? rest.slice(sep.index + sep[0].length).replace(/\s+/g, ' ').trim() : '';
  const rules = list.split(/[\s,]+/).filter(Boolean);
  return { type: head[1] as DirectiveType, rules: rules.length ? rules : null, reason: reason || null };
}

/** Every directive in an article, in text order. */
export function parseDirectives(text: string, lineStarts: readonly number[]): Directive[] {
  if (!text.includes('credence-')) return [];
  const out: Directive[] = [];
  const comments: Array<[number, number]> = [];
  COMMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMMENT.exec(text))) {
    const end = m.index + m[0].length;
    comments.push([m.index, end]);
    const parsed = parseBody(m[1]!.trim());
    if (!parsed) continue;
    out.push({ ...parsed, offset: m.index, end, line: lineIndexAt(lineStarts, m.index) + 1, endLine: lineIndexAt(lineStarts, end - 1) + 1 });
  }
  let c = 0;
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i]!;
    const end = i + 1 < lineStarts.length ? lineStarts[i + 1]! : text.length;
    while (c < comments.length && comments[c]![1] <= start) c++;
    if (c < comments.length && comments[c]![0] < end) continue; // the line is (part of) a comment, handled above
    const raw = text.slice(start, end);
    const line = raw.trim();
    if (!line.startsWith('credence-')) continue;
    const parsed = parseBody(line);
    if (parsed) {
      const offset = start + raw.indexOf('credence-');
      out.push({ ...parsed, offset, end: offset + line.length, line: i + 1, endLine: i + 1 });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * The text with every directive blanked out (line ends kept, so offsets and lines do not move): a directive
 * is an instruction to credence, not article content, and its reason ("confirmed by 3 sources on 4 March")
 * must not become a figure, a date or a headline.
 */
export function maskDirectives(text: string, lineStarts: readonly number[]): string {
  const directives = parseDirectives(text, lineStarts);
  if (directives.length === 0) return text;
  let out = '';
  let at = 0;
  for (const d of directives) {
    out += text.slice(at, d.offset) + text.slice(d.offset, d.end).replace(/[^\r\n]/g, ' ');
    at = d.end;
  }
  return out + text.slice(at);
}

interface ActiveDirective extends Directive {
  /** Rules this directive suppressed at least one finding of ('*' when it names none). */
  used: Set<string>;
}

function applies(d: Directive, rule: string): boolean {
  return d.rules === null || d.rules.includes(rule);
}

function describe(d: Directive): string {
  return `credence-${d.type}${d.rules ? ` ${d.rules.join(', ')}` : ''}`;
}

/**
 * Drops the findings that directives suppress and adds a notice for each problem with a directive. Only the
 * articles in `reportOn` (all when undefined) are looked at: the others are context and have no findings.
 */
export function applyDirectives(
  articles: ArticleAnalysis[], findings: Finding[], ruleIds: readonly string[], opts: DirectiveOptions, notices: Notice[],
  reportOn?: Set<number>,
): Finding[] {
  if (opts.enabled === false) return findings;
  const requireReason = opts.requireReason ?? true;
  const byPath = new Map<string, ActiveDirective[]>();
  const articleByPath = new Map<string, ArticleAnalysis>();
  articles.forEach((a, ai) => {
    if (reportOn && !reportOn.has(ai)) return;
    const active: ActiveDirective[] = [];
    for (const d of parseDirectives(a.text, a.lineStarts)) {
      const note = (message: string): void => {
        notices.push({ path: a.path, level: 'warning', message: `line ${d.line}: ${message}` });
      };
      const unknown = (d.rules ?? []).filter((r) => !ruleIds.includes(r));
      if (unknown.length) {
        note(`${excerptOf(describe(d), 120)}: unknown rule${unknown.length === 1 ? '' : 's'} ${unknown.map((r) => `"${excerptOf(r, 40)}"`).join(', ')} (rules: ${ruleIds.join(', ')}; a reason goes after "--")`);
      }
      const rules = d.rules ? d.rules.filter((r) => ruleIds.includes(r)) : null;
      if (rules && rules.length === 0) continue;
      if (d.type !== 'enable' && requireReason && d.reason === null) {
        note(`${describe({ ...d, rules })} has no reason after "--"; not applied (a reason is required: requireDirectiveReason)`);
        continue;
      }
      active.push({ ...d, rules, used: new Set() });
    }
    if (active.length) {
      byPath.set(a.path, active);
      articleByPath.set(a.path, a);
    }
  });
  if (byPath.size === 0) return findings;

  const kept: Finding[] = [];
  for (const f of findings) {
    const active = byPath.get(f.path);
    const a = articleByPath.get(f.path);
    if (!active || !a) {
      kept.push(f);
      continue;
    }
    const offset = (a.lineStarts[f.line - 1] ?? 0) + f.column - 1;
    let by: ActiveDirective | null = null;
    let block: ActiveDirective | null = null;
    for (const d of active) {
      if (!applies(d, f.rule)) continue;
      if (d.type === 'disable-line' && d.line === f.line) by ??= d;
      else if (d.type === 'disable-next-line' && d.endLine + 1 === f.line) by ??= d;
      else if ((d.type === 'disable' || d.type === 'enable') && d.offset < offset) block = d;
    }
    if (!by && block?.type === 'disable') by = block;
    if (by) by.used.add(by.rules ? f.rule : '*');
    else kept.push(f);
  }

  if (opts.reportUnused) {
    for (const [p, active] of byPath) {
      for (const d of active) {
        if (d.type === 'enable') continue;
        if (d.rules === null) {
          if (d.used.size === 0) notices.push({ path: p, level: 'warning', message: `line ${d.line}: unused ${describe(d)} directive (no finding to suppress)` });
        } else {
          const unused = d.rules.filter((r) => !d.used.has(r));
          if (unused.length) {
            notices.push({ path: p, level: 'warning', message: `line ${d.line}: unused ${describe(d)} directive (no ${unused.join(' or ')} finding to suppress)` });
          }
        }
      }
    }
  }
  return kept;
}
