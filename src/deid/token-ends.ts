// Binary searches over tokens by where they end: tokens (of a TokenStream or a TokenScanner) are in text
// order and do not overlap, so their ends increase. Shared by the passes that start from a position in
// the text (a phone span, a bracket, a dash) and read the words before it.

/** The index of the last item that ends at or before `pos`, or -1. */
export function lastEndingBy(items: readonly { end: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The index of the item that ends exactly at `pos`, if one does. */
export function endingAt(items: readonly { end: number }[], pos: number): number | undefined {
  const k = lastEndingBy(items, pos);
  return k >= 0 && items[k]!.end === pos ? k : undefined;
}
