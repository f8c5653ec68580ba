import { describe, expect, it } from 'vitest';
import { lineStarts, position } from '../src/text/lines.js';
import { escapeControls, excerptOf } from '../src/text/sanitize.js';

describe('line index', () => {
  it('maps offsets to 1-based line and column over LF, CRLF and CR', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const starts = lineStarts(text);
    expect(starts).toEqual([0, 4, 7, 10]);
    expect(position(starts, text.indexOf('c'))).toEqual({ line: 2, column: 1 });
    expect(position(starts, text.indexOf('f'))).toEqual({ line: 3, column: 2 });
    expect(position(starts, text.indexOf('h'))).toEqual({ line: 4, column: 2 });
  });
});

describe('sanitize', () => {
  it('makes ANSI escapes, C1 controls and bidi overrides visible', () => {
    const evil = 'Title\u001b[31mRED\u001b[0m \u202eevil\u202c \u0085x';
    const out = escapeControls(evil);
    expect(out).not.toMatch(/[\u001b\u202e\u202c\u0085]/);
    expect(out).toContain('\\u{001B}[31mRED');
    expect(out).toContain('\\u{202E}evil');
  });
  it('folds newlines and clips excerpts', () => {
    expect(excerptOf('a\nb\r\nc')).toBe('a b c');
    expect(excerptOf('x'.repeat(300), 10)).toHaveLength(10);
  });
});
