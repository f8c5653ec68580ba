/** Offsets ↔ 1-based line/column over decoded text. Any of \r\n, \n or \r ends a line. */

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Index of the line holding `offset` (0-based), by binary search. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function position(starts: readonly number[], offset: number): { line: number; column: number } {
  const i = lineIndexAt(starts, offset);
  return { line: i + 1, column: offset - starts[i]! + 1 };
}

/** The text of 0-based line `i`, without its line end. */
export function lineText(text: string, starts: readonly number[], i: number): string {
  const s = starts[i]!;
  let e = i + 1 < starts.length ? starts[i + 1]! : text.length;
  while (e > s && (text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13)) e--;
  return text.slice(s, e);
}
