/**
 * Article text is untrusted. Before any of it reaches a terminal or a report, control characters
 * (C0, DEL, C1), bidirectional overrides and other invisible format characters are made visible
 * as \u{…} escapes, so an article cannot move the cursor, recolour the screen or reorder what is shown.
 * File names are untrusted too: a name can hold an escape sequence or a newline as easily as a text can.
 */

/**
 * Characters never shown raw: C0 controls but tab (newline included: every use here is one line), DEL and C1
 * (0x9B is CSI, an escape sequence on its own in some terminals), the Arabic letter mark, the Mongolian vowel
 * separator, zero-width characters and directional marks, line and paragraph separators, bidi embeddings,
 * overrides and isolates, word joiner and invisible operators, the BOM, and interlinear annotation marks.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/g;

function hex(c: string): string {
  return c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u{${hex(c)}}`).replace(/\t/g, ' ');
}

/** One line for display: newlines folded to spaces, controls escaped, cut to `max` characters. */
export function excerptOf(s: string, max = 160): string {
  const one = escapeControls(s.replace(/\r\n|\r|\n/g, ' ').replace(/\s+/g, ' ').trim());
  if (one.length <= max) return one;
  let cut = max - 1;
  // never leave half of a surrogate pair or of an escape at the cut
  const c = one.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  const escape = one.lastIndexOf('\\u{', cut);
  if (escape >= 0 && one.indexOf('}', escape) >= cut) cut = escape;
  return one.slice(0, cut).trimEnd() + '…';
}

// JSON.stringify already escapes C0 controls and lone surrogates; these are the rest of UNSAFE.
const UNSAFE_IN_JSON = /[\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/g;

/**
 * Serialised JSON with every invisible or terminal-controlling character written as a \uXXXX escape. Such
 * characters can only occur inside JSON strings, where the escape means the same character, so the document
 * parses to exactly the same value and is safe to print.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c).toLowerCase()}`);
}
