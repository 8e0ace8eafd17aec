// The patient's initials in running text (issue 11): a note that names its patient by initials
// writes them where the patient stands, in brackets after "pt" ("Pt (A.P.) called from work",
// "PT (JK) REQUESTING"), as the subject of what the patient does ("pt LJ seen in milieu", "Pt CS
// c/o fatigue"), in a time-out's name/DOB pair ("pt name/DOB (KGP, 07/09/30)") or in a field of the
// patient's initials ("pt initials on montage WS", "Donor initials on bottle seal: AS"). The words
// are data (rules/en/deid-person-slots.yaml patientInitials).
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { personSlots } from '../rules/person-slot-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { AnchoredRegex } from '../keyword-anchors.js';
import { allMatches } from '../regex-matches.js';

/** The first words of the phrases of a cue list, as the keyword anchors read them (see keyword-anchors.ts). */
const firstWords = (ws: readonly string[]) => [...new Set(ws.map(cueFirstRun))];

const SLOTS = personSlots().patientInitials;
const LEADS = cueAlternation(SLOTS.leads, '[ \\t]+') || '(?!)';
const VERBS = cueAlternation(SLOTS.verbs, '[ \\t]+') || '(?!)';
const HOLDERS = cueAlternation(SLOTS.holders, '[ \\t]+') || '(?!)';
const NON_INITIALS: ReadonlySet<string> = new Set(SLOTS.nonInitials);
const BEFORE_VERB: ReadonlySet<string> = new Set(SLOTS.beforeVerb);
// A verb of the patient right after the closing bracket ("Pt (MM) cooperative").
const VERB_AFTER_RE = new RegExp(`^[ \\t]*\\)[ \\t]*(?:${VERBS})(?![A-Za-z])`, 'i');
// Two or three letters, each with its dot or none ("AP", "A.P.", "kgp").
const GROUP = '[A-Za-z]\\.?(?:[A-Za-z]\\.?){1,2}';
// "pt (AP)" (group 1), "pt LJ seen" (group 2: no dots, a verb of the patient after it) or "(pt M.S., age 79)",
// "pt KD, 6 yo" (group 3: the patient's age after a comma).
const AFTER_LEAD_RE = new RegExp(
  `\\b(?:${LEADS})\\.?(?:[ \\t]*\\([ \\t]*(${GROUP})[ \\t]*\\)|[ \\t]+([A-Za-z]{2,3})[ \\t]+(?:${VERBS})(?![A-Za-z])|[ \\t]+(${GROUP})(?<![A-Za-z]{4})[ \\t]*,[ \\t]*(?:age[ \\t]*:?[ \\t]*\\d|\\d{1,3}[ \\t]*(?:yo|y/o|y\\.o\\.|-?(?:year|yr)s?[ \\t-]*old)(?![A-Za-z])))`,
  'gi',
);
// "name/DOB (KGP, 07/09/30)", "name and DOB: (A.S., 3/12/05)": the group before the date in the brackets.
const NAME_DOB_RE = new RegExp(`\\bname[ \\t]*(?:/|and|&)[ \\t]*(?:dob|date[ \\t]+of[ \\t]+birth)\\b[^\\n(]{0,6}\\([ \\t]*(${GROUP})[ \\t]*,[ \\t]*(?:\\d|[A-Za-z]{3,9}\\.?[ \\t]+\\d)`, 'gi');
// "pt initials on montage WS;", "Donor initials on bottle seal: AS.": a group closing the clause.
// The group may stand in brackets ("Pt initials on each page (sbh) verified").
const HOLDER_RE = new RegExp(`\\b(?:${HOLDERS})(?:['’]s)?[ \\t]+initials\\b[^\\n:;(]{0,30}?[ \\t]*:?[ \\t]+\\(?[ \\t]*(${GROUP})(?=[ \\t]*(?:[;,)]|\\.?[ \\t]*$|\\.[ \\t]))`, 'gim');
// "Pt initials KQ verified for the e-Rx": the group right after "initials", then the check of it (patientInitials.holderChecks).
const HOLDER_CHECK_RE = new RegExp(
  `\\b(?:${HOLDERS})(?:['’]s)?[ \\t]+initials[ \\t]*:?[ \\t]+(${GROUP})[ \\t]+(?:${cueAlternation(SLOTS.holderChecks, '[ \\t]+') || '(?!)'})(?![A-Za-z])`,
  'gi',
);
// "proband III-2 (elg)", "Proband (A.K.)": the pedigree's proband (the patient), its generation and place optional, then the group in brackets.
const PROBAND_RE = new RegExp(`\\bproband(?:[ \\t]+[IVX]{1,4}[-.]?\\d{1,2})?[ \\t]*,?[ \\t]*\\([ \\t]*(${GROUP})[ \\t]*\\)`, 'gi');
// "Pt MWW  8W 8  MR# 30604", "Pt olb, MRN E6243": a sign-out row's patient initials after "pt", before a wide gap or a
// comma, with the record number label close after on the line.
const ROW_RE = new RegExp(`\\b(?:${LEADS})[ \\t]+([A-Za-z]{2,3})(?=(?:[ \\t]{2,}|[ \\t]*,[ \\t]*)[^\\n]{0,20}?\\b(?:mrn|mr#|mr[ \\t]*:|mr[ \\t]+#))`, 'gi');
// "Chart label SP/00763930", "ID band checked (WG)": after a label word, a group glued by a slash to six or more digits
// (group 1) or in brackets (group 2), on the same line and at most 24 characters on.
const LABEL_RE = new RegExp(
  `\\b(?:${cueAlternation(SLOTS.labelWords, '[ \\t]+') || '(?!)'})\\b[^\\n]{0,24}?(?<![A-Za-z])(?:([A-Za-z]{2,3})/\\d{6,10}(?!\\d)|\\(([A-Za-z]{2,3})\\))`,
  'gi',
);
// These open with a lead or label word standing as a whole letter run (a blank, dot, bracket or
// word boundary after it): they run only where one of those words stands, not over the whole report.
const AFTER_LEAD_ANCHORED = new AnchoredRegex(AFTER_LEAD_RE, firstWords(SLOTS.leads));
const ROW_ANCHORED = new AnchoredRegex(ROW_RE, firstWords(SLOTS.leads));
const LABEL_ANCHORED = new AnchoredRegex(LABEL_RE, firstWords(SLOTS.labelWords));
// A holder word opens the match, then a possessive or a blank: it stands as a whole letter run.
const HOLDER_ANCHORED = new AnchoredRegex(HOLDER_RE, firstWords(SLOTS.holders));
const HOLDER_CHECK_ANCHORED = new AnchoredRegex(HOLDER_CHECK_RE, firstWords(SLOTS.holders));
const CODE_LABELS: ReadonlySet<string> = new Set(SLOTS.codeLabels);
const NEVER = LEX.CREDENTIAL | LEX.TITLE;
const WORDISH = LEX.STOP | LEX.CLINICAL | LEX.CREDENTIAL | LEX.TITLE;

/** The group's letters, lower case, dots dropped. */
const lettersOf = (g: string) => g.replace(/\./g, '').toLowerCase();

/** Marks every token of the group at `[from, from + group.length)` as NAME (source `patient-initials`). */
function markGroup(s: TokenScanner, from: number, group: string): void {
  for (const k of s.tokensIn(from, from + group.length)) s.mark(k, 'NAME', 'patient-initials');
}

/** Whether a group in a strong place (brackets, a name/DOB pair, an initials field) may be initials. */
function strongGroup(s: TokenScanner, from: number, group: string): boolean {
  // A unit, route or title in brackets is the initials only before a verb of the patient ("Pt (IM) cooperative").
  const unitBeforeVerb = BEFORE_VERB.has(lettersOf(group)) && VERB_AFTER_RE.test(s.text.slice(from + group.length, from + group.length + 40));
  if (unitBeforeVerb) return true;
  if (NON_INITIALS.has(lettersOf(group))) return false;
  const t = s.tokenStarting(from);
  // A credential or a title in brackets is the writer's ("pt (RN)"), not the patient's initials.
  return !(t && t.word.length === group.length && (t.flags & NEVER) !== 0);
}

/** Whether the undotted group before a patient's verb ("pt LJ seen") is initials, not a word ("pt IS seen", "pt ED seen"). */
function subjectGroup(s: TokenScanner, from: number, group: string): boolean {
  const t = s.tokenStarting(from);
  if (!t || t.word !== group || NON_INITIALS.has(t.lower) || (t.flags & WORDISH) !== 0) return false;
  // A three-letter word is one in capitals too ("PT NOW REQUESTING"); two letters are seldom one.
  if (group.length === 3 && (t.flags & LEX.COMMON) !== 0) return false;
  // In capitals every word is upper case, and a lower-case group may be a word: only a group no vocabulary holds.
  if (s.style === 'upper' || group !== group.toUpperCase()) return (t.flags & LEX.VOCAB) === 0;
  return true;
}

/** Whether the group before the patient's age ("pt M.S., age 79", "pt KD, 6 yo") is initials: dotted letters, or no word. */
function agedGroup(s: TokenScanner, from: number, group: string): boolean {
  if (group.includes('.')) return strongGroup(s, from, group);
  const t = s.tokenStarting(from);
  if (!t || t.word !== group || NON_INITIALS.has(t.lower) || (t.flags & (LEX.STOP | LEX.CREDENTIAL | LEX.TITLE)) !== 0) return false;
  // One case, and a three-letter group no ordinary word ("pt now, age 5" is no initials).
  return (group === group.toUpperCase() || group === group.toLowerCase()) && !(group.length === 3 && (t.flags & LEX.COMMON) !== 0);
}

/**
 * Whether a group on a patient's label is initials: one case, no label of the number ("MRN/…"), answer, credential or
 * title; in brackets also no word or clinical abbreviation ("tube labeled (CBC)", "band on (L) wrist").
 */
function labelGroup(s: TokenScanner, from: number, group: string, glued: boolean): boolean {
  const t = s.tokenStarting(from);
  if (!t || t.word !== group || (group !== group.toUpperCase() && group !== group.toLowerCase())) return false;
  if (CODE_LABELS.has(t.lower) || NON_INITIALS.has(t.lower) || (t.flags & NEVER) !== 0) return false;
  return glued || (t.flags & (WORDISH | LEX.VOCAB | LEX.COMMON)) === 0;
}

/** Marks the patient's initials after "pt", in a name/DOB pair and in an initials field as NAME (source `patient-initials`). */
export function patientInitials(s: TokenScanner): void {
  // The anchored patterns run only where their lead, label or holder words stand (keyword-anchors.ts):
  // no whole-text test of those words goes before them.
  for (const m of AFTER_LEAD_ANCHORED.matchAll(s.text)) {
    const g = m[1] ?? m[2] ?? m[3]!;
    const from = m.index + (m[1] !== undefined ? m[0].lastIndexOf(g) : m[0].indexOf(g, m[0].search(/[ \t]/)));
    const ok = m[1] !== undefined ? strongGroup(s, from, g) : m[2] !== undefined ? subjectGroup(s, from, g) : agedGroup(s, from, g);
    if (ok) markGroup(s, from, g);
  }
  for (const m of LABEL_ANCHORED.matchAll(s.text)) {
    const g = m[1] ?? m[2]!;
    const from = m.index + m[0].lastIndexOf(m[1] !== undefined ? `${g}/` : `(${g})`) + (m[1] !== undefined ? 0 : 1);
    if (labelGroup(s, from, g, m[1] !== undefined)) markGroup(s, from, g);
  }
  if (/dob|birth/i.test(s.text)) {
    for (const m of allMatches(NAME_DOB_RE, s.text)) {
      const from = m.index + m[0].indexOf(m[1]!, m[0].lastIndexOf('('));
      if (strongGroup(s, from, m[1]!)) markGroup(s, from, m[1]!);
    }
  }
  for (const m of HOLDER_ANCHORED.matchAll(s.text)) {
    const from = m.index + m[0].length - m[1]!.length;
    if (strongGroup(s, from, m[1]!)) markGroup(s, from, m[1]!);
  }
  for (const m of HOLDER_CHECK_ANCHORED.matchAll(s.text)) {
    const from = m.index + m[0].lastIndexOf(m[1]!);
    // A record's label checked with the initials is no one's ("pt initials DOB verified" stays).
    if (!CODE_LABELS.has(lettersOf(m[1]!)) && strongGroup(s, from, m[1]!)) markGroup(s, from, m[1]!);
  }
  if (/proband/i.test(s.text)) {
    for (const m of allMatches(PROBAND_RE, s.text)) {
      const from = m.index + m[0].lastIndexOf(m[1]!);
      if (strongGroup(s, from, m[1]!)) markGroup(s, from, m[1]!);
    }
  }
  if (/\bmr/i.test(s.text)) {
    for (const m of ROW_ANCHORED.matchAll(s.text)) {
      const from = m.index + m[0].length - m[1]!.length;
      if (rowGroup(s, from, m[1]!)) markGroup(s, from, m[1]!);
    }
  }
}

/** Whether the group of a sign-out row after "pt" is initials: one case, no word ("Pt was, MRN" is none). */
function rowGroup(s: TokenScanner, from: number, group: string): boolean {
  const t = s.tokenStarting(from);
  if (!t || t.word !== group || NON_INITIALS.has(t.lower) || (t.flags & WORDISH) !== 0) return false;
  if (group !== group.toUpperCase() && group !== group.toLowerCase()) return false;
  return !(group.length === 3 && (t.flags & LEX.COMMON) !== 0);
}
