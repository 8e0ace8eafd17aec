// Many pattern rules run only when a cheap whole-text test passes (a guard: "a digit before an
// apostrophe", "a holiday stem"), and most reports fail most guards. Each failing guard still costs
// one scan of the report; a set of guards written as one alternation costs about one scan for all of
// them (issue 11, speed). The answers are exactly those of the guards asked one by one.

import { alternatives, groupEnd, guardPrefixes, type GuardPrefixes } from './guard-prefixes.js';

/** An alternation of some guards, each wrapped in a capture group: which one matched is read off the match. */
interface Alternation {
  re: RegExp;
  /** The guards in it, by their index in the group, in order. */
  members: number[];
  /** The number of each member's wrapping group. */
  groups: number[];
}

// Alternations of the guards still unanswered, per set of them: a feed's reports pass the same few
// guards, so a handful of subsets recur. Bounded; past it the guards are asked one by one.
const MAX_ALTERNATIONS = 64;

/**
 * The part a guard's matches open with, read off its source: a digit (`\d`, `19`, `(?:9\d|…)`), a
 * punctuation mark (`\(`, `[:#]`, `_`), or anything else (letters, `\b`, `^`, a class with letters,
 * an optional first part). Only a speed hint: a guard read wrongly is still answered exactly.
 */
export function leadKind(source: string): 'digit' | 'punct' | 'other' {
  const kinds = new Set(alternatives(source).map(firstAtomKind));
  return kinds.size === 1 ? [...kinds][0]! : 'other';
}

type Kind = 'digit' | 'punct' | 'other';

/** The kind of character the first atom of `alt` matches, 'other' when it may be left out or is unclear. */
function firstAtomKind(alt: string): Kind {
  let kind: Kind;
  let end: number;
  if (alt.startsWith('\\d')) {
    kind = 'digit';
    end = 2;
  } else if (alt.startsWith('(?:')) {
    // A non-capturing group: the kinds of its own alternatives.
    end = groupEnd(alt, 0);
    if (end < 0) return 'other';
    const inner = new Set(alternatives(alt.slice(3, end - 1)).map(firstAtomKind));
    kind = inner.size === 1 ? [...inner][0]! : 'other';
  } else if (alt.startsWith('[') && !alt.startsWith('[^')) {
    const close = alt.indexOf(']', 1);
    if (close < 0) return 'other';
    const body = alt.slice(1, close);
    if (body.includes('\\')) return 'other';
    end = close + 1;
    kind = /^(?:\d|\d-\d)+$/.test(body) ? 'digit' : /[\p{L}\p{N}\s-]/u.test(body) ? 'other' : 'punct';
  } else if (/^\d/.test(alt)) {
    kind = 'digit';
    end = 1;
  } else if (/^\\[()[\]{}.*+?^$|/#@,:;!&%=<>"'-]/.test(alt)) {
    kind = 'punct';
    end = 2;
  } else if (alt.length > 0 && !/^[\p{L}\p{N}\s\\^$.()[\]{}|?*+]/u.test(alt)) {
    kind = 'punct';
    end = 1;
  } else return 'other';
  // A first part that may be left out ("x?", "x*", "x{0,2}") says nothing of the match's first character.
  return /^(?:[?*]|\{0[,}])/.test(alt.slice(end)) ? 'other' : kind;
}

// A group of guards of one leading kind gets a pass of its own only when it has this many: digits and
// marks are rare in a report, so the engine skips to them, and the other pass gets shorter
// alternations (measured: the pattern rules' plain set a third faster, the case-blind one as fast).
const MIN_GROUP = 8;

/**
 * Guards (regular expressions without the global or sticky flag, all with the same flags) answered
 * together: `test(text)[k]` is `guards[k].test(text)`.
 *
 * Why it is exact: an alternation of the guards still unanswered, run from a position no unanswered
 * guard matches before, matches at the first position `p` where one of them does, and its capture
 * groups say which one. That guard is answered; the others have no match before `p`, so the
 * alternation of those left is run again from `p` (a lookbehind still sees the text before `p`),
 * until none matches or all are answered. The guards are asked in groups by the character their
 * matches open with (a digit, a punctuation mark, other); each group so, on its own.
 */
export class GuardSet {
  private readonly groups: GuardGroup[];
  private readonly scan: PrefixScan | undefined;

  constructor(readonly guards: readonly RegExp[]) {
    const flags = guards[0]?.flags ?? '';
    for (const g of guards) {
      if (g.flags !== flags) throw new Error(`GuardSet: mixed flags (${flags} and ${g.flags})`);
      // A back reference would point at another guard's group inside the alternation.
      if (/\\[1-9]|\\k</.test(g.source)) throw new Error(`GuardSet: back reference in /${g.source}/`);
    }
    if (/[gy]/.test(flags)) throw new Error('GuardSet: guards are whole-text tests (no g or y flag)');
    // The guards whose matches open with one of a few short strings are asked where those strings
    // stand (one scan of the text for all of them); the others as before, by alternations.
    const scanned: number[] = [];
    const prefixes: GuardPrefixes[] = [];
    const others: number[] = [];
    guards.forEach((g, k) => {
      const p = SCANNED_FLAGS.has(flags) ? guardPrefixes(g.source, flags) : undefined;
      if (p) {
        scanned.push(k);
        prefixes.push(p);
      } else others.push(k);
    });
    this.scan = scanned.length > 0 ? new PrefixScan(scanned, guards, prefixes, flags) : undefined;
    const byKind = new Map<Kind, number[]>();
    others.forEach((k) => {
      const g = guards[k]!;
      const kind = leadKind(g.source);
      byKind.set(kind, [...(byKind.get(kind) ?? []), k]);
    });
    const rest = byKind.get('other') ?? [];
    const groups: number[][] = [];
    for (const kind of ['digit', 'punct'] as const) {
      const members = byKind.get(kind) ?? [];
      if (members.length >= MIN_GROUP) groups.push(members);
      else rest.push(...members);
    }
    if (rest.length > 0) groups.push(rest.sort((a, b) => a - b));
    this.groups = groups.map((members) => new GuardGroup(members, guards, flags));
  }

  /** For each guard, in order, whether it matches somewhere in `text`. */
  test(text: string): boolean[] {
    const out = new Array<boolean>(this.guards.length).fill(false);
    this.scan?.test(text, out);
    for (const group of this.groups) group.test(text, out);
    return out;
  }
}

/** Some guards of a set, asked together by alternations (see {@link GuardSet}). */
class GuardGroup {
  private readonly any: RegExp;
  /** Global copies, run from the first position where any guard matches. */
  private readonly each: RegExp[];
  /** Capture groups in each guard's own source. */
  private readonly ownGroups: number[];
  private readonly alternations = new Map<number, Alternation>();
  private readonly guards: RegExp[];

  /** `members`: the guards' places in the set's list (`all`), where their answers go. */
  constructor(
    private readonly members: readonly number[],
    all: readonly RegExp[],
    private readonly flags: string,
  ) {
    this.guards = members.map((k) => all[k]!);
    this.any = new RegExp(this.guards.map((g) => `(?:${g.source})`).join('|') || '(?!)', flags);
    this.each = this.guards.map((g) => new RegExp(g.source, `${flags}g`));
    this.ownGroups = this.guards.map((g) => new RegExp(`(?:${g.source})|`, flags).exec('')!.length - 1);
  }

  /** The alternation of the guards in `mask` (bit k: guard k of the group), made on first use; undefined past the bound. */
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

  /** Sets `out[members[k]]` for each guard k of the group that matches somewhere in `text`. */
  test(text: string, out: boolean[]): void {
    const n = this.each.length;
    // Subsets are keyed by a number: exact up to 52 guards.
    if (n > 52) return this.testOneByOne(text, out);
    let mask = 2 ** n - 1;
    let from = 0;
    while (mask !== 0) {
      const alt = this.alternation(mask);
      if (!alt) return this.testOneByOne(text, out, from, mask);
      alt.re.lastIndex = from;
      const m = alt.re.exec(text);
      if (m === null) return;
      let j = 0;
      while (m[alt.groups[j]!] === undefined) j++;
      const k = alt.members[j]!;
      out[this.members[k]!] = true;
      mask -= 2 ** k;
      from = m.index;
    }
  }

  /**
   * The guards not yet answered (those of `mask`; all when it is undefined), each asked alone from
   * the first position where any of them matches (none of them matches before `from`).
   */
  private testOneByOne(text: string, out: boolean[], from = 0, mask?: number): void {
    const first = mask === undefined ? this.any.exec(text) : { index: from };
    if (first === null) return;
    for (let k = 0, bit = 1; k < this.each.length; k++, bit *= 2) {
      if (mask !== undefined && Math.floor(mask / bit) % 2 === 0) continue;
      const re = this.each[k]!;
      re.lastIndex = first.index;
      out[this.members[k]!] = re.test(text);
    }
  }
}

// The flags whose guards are scanned for their openings. guard-prefixes.ts reads '' as well, but
// the case-sensitive guards open mostly with digits, whose short openings stand everywhere in a
// report: their scan was measured twice as slow as their alternations (the case-blind one twice as
// fast; measured again with the automaton below: still twice as slow, the sticky tries cost it).
const SCANNED_FLAGS = new Set(['i']);

/**
 * Guards asked only where their matches may open: an Aho-Corasick automaton of the guards'
 * openings (case-folded for `i`) reads the text once, one step per character, and at each place
 * where an opening ends, each guard still unanswered whose opening it is gets its own expression,
 * sticky, at the place the opening starts.
 *
 * Why it is exact: a guard matches somewhere if and only if its sticky copy matches at some place
 * p. Every match opens with one of the guard's openings (guard-prefixes.ts), or starts at 0 when
 * `atStart`; the automaton reports every occurrence of every opening (its state after a character
 * is the longest opening prefix ending there, and its outputs every opening that is a suffix of
 * that), so every place a match may start is asked, and only a match answers yes. (A walk of the
 * openings' trie from every place of the text asks the same places, but took two table steps or
 * more per character where the automaton takes one: the bench's case-blind set ran 40 % faster so.)
 */
class PrefixScan {
  /** Sticky copies of the guards, by their place in this scan. */
  private readonly sticky: RegExp[];
  /** The guards' places in the set's list. */
  private readonly members: readonly number[];
  /** The guards (by place in this scan) asked at 0 whatever stands there. */
  private readonly atStart: number[];
  private readonly fold: boolean;
  /** Each UTF-16 unit's symbol (0: in no opening). */
  private readonly symbol = new Uint8Array(0x10000);
  private readonly stride: number;
  /** The automaton: `step[state * stride + symbol]` is the next state (state 0: no opening begun). */
  private readonly step: Uint16Array | Int32Array;
  /**
   * Per state, the openings that end there (its own and its suffixes'), as guard and opening
   * length: `outGuard[outFrom[state]…outTo[state]]`, `outLength` alongside.
   */
  private readonly outFrom: Int32Array;
  private readonly outTo: Int32Array;
  private readonly outGuard: Int32Array;
  private readonly outLength: Int32Array;
  private readonly done: Uint8Array;

  constructor(members: readonly number[], all: readonly RegExp[], prefixes: readonly GuardPrefixes[], flags: string) {
    this.members = members;
    this.fold = flags.includes('i');
    this.sticky = members.map((k) => new RegExp(all[k]!.source, `${flags}y`));
    this.atStart = [];
    prefixes.forEach((p, k) => {
      if (p.atStart) this.atStart.push(k);
    });
    let symbols = 0;
    for (const p of prefixes) {
      for (const s of p.strings) {
        for (let i = 0; i < s.length; i++) {
          const c = s.charCodeAt(i);
          if (this.symbol[c] === 0) this.symbol[c] = ++symbols;
        }
      }
    }
    if (symbols > 255) throw new Error('GuardSet: too many characters in the guards\' openings');
    const stride = (this.stride = symbols + 1);
    // The openings' trie first: children by symbol, and per node its depth and own openings' guards.
    const children: number[][] = [[]];
    const depth: number[] = [0];
    const ends: number[][] = [[]];
    prefixes.forEach((p, k) => {
      for (const s of p.strings) {
        let node = 0;
        for (let i = 0; i < s.length; i++) {
          const sym = this.symbol[s.charCodeAt(i)]!;
          let child = children[node]![sym];
          if (child === undefined) {
            child = children.length;
            children[node]![sym] = child;
            children.push([]);
            depth.push(i + 1);
            ends.push([]);
          }
          node = child;
        }
        if (!ends[node]!.includes(k)) ends[node]!.push(k);
      }
    });
    // Then, breadth first, each node's failure (its longest proper suffix that is a node) and its
    // full row of steps: a child where there is one, else the failure's step.
    const nodes = children.length;
    // Two bytes a step while the states fit (the bench's case-blind set has some 3,200): the table is
    // read once per character of every report, and at half the size more of it stays in cache
    // (measured in the pipeline: the set's scan 10-20 % faster than with four-byte steps).
    const step = (this.step = nodes <= 0x10000 ? new Uint16Array(nodes * stride) : new Int32Array(nodes * stride));
    const fail = new Int32Array(nodes);
    const order: number[] = [];
    children[0]!.forEach((child, sym) => {
      step[sym] = child;
      order.push(child);
    });
    for (let h = 0; h < order.length; h++) {
      const node = order[h]!;
      const f = fail[node]!;
      // The failure's row (complete: it is shallower), then the node's own children over it (the
      // sparse list's forEach visits only those: reading its holes one by one tripled the build).
      step.copyWithin(node * stride, f * stride, f * stride + stride);
      children[node]!.forEach((child, sym) => {
        fail[child] = step[f * stride + sym]!;
        step[node * stride + sym] = child;
        order.push(child);
      });
    }
    // Outputs, in breadth-first order: a node's own openings, then a copy of its failure's (already
    // written: it is shallower). The root has none.
    this.outFrom = new Int32Array(nodes);
    this.outTo = new Int32Array(nodes);
    const guards: number[] = [];
    const lengths: number[] = [];
    for (const node of order) {
      this.outFrom[node] = guards.length;
      for (const k of ends[node]!) {
        guards.push(k);
        lengths.push(depth[node]!);
      }
      const f = fail[node]!;
      for (let j = this.outFrom[f]!, end = this.outTo[f]!; j < end; j++) {
        guards.push(guards[j]!);
        lengths.push(lengths[j]!);
      }
      this.outTo[node] = guards.length;
    }
    this.outGuard = Int32Array.from(guards);
    this.outLength = Int32Array.from(lengths);
    this.done = new Uint8Array(members.length);
  }

  /** Sets `out[members[k]]` for each guard k of the scan that matches somewhere in `text`. */
  test(text: string, out: boolean[]): void {
    const { sticky, symbol, step, outFrom, outTo, outGuard, outLength, done, stride, fold } = this;
    done.fill(0);
    let left = sticky.length;
    for (const k of this.atStart) {
      const re = sticky[k]!;
      re.lastIndex = 0;
      if (re.test(text)) {
        done[k] = 1;
        out[this.members[k]!] = true;
        left--;
      }
    }
    const n = text.length;
    let state = 0;
    for (let q = 0; q < n && left > 0; q++) {
      let c = text.charCodeAt(q);
      // Folding A-Z alone: under `i` without `u` no other character matches an ASCII letter.
      if (fold && c >= 65 && c <= 90) c |= 32;
      state = step[state * stride + symbol[c]!]!;
      for (let j = outFrom[state]!, end = outTo[state]!; j < end; j++) {
        const k = outGuard[j]!;
        if (done[k] === 1) continue;
        const re = sticky[k]!;
        re.lastIndex = q + 1 - outLength[j]!;
        if (re.test(text)) {
          done[k] = 1;
          out[this.members[k]!] = true;
          left--;
        }
      }
    }
  }
}
