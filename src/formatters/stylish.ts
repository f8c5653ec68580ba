import { Chalk } from 'chalk';
import { excerptOf, escapeControls } from '../text/sanitize.js';
import { relatedTotal, type Formatter } from './types.js';

export const stylish: Formatter = (report, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const sev = { error: c.red('error'), warning: c.yellow('warning'), note: c.blue('note') };
  const lines: string[] = [];
  for (const a of report.articles) {
    if (a.findings.length === 0) continue;
    lines.push('');
    lines.push(c.underline(escapeControls(a.path)) + (a.title ? c.dim(`  ${excerptOf(a.title, 90)}`) : ''));
    for (const f of a.findings) {
      const loc = `${escapeControls(a.path)}:${f.line}:${f.column}`;
      lines.push(`  ${c.dim(loc)}  ${sev[f.severity]}  ${excerptOf(f.message, 400)}  ${c.dim(f.rule)}`);
      lines.push(`      ${c.dim('│')} ${excerptOf(f.excerpt, 140)}`);
      for (const r of f.related.slice(0, 8)) {
        lines.push(`      ${c.dim('↳')} ${c.dim(`${escapeControls(r.path)}:${r.line}:${r.column}`)} ${excerptOf(r.excerpt, 100)}`);
      }
      if (relatedTotal(f) > 8) lines.push(`      ${c.dim(`↳ … and ${relatedTotal(f) - 8} more`)}`);
    }
  }
  if (report.stories.length) {
    lines.push('');
    lines.push(c.bold('Reprints of one story (counted as one source):'));
    for (const g of report.stories) lines.push(`  ${g.map(escapeControls).join(', ')}`);
  }
  const notices = report.notices;
  if (notices.length) {
    lines.push('');
    for (const n of notices) lines.push(`${c.dim(escapeControls(n.path))}: ${n.level === 'error' ? c.red(n.level) : c.yellow(n.level)} ${escapeControls(n.message)}`);
  }
  const s = report.summary;
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  const mark = s.error ? c.red('✖') : s.warning ? c.yellow('⚠') : c.green('✔');
  const time = ctx.elapsedMs !== undefined ? ` in ${(ctx.elapsedMs / 1000).toFixed(2)}s` : '';
  lines.push('');
  lines.push(`${mark} ${plural(s.findings, 'finding')} (${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${plural(s.note, 'note')}) in ${plural(s.articles, 'article')}${s.skipped ? `, ${s.skipped} skipped` : ''}${time}`);
  return lines.join('\n').replace(/^\n/, '') + '\n';
};
