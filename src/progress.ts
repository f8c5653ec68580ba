/**
 * A one-line progress indicator on stderr for long runs: files done of total, rate and time left, redrawn in
 * place and erased before the report is printed, so nothing of it is left in the terminal or in any output.
 *
 * Shown only to a person watching: stderr must be a terminal, CI unset (CI logs keep every redraw), not
 * --quiet or --no-progress, and not while a machine-readable format goes to stdout (an editor or script that
 * runs credence under a pseudo-terminal reads stderr as error text). It appears only once a run has lasted
 * a moment, so quick runs never flicker. Hand-written rather than cli-progress: one line, no colours, no
 * multi-bar or theming, and it has to erase itself exactly — about sixty lines.
 */

export interface ProgressChoice {
  stream: { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** --no-progress */
  disabled: boolean;
  quiet: boolean;
  /** A format meant for programs goes to stdout (json, sarif, junit, github, jsonl). */
  machineOutputOnStdout: boolean;
}

export function progressWanted(c: ProgressChoice): boolean {
  if (c.disabled || c.quiet || c.machineOutputOnStdout || !c.stream.isTTY) return false;
  const ci = c.env.CI;
  return ci === undefined || ci === '' || ci === '0' || ci.toLowerCase() === 'false';
}

export interface ProgressStream {
  write(s: string): unknown;
  columns?: number;
}

const REDRAW_MS = 100;
const SHOW_AFTER_MS = 400;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export class ProgressLine {
  private readonly started: number;
  private lastDraw = -Infinity;
  private drawn = false;

  constructor(private readonly stream: ProgressStream, private readonly now: () => number = () => performance.now()) {
    this.started = now();
  }

  /** The line for `done` of `total` files after `elapsedMs` (exported for tests through `render`). */
  static render(done: number, total: number, elapsedMs: number, columns = 80): string {
    const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
    const pct = total ? Math.floor((done * 100) / total) : 100;
    let text: string;
    if (done >= total) text = `credence  ${total.toLocaleString('en-US')} files analysed, cross-checking…`;
    else {
      const eta = rate > 0 ? `  ETA ${clock((total - done) / rate)}` : '';
      text = `credence  ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} files  ${String(pct).padStart(3)}%  ${Math.round(rate)} files/s${eta}`;
    }
    const width = Math.max(10, Math.min(columns - 1, 200));
    const barWidth = Math.min(30, width - text.length - 3);
    if (done < total && barWidth >= 10) {
      const full = Math.floor((done / Math.max(1, total)) * barWidth);
      text += `  [${'#'.repeat(full)}${'-'.repeat(barWidth - full)}]`;
    }
    return text.slice(0, width);
  }

  update(done: number, total: number): void {
    const t = this.now();
    const elapsed = t - this.started;
    if (elapsed < SHOW_AFTER_MS) return;
    if (done < total && t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    this.drawn = true;
    this.stream.write(`\r${ProgressLine.render(done, total, elapsed, this.stream.columns ?? 80)}\x1b[K`);
  }

  /** Erases the line (call before anything else is printed). */
  stop(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
