// Surname particles around names found (issue 11): "his son, von okafor", "mr le tranh", "talked with
// de la vargasso", "work with van der Hoekstra". The cue passes take particles only before a
// capitalised part after a strong cue; in a note in one case, or after a weak context, the particle
// was left out (a missed gold token of the name) or the whole name was.
import * as tokenScanner from './token-scanner.js';
import type { TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { LEX } from '../lexicon-flags.js';
import { nameCues } from '../rules/deid-rules.js';

// Bound once at load (see places.ts).
const { hasLower, isBlankRun, isCap } = tokenScanner;

/** Rule id of the pass. */
export const NAME_PARTICLE_RULE = 'name-particle';

// Particles that join a name alone (rules/en/deid-name-cues.yaml, nameWords.aloneParticles).
const ALONE: ReadonlySet<string> = new Set(nameCues().nameWords.aloneParticles);

/**
 * The particles right before token `i` on its line (blank gaps only), as the index of the first;
 * `i` itself when there are none.
 */
function particlesBefore(s: TokenScanner, i: number): number {
  let k = i;
  while (k > 0 && i - k < 3 && particleAt(s, k - 1) && isBlankRun(s.text, s.tokens[k - 1]!.end, s.tokens[k]!.start)) k--;
  return k;
}

// A particle not yet taken; in a mixed-case note not in capitals ("DOS", "DA" there are abbreviations).
function particleAt(s: TokenScanner, k: number): boolean {
  const p = s.tokens[k]!;
  if (!s.isParticle(k) || p.lower === 'st' || s.marked.has(k)) return false;
  return s.style !== 'mixed' || p.word.length === 1 || hasLower(p.word);
}

/**
 * Joins surname particles to the names after them: before a name another pass found, any run of
 * particles (one alone only from {@link ALONE}); before an unmarked word, a run of two or more
 * ("van der", "de la") when the word is no vocabulary word (capitalised in a mixed-case note).
 */
export function nameParticles(s: TokenScanner, vocab: KeepVocabulary): void {
  const { tokens } = s;
  for (let i = 1; i < tokens.length; i++) {
    const k = particlesBefore(s, i);
    if (k === i) continue;
    const t = tokens[i]!;
    const run = i - k;
    if (s.marked.has(i)) {
      if (!s.spans.some((x) => x.start === t.start && x.category === 'NAME')) continue;
      if (run === 1 && !ALONE.has(tokens[k]!.lower)) continue;
    } else {
      if (run < 2 || t.word.length < 3 || !/^[A-Za-z][A-Za-z'’-]*$/.test(t.word)) continue;
      if ((t.flags & (LEX.CLINICAL | LEX.STOP)) !== 0 || vocab.has(t.lower) || (s.style === 'mixed' && !isCap(t.word))) continue;
      s.mark(i, 'NAME', NAME_PARTICLE_RULE);
    }
    for (let j = k; j < i; j++) s.mark(j, 'NAME', NAME_PARTICLE_RULE);
  }
}
