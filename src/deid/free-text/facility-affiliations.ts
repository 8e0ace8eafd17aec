// A facility's acronym written as a person's affiliation (issue 11): "REFERRED BY ANA ROE, RN,
// CVICU, QMH.", "Entered by Ben Lund, CPTC, KVRO, 9/1/26.". Staff sign log lines with their name,
// credential, ward and the hospital or agency they work for; the unknown acronym that closes such a
// run is the workplace. Once found, the note writes it alone elsewhere ("KVRO Referral", "UPDATED
// KVRO ADMINISTRATOR ON CALL"): every standalone use of it in the note is the facility too.
import type { TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { unknownAcronym } from './acronym-shapes.js';

// What closes the affiliation: a stop, a semicolon, a bracket, the line end or a wide gap.
const CLOSE_RE = /^(?:[ \t]*(?:[.;)]|\r?\n|$)|[ \t]{2,})/;
// A comma, then a date: "9/1/26", "2026-10-18", "10 AUG 2026", "Aug 28".
const COMMA_DATE_RE = /^[ \t]*,[ \t]*(?:\d{1,4}[/.-]\d{1,2}|\d{1,2}[ \t-]?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d)/i;
const COMMA_GAP_RE = /^[ \t]*,[ \t]*$/;

/** Whether token `k` is a credential or a role written as one ("RN", "CPTC", "NP"). */
function credential(s: TokenScanner, k: number, cues: PlaceCueSets): boolean {
  const t = s.tokens[k];
  return !!t && ((t.flags & LEX.CREDENTIAL) !== 0 || cues.notAcronyms.has(t.lower));
}

/**
 * The index of the credential before the acronym at `i` (a comma between), passing over one ward
 * between commas ("RN, CVICU, QMH", "RN, NEURO ICU, QMH", "RN, TRAUMA ICU, QMH"): its last word a
 * ward of deid-place-cues.yaml acronyms.wardsAfter, the words before it clinical or wards. Returns
 * the credential's index and whether a ward stood between, or undefined.
 */
function credentialBefore(s: TokenScanner, i: number, cues: PlaceCueSets): { k: number; ward: boolean } | undefined {
  const comma = (a: number) => a > 0 && COMMA_GAP_RE.test(s.text.slice(s.tokens[a - 1]!.end, s.tokens[a]!.start));
  if (!comma(i)) return undefined;
  if (credential(s, i - 1, cues)) return { k: i - 1, ward: false };
  const last = s.tokens[i - 1];
  if (!last || !cues.acronymWardsAfter.has(last.lower)) return undefined;
  let w = i - 1;
  while (w > 0 && i - 1 - w < 2 && s.blankBetween(w - 1, w)) {
    const p = s.tokens[w - 1]!;
    if (!cues.acronymWardsAfter.has(p.lower) && (p.flags & LEX.CLINICAL) === 0) break;
    w--;
  }
  return comma(w) && credential(s, w - 1, cues) ? { k: w - 1, ward: true } : undefined;
}

/**
 * "ANA ROE, RN, CVICU, QMH.", "Ben Lund, CPTC, KVRO, 9/1/26": in a note that is not all lower
 * case, an unknown capitals acronym (acronym-wards.ts unknownAcronym) after a person found, a
 * credential and (optionally) a ward, commas between, is the person's workplace (LOCATION) when a
 * ward stood between and the run closes (stop, semicolon, bracket, line end), or, without a ward,
 * when a comma and a date follow (a log's signature: name, credential, agency, date). Every other
 * standalone use of the acronym in the note, written the same, is the workplace too.
 */
export function facilityAffiliations(s: TokenScanner, vocab: KeepVocabulary, cues: PlaceCueSets = placeCues()): void {
  if (s.style === 'lower' || !s.text.includes(',')) return;
  const found = new Set<string>();
  for (let i = 3; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.word.length < 3 || t.word.length > 6 || !unknownAcronym(s, i, vocab, cues)) continue;
    const before = credentialBefore(s, i, cues);
    if (!before || !COMMA_GAP_RE.test(s.text.slice(s.tokens[before.k - 1]!.end, s.tokens[before.k]!.start)) || !s.inName(before.k - 1)) continue;
    const after = s.text.slice(t.end, t.end + 24);
    if (!(before.ward ? CLOSE_RE.test(after) || COMMA_DATE_RE.test(after) : COMMA_DATE_RE.test(after))) continue;
    found.add(t.word);
  }
  if (found.size === 0) return;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (!found.has(t.word) || s.marked.has(i)) continue;
    // Glued to a hyphen, slash, apostrophe or word character it is a code ("QMH-26-7731"), not the name alone.
    if (/^[-/'’\w]/.test(s.text.slice(t.end, t.end + 1)) || /[-/\w]$/.test(s.text.slice(Math.max(0, t.start - 1), t.start))) continue;
    s.mark(i, 'LOCATION', 'facility-affiliation');
  }
}
