import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Report } from '../src/report.js';
import { credence, type Run } from './helpers.js';

/** A temporary folder holding `files` (path → text); the CLI runs in it. */
export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'credence-ws-'));
  for (const [rel, text] of Object.entries(files)) write(dir, rel, text);
  return dir;
}

export function write(dir: string, rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
}

export function read(dir: string, rel: string): string {
  return readFileSync(path.join(dir, rel), 'utf8');
}

/** Runs the CLI with --format json and parses the report (stdout must be one). */
export function jsonReport(args: string[], opts: { cwd: string; input?: string }): { run: Run; report: Report } {
  const run = credence([...args, '--format', 'json'], opts);
  if (run.code === 2) throw new Error(`credence exited 2: ${run.stderr}`);
  return { run, report: JSON.parse(run.stdout) as Report };
}

/** [path, rule, excerpt] of every finding, in report order. */
export function findings(report: Report): Array<[string, string, string]> {
  return report.articles.flatMap((a) => a.findings.map((f) => [a.path, f.rule, f.excerpt] as [string, string, string]));
}

/** Articles for cross-checking: `draft` has one attributed and one unattributed unsupported figure. */
export const PORT_CLIP = 'Dockers back at work\n\nAround 1,250 dockers went back to work on Tuesday after the strike ended, the union said.\n';
export const PORT_DRAFT = 'Port strike ends\n\nAbout 1,250 dockers returned to work, the union said.\n\nRevenue fell by 12% in the quarter.\n';
