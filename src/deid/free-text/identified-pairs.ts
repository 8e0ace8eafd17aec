// A "LAST, FIRST" pair closed by the patient's identifier (session 44): a header, intake or log line
// writes the patient as a surname, a comma and a given name, then the record number, the date of
// birth or the age ("HOLLOWAY,MEADOW K  MRN 1234567", "Sparrow, Faith -- 52 y/o F", "Pt CRANE,
// WILLOW A  DOB 3-Jan-61", "Index: Frost, Chance (44M)", "kowalski,anne-marie  dob 1/2/1950").
// Both words may be ordinary words the name lists also hold ("Field", "Fox", "Destiny"): other
// passes need one half to be a name no word list holds, or an age right after the pair. Here the
// identifier field after the pair is the cue, so two such words count; each must still be a word
// the name lists hold or one no vocabulary holds, never a function, clinical-only, title or
// credential word, and both halves written in the same case ("Pain, Sharp  DOB …" or "Pt alert,
// oriented (45)" stay: "sharp" and "oriented" are no names).
import { hasLower, hasUpper, isCap, type Token, type TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { inVocabulary, LEX, NAME_LISTS } from '../lexicon-flags.js';
import { staffWord } from '../keep-list/name-words.js';
import { MONTH_WORDS } from '../patterns.js';
import { nameCues } from '../rules/deid-rules.js';

const words = nameCues().nameWords;
// What may stand before the pair on its line, or after a field gap: nothing, or a patient label
// ("Pt", "Patient:", "Index", "Donor", "minutes for"): deid-name-cues.yaml nameWords.agedLineLabels
// and nameWords.identifiedPairLeads.
const LEADS = [...new Set([...words.agedLineLabels, ...words.identifiedPairLeads])].sort((a, b) => b.length - a.length);
const LEAD_RE = new RegExp(`^(?:(?:${LEADS.map((l) => l.replace(/ /g, '[ \\t]+')).join('|')})[ \\t]*:?[ \\t]*)?$`, 'i');
// The words a field writes after a surname instead of a given name ("White, Male, 45 y/o").
const NON_NAMES: ReadonlySet<string> = new Set([...words.pairNonNames, ...nameCues().cues.pairNonNames.words]);
// The identifier field after the pair (and after a middle initial): a field gap ("  ", a tab, a
// spaced dash, a comma, a bracket or one blank) and then the record number, the date of birth, an
// identifier label of nameWords.identifiedPairFields, or an age ("52 y/o", "(44M)", "99f", "age 61").
const FIELD_LABELS = words.identifiedPairFields.map((w) => w.replace(/[.*+?^${}()|[\]\\/#]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|');
const FIELD_RE = new RegExp(
  `^(?:[ \\t]*[-–—]{1,2}[ \\t]*|[ \\t]*[,(][ \\t]*|[ \\t]+)(?:(?:${FIELD_LABELS})(?![A-Za-z])|\\d{1,3}[ \\t]?(?:y\\/?o|yo|y\\.o\\.|[mf])(?![A-Za-z0-9])|age[ \\t:]+\\d{1,3}(?!\\d))`,
  'i',
);

// comma-name-pairs.ts's close after a pair (a bracket, a stop or comma, a wide gap, the line end, or a record field after a blank).
const PAIR_CLOSE_RE = /^(?:[ \t]?[()[\],;:.|]|[ \t]{2,}|\t|[ \t]*(?:\r?\n|$)|[ \t]+(?:dob\b|d\.o\.b\b|mrn\b|#|\d{1,3}[ \t]*(?:y\/?o\b|yo\b|[mf]\b)))/i;

/** Whether token `t` may be a half of the pair: letters, a word the name lists hold or one no vocabulary holds, no function, clinical-only, title, credential, month or staff word. */
function half(t: Token, vocab: KeepVocabulary): boolean {
  if (t.word.length < 2 || !/^\p{L}+(?:['’]\p{L}+)?$/u.test(t.word) || !/[aeiouyà-ÿ]/i.test(t.word)) return false;
  const f = t.flags;
  if ((f & (LEX.TITLE | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL)) !== 0 || NON_NAMES.has(t.lower) || MONTH_WORDS.has(t.lower) || staffWord(t.lower)) return false;
  // A function word only when a name list holds it too ("may"); a clinical term only when a word list holds it too ("Chance").
  if ((f & LEX.STOP) !== 0 && (f & LEX.AMBIGUOUS) === 0) return false;
  if ((f & LEX.CLINICAL) !== 0 && (f & (LEX.COMMON | NAME_LISTS)) === 0) return false;
  return (f & NAME_LISTS) !== 0 || !((f & LEX.COMMON) !== 0 || inVocabulary(vocab, t.lower, f));
}

/** Whether `a` and `b` are written alike: both capitals, both Title case, or both lower case in a lower-case note. */
function sameCase(s: TokenScanner, a: string, b: string): boolean {
  if (s.style === 'lower') return !hasUpper(a) && !hasUpper(b);
  if (!hasLower(a) && !hasLower(b)) return true;
  return isCap(a) && hasLower(a) && isCap(b) && hasLower(b);
}

/** The token after the hyphenated parts of the word at `k` ("PIERRE-YVES", "Anne-Marie"): each part a letter word glued by one hyphen. */
function hyphenEnd(s: TokenScanner, k: number): number {
  let j = k + 1;
  while (j < s.tokens.length && s.tokens[j]!.start === s.tokens[j - 1]!.end + 1 && s.text[s.tokens[j - 1]!.end] === '-' && /^\p{L}{2,}$/u.test(s.tokens[j]!.word)) j++;
  return j;
}

/**
 * Marks "LAST, FIRST" pairs (a middle initial and hyphenated parts allowed) that open their line,
 * a field after a wide gap or a patient label's field, and that the patient's identifier or age
 * closes on the same line.
 */
export function identifiedPairs(s: TokenScanner, vocab: KeepVocabulary): void {
  const { tokens, text } = s;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    // The comma of the pair: glued ("LARK,HOLLIS") or with a blank or two after it (tested in place, no slice).
    if (text.charCodeAt(a.end) !== 44 || b.start - a.end > 3 || /[^ \t]/.test(text.slice(a.end + 1, b.start))) continue;
    // A hyphenated surname ("Lowe-Ferris, Ann") reads its last part here; its first part must open the field.
    let first = i;
    while (first > 0 && tokens[first - 1]!.end + 1 === tokens[first]!.start && text[tokens[first - 1]!.end] === '-') first--;
    if (!half(a, vocab) || !half(b, vocab) || !sameCase(s, a.word, b.word)) continue;
    if (first < i && !tokens.slice(first, i).every((t) => /^\p{L}{2,}$/u.test(t.word) && (t.flags & (LEX.STOP | LEX.TITLE)) === 0)) continue;
    // What stands before the pair on its line (after a tab, a "|" or a run of two blanks or more): nothing or a patient label.
    const lineStart = text.lastIndexOf('\n', tokens[first]!.start - 1) + 1;
    const before = text.slice(lineStart, tokens[first]!.start).split(/\t|\||[ ]{2,}/).pop()!;
    if (!LEAD_RE.test(before)) continue;
    let end = hyphenEnd(s, i + 1);
    // A middle initial, its full stop optional ("K", "R.").
    const m = tokens[end];
    const initialCase = s.style === 'lower' ? !hasUpper(m?.word ?? '') : hasUpper(m?.word ?? '');
    if (m && m.word.length === 1 && /^\p{L}$/u.test(m.word) && initialCase && /^[ \t]$/.test(text.slice(tokens[end - 1]!.end, m.start))) {
      if (FIELD_RE.test(text.slice(text[m.end] === '.' ? m.end + 1 : m.end, m.end + 24))) end++;
    }
    if (!FIELD_RE.test(text.slice(tokens[end - 1]!.end + (end > i + 2 && text[tokens[end - 1]!.end] === '.' ? 1 : 0), tokens[end - 1]!.end + 24))) continue;
    // One half found and the other not, set off as comma-name-pairs.ts reads a pair: that pass takes the other half later.
    if (s.marked.has(i) !== s.marked.has(i + 1) && PAIR_CLOSE_RE.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 16))) continue;
    for (let k = first; k < end; k++) if (!s.marked.has(k)) s.mark(k, 'NAME', 'identified-pair');
    i = end - 1;
  }
}
