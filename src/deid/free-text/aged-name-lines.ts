// A patient's name opening a header line before the date of birth or the age (issue 11): run
// sheets, intake and call logs open a patient's line with the name and then "DOB …", "(52)" or
// ", 59F" ("maricel dualeh, DOB 08/15/1973", "marivic r. winter (52), machine operator", "PT LIBAN
// DIMACULANGAN, 59F"). The field after the run says it is a person, whatever the case of the note;
// the words must still be name-shaped: no vocabulary, clinical, function or title word ("Pt stable,
// DOB verified", "Fall risk (45)" stay).
import * as tokenScanner from './token-scanner.js';
import type { Token, TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { inVocabulary, LEX, NAME_LISTS } from '../lexicon-flags.js';
import { staffWord } from '../keep-list/name-words.js';
import { MONTH_WORDS } from '../patterns.js';
import { nameCues } from '../rules/deid-rules.js';

// Bound once at load (see token-scanner.ts: under tsx's CommonJS output an import is a getter call).
const { noLineFeed } = tokenScanner;

// The field after the name: a date of birth, an age in brackets, or an age with a sex letter or "y/o".
const FIELD_AFTER = /^(?:[ \t]*,[ \t]*|[ \t]+)(?:d\.?o\.?b\b|\(\d{1,3}\)|\d{1,3}[ \t]?(?:[mf]|yo|y\/o|yom|yof)(?![a-z]))/i;
// What may stand before the run on its line: nothing, or a patient label ("PT", "Patient:", "Name:"),
// rules/en/deid-name-cues.yaml nameWords.agedLineLabels.
const LINE_LABELS = nameCues().nameWords.agedLineLabels;
const LINE_LEAD = new RegExp(`^[ \\t]*(?:(?:${LINE_LABELS.join('|')})[ \\t]*:?[ \\t]+)?$`, 'i');
// The last word of a patient label: a token after another on its line must be one to open the run.
const LABEL_WORDS: ReadonlySet<string> = new Set(LINE_LABELS.map((l) => l.split(' ').pop()!));
// The gaps inside the run: one blank, or a comma between a surname and a first name ("ou-yang,anatoly", "Kaur, Jas").
const RUN_GAP = /^(?:[ \t]|,[ \t]?|-)$/;

/** Whether token `t` can be a word of a patient's name here: no word any vocabulary or the clinical, function or title lists hold, unless a name list holds it too. */
function nameWord(t: Token, vocab: KeepVocabulary): 'strong' | 'weak' | undefined {
  if (t.word.length < 2 || !/^\p{L}+$/u.test(t.word)) return undefined;
  const f = t.flags;
  if ((f & (LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL)) !== 0 || MONTH_WORDS.has(t.lower) || staffWord(t.lower)) return undefined;
  const word = (f & LEX.COMMON) !== 0 || inVocabulary(vocab, t.lower, f);
  if (!word) return 'strong';
  return (f & NAME_LISTS) !== 0 ? 'weak' : undefined;
}

/** Marks a run of two or three name words (an initial may stand inside) opening its line before a date of birth or an age. */
export function agedNameLines(s: TokenScanner, vocab: KeepVocabulary): void {
  // This test is the pass's own (it is no necessary condition of the field after the run: "52 yom" fails it).
  if (!/\bdob\b|d\.o\.b|\(\d{1,3}\)|\d[ \t]?(?:[mf]|yo|y\/o)\b/i.test(s.text)) return;
  const { tokens, text } = s;
  // A run and the field after it stand on one line (no gap of the run nor the field holds a line
  // feed): only the tokens of the lines that hold a field (`[start, end)` pairs, `r` the next) are read.
  const lines = fieldLines(text);
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (r < lines.length && lines[r + 1]! <= t.start) r += 2;
    if (r === lines.length) break;
    if (t.start < lines[r]!) continue;
    // A token after another on its line opens the run only after a patient label: test that before the line's lead.
    const before = tokens[i - 1];
    // The label look-up first, then the gap read in place (no slice per token).
    if (before && !LABEL_WORDS.has(before.lower) && noLineFeed(text, before.end, t.start)) continue;
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    if (!LINE_LEAD.test(text.slice(lineStart, t.start))) continue;
    let j = i;
    let words = 0;
    let strong = 0;
    for (; j < tokens.length && j - i < 4; j++) {
      const u = tokens[j]!;
      const prev = tokens[j - 1]!;
      // After an initial its full stop and a blank ("marivic r. winter").
      if (j > i && !RUN_GAP.test(text.slice(prev.end, u.start)) && !(prev.word.length === 1 && /^\.[ \t]$/.test(text.slice(prev.end, u.start)))) break;
      if (u.word.length === 1 && /[A-Za-z]/.test(u.word) && text[u.end] === '.' && j > i) continue;
      // The first part of a hyphenated surname may be a short word ("ou-yang", "de-la"): the part after it decides.
      const hyphenated = text[u.end] === '-' && u.word.length <= 3 && tokens[j + 1]?.start === u.end + 1 && nameWord(tokens[j + 1]!, vocab) !== undefined;
      const kind = nameWord(u, vocab) ?? (hyphenated && (u.flags & (LEX.STOP | LEX.CLINICAL)) === 0 ? 'weak' : undefined);
      if (!kind) break;
      words++;
      if (kind === 'strong') strong++;
    }
    // The run ends on a name word (not an initial) and the field follows it.
    const last = tokens[j - 1];
    if (words < 2 || strong === 0 || !last || last.word.length === 1 || !FIELD_AFTER.test(text.slice(last.end, last.end + 16))) continue;
    for (let k = i; k < j; k++) if (!s.marked.has(k)) s.mark(k, 'NAME', 'aged-name-line');
    i = j;
  }
}

// FIELD_AFTER without its closing assertions, anywhere: where FIELD_AFTER matches a slice from a
// word's end, `(?:[ \t]*,[ \t]*|[ \t]+)` then this matches the text there (the slice is the
// text's own characters), and a match holds no line feed, so a whole-text scan finds a match on every
// line where FIELD_AFTER can. The blanks or comma before it are not part of the pattern: a pattern
// opening with `[ \t]*` is tried at every character of the report (issue 11, speed). That lead
// matches before the field exactly when the character before it is a blank or a comma (the field
// opens with "d", a bracket or a digit, no blank), so the character is read instead.
const FIELD_ANYWHERE = /(?:d\.?o\.?b|\(\d{1,3}\)|\d{1,3}[ \t]?(?:[mf]|yo|y\/o))/gi;

/**
 * The lines of `text` holding a field after a blank or a comma (see {@link FIELD_ANYWHERE}), as
 * `[start, end)` pairs in text order. Every field is tried (one past a field with no blank or comma
 * before it), so no line holding one is passed over. Exported for its test.
 */
export function fieldLines(text: string): number[] {
  const out: number[] = [];
  FIELD_ANYWHERE.lastIndex = 0;
  for (let m = FIELD_ANYWHERE.exec(text); m !== null; m = FIELD_ANYWHERE.exec(text)) {
    const c = text.charCodeAt(m.index - 1);
    if (c !== 32 && c !== 9 && c !== 44) {
      FIELD_ANYWHERE.lastIndex = m.index + 1;
      continue;
    }
    const start = text.lastIndexOf('\n', m.index - 1) + 1;
    if (out.length > 0 && out[out.length - 2] === start) continue;
    const feed = text.indexOf('\n', m.index);
    out.push(start, feed < 0 ? text.length : feed);
  }
  return out;
}
