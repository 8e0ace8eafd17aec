// The relation words a misspelling of which leads to a name like the relation would ("NEICE BUCK
// BAKER"): their one-edit test, shared by the name positions and the lexicon flags (a token's
// flags carry it, worked out once per word).
import { nameCues } from '../rules/deid-rules.js';

const RELATION_SHAPES = nameCues().cues.relatives.words.filter((w) => /^[a-z]{4,}$/.test(w));

/**
 * Plain words answered by the one-edit test itself before the neighbour set is built: building it
 * (some 17,000 strings) costs about what a few thousand tests do, more than a short run asks
 * (the lexicon flags ask once per distinct word).
 */
export const NEIGHBOURS_AFTER = 4096;
let asked = 0;
let neighbours: Set<string> | undefined;

/** Whether the neighbour set has been built yet (start-up tests). */
export const neighboursBuilt = (): boolean => neighbours !== undefined;

/** Whether a word of four letters or more is one edit (Damerau) from a relation word of four letters or more. */
export function nearRelationShape(w: string): boolean {
  if (w.length < 4) return false;
  if (!lowerAscii(w)) return nearAnyShape(w);
  return neighbours || ++asked > NEIGHBOURS_AFTER ? relationNeighbours().has(w) : nearAnyShape(w);
}

function nearAnyShape(w: string): boolean {
  for (const r of RELATION_SHAPES) if (Math.abs(r.length - w.length) <= 1 && oneEdit(w, r)) return true;
  return false;
}

function lowerAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * Every word of letters a–z one edit from a relation shape (nearAnyShape true): each
 * letter added, dropped, changed, or two neighbours swapped.
 * One set look-up then answers a plain word instead of a one-edit test per shape.
 */
function relationNeighbours(): Set<string> {
  if (neighbours) return neighbours;
  const out = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  // A word made from `r` by one edit is one edit from `r` (so nearAnyShape holds) unless the edit
  // gave `r` back (a letter changed to itself, two equal letters swapped): only that word needs the
  // test. Testing every candidate against every shape cost a tenth of a rules run's start-up.
  let r = '';
  const tryWord = (x: string) => {
    if (x !== r || nearAnyShape(x)) out.add(x);
  };
  for (r of RELATION_SHAPES) {
    for (let i = 0; i <= r.length; i++) {
      for (const c of letters) {
        tryWord(r.slice(0, i) + c + r.slice(i));
        if (i < r.length) tryWord(r.slice(0, i) + c + r.slice(i + 1));
      }
      if (i < r.length) tryWord(r.slice(0, i) + r.slice(i + 1));
      if (i + 1 < r.length) tryWord(r.slice(0, i) + r[i + 1]! + r[i]! + r.slice(i + 2));
    }
  }
  neighbours = out;
  return out;
}

/** Whether `a.slice(ai) === b.slice(bi)`, without the slices. */
function sameTail(a: string, ai: number, b: string, bi: number): boolean {
  if (ai > a.length) ai = a.length;
  if (bi > b.length) bi = b.length;
  if (a.length - ai !== b.length - bi) return false;
  for (; ai < a.length; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
  return true;
}

/** Damerau distance 1: one letter added, dropped, changed, or two neighbours swapped. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return sameTail(a, i + 1, b, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && sameTail(a, i + 2, b, i + 2));
  return a.length > b.length ? sameTail(a, i + 1, b, i) : sameTail(a, i, b, i + 1);
}
