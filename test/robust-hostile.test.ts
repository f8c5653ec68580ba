/**
 * Hostile text: file names and article text full of terminal escapes, C0/C1 controls and bidi overrides never
 * reach the terminal raw, in the stylish report, the JSON report or an error message (built CLI).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/report.js';
import { escapeControls, escapeJsonText, excerptOf } from '../src/text/sanitize.js';
import { credence } from './helpers.js';
import { removeTempDirs, tempDir } from './robust-tree.js';

afterAll(removeTempDirs);

/** What a terminal would act on or reorder: C0 but newline, DEL, C1, bidi controls, zero-width, separators. */
// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/;

const ESC = '\u001b';
const EVIL_NAME = `${ESC}[2J${ESC}[31mred\u202eevil.txt`;
const EVIL_BINARY = `${ESC}]0;pwned\u0007.txt`;
const EVIL_TEXT =
  `Breaking${ESC}[2J${ESC}[31m News \u009b31m Today\u202e\n\n` +
  `This article was created using \u202eAI\u202c technology\u0007.${ESC}[0m\n` +
  `Revenue rose 12% to $4.5 million last year, the company\u0085 said.\n`;

describe('hostile file names and text (built CLI)', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, EVIL_NAME), EVIL_TEXT);
  writeFileSync(path.join(dir, EVIL_BINARY), Buffer.from([0x41, 0, 0x42]));
  writeFileSync(path.join(dir, 'plain.txt'), `Quiet ${ESC}[5mday\u2069 on Foo\n\nNothing happened on the \u2067island\u2069 of Foo, 7 residents said.\n`);

  it('stylish: every control and bidi character is shown escaped, never raw', () => {
    const r = credence(['.', '--fail-on', 'none'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_UNSAFE);
    // the path, the title, the excerpt and the notice are all there, escaped
    expect(r.stdout).toContain('\\u{001B}[2J\\u{001B}[31mred\\u{202E}evil.txt:');
    expect(r.stdout).toContain('Breaking\\u{001B}[2J\\u{001B}[31m News \\u{009B}31m Today\\u{202E}');
    expect(r.stdout).toContain('This article was created using \\u{202E}AI');
    expect(r.stdout).toContain('\\u{001B}]0;pwned\\u{0007}.txt: skipped binary file (contains NUL bytes)');
    expect(r.stdout).toContain('plain.txt  Quiet \\u{001B}[5mday\\u{2069} on Foo\n');
  });

  it('stylish with colour: the only escape sequences are the colours credence itself writes', () => {
    const r = credence(['.', '--fail-on', 'none'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(/\u001b\[\d+m/); // colour is on
    const withoutOwnColours = r.stdout.replace(/\u001b\[\d+m/g, '');
    expect(withoutOwnColours).not.toMatch(RAW_UNSAFE);
  });

  it('JSON: escaped on the wire, the same strings once parsed', () => {
    const r = credence(['.', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    expect(r.stdout).not.toMatch(RAW_UNSAFE);
    const report = JSON.parse(r.stdout) as Report;
    const evil = report.articles.find((a) => a.path === EVIL_NAME);
    expect(evil?.title).toBe(`Breaking${ESC}[2J${ESC}[31m News \u009b31m Today\u202e`);
    expect(evil?.findings.some((f) => f.rule === 'ai-disclosure' && f.excerpt.startsWith('This article was created using \u202eAI'))).toBe(true);
    expect(report.notices).toEqual([{ path: EVIL_BINARY, level: 'skipped', message: 'binary file (contains NUL bytes)' }]);
  });

  it('error messages on stderr escape the path they quote', () => {
    const r = credence([`${ESC}[31mmissing\u202e`], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('credence: no such file or folder: \\u{001B}[31mmissing\\u{202E}\n');
  });
});

describe('sanitize', () => {
  it('escapes newlines in one-line fields and folds them in excerpts', () => {
    expect(escapeControls('a\nb\r\tc')).toBe('a\\u{000A}b\\u{000D} c');
    expect(excerptOf('a\nb\r\n c')).toBe('a b c');
  });
  it('never cuts an escape or a surrogate pair in half', () => {
    const s = 'x'.repeat(8) + '\u202e' + 'y'.repeat(20);
    const cut = excerptOf(s, 12);
    expect(cut).toBe('xxxxxxxx…');
    const emoji = excerptOf('x'.repeat(9) + '😀' + 'y'.repeat(5), 11);
    expect(emoji).toBe('xxxxxxxxx…');
  });
  it('JSON escaping keeps the document equal to the original', () => {
    const value = { s: `a\u0085b\u202ec\u2028d\u200be\u007f${ESC}`, n: 1 };
    const text = escapeJsonText(JSON.stringify(value));
    expect(text).not.toMatch(RAW_UNSAFE);
    expect(JSON.parse(text)).toEqual(value);
  });
});
