// Where the passes' cue words stand in a report, found once (speed, session 31): many passes read
// every token of a report to ask one small word set whether the token is their cue ("consult",
// "protocol", "Job"), a hashed look-up per token and pass, and then do nothing for most reports.
// Here every word set a pass asks about is kept in one table of word → sets; the tokens of a report
// are looked up in it once, and each pass reads the ascending indices of the tokens that are its
// cue words. A pass that then visits those indices alone, in order, does what a visit of every
// token did: the other tokens failed its first test and were skipped.
//
// The table of words is shared by every report (the sets are fixed data); the positions are one
// report's, held by the owner of its token array (TokenScanner.cueTokens builds its CueIndex on
// first use), so they go when the report does.
import type { Token } from '../token-stream.js';

const EMPTY: readonly number[] = [];

// The sets registered so far (by identity) and their ids. The sets are the cue lists' own, built
// once and never changed afterwards: the table is made from their words as they stand.
const ids = new WeakMap<ReadonlySet<string>, number>();
const sets: ReadonlySet<string>[] = [];
// Word → the id of the one set that holds it, or the ids of all that do; made anew after a registration.
let table: Map<string, number | number[]> | undefined;

function idOf(set: ReadonlySet<string>): number {
  let id = ids.get(set);
  if (id === undefined) {
    id = sets.length;
    sets.push(set);
    ids.set(set, id);
    table = undefined;
  }
  return id;
}

function wordTable(): Map<string, number | number[]> {
  if (table !== undefined) return table;
  const t = new Map<string, number | number[]>();
  for (let id = 0; id < sets.length; id++) {
    for (const w of sets[id]!) {
      const had = t.get(w);
      t.set(w, had === undefined ? id : typeof had === 'number' ? [had, id] : [...had, id]);
    }
  }
  table = t;
  return t;
}

/**
 * The cue tokens of one token array: for every registered word set, the ascending indices of the
 * tokens it holds. The array is scanned once, on the first question, for all sets registered by
 * then; a set first asked about later is scanned alone. The tokens must not change afterwards.
 */
export class CueIndex {
  /** The number of sets the one table scan covered (-1: not scanned yet). */
  private count = -1;
  /** Per set id, the ascending token indices (undefined: none, for the ids below `count`). */
  private readonly lists: (readonly number[] | undefined)[] = [];

  constructor(private readonly tokens: readonly Token[]) {}

  /**
   * The ascending indices of the tokens whose lower-case form `set` holds: the tokens a loop over
   * all of them that skips the others (`if (!set.has(tokens[i].lower)) continue`) reads. `set` must
   * not change once asked about (the cue lists are built once).
   */
  of(set: ReadonlySet<string>): readonly number[] {
    const id = idOf(set);
    if (this.count < 0) this.scanAll();
    const list = this.lists[id];
    if (list !== undefined || id < this.count) return list ?? EMPTY;
    // A set first asked about after this report's scan: its tokens alone, kept for the next pass.
    const tokens = this.tokens;
    const own: number[] = [];
    for (let i = 0; i < tokens.length; i++) if (set.has(tokens[i]!.lower)) own.push(i);
    const kept = own.length === 0 ? EMPTY : own;
    this.lists[id] = kept;
    return kept;
  }

  private scanAll(): void {
    const t = wordTable();
    const tokens = this.tokens;
    const lists = this.lists as number[][];
    for (let i = 0; i < tokens.length; i++) {
      const hit = t.get(tokens[i]!.lower);
      if (hit === undefined) continue;
      if (typeof hit === 'number') (lists[hit] ??= []).push(i);
      else for (const id of hit) (lists[id] ??= []).push(i);
    }
    this.count = sets.length;
  }
}
