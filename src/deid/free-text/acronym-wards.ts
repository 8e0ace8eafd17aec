// A facility's acronym that no bracket defines (issue 11): "PT DEPARTED CCH", "0254 ARRIVED SHO",
// "WHI ED -> …", "RECEIVING UNIT: PERMC SICU BED 50", "SHO hospitalist called", and in a note's
// heading lines "WCH" alone or "EMERGENCY DEPT - KRM". A capitals acronym
// no vocabulary holds, right after a verb of leaving or arriving, or right before a hospital's ward
// or service, is where the patient is or goes. The cue words are data (deid-place-cues.yaml acronyms).
import type { TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { LEX } from '../lexicon-flags.js';
import { isConsonantsOnly } from './char-tests.js';
import { isBlank, nextNonBlank } from './blank-skip.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { historyAcronyms } from './place-history-acronyms.js';
import { AGENCY_SHAPE_RE, HOSPITAL_SHAPE_RE, unknownAcronym, unknownLowerAcronym } from './acronym-shapes.js';

// A floor and wing ("CMWI 5 North", "QRH 4 WEST"), or an operating room's number ("VHR OR 7"),
// after an acronym: the hospital's ward, as the ward words are. A wing needs its floor: "KLM North"
// is no ward.
// A floor and wing written short in capitals ("DHB 5N", "KVH 4W") count as well.
const FLOOR_AFTER_RE = /^[ \t]+(?:\d{1,2}[ \t]*(?:[Ww]est|[Ee]ast|[Nn]orth|[Ss]outh|WEST|EAST|NORTH|SOUTH)\b|\d{1,2}[NSEW](?![\w/-])|OR[ \t]+\d{1,2}\b)/;

/**
 * A necessary condition of `FLOOR_AFTER_RE.test(text.slice(at, at + 16))`, read in place: one blank
 * or more, then a digit or the "O" of "OR" (every alternative opens so, no `i` flag). Exported for its test.
 */
export function floorMayFollow(text: string, at: number): boolean {
  if (!isBlank(text.charCodeAt(at))) return false;
  const c = nextNonBlank(text, at);
  return (c >= 48 && c <= 57) || c === 79;
}

/** Whether a ward or service word, a service phrase, or a floor and wing stands right after token `i`. */
function wardAfter(s: TokenScanner, i: number, cues: PlaceCueSets): boolean {
  const next = s.tokens[i + 1];
  if (!!next && s.blankBetween(i, i + 1) && (cues.acronymWardsAfter.has(next.lower) || wardPhraseAfter(s, i + 1, cues))) return true;
  return floorMayFollow(s.text, s.tokens[i]!.end) && FLOOR_AFTER_RE.test(s.text.slice(s.tokens[i]!.end, s.tokens[i]!.end + 16));
}

/** Whether token `i` is a lower-case acronym of three or four consonants that no list holds ("pvh", "tcg"). */
function lowerAcronym(s: TokenScanner, i: number, vocab: KeepVocabulary, cues: PlaceCueSets): boolean {
  const t = s.tokens[i]!;
  if (!isConsonantsOnly(t.word, 3, 4) || s.marked.has(i)) return false;
  if (/^[-/'’\d]/.test(s.text.slice(t.end, t.end + 1)) || /[-/\d]$/.test(s.text.slice(t.start - 1, t.start))) return false;
  if (vocab.has(t.lower) || (t.flags & (LEX.COMMON | LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLIPPED | LEX.VOCAB)) !== 0 || cues.notAcronyms.has(t.lower)) return false;
  return !cues.stateCodes.has(t.lower);
}

/** Whether the tokens from `i` spell one of the services of more than one word (acronyms.wardsAfter: "urgent care"). */
function wardPhraseAfter(s: TokenScanner, i: number, cues: PlaceCueSets): boolean {
  return cues.acronymWardPhrasesAfter.some((words) => words.every((w, n) => s.tokens[i + n]?.lower === w && (n === 0 || s.blankBetween(i + n - 1, i + n))));
}

/**
 * "PT DEPARTED CCH", "ARRIVED SHO", "WHI ED", "PERMC SICU BED 50", "SHO hospitalist": an unknown
 * capitals acronym (unknownAcronym) right after one of acronyms.directCues, or right before one of
 * acronyms.wardsAfter, is a facility (LOCATION). Lower-case notes are left alone.
 */
export function acronymWards(s: TokenScanner, vocab: KeepVocabulary, cues: PlaceCueSets = placeCues()): void {
  if (cues.acronymDirectCues.size === 0 && cues.acronymWardsAfter.size === 0) return;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.word.length < 3 || t.word.length > 6) continue;
    // "pvh behavioral health unit", "after hours tcg operator": typed in lower case, an acronym
    // without a vowel (no word is spelt so) before a ward or service is the hospital too.
    if (t.word === t.lower) {
      if (lowerAcronym(s, i, vocab, cues) && wardAfter(s, i, cues)) s.mark(i, 'LOCATION', 'place-acronym');
      continue;
    }
    if (s.style === 'lower') continue;
    const prev = s.tokens[i - 1];
    const next = s.tokens[i + 1];
    const direct = !!prev && cues.acronymDirectCues.has(prev.lower) && s.blankBetween(i - 1, i);
    // The tokens are words: a floor's number stands between the acronym and its wing.
    const ward = (!!next && s.blankBetween(i, i + 1) && (cues.acronymWardsAfter.has(next.lower) || wardPhraseAfter(s, i + 1, cues))) || (floorMayFollow(s.text, t.end) && FLOOR_AFTER_RE.test(s.text.slice(t.end, t.end + 16)));
    if ((!direct && !ward) || !unknownAcronym(s, i, vocab, cues)) continue;
    s.mark(i, 'LOCATION', 'place-acronym');
  }
  headerAcronyms(s, vocab, cues);
  // Where a dated event of a history list was: "- '98 lap chole (KVMH)", "appy 2009 at zmkh".
  historyAcronyms(s, vocab, cues);
}

/**
 * "QWH ANESTHESIA RECORD - intraop", "zvh - department of surgery", "Wound Care Follow-up - pvrh",
 * "pre-op evaluation  (tlmh)": on the note's first line, an acronym no list holds that opens it
 * before a dash or a heading's word, or that closes it after a dash or alone in a bracket, is the
 * hospital of the letterhead. Many clinical abbreviations open a record's heading and no word list
 * holds them ("FNA REPORT", "ESWL - procedure note"): opening the line only a hospital's shape
 * (HOSPITAL_SHAPE_RE) counts, or any unknown acronym before a dash and a department's word
 * (acronyms.departmentsAfterDash); closing it only a hospital's shape; lower-case ones need a
 * hospital's shape or consonants alone wherever they stand.
 */
function letterheadAcronym(s: TokenScanner, k: number, lineStart: number, lineEnd: number, vocab: KeepVocabulary, cues: PlaceCueSets): boolean {
  const t = s.tokens[k]!;
  const lower = t.word === t.lower;
  if (lower ? s.style === 'upper' || !unknownLowerAcronym(s, k, vocab, cues) : !unknownAcronym(s, k, vocab, cues)) return false;
  // A public agency's shape counts as a hospital's: an EMS agency's or health department's record
  // opens with it ("KCEMS MIH HOME VISIT", "TCHD CI worksheet").
  const shaped = (HOSPITAL_SHAPE_RE.test(t.word) || AGENCY_SHAPE_RE.test(t.word)) && !cues.notAcronyms.has(t.lower);
  if (lower && !shaped && !isConsonantsOnly(t.lower)) return false;
  const before = s.text.slice(lineStart, t.start);
  const after = s.text.slice(t.end, lineEnd);
  if (/^[ \t]*$/.test(before)) {
    // Opening the line: a hospital's shape before a heading's word or a dash ("QWH ANESTHESIA
    // RECORD", "QWH - Wound Clinic"), any other before a dash and a department ("zvh - department of
    // surgery"), not before a procedure's heading ("ESWL - procedure note").
    if (shaped && /^[ \t]+(?:[-–][ \t]+)?[A-Za-z]{2}/.test(after)) return true;
    const dash = /^[ \t]+[-–][ \t]+([A-Za-z]+)/.exec(after);
    return !!dash && cues.acronymDepartmentsAfterDash.has(dash[1]!.toLowerCase());
  }
  // Closing the line (a hospital's shape only: "Plan - ptld", "Wound check (npwt)" are clinical):
  // after a dash that follows a heading's words, or alone in a bracket.
  if (!shaped || !/^[ \t]*$/.test(after.replace(/^\)/, ''))) return false;
  return (/[A-Za-z][ \t]+[-–][ \t]+$/.test(before) && !/\d/.test(before)) || (/[A-Za-z][ \t]+\($/.test(before) && after.startsWith(')'));
}

// The note's heading lines: the first three.
const HEADER_LINES = 3;

/**
 * "WCH⏎DISCHARGE SUMMARY", "EMERGENCY DEPT - KRM", "DEVICE CLINIC - SPC HEART RHYTHM": in the note's
 * first lines, an unknown capitals acronym (unknownAcronym) alone on the first line, or after a dash
 * that follows the department's name, is the hospital's letterhead (LOCATION).
 */
function headerAcronyms(s: TokenScanner, vocab: KeepVocabulary, cues: PlaceCueSets): void {
  let lineStart = 0;
  for (let line = 0; line < HEADER_LINES && lineStart < s.text.length; line++) {
    const nl = s.text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? s.text.length : nl;
    const i = s.nextToken(lineStart);
    if (i === undefined) return;
    // A blank line before the heading does not count as one.
    if (s.tokens[i]!.start >= lineEnd) {
      lineStart = lineEnd + 1;
      line--;
      continue;
    }
    for (let k = i; k < s.tokens.length && s.tokens[k]!.end <= lineEnd; k++) {
      const t = s.tokens[k]!;
      const alone = line === 0 && k === i && /^[ \t]*$/.test(s.text.slice(t.end, lineEnd)) && /^[ \t]*$/.test(s.text.slice(lineStart, t.start));
      // After the dash the acronym closes the line or a service's name follows ("- SPC HEART RHYTHM"),
      // not a note title's date ("PROCEDURE NOTE - OMFS  01/19/2021": the service).
      // The department before the dash is a heading in capitals without digits ("EMERGENCY DEPT -"),
      // not a date or a line of text ("OR list - 02MAR2024 - KVH", "repeat EKG ordered - IJB": field and initials).
      const afterDash = line === 0 && k > i && !/[a-z\d]/.test(s.text.slice(lineStart, t.start)) && /[ \t][-–][ \t]+$/.test(s.text.slice(s.tokens[k - 1]!.end, t.start)) && /^(?:[ \t]*$|[ \t]+[A-Za-z])/.test(s.text.slice(t.end, lineEnd));
      if ((alone || afterDash) && unknownAcronym(s, k, vocab, cues)) s.mark(k, 'LOCATION', 'place-acronym');
      else if (line === 0 && letterheadAcronym(s, k, lineStart, lineEnd, vocab, cues)) s.mark(k, 'LOCATION', 'place-acronym');
    }
    if (nl < 0) return;
    lineStart = nl + 1;
  }
}
