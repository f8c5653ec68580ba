import type { Report } from '../report.js';
import { RULES } from '../rules/index.js';
import type { Severity } from '../types.js';

export interface CatalogRule {
  id: string;
  description: string;
  /** null for a rule the report mentions but this build does not know (a report made by another version). */
  defaultSeverity: Severity | null;
  /** Path of the rule's page inside the package, e.g. docs/rules/contradiction.md. */
  docs: string;
}

/**
 * The rules a report is judged by: every registered rule in registry order (so formats that list rules,
 * SARIF's driver and JUnit's test cases, are the same on every run), then any rule id the report's
 * findings use that this build does not register, sorted, so a hand-made or older report still formats.
 */
export function ruleCatalog(report: Report): CatalogRule[] {
  const out: CatalogRule[] = RULES.map((r) => ({
    id: r.id, description: r.meta.description, defaultSeverity: r.meta.defaultSeverity, docs: r.meta.docs,
  }));
  const known = new Set(out.map((r) => r.id));
  const unknown = new Set<string>();
  for (const a of report.articles) for (const f of a.findings) if (!known.has(f.rule)) unknown.add(f.rule);
  for (const id of [...unknown].sort()) out.push({ id, description: `Findings of rule "${id}".`, defaultSeverity: null, docs: `docs/rules/${id}.md` });
  return out;
}
