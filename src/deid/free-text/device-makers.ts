// The maker of an implanted device and its representative's company (issue 11): "Device: Corvane
// CardioTech dual chamber ICD", "Leads: RA Veltrix Medical lead SN …", "(Stratacor rep, cell …)",
// "Device rep present: Jo Lee (Stratacor)". Device and lead lines of cardiology and device-clinic
// notes name the company by a made-up word no vocabulary holds; known makers ("Medtronic") are the
// organisation lexicon's. The cue words are data (deid-place-cues.yaml deviceMakers and
// knownOrganisations.repWords).
import type { Token, TokenScanner } from './token-scanner.js';
import { isCap } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { inVocabulary, LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

/** A word of a maker's name: capitalised (any case in a one-case note), no function, title or credential word. */
function nameWord(s: TokenScanner, t: Token): boolean {
  return t.word.length >= 3 && /^[A-Za-z]+$/.test(t.word) && (s.style !== 'mixed' || isCap(t.word)) && (t.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) === 0;
}

// Endings of the clinical adjectives and procedures the word lists may miss ("Bioprosthetic", "Epicardial").
const CLINICAL_ENDING_RE = /(?:al|ic|ive|ary|ous|ed|ing|oid|tomy|plasty|gram|scopy)$/;

/** A word no vocabulary holds: not English, clinical or a known name's word ("Stratacor", "CardioTech"). */
function unknownWord(t: Token, vocab: KeepVocabulary): boolean {
  return (t.flags & (LEX.COMMON | LEX.CLINICAL | LEX.STOP | LEX.FIRST)) === 0 && !CLINICAL_ENDING_RE.test(t.lower) && !inVocabulary(vocab, t.lower, t.flags);
}

/** Marks tokens `from`..`to` INSTITUTION when one of them is a word no vocabulary holds and none is found already. */
function markMaker(s: TokenScanner, from: number, to: number, vocab: KeepVocabulary): void {
  let unknown = false;
  for (let k = from; k <= to; k++) {
    if (s.marked.has(k)) return;
    unknown ||= unknownWord(s.tokens[k]!, vocab);
  }
  if (!unknown) return;
  for (let k = from; k <= to; k++) s.mark(k, 'INSTITUTION', 'place-device-maker');
}

// The device labels and the representative words in one set, per cue sets.
const CUE_WORDS = new WeakMap<PlaceCueSets, ReadonlySet<string>>();
function cueWords(cues: PlaceCueSets): ReadonlySet<string> {
  let set = CUE_WORDS.get(cues);
  if (set === undefined) {
    set = new Set([...cues.deviceLabels, ...cues.knownOrgRepWords]);
    CUE_WORDS.set(cues, set);
  }
  return set;
}

/**
 * "Device: Stratacor dual chamber ICD", "Leads: RA Corvane Medical lead", "(Stratacor rep, cell …)",
 * "rep present: Jo Lee (Stratacor)": one or two name words, one of them no vocabulary holds, after a
 * device label's colon (and a chamber word), right before a representative word, or alone in
 * brackets after a name on a line with a representative word before, are the maker (INSTITUTION).
 */
export function deviceMakers(s: TokenScanner, vocab: KeepVocabulary, cues: PlaceCueSets = placeCues()): void {
  const labels = cues.deviceLabels;
  const reps = cues.knownOrgRepWords;
  if (labels.size === 0 && reps.size === 0) return;
  const { tokens, text } = s;
  // The tokens of a label or a representative word alone, in order (cue-tokens.ts): the others take neither branch.
  for (const i of s.cueTokens(cueWords(cues))) {
    const t = tokens[i]!;
    if (labels.has(t.lower) && text.charCodeAt(t.end) === 58 /* : */) {
      let k = i + 1;
      if (tokens[k] && cues.deviceChambers.has(tokens[k]!.lower) && /^:[ \t]+$/.test(text.slice(t.end, tokens[k]!.start))) k++;
      const first = tokens[k];
      if (!first || !/^:?[ \t]+$/.test(text.slice(tokens[k - 1]!.end, first.start)) || !nameWord(s, first)) continue;
      const last = tokens[k + 1] && s.blankBetween(k, k + 1) && nameWord(s, tokens[k + 1]!) && (tokens[k + 1]!.flags & LEX.CLINICAL) === 0 ? k + 1 : k;
      markMaker(s, k, last, vocab);
    } else if (reps.has(t.lower) && i > 0) {
      // "(Stratacor rep,": the name right before the representative word.
      let from = i - 1;
      if (s.blankBetween(from, i) && nameWord(s, tokens[from]!)) {
        if (from > 0 && s.blankBetween(from - 1, from) && nameWord(s, tokens[from - 1]!) && unknownWord(tokens[from - 1]!, vocab)) from--;
        markMaker(s, from, i - 1, vocab);
      }
      // "rep present: Jo Lee (Stratacor)": a bracket later on the line holding the company alone.
      const lineEnd = text.indexOf('\n', t.end);
      const close = text.slice(t.end, lineEnd < 0 ? text.length : lineEnd);
      const m = /\(([A-Za-z]{3,}(?:[ \t]+[A-Za-z]{3,})?)\)/.exec(close);
      if (!m || m.index > 60) continue;
      const at = s.byStart.get(t.end + m.index + 1);
      if (at === undefined) continue;
      const end = tokens[at + 1] && tokens[at + 1]!.end <= t.end + m.index + 1 + m[1]!.length ? at + 1 : at;
      if (nameWord(s, tokens[at]!) && nameWord(s, tokens[end]!)) markMaker(s, at, end, vocab);
    }
  }
}
