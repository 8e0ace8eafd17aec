// Many pattern rules run only when a cheap whole-text test passes (a guard: "a digit before an
// apostrophe", "a holiday stem"), and most reports fail most guards. Each failing guard still costs
// one scan of the report; a set of guards written as one alternation costs about one scan for all of
// them (issue 11, speed). The answers are exactly those of the guards asked one by one.

/** An alternation of some guards, each wrapped in a capture group: which one matched is read off the match. */
interface Alternation {
  re: RegExp;
  /** The guards in it, by their index in the set, in order. */
  members: number[];
  /** The number of each member's wrapping group. */
  groups: number[];
}

// Alternations of the guards still unanswered, per set of them: a feed's reports pass the same few
// guards, so a handful of subsets recur. Bounded; past it the guards are asked one by one.
const MAX_ALTERNATIONS = 64;

/**
 * Guards (regular expressions without the global or sticky flag, all with the same flags) answered
 * together: `test(text)[k]` is `guards[k].test(text)`.
 *
 * Why it is exact: an alternation of the guards still unanswered, run from a position no unanswered
 * guard matches before, matches at the first position `p` where one of them does, and its capture
 * groups say which one. That guard is answered; the others have no match before `p`, so the
 * alternation of those left is run again from `p` (a lookbehind still sees the text before `p`),
 * until none matches or all are answered.
 */
export class GuardSet {
  private readonly any: RegExp;
  /** Global copies, run from the first position where any guard matches. */
  private readonly each: RegExp[];
  private readonly flags: string;
  /** Capture groups in each guard's own source. */
  private readonly ownGroups: number[];
  private readonly alternations = new Map<number, Alternation>();

  constructor(readonly guards: readonly RegExp[]) {
    const flags = guards[0]?.flags ?? '';
    for (const g of guards) {
      if (g.flags !== flags) throw new Error(`GuardSet: mixed flags (${flags} and ${g.flags})`);
      // A back reference would point at another guard's group inside the alternation.
      if (/\\[1-9]|\\k</.test(g.source)) throw new Error(`GuardSet: back reference in /${g.source}/`);
    }
    if (/[gy]/.test(flags)) throw new Error('GuardSet: guards are whole-text tests (no g or y flag)');
    this.any = new RegExp(guards.map((g) => `(?:${g.source})`).join('|') || '(?!)', flags);
    this.each = guards.map((g) => new RegExp(g.source, `${flags}g`));
    this.flags = flags;
    this.ownGroups = guards.map((g) => new RegExp(`(?:${g.source})|`, flags).exec('')!.length - 1);
  }

  /** The alternation of the guards in `mask` (bit k: guard k), made on first use; undefined past the bound. */
  private alternation(mask: number): Alternation | undefined {
    let alt = this.alternations.get(mask);
    if (alt || this.alternations.size >= MAX_ALTERNATIONS) return alt;
    const members: number[] = [];
    const groups: number[] = [];
    const parts: string[] = [];
    let group = 1;
    for (let k = 0, bit = 1; k < this.guards.length; k++, bit *= 2) {
      if (Math.floor(mask / bit) % 2 === 0) continue;
      members.push(k);
      groups.push(group);
      parts.push(`(${this.guards[k]!.source})`);
      group += 1 + this.ownGroups[k]!;
    }
    alt = { re: new RegExp(parts.join('|'), `${this.flags}g`), members, groups };
    this.alternations.set(mask, alt);
    return alt;
  }

  /** For each guard, in order, whether it matches somewhere in `text`. */
  test(text: string): boolean[] {
    const n = this.each.length;
    const out = new Array<boolean>(n).fill(false);
    // Subsets are keyed by a number: exact up to 52 guards.
    if (n > 52) return this.testOneByOne(text, out);
    let mask = 2 ** n - 1;
    let from = 0;
    while (mask !== 0) {
      const alt = this.alternation(mask);
      if (!alt) return this.testOneByOne(text, out, from, mask);
      alt.re.lastIndex = from;
      const m = alt.re.exec(text);
      if (m === null) return out;
      let j = 0;
      while (m[alt.groups[j]!] === undefined) j++;
      const k = alt.members[j]!;
      out[k] = true;
      mask -= 2 ** k;
      from = m.index;
    }
    return out;
  }

  /**
   * The guards not yet answered (those of `mask`; all when it is undefined), each asked alone from
   * the first position where any of them matches (none of them matches before `from`).
   */
  private testOneByOne(text: string, out: boolean[], from = 0, mask?: number): boolean[] {
    const first = mask === undefined ? this.any.exec(text) : { index: from };
    if (first === null) return out;
    for (let k = 0, bit = 1; k < this.each.length; k++, bit *= 2) {
      if (mask !== undefined && Math.floor(mask / bit) % 2 === 0) continue;
      const re = this.each[k]!;
      re.lastIndex = first.index;
      out[k] = re.test(text);
    }
    return out;
  }
}
