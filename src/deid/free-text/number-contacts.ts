// A role's or relative's name right before the number that reaches them (session 44): logs, intake
// and claim notes write a contact as the role, the name and the number ("sup: Quist cell
// 555-201-3344", "CM April ext 4411", "DRIVER FIELD CELL 5550001234", "called mother may @
// 555.201.3344", "Adjuster: Will G.  ph 555 201 3344"). The name is often a word too — a month
// ("April", "June", "May"), a plain word ("Field"), a place ("Ashmere") — which other passes refuse
// after a role; the number after it says a person is reached there. Read from the numbers found by
// one pattern, looking back along their line, never by a scan of every word.
// The leads are the relatives and staff leads of deid-name-cues.yaml `cues` and
// nameWords.numberContactLeads; the words between lead and number must each be a word the name lists
// hold, a month that is also a given name, or one no vocabulary holds — no phone label ("mother cell
// 555-…"), function, clinical-only, title or staff word ("SW office ext 4411" stays).
import { isCap, type Token, type TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { inVocabulary, LEX, NAME_LISTS } from '../lexicon-flags.js';
import { staffWord } from '../keep-list/name-words.js';
import { nameCues } from '../rules/deid-rules.js';
import { RELATION_CUE_WORDS } from './vocabulary.js';

const { cues, nameWords } = nameCues();
const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\/#]/g, '\\$&').replace(/ /g, '[ \\t]+');
const LEADS = [...new Set([...cues.relatives.words, ...cues.staffLeads.words, ...nameWords.numberContactLeads])].sort((a, b) => b.length - a.length);
const PHONE_LABELS: ReadonlySet<string> = new Set(nameWords.phoneLabels);
const NON_NAMES: ReadonlySet<string> = new Set(nameWords.numberContactNonNames);
// Months that are also given names ("April", "June", "May"): a name in this frame.
const MONTH_NAMES: ReadonlySet<string> = new Set(nameWords.numberContactMonths);
// The number: a phone ("555-201-3344", "(555) 201-3344", "+1 555 201 3344", "555.2013", ten digits
// run together), or an extension after its label ("ext 4411", "x4411").
const NUMBER_RE = /(?<![\dA-Za-z])(?:(?:\+?1[ .-]?)?(?:\(\d{3}\)[ \t]?|\d{3}[ ./-])?\d{3}[ .-]\d{4}(?![\d-])|\d{10}(?!\d)|(?:ext|x)\.?[ \t]*\d{3,5}(?!\d))/gi;
// The lead (a stop only after a short form: "adj.", not "UPDATED BY RN. HER CELL …"), one or two words (and an
// initial) and an optional phone label, closing the text before the number.
// The words are read lazily: a label after the name ("Quist cell") is the label, not a second word.
const BEFORE_RE = new RegExp(
  `(?:^|[^A-Za-z])(?:(?:${LEADS.map(esc).join('|')})|(?:${nameWords.numberContactShortLeads.map(esc).join('|')})\\.)[ \\t]*:?[ \\t]+([A-Za-z][A-Za-z'’-]*(?:[ \\t][A-Za-z][A-Za-z'’-]*)??(?:[ \\t][A-Za-z]\\.?)??)[ \\t]*[,(]?[ \\t]*(?:(?:${nameWords.numberContactLabels.map(esc).join('|')})\\.?:?[ \\t]*)?$`,
  'id',
);

/** Whether token `t` may be a word of the contact's name here. */
function contactWord(s: TokenScanner, t: Token, vocab: KeepVocabulary): boolean {
  const f = t.flags;
  if (t.word.length < 2 || PHONE_LABELS.has(t.lower) || NON_NAMES.has(t.lower) || staffWord(t.lower) || RELATION_CUE_WORDS.has(t.lower)) return false;
  if ((f & (LEX.TITLE | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL)) !== 0) return false;
  // In a mixed-case note a name is written as one: Title case or capitals.
  if (s.style === 'mixed' && !isCap(t.word)) return false;
  if (MONTH_NAMES.has(t.lower)) return true;
  if ((f & LEX.STOP) !== 0 && (f & LEX.AMBIGUOUS) === 0) return false;
  if ((f & NAME_LISTS) !== 0) return (f & LEX.CLINICAL) === 0 || (f & LEX.COMMON) !== 0 || (f & (LEX.FIRST | LEX.LAST)) !== 0;
  if ((f & (LEX.CLINICAL | LEX.CLIPPED)) !== 0) return false;
  // A word of the places only ("Ashmere") or one no vocabulary holds, with a vowel.
  return !((f & LEX.COMMON) !== 0 || inVocabulary(vocab, t.lower, f)) && /[aeiouy]/i.test(t.word);
}

/** Marks the name between a relative's or staff lead and the number that reaches them, on one line. */
export function numberContacts(s: TokenScanner, vocab: KeepVocabulary): void {
  const { text, tokens } = s;
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m !== null; m = NUMBER_RE.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    // Only the last 60 characters before the number on its line are read.
    const from = Math.max(lineStart, m.index - 60);
    const b = BEFORE_RE.exec(text.slice(from, m.index));
    if (!b) continue;
    const at = from + b.indices![1]![0];
    const i = s.byStart.get(at);
    if (i === undefined) continue;
    const runEnd = from + b.indices![1]![1];
    let j = i;
    let ok = true;
    let words = 0;
    for (; j < tokens.length && tokens[j]!.start < runEnd; j++) {
      const t = tokens[j]!;
      if (t.word.length === 1) {
        // An initial after the name ("Will G."), capitalised in a note with capitals.
        if (words === 0 || (s.style !== 'lower' && !isCap(t.word))) ok = false;
        continue;
      }
      if (!contactWord(s, t, vocab)) ok = false;
      words++;
    }
    if (!ok || words === 0) continue;
    for (let k = i; k < j; k++) if (!s.marked.has(k)) s.mark(k, 'NAME', 'number-contact');
  }
}
