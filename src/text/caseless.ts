/**
 * Case-insensitive matching without the `i` flag. V8 compiles a large `iu` pattern slowly (the case folding
 * of every alternative) and runs it slowly (no fast first-character checks): the disclosure trigger took
 * ≈ 270 ns per character. The same pattern in lower case, run over lower-cased text, is several times
 * faster to compile and to run.
 */

/**
 * `source` with its letters lower-cased, escapes (`\S`, `\u00C9`, `\k<name>`) and group names kept; `\p{Lu}` and
 * `\p{Ll}` become `\p{LC}`, the cased letters they match under `i`.
 */
export function lowerPatternSource(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const escape = /^\\(?:[pP]\{[^}]*\}|u\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|[\s\S])/.exec(source.slice(i, i + 24))![0];
      // (under `i`, "upper-case letter" and "lower-case letter" both mean any cased letter)
      out += escape.replace(/^\\([pP])\{(?:Lu|Ll|Lt|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter)\}$/, '\\$1{LC}');
      i += escape.length - 1;
    } else if (source.startsWith('(?<', i) && !source.startsWith('(?<=', i) && !source.startsWith('(?<!', i)) {
      const end = source.indexOf('>', i);
      out += source.slice(i, end + 1);
      i = end;
    } else {
      const lower = c.toLowerCase();
      out += lower.length === 1 ? lower : c;
    }
  }
  return out;
}

/** A pattern written for the `i` flag, compiled in lower case with `flags` (no `i`): run it over lower-cased text. */
export function lowerPattern(source: string, flags = ''): RegExp {
  return new RegExp(lowerPatternSource(source), flags);
}

/**
 * `text` lower-cased, character for character, so that every offset into it holds in `text`. A character
 * whose lower case is longer (only "İ") is kept as it is.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
