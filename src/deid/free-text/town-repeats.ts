// A town of the note named again (issue 11): once "… SALT HILL BLVD, READING" gives the town, "LIVES
// IN READING", "READING PD ON SCENE" name it too, though "reading" is a word. And the town before a
// police or fire service ("FERNLEIGH PD OFFICER", "Quillby Police") is named by the service.
import * as tokenScanner from './token-scanner.js';
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

const { isCap } = tokenScanner;

/** The number of tokens from `i` that spell `words` joined by blanks (or a hyphen), else 0. */
function spellsAt(s: TokenScanner, i: number, words: string[]): number {
  for (let n = 0; n < words.length; n++) {
    const t = s.tokens[i + n];
    if (!t || t.lower !== words[n] || (n > 0 && !s.blankBetween(i + n - 1, i + n) && s.text.slice(s.tokens[i + n - 1]!.end, t.start) !== '-')) return 0;
  }
  return words.length;
}

/** Whether a town's service (townServices.heads: "PD", "police", "FD") follows token `last`, then a service word after an ambiguous head ("PD OFFICER", "PD ON SCENE"). */
function serviceAfter(s: TokenScanner, last: number, cues: PlaceCueSets): boolean {
  const h = s.tokens[last + 1];
  if (!h || !s.blankBetween(last, last + 1) || !cues.townServiceHeads.has(h.lower)) return false;
  if (s.style !== 'lower' && h.word.length <= 2 && h.word !== h.word.toUpperCase()) return false;
  // "advanced PD", "home PD": Parkinson's disease and peritoneal dialysis are "PD" too; a short
  // head needs a word of the service after it.
  if (!cues.townServiceShortHeads.has(h.lower)) return true;
  const n = s.tokens[last + 2];
  return !!n && s.blankBetween(last + 1, last + 2) && cues.townServiceAfter.has(n.lower);
}

/** Whether token `k` is a town service's head word (townServices.heads), the first thing {@link serviceAfter} asks. */
function serviceHeadAt(s: TokenScanner, k: number, cues: PlaceCueSets): boolean {
  const h = s.tokens[k];
  return h !== undefined && cues.townServiceHeads.has(h.lower);
}

/** Whether a place preposition (townServices.prepositions: "in", "from"; or "out of") stands right before token `i`. */
function prepositionBefore(s: TokenScanner, i: number, cues: PlaceCueSets): boolean {
  const p = s.tokens[i - 1];
  if (!p || !s.blankBetween(i - 1, i)) return false;
  // "based out of paradise": "of" after "out" only ("loss of hope" is no place).
  if (p.lower === 'of') return s.tokens[i - 2]?.lower === 'out' && s.blankBetween(i - 2, i - 1);
  return cues.townPrepositions.has(p.lower);
}

/**
 * "LIVES IN READING", "based out of paradise", "READING PD ON SCENE": a town the note's address
 * passes found (place-town) named again after a place preposition or before a town's service; and
 * "FERNLEIGH PD OFFICER", "Quillby Police": one or two words no vocabulary holds (or a town of the
 * places lexicon) before a town's service. Capitalised in a mixed-case note.
 */
export function townRepeats(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  const towns: string[][] = [];
  for (const span of s.spans) {
    if (span.source !== 'place-town') continue;
    const words = s.text.slice(span.start, span.end).toLowerCase().split(/[ \t-]+/);
    if (words.length <= 3 && !towns.some((w) => w.join(' ') === words.join(' '))) towns.push(words);
  }
  // Without a town found and without a service's head word (cue-tokens.ts), neither shape below can match.
  const heads = s.cueTokens(cues.townServiceHeads);
  if (towns.length === 0 && heads.length === 0) return;
  for (let i = 0; i < s.tokens.length; i++) {
    if (s.marked.has(i)) continue;
    const t = s.tokens[i]!;
    if (s.style === 'mixed' && !isCap(t.word)) continue;
    let len = 0;
    for (const words of towns) len = Math.max(len, spellsAt(s, i, words));
    if (len > 0) {
      let free = true;
      for (let k = i; k < i + len; k++) if (s.marked.has(k)) free = false;
      if (free && (prepositionBefore(s, i, cues) || serviceAfter(s, i + len - 1, cues))) {
        for (let k = i; k < i + len; k++) s.mark(k, 'LOCATION', 'place-town-repeat');
        i += len - 1;
        continue;
      }
    }
    // A town no list names, before its service: one or two proper words. The service's head must
    // stand right after one of them (serviceAfter), so without a head one or two tokens on nothing is read.
    if (heads.length === 0 || (!serviceHeadAt(s, i + 1, cues) && !serviceHeadAt(s, i + 2, cues))) continue;
    const proper = (k: number) => {
      const w = s.tokens[k];
      return !!w && !s.marked.has(k) && w.word.length >= 3 && /^[A-Za-z][A-Za-z'-]*$/.test(w.word) && (s.style !== 'mixed' || isCap(w.word)) && (w.flags & (LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL)) === 0 && ((w.flags & (LEX.COMMON | LEX.VOCAB)) === 0 || (w.flags & LEX.PLACE) !== 0);
    };
    if (!proper(i)) continue;
    const two = proper(i + 1) && s.blankBetween(i, i + 1);
    const last = two && serviceAfter(s, i + 1, cues) ? i + 1 : i;
    if (!serviceAfter(s, last, cues)) continue;
    for (let k = i; k <= last; k++) s.mark(k, 'LOCATION', 'place-town-service');
    i = last;
  }
}
