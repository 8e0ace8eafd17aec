// Many pattern rules run only when a cheap whole-text test passes (a guard: "a digit before an
// apostrophe", "a holiday stem"), and most reports fail most guards. Each failing guard still costs
// one scan of the report; a set of guards written as one alternation costs about one scan for all of
// them (issue 11, speed). The answers are exactly those of the guards asked one by one.

/**
 * Guards (regular expressions without the global or sticky flag, all with the same flags) answered
 * together: `test(text)[k]` is `guards[k].test(text)`.
 *
 * Why it is exact: the alternation matches at the first position where any guard matches. When it
 * matches nowhere, no guard does; when it first matches at `p`, no guard matches before `p`, so each
 * guard is then asked from `p` on alone (a lookbehind still sees the text before `p`).
 */
export class GuardSet {
  private readonly any: RegExp;
  /** Global copies, run from the first position where any guard matches. */
  private readonly each: RegExp[];

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
  }

  /** For each guard, in order, whether it matches somewhere in `text`. */
  test(text: string): boolean[] {
    const out = new Array<boolean>(this.each.length).fill(false);
    const first = this.any.exec(text);
    if (first === null) return out;
    for (let k = 0; k < this.each.length; k++) {
      const re = this.each[k]!;
      re.lastIndex = first.index;
      out[k] = re.test(text);
    }
    return out;
  }
}
