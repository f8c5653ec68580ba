/** Searches in ascending arrays of numbers (article indexes, posting lists, neighbour lists). */

/** The first index whose value is not below `v` (the length when every value is). */
export function lowerBound(list: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function sortedHas(list: ArrayLike<number>, v: number): boolean {
  const i = lowerBound(list, v);
  return i < list.length && list[i] === v;
}
