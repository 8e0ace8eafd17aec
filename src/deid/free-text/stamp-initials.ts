// Two classes of names a dictation or a faxed page spells out where no name list helps (issue 11):
// the dictating and typing persons' initials right after a transcription stamp on its line
// ("DICTATED BUT NOT READ  gwj:EQB  #5946501", "dictated feb. 16, typed 2.13.26   kg/rd", "TYPED
// 12/10/25   AN/PHF"), any letters there, even a word ("DS:of", "LAB:PH"); and a patient's name
// quoted after "pt name" as an OCR or a face sheet read it, misspelt or not ("pt name 'Cookk,
// Rusty'"). A pair of letters elsewhere ("PA/lat", "typed and crossed") and a quoted word after
// another label ("brand name 'Lasix'") stay.
import { LEX } from '../lexicon-flags.js';
import { allMatches } from '../regex-matches.js';
import type { TokenScanner } from './token-scanner.js';
import { nameCues } from '../rules/deid-rules.js';

// A date after "typed" or "transcribed": digits ("2.13.26", "12/10/25", "2-12") or a month and day ("Feb 16", "March 3rd, 2025").
const STAMP_DATE = String.raw`(?:\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?|[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?)`;
// The stamp, then the pair (groups 1 and 2) closing the line or before a job number.
const STAMP_PAIR_RE = new RegExp(
  String.raw`\b(?:dictated[ \t]+(?:but[ \t]+|and[ \t]+)?not[ \t]+(?:read|reviewed|signed|proofread)|(?:typed|transcribed)[ \t]*:?[ \t]*${STAMP_DATE}(?:[ \t]+(?:at[ \t]+)?\d{1,2}:?\d{2}[ \t]*(?:[ap]\.?m\.?)?)?)[ \t]+([A-Za-z]{2,4})[ \t]?[:/][ \t]?([A-Za-z]{2,4})(?=[ \t]*(?:$|\r?\n|#|job\b|\d))`,
  'gid',
);
// Results of a blood type after "typed" ("typed O/neg") are no initials (deid-name-cues.yaml nameWords.stampNonInitials).
const NOT_INITIALS: ReadonlySet<string> = new Set(nameCues().nameWords.stampNonInitials);

// "pt name 'Cookk, Rusty'", "Patient name: "FRSOT, HOPE"": the quoted name (group 1).
const QUOTED_NAME_RE = /\b(?:pt|patient)['’]?s?[ \t]+name[ \t]*[:=]?[ \t]*['"‘“]([A-Za-z][A-Za-z'’., -]{1,40}?)['"’”]/gid;
// Words of a quoted field that name no one (deid-name-cues.yaml nameWords.stampNonNames).
const NOT_NAMES: ReadonlySet<string> = new Set(nameCues().nameWords.stampNonNames);

/** Marks the initials after a transcription stamp (source `stamp-initials`) and a quoted patient name (source `quoted-patient-name`) as NAME. */
export function stampInitials(s: TokenScanner): void {
  if (/dictated|typed|transcribed/i.test(s.text)) {
    for (const m of allMatches(STAMP_PAIR_RE, s.text)) {
      if (NOT_INITIALS.has(m[1]!.toLowerCase()) || NOT_INITIALS.has(m[2]!.toLowerCase())) continue;
      for (const g of [1, 2]) s.markWordAt(m.indices![g]![0], m[g]!, 'NAME', 'stamp-initials');
    }
  }
  if (/name/i.test(s.text)) {
    for (const m of allMatches(QUOTED_NAME_RE, s.text)) {
      const from = m.indices![1]![0];
      const ks = s.tokensIn(from, from + m[1]!.length);
      // A token may keep the closing quote ("rusty'"): the word is read without it.
      const word = (k: number) => s.tokens[k]!.lower.replace(/['’]+$/, '');
      if (ks.length === 0 || ks.length > 4 || ks.some((k) => NOT_NAMES.has(word(k)))) continue;
      for (const k of ks) if ((s.tokens[k]!.flags & (LEX.TITLE | LEX.CREDENTIAL)) === 0) s.mark(k, 'NAME', 'quoted-patient-name');
    }
  }
}
