// The given name after a staff or agency role in running text (issue 11): "RT IVY AT BEDSIDE",
// "SW June G. called", "pharmacist sunny confirmed", "scheduler Deepa at the breast center",
// "Adjuster: Will G.". Such a name is often also a word ("Ivy", "Grace", "Sunny", "Precious"): the
// role before it and case decide. In a mixed-case note a Title-case word the name lists hold or
// no vocabulary holds; in capitals a word the name lists hold that is no function or clinical word;
// in a lower-case note a word no vocabulary holds, or a name-list word before a verb of what staff do.
// Words are data (rules/en/deid-person-slots.yaml roleNames).
import { hasLower, isCap, type TokenScanner } from './token-scanner.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { personSlots } from '../rules/person-slot-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { AnchoredRegex } from '../keyword-anchors.js';

const SLOTS = personSlots().roleNames;
const ROLES = cueAlternation(SLOTS.roles, '[ \\t]+') || '(?!)';
const VERBS: ReadonlySet<string> = new Set(SLOTS.verbs);
const NON_NAMES: ReadonlySet<string> = new Set(SLOTS.nonNames);
// What a person does right after a word-name ("June aware", "GRACE AT BEDSIDE"): blanks, then one of the words.
const WORD_NAME_AFTER_RE = new RegExp(`^[ \\t]+(?:${cueAlternation(SLOTS.wordNameAfter, '[ \\t]+') || '(?!)'})(?![A-Za-z])`, 'i');
// A role (no number before: "170 cm Weight" is a unit), an optional colon, then the word after it (group 1).
// A match opens with a role's first run of letters as a whole word: run at those words only (keyword-anchors.ts).
const ROLE_RE = new AnchoredRegex(new RegExp(`(?<!\\d[ \\t]*)\\b(?:${ROLES})\\b[ \\t]*:?[ \\t]*([A-Za-z][A-Za-z'-]*)`, 'gi'), SLOTS.roles.map(cueFirstRun));
const NEVER = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL;

// What closes a name as a field of its own: a semicolon, a comma, a stop or the line end ("CIRCULATOR HOPE; SCRUB TECH …").
const FIELD_CLOSE_RE = /^[ \t]*(?:[;,.](?![A-Za-z0-9])|\r?\n|$)/;

/**
 * Whether token `i` after a role is a person's name (see the file comment). `spelled`: the role is a word
 * written out ("circulator", "chaplain"), no two-letter abbreviation that is also a clinical one ("RT", "PA"):
 * in capitals a name-list word that is also a word ("HOPE", "GINGER") counts after it when set off as a field.
 */
function roleName(s: TokenScanner, i: number, spelled = false): boolean {
  const t = s.tokens[i]!;
  // "SW June G.", "Adjuster: Will G.": a Title-case name-list word or month before an initial is a name, though a word too.
  if (s.style === 'mixed' && isCap(t.word) && hasLower(t.word) && ((t.flags & NAME_LISTS) !== 0 || MONTH_WORDS.has(t.lower)) && initialAfter(s, i)) return true;
  if (t.lower.length < 2 || NON_NAMES.has(t.lower) || (t.flags & NEVER) !== 0 || MONTH_WORDS.has(t.lower) || s.lex.clinicalNames.has(t.lower)) return false;
  const named = (t.flags & NAME_LISTS) !== 0 && (t.flags & LEX.CLINICAL) === 0;
  const unknown = (t.flags & (LEX.VOCAB | LEX.COMMON | LEX.CLINICAL)) === 0;
  // In capitals "RT" and "PA" are also "right" and "pulmonary artery" ("RT HAND", "PA DOWN"): a name-list word that is no
  // ordinary word only ("RT IVY" is left to other rules).
  const shouted = named && (t.flags & LEX.COMMON) === 0 && t.word.length >= 4;
  if (s.style === 'mixed') return isCap(t.word) && (hasLower(t.word) ? named || unknown : shouted);
  if (s.style === 'upper') return shouted || (spelled && named && (t.flags & LEX.CLINICAL) === 0 && FIELD_CLOSE_RE.test(s.text.slice(t.end, t.end + 3)));
  return unknown || (named && VERBS.has(s.tokens[i + 1]?.lower ?? ''));
}

/**
 * Whether token `i` after a role is a given name that is also a word, a modal or a month ("supervisor June aware",
 * "cm Will sending", "RT GRACE AT BEDSIDE"): a name list holds it or it is a month, it is written as a name stands out
 * in the note's case (Title case in a mixed- or lower-case note, capitals in a capitals note), and what a person does
 * follows it (roleNames.wordNameAfter), never a day number.
 */
function wordNameBeforeAct(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  // The act after it settles even a word the role's nonNames refuse alone ("supervisor Will keeps", not "SW will call").
  if (t.word.length < 3 || (t.flags & (LEX.TITLE | LEX.CREDENTIAL)) !== 0) return false;
  // A month is a name here only by the act after it; any other word must be on a name list, and in capitals, where case
  // says nothing, no clinical word either ("RT FOLEY"); Title case in running text sets "Coach Swan" apart.
  if (!MONTH_WORDS.has(t.lower) && (t.flags & NAME_LISTS) === 0) return false;
  if (s.style === 'upper' && ((t.flags & LEX.CLINICAL) !== 0 || s.lex.clinicalNames.has(t.lower))) return false;
  const shape = s.style === 'upper' ? !hasLower(t.word) : isCap(t.word) && hasLower(t.word);
  return shape && WORD_NAME_AFTER_RE.test(s.text.slice(t.end, t.end + 40));
}

/** Whether token `i + 1` is a capital initial with its dot, one blank after token `i`. */
function initialAfter(s: TokenScanner, i: number): boolean {
  const n = s.tokens[i + 1];
  return !!n && n.word.length === 1 && isCap(n.word) && s.text[n.end] === '.' && /^[ \t]+$/.test(s.text.slice(s.tokens[i]!.end, n.start));
}

/**
 * Whether token `i` is the one word after a role that opens a bracket, the bracket closing right after it
 * ("called Walgate Pharmacy (tech June)", "(RPh Sha'Ron)"): the aside names whom the writer reached, so a
 * name-list word or a month written as a name stands out in the note's case is the name; no function,
 * title or credential word, nor a word the role's nonNames refuse ("(RN aware)", "(SW consult)").
 */
function bracketedRoleName(s: TokenScanner, roleAt: number, i: number): boolean {
  const t = s.tokens[i]!;
  if (!/\([ \t]*$/.test(s.text.slice(Math.max(0, roleAt - 3), roleAt)) || !/^[ \t]*\)/.test(s.text.slice(t.end, t.end + 3))) return false;
  if (t.word.length < 2 || NON_NAMES.has(t.lower) || (t.flags & NEVER) !== 0) return false;
  if ((t.flags & NAME_LISTS) === 0 && !MONTH_WORDS.has(t.lower)) return false;
  return s.style === 'upper' ? !hasLower(t.word) : isCap(t.word) && hasLower(t.word);
}

/** Marks the given name (and a surname or initial after it) after a staff or agency role as NAME (source `role-name`). */
export function roleNames(s: TokenScanner): void {
  for (const m of ROLE_RE.matchAll(s.text)) {
    const at = m.index + m[0].length - m[1]!.length;
    const i = s.byStart.get(at);
    const spelled = /^[a-z]{4,}/i.test(m[0]);
    if (i === undefined || s.tokens[i]!.word !== m[1] || !(roleName(s, i, spelled) || wordNameBeforeAct(s, i) || bracketedRoleName(s, m.index, i))) continue;
    // "RN Bay Manager": a word before an occupation names a place or a team of the job, another pass's.
    if (((s.tokens[i + 1]?.flags ?? 0) & LEX.OCCUPATION) !== 0) continue;
    s.mark(i, 'NAME', 'role-name');
    // A surname or an initial right after ("June G.", "HOPE DELACROIX"), on the same line.
    const n = s.tokens[i + 1];
    if (n && /^[ \t]+$/.test(s.text.slice(s.tokens[i]!.end, n.start))) {
      if (initialAfter(s, i) || (roleName(s, i + 1) && (n.flags & LEX.COMMON) === 0)) s.mark(i + 1, 'NAME', 'role-name');
    }
  }
}
