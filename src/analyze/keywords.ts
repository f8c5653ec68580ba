/** Topic keywords of an article (see keywordsOf). */

const STOPWORDS = new Set(('about above after again against also although among another because been before being below between both ' +
  'could did does doing down during each even every from further had has have having here however into its itself just last ' +
  'like made make many more most much must never next night only other over said same says should since some such than that ' +
  'their them then there these they this those through under until very week were what when where which while will with ' +
  'would year years your told according people time first second new one two three four five six seven eight nine ten ' +
  'percent cent million billion thousand monday tuesday wednesday thursday friday saturday sunday').split(' '));
const KEYWORDS = 40;

/**
 * An article's most frequent content words, most frequent first (ties in alphabetical order): the cross-check's
 * topic signal that needs no named entities (crosscheck/index.ts, sameTopic). Per article, so it is worked out
 * with the rest of the article's own data, in parallel, rather than in the cross-check.
 */
export function keywordsOf(text: string): string[] {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
    if (STOPWORDS.has(w)) continue;
    // (a plural's ending cut: "ies", else "es", else "s"; a pattern per word was a fifth of this function)
    const k = w.endsWith('s') ? w.slice(0, w.endsWith('ies') ? -3 : w.endsWith('es') ? -2 : -1) : w;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEYWORDS);
  return top.map(([w]) => w);
}
