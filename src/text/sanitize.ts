/**
 * Article text is untrusted. Before any of it reaches a terminal or a report, control characters
 * (C0, DEL, C1), bidirectional overrides and other invisible format characters are made visible
 * as \u{…} escapes, so an article cannot move the cursor, recolour the screen or reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/g;

export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`).replace(/\t/g, ' ');
}

/** One line for display: newlines folded to spaces, controls escaped, cut to `max` characters. */
export function excerptOf(s: string, max = 160): string {
  const one = escapeControls(s.replace(/\r\n|\r|\n/g, ' ').replace(/\s+/g, ' ').trim());
  if (one.length <= max) return one;
  return one.slice(0, max - 1).trimEnd() + '…';
}
