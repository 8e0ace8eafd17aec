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

/**
 * A global regular expression every match of which holds a match of a second, cheaper one near its
 * start: `near` matches at some place from the match's start to `back` characters after it (issue 11,
 * speed). `matchAll(text)` then runs the expression (sticky) only from the `back` places before each
 * place `near` matches, and gives what {@link allMatches} gives from 0. An expression that scans a
 * whole report for a rare shape ("five digits in a row", "a digit, a colon, two digits") so tries a
 * few places instead of every one.
 *
 * Why it is exact: a whole-text scan resumed at `from` returns the match at the first place `s` ≥
 * `from` where the expression matches. Such an `s` has a `near` match starting at some `q` in
 * [`s`, `s + back`], so `q` ≥ `p`, the first place ≥ `from` where `near` matches, and `s` ≥ `p − back`.
 * The places from `max(from, p − back)` to `p` are tried in order; when none matches, none before
 * `p + 1` does, and the search goes on from there.
 */
export class NearRegex {
  private readonly sticky: RegExp;

  constructor(
    readonly re: RegExp,
    readonly near: RegExp,
    readonly back: number,
  ) {
    // Under `u` (or `v`) a scan does not start inside a surrogate pair; the places below would.
    if (!re.global || /[uvy]/.test(re.flags)) throw new Error('NearRegex: a global expression without u, v or y');
    if (!near.global || near.sticky) throw new Error('NearRegex: the near expression must be global, not sticky');
    if (!Number.isInteger(back) || back < 0) throw new Error('NearRegex: back must be a count of characters');
    this.sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
  }

  /** The matches of the expression in `text`, in order, as a whole-text scan from 0 finds them. */
  matchAll(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    const { sticky, near, back } = this;
    let from = 0;
    while (from <= text.length) {
      near.lastIndex = from;
      const hit = near.exec(text);
      if (hit === null) break;
      const p = hit.index;
      let m: RegExpExecArray | null = null;
      let s = Math.max(from, p - back);
      for (; s <= p && m === null; s++) {
        sticky.lastIndex = s;
        m = sticky.exec(text);
      }
      if (m === null) {
        from = p + 1;
        continue;
      }
      out.push(m);
      // A whole-text scan resumes after the match (one past an empty one).
      from = m.index + Math.max(m[0].length, 1);
    }
    near.lastIndex = 0;
    return out;
  }
}
