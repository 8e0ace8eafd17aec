// The matches of a global regular expression over a report, without `String.prototype.matchAll`
// (issue 11, speed). `matchAll` clones the expression on every call (a new RegExp of the same
// source and flags); for the long alternations of the detection passes the clone cost more than
// the scan of a report itself (about 1 µs a call against 1 µs for the scan of the street pattern).

/**
 * What `[...text.matchAll(re)]` gives, found by `exec` on `re` itself: the same matches in the same
 * order, from `re.lastIndex` on, an empty match moving the scan on by one character (one code point
 * under the `u` or `v` flag); `re.lastIndex` is left as it was, as `matchAll` leaves it.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches: the regular expression needs the global flag');
  const from = re.lastIndex;
  const wide = re.unicode || re.flags.includes('v');
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, wide);
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** The index after `i`: past a surrogate pair when `wide` (the spec's AdvanceStringIndex). */
function advance(text: string, i: number, wide: boolean): number {
  if (!wide || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
