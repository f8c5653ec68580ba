/**
 * A dateline ("CEDAR RAPIDS, Iowa —", "LONDON, March 6 (Reuters) -", "TOLEDO, Ohio, March 11 (Reuters) -")
 * names where and when a story was filed: its place and agency are not what the sentence is about.
 */
const DATELINE = /^[A-Z][A-Za-z0-9 .,'’-]{2,60}?(?:\([A-Za-z .]+\))?\s*[—–-]{1,2}\s/;

/** Where the body of a sentence starts after a leading dateline (0 when it has none). */
export function datelineEnd(sentence: string): number {
  const m = DATELINE.exec(sentence);
  // an all-capitals place or an agency in parentheses tells a dateline from a sentence that opens with a dash
  return m && /^[A-Z]{2,}|\(/.test(m[0]) ? m[0].length : 0;
}
