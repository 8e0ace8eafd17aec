import type { Token, TokenScanner } from './token-scanner.js';
import { isCap, isTitleCase } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { joinedOrAmpersand } from './place-shapes.js';

const ARTICLES = new Set(['a', 'an', 'the']);

/** A word that may stand in an employer's name: no function word, title, or clinical word that is also English. */
function nameWord(s: TokenScanner, t: Token): boolean {
  return (t.flags & LEX.STOP) === 0 && (t.flags & LEX.TITLE) === 0 && !((t.flags & LEX.CLINICAL) !== 0 && (t.flags & LEX.COMMON) !== 0);
}

/**
 * A word no English list holds, capitalised in a mixed-case note. A clinical word counts only
 * written as a name in a mixed-case note (the brand "Medtronic"): in capitals "ICU" and "KOHLER"
 * look alike.
 */
export function employerWord(s: TokenScanner, t: Token): boolean {
  if (t.word.length < 2 || (t.flags & LEX.COMMON) !== 0) return false;
  if ((t.flags & LEX.CLINICAL) !== 0) return s.style === 'mixed' && isTitleCase(t.word);
  return s.style !== 'mixed' || isCap(t.word);
}

/**
 * "new job at PVTA", "position with Raytheon", "works as a cashier at Chewy", "volunteers at
 * Gleaners": the employer after a job word, or after a work verb and "as <role>", and a preposition
 * (rules/en/deid-place-cues.yaml, employers: jobWords, workVerbs, jobPrepositions). One to three
 * words on the line; one of them in no English word list, and every one capitalised in a mixed-case
 * note, so a time or place of work stays ("job at night", "works as a nurse at home"); in a one-case
 * note, two or more ending in an organisation head also count, with no article before them
 * ("FORMER CLERK AT BRISK & SONS HARDWARE"). An occupation after an employer lead is a job word too
 * ("former bookkeeper at", "retired teacher from"). The bare
 * "works at" / "retired from" is the employer regex's (places.ts, employers).
 */
export function employersAfterJobWords(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.jobPrepositions.size === 0) return;
  const gated = cues === placeCues();
  for (let i = 0; i + 2 < s.tokens.length; i++) {
    // With the shipped cues a word that is neither a job word nor a work verb is skipped on its lexicon mask.
    if (gated && (s.tokens[i]!.flags & (LEX.JOB_CUE | LEX.OCCUPATION)) === 0) continue;
    const w = s.tokens[i]!.lower;
    // "former bookkeeper at X", "retired teacher from X": an occupation after an employer lead is a job word.
    const job = cues.jobWords.has(w) || (cues.occupations.has(w) && i > 0 && cues.employerLeads.has(s.tokens[i - 1]!.lower) && s.blankBetween(i - 1, i));
    if (!job && !cues.workVerbs.has(w)) continue;
    let k = i + 1;
    if (s.tokens[k]!.lower === 'as' && s.blankBetween(i, k)) {
      // The role: up to three words ("as a night shift cashier") before the preposition.
      let r = k + 1;
      while (r < s.tokens.length && r - k <= 4 && !cues.jobPrepositions.has(s.tokens[r]!.lower) && s.blankBetween(r - 1, r)) r++;
      if (r >= s.tokens.length || r - k > 4 || r === k + 1 || !s.blankBetween(r - 1, r)) continue;
      k = r;
    } else if (!job) continue;
    // The preposition and at least one word after it, on the line.
    if (k + 1 >= s.tokens.length || !cues.jobPrepositions.has(s.tokens[k]!.lower) || !s.blankBetween(k - 1, k) || !s.blankBetween(k, k + 1)) continue;
    let j = k + 1;
    const article = ARTICLES.has(s.tokens[j]!.lower);
    if (article && j + 1 < s.tokens.length && s.blankBetween(j, j + 1)) j++;
    const take: number[] = [];
    for (let m = j; m < s.tokens.length && take.length < 3 && nameWord(s, s.tokens[m]!) && !cues.orgEnders.has(s.tokens[m]!.lower) && !s.marked.has(m); m++) {
      if (s.style === 'mixed' && !isCap(s.tokens[m]!.word)) break;
      take.push(m);
      if (!joinedOrAmpersand(s, m)) break;
    }
    // In a one-case note, words ending in an organisation head name one ("marsh & finch hardware");
    // after an article they are the kind of place ("at the high school").
    const last = s.tokens[take[take.length - 1]!]?.lower ?? '';
    const headed = s.style !== 'mixed' && !article && take.length >= 2 && (cues.orgHeads.has(last) || cues.orgCueHeads.has(last)) && !cues.orgNotFirst.has(s.tokens[take[0]!]!.lower);
    if (!headed && !take.some((m) => employerWord(s, s.tokens[m]!))) continue;
    for (const m of take) s.mark(m, 'INSTITUTION', 'employer-cue');
  }
}
