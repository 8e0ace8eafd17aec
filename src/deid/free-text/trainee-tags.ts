// Trainee sign-offs (issue 11): a resident or student signs a note or a line with a name or initials
// and a training year ("js pgy2 for dr toussaint", "jesus pgy2 for dr. sparrow", "-- Kofi Osei
// PGY-3"). The words that open the line before the training year are the writer, whatever word they
// spell ("hk", "sc"), unless they name a service (rules/en/deid-name-cues.yaml traineeTags.services:
// "ortho pgy2 aware") or are staff, function, title or credential words.
import { allMatches } from '../regex-matches.js';
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { staffWord } from '../keep-list/name-words.js';
import { MONTH_WORDS } from '../patterns.js';
import { nameCues } from '../rules/deid-rules.js';

const SERVICES: ReadonlySet<string> = new Set(nameCues().traineeTags.services);
// A training year: "pgy2", "PGY-3", "pgy 1", "ms4", "MS-3" (not "ms 4/5", a muscle grade).
const TAG_RE = /(?<![A-Za-z0-9/])(?:pgy[ -]?[1-8]|ms-?[1-4])(?![A-Za-z0-9/+])/gi;
// What may open the line before the writer: blanks, dashes, "signed", "note by".
const OPENER_RE = /^[ \t]*(?:(?:--+|—|–|~)[ \t]*)?(?:(?:e-?signed|signed|note by|by)[ \t:]+)?$/i;

/** Marks (rule id `trainee-tag`) the one to three words opening a line before a training year, as the trainee's name or initials. */
export function traineeTags(s: TokenScanner): void {
  if (!/pgy|ms-?[1-4]/i.test(s.text)) return;
  for (const m of allMatches(TAG_RE, s.text)) {
    const lineStart = s.text.lastIndexOf('\n', m.index - 1) + 1;
    // The tokens between the line's opener and the tag, one blank (or ". " after an initial) apart.
    const idx: number[] = [];
    let p = m.index;
    while (p > lineStart) {
      let q = p;
      while (q > lineStart && (s.text[q - 1] === ' ' || s.text[q - 1] === '\t')) q--;
      if (q === p && idx.length > 0) break;
      if (q > lineStart && s.text[q - 1] === '.' && idx.length > 0) q--;
      let a = q;
      while (a > lineStart && /[A-Za-z'’-]/.test(s.text[a - 1]!)) a--;
      const k = s.byStart.get(a);
      if (k === undefined || a === q || s.tokens[k]!.end !== q - (s.text[q - 1] === '.' ? 1 : 0) && s.tokens[k]!.end !== q) break;
      idx.unshift(k);
      p = a;
      if (OPENER_RE.test(s.text.slice(lineStart, p)) || idx.length === 3) break;
    }
    if (idx.length === 0 || !OPENER_RE.test(s.text.slice(lineStart, s.tokens[idx[0]!]!.start))) continue;
    if (!idx.every((k) => writerWord(s, k))) continue;
    for (const k of idx) s.mark(k, 'NAME', 'trainee-tag');
  }
}

/** A word that may be the trainee's: letters, no service, staff, function, title, credential or month word. */
function writerWord(s: TokenScanner, k: number): boolean {
  const t = s.tokens[k]!;
  if (!/^[A-Za-z][A-Za-z'’-]*$/.test(t.word) || MONTH_WORDS.has(t.lower)) return false;
  if (t.word.length === 1) return s.text[t.end] === '.';
  return !SERVICES.has(t.lower) && !staffWord(t.lower) && (t.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.WEAK_TITLE)) === 0;
}
