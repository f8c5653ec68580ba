/**
 * A word table that article text may index. A plain object literal inherits `toString`, `constructor`…,
 * so `TABLE[word]` on a word like "constructor" would return a function; a null prototype answers
 * `undefined` for every key the table does not list.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
