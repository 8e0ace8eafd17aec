// Keyword-anchored regular expressions (issue 11, speed). Many detection patterns can only match
// where a cue word starts ("discussed with …", "transferred to …", "wife Mary"): scanning the whole
// report with each of them costs one regex pass per pattern. Here every such pattern registers its
// cue words; one pass over a report's letter runs finds where any of them stands, and each pattern
// is then run (sticky) only at its own candidate positions. The matches are the ones a whole-text
// scan finds, in the same order.
import { allMatches } from './regex-matches.js';
import { isAsciiLetter } from '../util/ascii-chars.js';

/**
 * A maximal run of ASCII letters. A pattern that starts with `\b`, then a cue word of ASCII
 * letters, then a character that is not an ASCII letter (`\s`, `\b`, `/`, `.`) can only match at
 * the start of a run equal (ignoring case) to that word: that is the contract of a keyword list.
 */

// Cue word (lower case) or single anchor character → the numbers of the patterns it may start.
// Lists, not bit masks: the number of anchored patterns is not bounded by a mask's width.
const anchorIds = new Map<string, number[]>();

// The cue words as a trie over a–z, walked along each letter run without cutting it out or
// lower-casing it: `next[node * 26 + letter]` is the child (0: none; node 0 is the root) and
// `ids[node]` the patterns of the word ending there. Rebuilt when a pattern registers words.
let trie: { next: Int32Array; ids: (readonly number[] | undefined)[] } | undefined;

function buildTrie(): { next: Int32Array; ids: (readonly number[] | undefined)[] } {
  const words = [...anchorIds.entries()].filter(([w]) => isAsciiLetter(w.charCodeAt(0)));
  let size = 1;
  for (const [w] of words) size += w.length;
  const next = new Int32Array(size * 26);
  const ids: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(size).fill(undefined);
  let nodes = 1;
  for (const [w, list] of words) {
    let node = 0;
    for (let k = 0; k < w.length; k++) {
      const slot = node * 26 + (w.charCodeAt(k) - 97);
      if (next[slot] === 0) next[slot] = nodes++;
      node = next[slot]!;
    }
    // Each word is one entry of the map: its node gets its list alone.
    ids[node] = list;
  }
  return { next, ids };
}
// Characters that anchor some pattern by themselves ("#", "@"), by char code.
const anchorChars = new Uint8Array(128);
let patterns = 0;

/**
 * Where the registered cue words and anchor characters of one text stand: for each pattern (by its
 * number) its candidate positions in text order, so a pattern visits its own cue words only.
 */
type Anchors = number[][];

const NO_POSITIONS: readonly number[] = [];

// Every layer of one detection asks about the same text: the last text's anchors are kept.
let lastText: string | undefined;
let lastAnchors: Anchors | undefined;

function anchorsOf(text: string): Anchors {
  if (text === lastText && lastAnchors) return lastAnchors;
  trie ??= buildTrie();
  const { next, ids } = trie;
  const n = text.length;
  const byPattern: Anchors = [];
  const push = (pos: number, list: readonly number[]) => {
    for (const id of list) (byPattern[id] ??= []).push(pos);
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isAsciiLetter(c)) {
      if (c < 128 && anchorChars[c] === 1) push(i, anchorIds.get(text[i]!)!);
      i++;
      continue;
    }
    // Walk the run down the trie (upper case folded by setting bit 5) until it falls off.
    const start = i;
    let node = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (!isAsciiLetter(d)) break;
      if (node >= 0) node = next[node * 26 + ((d | 32) - 97)]! || -1;
      i++;
    }
    if (node > 0) {
      const list = ids[node];
      if (list !== undefined) push(start, list);
    }
  }
  lastText = text;
  lastAnchors = byPattern;
  return byPattern;
}

/**
 * A global regular expression run only where one of its cue words (or anchor characters) stands.
 * `matchAll(text)` returns what `text.matchAll(re)` would, provided every match of `re` starts at
 * a cue word as described at {@link isAsciiLetter}'s note, or at one of `chars`. A word list that is
 * not plain ASCII letters cannot keep that promise: the pattern then scans the whole text.
 */
export class AnchoredRegex {
  /** Every anchored pattern made (the tests compare each with its whole-text scan). */
  static readonly all: AnchoredRegex[] = [];
  private readonly sticky: RegExp;
  /** The pattern's number: where its positions stand in {@link Anchors}. */
  private readonly index: number;
  /** Whether the keyword list is usable (plain lower-case ASCII words); otherwise a full scan. */
  readonly anchored: boolean;

  constructor(
    readonly re: RegExp,
    keywords: readonly string[],
    chars = '',
  ) {
    if (!re.global) throw new Error('AnchoredRegex needs a global regular expression');
    this.sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    const words = keywords.map((w) => w.toLowerCase());
    // Under the `u` (or `v`) flag with `i`, "ſ" and the Kelvin sign match "s" and "k": a cue word
    // could then start outside an ASCII letter run, so such a pattern is not anchored.
    this.anchored =
      !/[uv]/.test(re.flags) &&
      words.length > 0 &&
      words.every((w) => /^[a-z]+$/.test(w)) &&
      [...chars].every((c) => c.charCodeAt(0) < 128 && !isAsciiLetter(c.charCodeAt(0)));
    this.index = this.anchored ? patterns++ : -1;
    AnchoredRegex.all.push(this);
    if (!this.anchored) return;
    for (const w of [...words, ...chars]) {
      let list = anchorIds.get(w);
      if (!list) anchorIds.set(w, (list = []));
      // A word listed twice by one pattern anchors it once.
      if (!list.includes(this.index)) list.push(this.index);
      if (w.length === 1 && !isAsciiLetter(w.charCodeAt(0))) anchorChars[w.charCodeAt(0)] = 1;
    }
    // A new word may change any text's anchors.
    trie = undefined;
    lastText = undefined;
    lastAnchors = undefined;
  }

  /** Whether the pattern matches anywhere in `text` (as `re.test(text)` from the start would say). */
  test(text: string): boolean {
    if (!this.anchored) {
      this.re.lastIndex = 0;
      const hit = this.re.test(text);
      this.re.lastIndex = 0;
      return hit;
    }
    for (const at of anchorsOf(text)[this.index] ?? NO_POSITIONS) {
      this.sticky.lastIndex = at;
      if (this.sticky.test(text)) return true;
    }
    return false;
  }

  /**
   * Where a match of the pattern may start in `text` (its cue words and anchor characters, in
   * text order), or `undefined` when the pattern is not anchored (it may then match anywhere).
   * A pass that reads the text piece by piece skips the pieces holding none of them.
   */
  positions(text: string): readonly number[] | undefined {
    return this.anchored ? (anchorsOf(text)[this.index] ?? NO_POSITIONS) : undefined;
  }

  /** The matches of the pattern in `text`, in order, as `text.matchAll(re)` gives them. */
  matchAll(text: string): RegExpExecArray[] {
    if (!this.anchored) return allMatches(this.re, text);
    const out: RegExpExecArray[] = [];
    const re = this.sticky;
    let from = 0;
    for (const at of anchorsOf(text)[this.index] ?? NO_POSITIONS) {
      if (at < from) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null) continue;
      out.push(m);
      // A whole-text scan resumes after the match (one past an empty one).
      from = at + Math.max(m[0].length, 1);
    }
    return out;
  }
}
