// The patient's initials in running text (issue 11): a note that names its patient by initials
// writes them where the patient stands, in brackets after "pt" ("Pt (A.P.) called from work",
// "PT (JK) REQUESTING"), as the subject of what the patient does ("pt LJ seen in milieu", "Pt CS
// c/o fatigue"), in a time-out's name/DOB pair ("pt name/DOB (KGP, 07/09/30)") or in a field of the
// patient's initials ("pt initials on montage WS", "Donor initials on bottle seal: AS"). The words
// are data (rules/en/deid-person-slots.yaml patientInitials).
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { personSlots } from '../rules/person-slot-rules.js';
import { cueAlternation } from '../rules/word-alternation.js';
import { allMatches } from '../regex-matches.js';

const SLOTS = personSlots().patientInitials;
const LEADS = cueAlternation(SLOTS.leads, '[ \\t]+') || '(?!)';
// Any lead word in the note ("pt", "client"): the lead passes run only then.
const LEAD_WORD_RE = new RegExp(`\\b(?:${LEADS})\\b`, 'i');
const VERBS = cueAlternation(SLOTS.verbs, '[ \\t]+') || '(?!)';
const HOLDERS = cueAlternation(SLOTS.holders, '[ \\t]+') || '(?!)';
const NON_INITIALS: ReadonlySet<string> = new Set(SLOTS.nonInitials);
// Two or three letters, each with its dot or none ("AP", "A.P.", "kgp").
const GROUP = '[A-Za-z]\\.?(?:[A-Za-z]\\.?){1,2}';
// "pt (AP)" (group 1) or "pt LJ seen" (group 2: no dots, a verb of the patient after it).
const AFTER_LEAD_RE = new RegExp(`\\b(?:${LEADS})\\.?(?:[ \\t]*\\([ \\t]*(${GROUP})[ \\t]*\\)|[ \\t]+([A-Za-z]{2,3})[ \\t]+(?:${VERBS})(?![A-Za-z]))`, 'gi');
// "name/DOB (KGP, 07/09/30)", "name and DOB: (A.S., 3/12/05)": the group before the date in the brackets.
const NAME_DOB_RE = new RegExp(`\\bname[ \\t]*(?:/|and|&)[ \\t]*(?:dob|date[ \\t]+of[ \\t]+birth)\\b[^\\n(]{0,6}\\([ \\t]*(${GROUP})[ \\t]*,[ \\t]*(?:\\d|[A-Za-z]{3,9}\\.?[ \\t]+\\d)`, 'gi');
// "pt initials on montage WS;", "Donor initials on bottle seal: AS.": a group closing the clause.
// The group may stand in brackets ("Pt initials on each page (sbh) verified").
const HOLDER_RE = new RegExp(`\\b(?:${HOLDERS})(?:['’]s)?[ \\t]+initials\\b[^\\n:;(]{0,30}?[ \\t]*:?[ \\t]+\\(?[ \\t]*(${GROUP})(?=[ \\t]*(?:[;,)]|\\.?[ \\t]*$|\\.[ \\t]))`, 'gim');
// "proband III-2 (elg)", "Proband (A.K.)": the pedigree's proband (the patient), its generation and place optional, then the group in brackets.
const PROBAND_RE = new RegExp(`\\bproband(?:[ \\t]+[IVX]{1,4}[-.]?\\d{1,2})?[ \\t]*,?[ \\t]*\\([ \\t]*(${GROUP})[ \\t]*\\)`, 'gi');
// "Pt MWW  8W 8  MR# 30604", "Pt olb, MRN E6243": a sign-out row's patient initials after "pt", before a wide gap or a
// comma, with the record number label close after on the line.
const ROW_RE = new RegExp(`\\b(?:${LEADS})[ \\t]+([A-Za-z]{2,3})(?=(?:[ \\t]{2,}|[ \\t]*,[ \\t]*)[^\\n]{0,20}?\\b(?:mrn|mr#|mr[ \\t]*:|mr[ \\t]+#))`, 'gi');
const NEVER = LEX.CREDENTIAL | LEX.TITLE;
const WORDISH = LEX.STOP | LEX.CLINICAL | LEX.CREDENTIAL | LEX.TITLE;

/** The group's letters, lower case, dots dropped. */
const lettersOf = (g: string) => g.replace(/\./g, '').toLowerCase();

/** Marks every token of the group at `[from, from + group.length)` as NAME (source `patient-initials`). */
function markGroup(s: TokenScanner, from: number, group: string): void {
  const first = s.byStart.get(from);
  if (first === undefined) return;
  const to = from + group.length;
  for (let k = first; k < s.tokens.length && s.tokens[k]!.start < to; k++) s.mark(k, 'NAME', 'patient-initials');
}

/** Whether a group in a strong place (brackets, a name/DOB pair, an initials field) may be initials. */
function strongGroup(s: TokenScanner, from: number, group: string): boolean {
  if (NON_INITIALS.has(lettersOf(group))) return false;
  const i = s.byStart.get(from);
  const t = i === undefined ? undefined : s.tokens[i];
  // A credential or a title in brackets is the writer's ("pt (RN)"), not the patient's initials.
  return !(t && t.word.length === group.length && (t.flags & NEVER) !== 0);
}

/** Whether the undotted group before a patient's verb ("pt LJ seen") is initials, not a word ("pt IS seen", "pt ED seen"). */
function subjectGroup(s: TokenScanner, from: number, group: string): boolean {
  const i = s.byStart.get(from);
  const t = i === undefined ? undefined : s.tokens[i];
  if (!t || t.word !== group || NON_INITIALS.has(t.lower) || (t.flags & WORDISH) !== 0) return false;
  // A three-letter word is one in capitals too ("PT NOW REQUESTING"); two letters are seldom one.
  if (group.length === 3 && (t.flags & LEX.COMMON) !== 0) return false;
  // In capitals every word is upper case, and a lower-case group may be a word: only a group no vocabulary holds.
  if (s.style === 'upper' || group !== group.toUpperCase()) return (t.flags & LEX.VOCAB) === 0;
  return true;
}

/** Marks the patient's initials after "pt", in a name/DOB pair and in an initials field as NAME (source `patient-initials`). */
export function patientInitials(s: TokenScanner): void {
  if (LEAD_WORD_RE.test(s.text)) {
    for (const m of allMatches(AFTER_LEAD_RE, s.text)) {
      const g = m[1] ?? m[2]!;
      const from = m.index + (m[1] !== undefined ? m[0].lastIndexOf(g) : m[0].indexOf(g, m[0].search(/[ \t]/)));
      if (m[1] !== undefined ? strongGroup(s, from, g) : subjectGroup(s, from, g)) markGroup(s, from, g);
    }
  }
  if (/dob|birth/i.test(s.text)) {
    for (const m of allMatches(NAME_DOB_RE, s.text)) {
      const from = m.index + m[0].indexOf(m[1]!, m[0].lastIndexOf('('));
      if (strongGroup(s, from, m[1]!)) markGroup(s, from, m[1]!);
    }
  }
  if (/initials/i.test(s.text)) {
    for (const m of allMatches(HOLDER_RE, s.text)) {
      const from = m.index + m[0].length - m[1]!.length;
      if (strongGroup(s, from, m[1]!)) markGroup(s, from, m[1]!);
    }
  }
  if (/proband/i.test(s.text)) {
    for (const m of allMatches(PROBAND_RE, s.text)) {
      const from = m.index + m[0].lastIndexOf(m[1]!);
      if (strongGroup(s, from, m[1]!)) markGroup(s, from, m[1]!);
    }
  }
  if (/\bmr/i.test(s.text)) {
    for (const m of allMatches(ROW_RE, s.text)) {
      const from = m.index + m[0].length - m[1]!.length;
      if (rowGroup(s, from, m[1]!)) markGroup(s, from, m[1]!);
    }
  }
}

/** Whether the group of a sign-out row after "pt" is initials: one case, no word ("Pt was, MRN" is none). */
function rowGroup(s: TokenScanner, from: number, group: string): boolean {
  const i = s.byStart.get(from);
  const t = i === undefined ? undefined : s.tokens[i];
  if (!t || t.word !== group || NON_INITIALS.has(t.lower) || (t.flags & WORDISH) !== 0) return false;
  if (group !== group.toUpperCase() && group !== group.toLowerCase()) return false;
  return !(group.length === 3 && (t.flags & LEX.COMMON) !== 0);
}
