import { tokenize, type Token } from './tokenize.js';

/**
 * One element of a token pattern: alternative token sequences (null = any one token), or a gap
 * of `min`–`max` tokens of any kind (`alts` is then null and `optional` false).
 */
export interface Element {
  alts: string[][] | null;
  optional: boolean;
  gap?: { min: number; max: number };
}

/** A compiled phrase or token pattern carrying a payload. */
export interface CompiledPattern<P> {
  elements: Element[];
  payload: P;
}

/** Raised by {@link compilePattern} for a pattern it cannot compile; the caller names the rule. */
export class PatternSyntaxError extends Error {}

/**
 * Compiles a literal phrase: its tokens must appear in order (inflections folded).
 */
export function compileLiteral<P>(literal: string, payload: P): CompiledPattern<P> {
  const toks = tokenize(literal).map((t) => t.norm);
  if (toks.length === 0) throw new PatternSyntaxError('literal has no tokens');
  return { elements: toks.map((t) => ({ alts: [[t]], optional: false })), payload };
}

/**
 * Compiles a token pattern. Whitespace separates elements; an element is a word, alternatives
 * `a|b|c` (an alternative may be several words joined with `+`: `at+least|over`), `_` for any one
 * token, and a trailing `?` makes it optional. Example: `no _? change|increase|decrease`.
 */
export function compilePattern<P>(pattern: string, payload: P): CompiledPattern<P> {
  const elements: Element[] = [];
  for (const raw of pattern.trim().split(/\s+/)) {
    let chunk = raw;
    const optional = chunk.length > 1 && chunk.endsWith('?');
    if (optional) chunk = chunk.slice(0, -1);
    if (chunk === '_') {
      elements.push({ alts: null, optional });
      continue;
    }
    const alts = chunk.split('|').map((a) => {
      if (a === '') throw new PatternSyntaxError(`empty alternative in "${raw}"`);
      const toks = tokenize(a.replace(/\+/g, ' ')).map((t) => t.norm);
      if (toks.length === 0) throw new PatternSyntaxError(`alternative "${a}" has no tokens`);
      return toks;
    });
    elements.push({ alts, optional });
  }
  if (elements.length === 0 || elements.every((e) => e.optional)) throw new PatternSyntaxError('pattern matches nothing');
  return { elements, payload };
}

function matchFrom(els: Element[], ei: number, toks: Token[], ti: number, limit: number): number {
  if (ei === els.length) return ti;
  const el = els[ei]!;
  let best = -1;
  if (el.gap) {
    for (let k = el.gap.min; k <= el.gap.max && ti + k <= limit; k++) best = Math.max(best, matchFrom(els, ei + 1, toks, ti + k, limit));
    return best;
  }
  if (el.alts === null) {
    if (ti < limit) best = matchFrom(els, ei + 1, toks, ti + 1, limit);
  } else {
    for (const alt of el.alts) {
      if (ti + alt.length > limit) continue;
      let ok = true;
      for (let k = 0; k < alt.length; k++) if (toks[ti + k]!.norm !== alt[k]) { ok = false; break; }
      if (ok) best = Math.max(best, matchFrom(els, ei + 1, toks, ti + alt.length, limit));
    }
  }
  if (el.optional) best = Math.max(best, matchFrom(els, ei + 1, toks, ti, limit));
  return best;
}

/** A match of one or more patterns of equal (longest) length at a token position. */
export interface PatternMatch<P> {
  start: number;
  /** Exclusive token index. */
  end: number;
  payloads: P[];
}

/**
 * A set of patterns indexed by their possible first tokens, so matching a sentence costs one map
 * look-up per token plus the few candidates that can start there.
 */
export class PatternSet<P> {
  private readonly byFirst = new Map<string, CompiledPattern<P>[]>();
  private readonly anyFirst: CompiledPattern<P>[] = [];

  constructor(patterns: Iterable<CompiledPattern<P>>) {
    for (const p of patterns) {
      const firsts = firstTokens(p.elements, 0);
      if (firsts === null) this.anyFirst.push(p);
      else for (const f of firsts) {
        const list = this.byFirst.get(f);
        if (list) list.push(p);
        else this.byFirst.set(f, [p]);
      }
    }
  }

  /**
   * Longest match starting exactly at token `i` (all payloads of that length), or null. `accept`
   * restricts the candidate patterns by payload (e.g. all but one label's).
   */
  matchAt(toks: Token[], i: number, limit = toks.length, accept?: (p: P) => boolean): PatternMatch<P> | null {
    const cands = this.byFirst.get(toks[i]!.norm);
    if (!cands && this.anyFirst.length === 0) return null;
    let bestEnd = -1;
    let payloads: P[] | null = null;
    for (let pass = 0; pass < 2; pass++) {
      const list = pass === 0 ? cands : this.anyFirst;
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const p = list[k]!;
        if (accept && !accept(p.payload)) continue;
        const end = matchFrom(p.elements, 0, toks, i, limit);
        if (end <= i || end < bestEnd) continue;
        if (end > bestEnd) {
          bestEnd = end;
          payloads = [p.payload];
        } else if (!payloads!.includes(p.payload)) payloads!.push(p.payload);
      }
    }
    return payloads ? { start: i, end: bestEnd, payloads } : null;
  }

  /**
   * Greedy left-to-right longest matches that do not overlap. `barriers` (sorted token ranges,
   * e.g. targets) can be neither entered nor crossed: a match must end before the next barrier.
   */
  scan(toks: Token[], barriers: ReadonlyArray<{ start: number; end: number }> = []): PatternMatch<P>[] {
    const out: PatternMatch<P>[] = [];
    let b = 0;
    for (let i = 0; i < toks.length; ) {
      while (b < barriers.length && barriers[b]!.end <= i) b++;
      const bar = barriers[b];
      if (bar && bar.start <= i) {
        i = bar.end;
        continue;
      }
      const m = this.matchAt(toks, i, bar ? bar.start : toks.length);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

// First tokens a pattern can start with; null when it can start with any token.
function firstTokens(els: Element[], from: number): Set<string> | null {
  const out = new Set<string>();
  for (let i = from; i < els.length; i++) {
    const el = els[i]!;
    if (el.gap) {
      if (el.gap.min > 0) return null;
      continue;
    }
    if (el.alts === null) return null;
    for (const a of el.alts) out.add(a[0]!);
    if (!el.optional) return out;
  }
  return out;
}
