// Care facilities and shelters named with ordinary words (issue 11): "sunrise assisted living",
// "Pleasant View LTC", "maple ridge rehab and nursing", "lives at the warming place". Their words
// are in every English list, so only the care head after them, or the residence phrase before
// them, says they name a place. Cue words: rules/en/deid-place-cues.yaml, careFacilities.
import type { Token, TokenScanner } from './token-scanner.js';
import { isCap } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

/** Rule ids of the two passes. */
export const CARE_FACILITY_RULE = 'care-facility';
export const RESIDENCE_NAME_RULE = 'residence-name';

/**
 * A word that may stand in a facility's name: letters only, no function word or title; a clinical
 * word only when it is also English and written as a name in a mixed-case note ("Pleasant View"),
 * since in one case "pain", "view" and "seed" are the sentence's.
 */
function nameWord(s: TokenScanner, t: Token): boolean {
  if (!/^[A-Za-z][A-Za-z'’-]*$/.test(t.word) || (t.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) !== 0) return false;
  if ((t.flags & LEX.CLINICAL) === 0) return true;
  return s.style === 'mixed' && (t.flags & LEX.COMMON) !== 0 && isCap(t.word) && t.word.length > 1 && t.word.slice(1) === t.word.slice(1).toLowerCase();
}

/** The token after the last word of `words` spelled from token `i` on, blank-joined; -1 if they are not there. */
function spells(s: TokenScanner, i: number, words: string[]): number {
  for (let n = 0; n < words.length; n++) {
    const t = s.tokens[i + n];
    if (!t || t.lower !== words[n] || (n > 0 && !s.blankBetween(i + n - 1, i + n))) return -1;
  }
  return i + words.length;
}

/**
 * The token after a care head `words` spelled from token `i` on; -1 if it is not there. Its words
 * are joined by blanks or by one hyphen ("Post-Acute", "post acute"): the head list splits at both.
 */
function spellsHead(s: TokenScanner, i: number, words: string[]): number {
  for (let n = 0; n < words.length; n++) {
    const t = s.tokens[i + n];
    if (!t || t.lower !== words[n]) return -1;
    if (n > 0 && !s.blankBetween(i + n - 1, i + n) && s.text.slice(s.tokens[i + n - 1]!.end, t.start) !== '-') return -1;
  }
  return i + words.length;
}

/**
 * Whether a cue opens the name starting at token `i`: a word of the cue list ("referrals to", "at",
 * "and"), with "the" allowed between, a label's colon, an opening bracket, a table cell's bar or the
 * line start (a bullet allowed). Not a comma alone: after one the words are as often the end of a list
 * of needs; a comma counts only after an organisation or facility found.
 */
function cueBefore(s: TokenScanner, i: number, cues: PlaceCueSets): boolean {
  const lineStart = s.text.lastIndexOf('\n', s.tokens[i]!.start - 1) + 1;
  const before = s.text.slice(lineStart, s.tokens[i]!.start);
  // A table's cell opens with a bar ("| Harbor View Transitional Care | declined |").
  if (/^[ \t*•-]*$/.test(before) || /[:(|][ \t]*$/.test(before)) return true;
  let p = i - 1;
  // The next item of a list of facilities: a comma after a facility found ("Oak Bend Skilled Nursing,
  // harbor lights transitional care"), never after other words.
  if (p >= 0 && s.tokens[p]!.start >= lineStart && s.marked.has(p) && /^[ \t]*,[ \t]*$/.test(s.text.slice(s.tokens[p]!.end, s.tokens[i]!.start))) {
    const end = s.tokens[p]!.end;
    if (s.spans.some((span) => span.end === end && span.category === 'INSTITUTION')) return true;
  }
  if (p >= 0 && s.tokens[p]!.lower === 'the' && s.blankBetween(p, i)) p--;
  return p >= 0 && s.tokens[p]!.start >= lineStart && cues.careCues.has(s.tokens[p]!.lower) && s.blankBetween(p, p + 1);
}

// The first words of a phrase list, made once per list (the passes run on every report; the cue
// sets are read once and never change).
const FIRST_WORDS = new WeakMap<readonly string[][], ReadonlySet<string>>();
function firstWords(phrases: readonly string[][]): ReadonlySet<string> {
  let set = FIRST_WORDS.get(phrases);
  if (!set) {
    set = new Set(phrases.map((h) => h[0]!));
    FIRST_WORDS.set(phrases, set);
  }
  return set;
}

/**
 * "sent referrals to sunrise assisted living", "Plan dc to Pleasant View LTC", "from maple ridge
 * rehab and nursing": one to three name words (see {@link nameWord}) right before a care head on
 * the line, after a cue (see {@link cueBefore}). The first word opens no name (organisations.notFirst,
 * careFacilities.notFirst: "to skilled nursing", "to short term rehab and nursing", "her assisted
 * living", "likely SNF"). In a mixed-case note the words and the head are written alike: all
 * capitalised or all in lower case.
 */
export function careFacilities(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  const { tokens } = s;
  if (cues.careHeads.length === 0) return;
  const starts = firstWords(cues.careHeads);
  // The tokens that open a head alone, in order (cue-tokens.ts); `next` skips a facility already marked.
  let next = 1;
  for (const i of s.cueTokens(starts)) {
    if (i < next || s.marked.has(i)) continue;
    let end = -1;
    for (const h of cues.careHeads) {
      end = spellsHead(s, i, h);
      if (end > 0) break;
    }
    if (end < 0) continue;
    const take: number[] = [];
    for (let k = i - 1; k >= 0 && take.length < 3 && s.blankBetween(k, k + 1) && !s.marked.has(k) && nameWord(s, tokens[k]!); k--) {
      if (cues.careCues.has(tokens[k]!.lower)) break;
      take.unshift(k);
    }
    if (take.length === 0) continue;
    const first = tokens[take[0]!]!;
    if (cues.orgNotFirst.has(first.lower) || cues.careNotFirst.has(first.lower) || !cueBefore(s, take[0]!, cues)) continue;
    // In a mixed-case note a capitalised name has a capitalised head ("Oak Terrace Nursing Home",
    // "Pleasant View LTC"): before a head in lower case it is an agency or an acronym ("DMH group home").
    if (s.style === 'mixed') {
      const caps = take.map((k) => isCap(tokens[k]!.word));
      const headCap = isCap(tokens[i]!.word);
      if (!(caps.every((c) => c) && headCap) && !(caps.every((c) => !c) && !headCap)) continue;
    }
    for (let k = take[0]!; k < end; k++) s.mark(k, 'INSTITUTION', CARE_FACILITY_RULE);
    next = end;
  }
}

/**
 * "lives at the warming place", "STAYING AT THE MUSTARD SEED", "shelter bed at the harbor
 * light": after a residence phrase (careFacilities.residencePhrases) and "the", one to three name
 * words closing their part (a stop, a bracket, the line end, or a preposition or conjunction). One
 * of them no common word; or two or more, the first opening no name and the last none of
 * careFacilities.notNames ("lives at the group home", "stays at the same address" stay).
 */
export function residenceNames(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  const { tokens } = s;
  if (cues.residencePhrases.length === 0) return;
  const starts = firstWords(cues.residencePhrases);
  // The tokens that open a residence phrase alone, in order (cue-tokens.ts); `next` skips a name already marked.
  let next = 0;
  for (const i of s.cueTokens(starts)) {
    if (i < next) continue;
    let at = -1;
    for (const p of cues.residencePhrases) {
      const k = spells(s, i, p);
      if (k > 0) at = Math.max(at, k);
    }
    if (at < 0 || at + 1 >= tokens.length || tokens[at]!.lower !== 'the' || !s.blankBetween(at - 1, at) || !s.blankBetween(at, at + 1)) continue;
    const take: number[] = [];
    for (let k = at + 1; k < tokens.length && take.length < 3 && !s.marked.has(k) && nameWord(s, tokens[k]!); k++) {
      if (take.length > 0 && !s.blankBetween(k - 1, k)) break;
      take.push(k);
    }
    if (take.length === 0) continue;
    const last = tokens[take[take.length - 1]!]!;
    if (!/^(?:[ \t]*(?:[,;:.)\]]|\n|$)|[ \t]+(?:in|on|for|since|until|and|with|where|near|off|x|w\/?)\b)/i.test(s.text.slice(last.end, last.end + 8))) continue;
    const unknown = take.some((k) => tokens[k]!.word.length >= 3 && (tokens[k]!.flags & LEX.COMMON) === 0);
    const first = tokens[take[0]!]!.lower;
    const phrase = take.length >= 2 && !cues.orgNotFirst.has(first) && !cues.careNotFirst.has(first) && !cues.residenceNotNames.has(last.lower);
    if (!unknown && !phrase) continue;
    if (s.style === 'mixed' && !take.every((k) => isCap(tokens[k]!.word)) && !take.every((k) => !isCap(tokens[k]!.word))) continue;
    for (const k of take) s.mark(k, 'INSTITUTION', RESIDENCE_NAME_RULE);
    next = take[take.length - 1]! + 1;
  }
}
