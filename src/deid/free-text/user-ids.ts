// User ids and staff initials in the record's own trail (issue 11, session 26): the log-in name
// ("mcallister.frank", "sgauthier", "FROSTR") or initials of the staff member who printed, edited,
// checked or signed something, where the place and not the letters says who:
//  - after "by" or "user" behind a verb of the record (a stamp between): "Printed by LOVEC on 4/14",
//    "Last edited 1/27/2026 @ 0537 by mfoley", "Document locked 30 August 2026 / user ahudak",
//    "Dose double-checked by GEA and AW", "source corrected by ps";
//  - in the user column of an audit-trail row, after the action in capitals: "1/6 2340  VIEW    SALTN    WS-4412";
//  - under a table's user column ("Entered by", "User", "RT"): "| 7/15 @ 6:18 PM | … | lsaltonstall |".
// A log-in name is one-case letters (two words joined by a dot or an underscore allowed); it is no
// word of any vocabulary, no clinical, function or title word, and no month. Initials (two or three
// letters) follow the staff-initials pass's test. Words are data (rules/en/deid-person-slots.yaml userIds).
import { type TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { inVocabulary, LEX, NAME_LISTS, lexiconFlags } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { personSlots } from '../rules/person-slot-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { AnchoredRegex } from '../keyword-anchors.js';
import { allMatches } from '../regex-matches.js';
import { staffWord, WEEKDAY_NAMES } from '../keep-list/name-words.js';
import { SERVICES, unitInitials } from './staff-initials.js';
import { RELATION_CUE_WORDS } from './vocabulary.js';
import { patternCues } from '../pattern-cues.js';

const SLOTS = personSlots().userIds;
// A hands-on act is a record verb too: "AVF cannulated by Tovah" leads to the user like "placed by".
const ACTIONS = [...SLOTS.actions, ...SLOTS.handsOnActions];
const alt = (ws: readonly string[]) => cueAlternation(ws, '[ \\t]+') || '(?!)';
const NON_USERS: ReadonlySet<string> = new Set(SLOTS.nonUsers);
const COLUMNS: ReadonlySet<string> = new Set(SLOTS.columns);
// Any column head as words of a line (a cell is a head only when its whole text is one of them).
const HEAD_WORD = new RegExp(`(?<![A-Za-z])(?:${cueAlternation(SLOTS.columns, '[ \\t]+')})(?![A-Za-z])`, 'iu');
// One user: a log-in name of one case (two parts joined by "." or "_" allowed) or two or three letters.
const USER = '[A-Za-z]+(?:[._][A-Za-z]+)?';
// What may stand between the verb and "by": digits, date and time marks, month names, "at", "on", "am", "pm".
const STAMP = `(?:[ \\t\\d/:.,@'#()-]|(?<![A-Za-z])(?:${[...MONTH_WORDS].join('|')}|at|on|am|pm|a|p|h|hrs)(?![A-Za-z])){0,40}?`;
// A verb of the record, the stamp, a lead, then one or two users ("GEA and AW", "ahudak").
const BY_RE = new RegExp(
  `(?<![A-Za-z])(?:${alt(ACTIONS)})(?![A-Za-z])${STAMP}[ \\t]*(?:${alt(SLOTS.leads)})(?![A-Za-z])[ \\t]*:?[ \\t]*(${USER})(?![A-Za-z0-9'-]|[._][A-Za-z])(?:[ \\t]+(?:and|&)[ \\t]+(${USER})(?![A-Za-z0-9'-]|[._][A-Za-z]))?`,
  'dgi',
);
// Every match opens with a record verb at the start of a letter run: the pattern runs only where one
// of their first words stands (keyword-anchors.ts), not over the whole report.
const BY_ANCHORED = new AnchoredRegex(BY_RE, ACTIONS.map(cueFirstRun));
// An audit-trail row: a digit earlier on the line, the action, two blanks or more, then the user and a column break or the line end.
const AUDIT_RE = new RegExp(`^(?=[^\\n]*\\d)[^\\n]*?[ \\t](?:${alt(SLOTS.auditVerbs)})[ \\t]{2,}(${USER})(?=[ \\t]{2,}|[ \\t]*$)`, 'dgmi');
// Every row the row pattern finds holds an action between a blank and two blanks or more: a report
// where no action stands so (the row's action in its own column) holds no row, and the row pattern,
// tried from every line start, is not run at all. The action opens the match at its first word.
const AUDIT_VERB_COLUMN = new AnchoredRegex(new RegExp(`(?<=[ \\t])(?:${alt(SLOTS.auditVerbs)})[ \\t]{2,}`, 'gi'), SLOTS.auditVerbs.map(cueFirstRun));

/** Whether `text` may hold an audit-trail row: false only when the row pattern finds none (exported for the test that checks it). */
export function auditRowPossible(text: string): boolean {
  return AUDIT_VERB_COLUMN.test(text);
}

/** The row pattern's matches in `text` (for the test of {@link auditRowPossible}). */
export function auditRowMatches(text: string): RegExpExecArray[] {
  return allMatches(AUDIT_RE, text);
}

/** Whether `u` (one case, letters, maybe a dot or underscore between two parts) can be a log-in name or initials there. */
function userShape(s: TokenScanner, u: string, vocab: KeepVocabulary, column: boolean): boolean {
  if (u !== u.toLowerCase() && u !== u.toUpperCase()) return false;
  const parts = u.split(/[._]/);
  const w = u.toLowerCase();
  // A relative is who did it, not a user ("witnessed by mom").
  if (NON_USERS.has(w) || RELATION_CUE_WORDS.has(w)) return false;
  // "mcallister.frank", "LOCKHART.JUNE": a dotted log-in name; not an abbreviation ("e.g", "i.v").
  // One part at least is a name-list word or no word of any vocabulary, and none is a function word: "resp.suctioned"
  // is two words with the blank after the stop left out.
  if (parts.length === 2) {
    if (!parts.every((p) => p.length >= 2) || w.length < 5) return false;
    const flags = parts.map((p) => lexiconFlags(p.toLowerCase()));
    if (flags.some((f) => (f & LEX.STOP) !== 0)) return false;
    return parts.some((p, k) => {
      const f = flags[k]!;
      return ((f & NAME_LISTS) !== 0 && (f & LEX.CLINICAL) === 0) || ((f & (LEX.COMMON | LEX.CLINICAL | LEX.CLIPPED)) === 0 && !inVocabulary(vocab, p.toLowerCase(), f));
    });
  }
  if (w.length <= 3) {
    if (!column) return unitInitials(s, u, true, vocab);
    // Under a user column any letters but a function word of the note's own case sign ("| ZC |", "  HF").
    const f = lexiconFlags(w);
    return w.length >= 2 && ((f & LEX.STOP) === 0 || (s.style === 'mixed' && u === u.toUpperCase()));
  }
  if (w.length > 16 || MONTH_WORDS.has(w) || staffWord(w)) return false;
  const f = lexiconFlags(w);
  return (f & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL | LEX.CLINICAL | LEX.COMMON | LEX.CLIPPED)) === 0 && !inVocabulary(vocab, w, f);
}

/**
 * "placed by Cliff on 2nd attempt", "cut by Tansy": in a mixed-case note a Title-case given name after a record verb's
 * "by" — a name list holds it, and it is no month, weekday, clinical, function or title word.
 */
function givenName(s: TokenScanner, u: string): boolean {
  if (s.style !== 'mixed' || !/^[A-Z][a-z]{2,}$/.test(u)) return false;
  const w = u.toLowerCase();
  const f = lexiconFlags(w);
  if ((f & NAME_LISTS) === 0 || (f & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLINICAL)) !== 0) return false;
  return !MONTH_WORDS.has(w) && !WEEKDAY_NAMES.has(w) && !staffWord(w);
}

/** Marks the user `u` starting at `at` as one NAME span over its tokens (a dotted log-in name is two tokens). */
function markUser(s: TokenScanner, at: number, u: string, source: string): void {
  const i = s.byStart.get(at);
  if (i === undefined) return;
  const end = at + u.length;
  let j = i;
  while (j + 1 < s.tokens.length && s.tokens[j + 1]!.end <= end) j++;
  if (s.tokens[j]!.end !== end) return;
  s.markAsOne(s.tokensIn(at, end), at, end, 'NAME', source);
}

/** Whether a token starts at `at` and is marked or claimed: then {@link markUser} at `at` records nothing. */
function taken(s: TokenScanner, at: number): boolean {
  const i = s.byStart.get(at);
  return i !== undefined && (s.marked.has(i) || s.claimed.has(i));
}

/** "Printed by LOVEC", "Last edited … by mfoley", "double-checked by GEA and AW": the users after a record verb's lead. */
function usersAfterActions(s: TokenScanner, vocab: KeepVocabulary): void {
  for (const m of BY_ANCHORED.matchAll(s.text)) {
    const [a, b] = [m[1]!, m[2]];
    // markUser records nothing for a user whose first token a pass marked or claimed ("signed by:
    // Ada Okafor" read by an earlier pass): the shape tests are not asked of such users.
    if (taken(s, m.indices![1]![0]) && (b === undefined || taken(s, m.indices![2]![0]))) continue;
    // "Printed by LOVEC", "placed by Cliff": one user.
    if (b === undefined) {
      if (userShape(s, a, vocab, false) || givenName(s, a)) markUser(s, m.indices![1]![0], a, 'user-id');
      continue;
    }
    // "double-checked by hc and msp": a pair of groups joined by "and" is two people's initials when one of them
    // passes alone and the other is letters of one case that are no function word.
    const sa = userShape(s, a, vocab, false);
    const sb = userShape(s, b, vocab, false);
    if (!(sa || sb) || !(sa || userShape(s, a, vocab, true)) || !(sb || userShape(s, b, vocab, true))) continue;
    markUser(s, m.indices![1]![0], a, 'user-id');
    markUser(s, m.indices![2]![0], b, 'user-id');
  }
}

// A hands-on act, up to 40 characters of its clause (no stop, semicolon or line end), "by", then two or three letters
// closing the clause: a stop, comma, semicolon or bracket, the line end, a spaced slash ("by TR / imaging by …"), a
// clock time or a date after "at" or "on" or alone ("by KV 4.12.26", "by QX 14MAR26"), or a wide gap before a next field.
const HANDS_ON_RE = new RegExp(
  String.raw`(?<![A-Za-z])(?:${alt(SLOTS.handsOnActions)})(?![A-Za-z])(?:[^.;\n]{0,40}?[ \t])?[ \t]*by[ \t]+([A-Za-z]{2,3})` +
    String.raw`(?=[ \t]*(?:[.;,)]|\r?\n|$)|[ \t]+/[ \t]|[ \t]+(?:at|on)[ \t]+\d|[ \t]+\d{1,2}[./-]\d|[ \t]+\d{1,2}[A-Za-z]{3}\d{2}|[ \t]{2,}[A-Za-z])`,
  'dgi',
);
const HANDS_ON = new AnchoredRegex(HANDS_ON_RE, SLOTS.handsOnActions.map(cueFirstRun));
// Who a hands-on act may name besides a person: a service, a ward or a unit ("cannulated by IR", "injected by ENT").
const CONSULT_SERVICES: ReadonlySet<string> = new Set(personSlots().serviceConsultants.services);

/**
 * "AVF cannulated 16g x2 by KM.", "injected 0915 L hand by HO.", "logged by KV 4.12.26": after an act only a person
 * does (userIds.handsOnActions) the two or three letters closing the clause are the doer's, even when they spell a
 * clinical abbreviation; never a service, ward, unit, credential, title, staff word, month or answer.
 */
function handsOnInitials(s: TokenScanner, vocab: KeepVocabulary): void {
  const wards = patternCues().roomWards;
  for (const m of HANDS_ON.matchAll(s.text)) {
    const u = m[1]!;
    const at = m.indices![1]![0];
    const w = u.toLowerCase();
    if (taken(s, at) || SERVICES.has(w) || CONSULT_SERVICES.has(w) || wards.has(w)) continue;
    if (unitInitials(s, u, false, vocab)) markUser(s, at, u, 'user-id');
  }
}

/** "1/6 2340  VIEW    SALTN    WS-4412": the user column of an audit-trail row. */
function auditRows(s: TokenScanner, vocab: KeepVocabulary): void {
  if (!auditRowPossible(s.text)) return;
  for (const m of auditRowMatches(s.text)) if (userShape(s, m[1]!, vocab, false)) markUser(s, m.indices![1]![0], m[1]!, 'user-id');
}

// A cell between bars, and a cell between runs of two or more blanks (read with allMatches, which
// does not clone the expression per line as matchAll does).
const PIPED_CELL = /[^|]+/g;
const BLANK_CELL = /\S+(?:[ \t]\S+)*/g;

interface Cell {
  text: string;
  at: number;
}
// What `\s` (in BLANK_CELL's `\S`) holds: the ASCII blanks and controls by their codes, any other
// character (none below U+00A0 is one) asked of `\s` itself.
const SPACE = /\s/;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && SPACE.test(String.fromCharCode(c)));

/**
 * A necessary condition of `cells(line).cells.length >= 3` (issue 11, speed: most lines of a note
 * are sentences, and the column-head pattern is not tried on them). A line opening with a bar
 * has at most one cell per bar (the blanks before the first bar make none): three bars at least.
 * Else two cells are parted by a run of white space that is not one blank or tab between them
 * (BLANK_CELL joins those): a run of two characters or more, or one other white-space character.
 * Three cells need two such runs. Exported for its test.
 */
export function mayHoldThreeCells(line: string): boolean {
  return mayHoldThreeCellsIn(line, 0, line.length);
}

/**
 * {@link mayHoldThreeCells} of the line `text[from, to)`, read in place: most lines of a note are
 * tried and refused here, and a line cut out first is a string read through its parent per character.
 */
function mayHoldThreeCellsIn(text: string, from: number, to: number): boolean {
  let p = from;
  while (p < to && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (p < to && text.charCodeAt(p) === 124) {
    let bars = 0;
    for (let i = p; i < to; i++) if (text.charCodeAt(i) === 124 && ++bars === 3) return true;
    return false;
  }
  let runs = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) continue;
    let j = i + 1;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    if ((j - i >= 2 || (c !== 32 && c !== 9)) && ++runs === 2) return true;
    i = j - 1;
  }
  return false;
}

/** The cells of a line: between bars when it opens with one, else between runs of two or more blanks. */
function cells(line: string, at: number): { piped: boolean; cells: Cell[] } {
  const piped = /^[ \t]*\|/.test(line);
  const out: Cell[] = [];
  for (const m of allMatches(piped ? PIPED_CELL : BLANK_CELL, line)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text !== '') out.push({ text, at: at + m.index + lead });
  }
  return { piped, cells: out };
}

/** "| Date/Time | … | Entered by |" over "| 7/15 @ 6:18 PM | … | lsaltonstall |": the cells under a table's user column. */
function userColumns(s: TokenScanner, vocab: KeepVocabulary): void {
  const text = s.text;
  // A table opens only at a line holding a column head, and no head crosses a line: a report
  // holding none anywhere has no table (the test on the whole text answers for every line).
  if (!HEAD_WORD.test(text)) return;
  let column = -1;
  let piped = false;
  let width = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Outside a table only a line holding a column head and three cells or more can open one: the
    // rest need not be split into cells. The count of cells is bounded first, without the head's pattern.
    if (column < 0 && !mayHoldThreeCellsIn(text, start, end)) {
      start = end + 1;
      continue;
    }
    const line = text.slice(start, end);
    if (column < 0 && !HEAD_WORD.test(line)) {
      start = end + 1;
      continue;
    }
    const row = cells(line, start);
    // A head row has three cells or more: only then are the cells compared with the column heads.
    const k = row.cells.length >= 3 ? row.cells.findIndex((c) => COLUMNS.has(c.text.toLowerCase().replace(/[ \t]+/g, ' '))) : -1;
    // A head row: no cell opens with a digit (a value).
    if (k >= 0 && !row.cells.some((c) => /^\d/.test(c.text)) && (row.piped || k === row.cells.length - 1)) {
      column = k;
      piped = row.piped;
      width = row.cells.length;
    } else if (column >= 0 && row.piped === piped && row.cells.length >= 3 && /\d/.test(line)) {
      // A row of the table: the same number of cells between bars; the last cell of a blank-separated row.
      const cell = piped ? (row.cells.length === width ? row.cells[column] : undefined) : row.cells[row.cells.length - 1];
      if (cell && /^[A-Za-z]+(?:[._][A-Za-z]+)?$/.test(cell.text) && userShape(s, cell.text, vocab, true)) markUser(s, cell.at, cell.text, 'user-column');
    } else column = -1;
    start = end + 1;
  }
}

/** Marks the user ids and staff initials of the record's trail (see the file comment) as NAME. */
export function userIds(s: TokenScanner, vocab: KeepVocabulary): void {
  usersAfterActions(s, vocab);
  handsOnInitials(s, vocab);
  auditRows(s, vocab);
  userColumns(s, vocab);
}
