// Initials that close the rows of a flowsheet or a log (issue 11): "0930 | bike 20 min | rpe 12 | QZ",
// "0445  HFNC  0.2  SM", "1107  repositioned L lateral  gf". The row's last cell, after a column break
// (a bar, a tab or two blanks), is the writer's group of two or three letters. A group no vocabulary
// holds signs wherever it closes such a row; the place alone decides for a group that spells a word or
// an abbreviation ("LR", "AM", "na") when the column is one of initials: its head says so ("Init", "By";
// rules/en/deid-name-cues.yaml nameWords.initialsColumnHeads), or other rows of the same table close on
// two different groups that are surely initials.
import { isCap, type TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { initialsGroup } from './sign-off-lines.js';
import { inVocabulary, LEX, lexiconFlags } from '../lexicon-flags.js';
import { closingReply, neverInitials } from '../keep-list/name-words.js';
import { isBlank } from './blank-skip.js';
import { isAsciiLower as isLower, isAsciiUpper as isUpper } from '../../util/ascii-chars.js';
import { nameCues } from '../rules/deid-rules.js';

/** The group of letters closing a row, where it starts, and what the row's table says of its column. */
interface RowEnd {
  at: number;
  g: string;
  /** The table the row belongs to (rows run on until a blank line or a line of prose). */
  table: number;
  /** Whether the table's head names its last column as the signer's. */
  headed: boolean;
}

const COLUMN_HEADS: ReadonlySet<string> = new Set(nameCues().nameWords.initialsColumnHeads);


/**
 * The start of the group of two or three letters in one case that closes `text[start, k]` (k its last
 * non-blank character) after a column break (a bar, a tab or two blanks), or -1.
 */
function closingGroup(text: string, start: number, k: number): number {
  const lower = isLower(text.charCodeAt(k));
  let a = k;
  while (a > start && (lower ? isLower(text.charCodeAt(a - 1)) : isUpper(text.charCodeAt(a - 1)))) a--;
  const n = k - a + 1;
  if (n < 2 || n > 3) return -1;
  // The column break before it.
  let b = a - 1;
  if (b < start) return -1;
  const c = text.charCodeAt(b);
  if (c === 124 || c === 9) return a;
  if (c !== 32) return -1;
  while (b > start && text.charCodeAt(b - 1) === 32) b--;
  const blanks = a - b;
  return blanks >= 2 || text.charCodeAt(b - 1) === 124 || text.charCodeAt(b - 1) === 9 ? a : -1;
}

/** Whether the line `text[start, k]` is a table's head whose last column holds the signer (its last word is such a head, after a column break). */
function signerHead(text: string, start: number, k: number): boolean {
  let a = k;
  while (a > start && /[A-Za-z.]/.test(text[a - 1]!)) a--;
  if (!COLUMN_HEADS.has(text.slice(a, k + 1).replace(/\.$/, '').toLowerCase())) return false;
  // The head word stands after a column break, not in a sentence ("… was done by").
  return a === start || text[a - 1] === '|' || text[a - 1] === '\t' || (text[a - 1] === ' ' && (text[a - 2] === ' ' || text[a - 2] === '|' || text[a - 2] === '\t'));
}

/** Whether a line is a rule of a table ("------+-----", "=====", "|---|---|"). */
const tableRule = (line: string) => /^[ \t]*[-=+|:_ \t]{3,}$/.test(line) && /[-=_]{3}/.test(line);

/** Whether `text[start, end)` holds a digit. */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The last non-blank position of the line `text[start, end)`, or `start - 1` when the line is blank. */
function lastNonBlank(text: string, start: number, end: number): number {
  let k = end - 1;
  while (k >= start && isBlank(text.charCodeAt(k))) k--;
  return k;
}

/** Where the group closing the line `text[start, end)` (last non-blank at `k`) starts, when the line is a row: -1 when it is none (no group after a column break, or no digit). */
function rowGroup(text: string, start: number, end: number, k: number): number {
  const c = text.charCodeAt(k);
  if (!isUpper(c) && !isLower(c)) return -1;
  const a = closingGroup(text, start, k);
  return a >= 0 && hasDigit(text, start, end) ? a : -1;
}

/**
 * Whether two lines of `text` or more are rows ({@link rowGroup}), the rows {@link rowEnds} reads.
 * Most reports hold none, and are not walked for tables (speed).
 */
function twoRowsOrMore(text: string): boolean {
  let rows = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const k = lastNonBlank(text, start, end);
    if (k >= start && rowGroup(text, start, end, k) >= 0 && ++rows >= 2) return true;
    start = end + 1;
  }
  return false;
}

/** The rows of `text` (lines that hold a digit and close on a group of letters in one case after a column break), with their tables. */
function rowEnds(text: string): RowEnd[] {
  const out: RowEnd[] = [];
  if (!twoRowsOrMore(text)) return out;
  let table = 0;
  let headed = false;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const k = lastNonBlank(text, start, end);
    if (k < start) {
      // A blank line ends the table.
      table++;
      headed = false;
    } else {
      const a = rowGroup(text, start, end, k);
      const digit = a >= 0 || hasDigit(text, start, end);
      if (a >= 0) out.push({ at: a, g: text.slice(a, k + 1), table, headed });
      else if (!digit && !tableRule(text.slice(start, end))) {
        // A line of prose or a head starts a new table.
        table++;
        headed = signerHead(text, start, k);
      } else if (digit && signerHead(text, start, k)) {
        // A head may hold digits ("Time  Rate  BP  SpO2  Init"); another row keeps the table's head.
        table++;
        headed = true;
      }
    }
    start = end + 1;
  }
  return out;
}

/** A group surely initials wherever it closes a row: no word, abbreviation or vocabulary entry. */
function sureInitials(s: TokenScanner, g: string, vocab: KeepVocabulary): boolean {
  const w = g.toLowerCase();
  if (s.common.has(w) || !initialsGroup(g, vocab)) return false;
  // In lower case no state code or unit either ("… lives in Peoria  il").
  return g !== w || (lexiconFlags(w) & (LEX.STOP | LEX.CREDENTIAL | LEX.TITLE | LEX.STATE_WORD)) === 0;
}

/** A group that may sign a row of a column of initials: no credential, title, staff word, month or closing reply (a function word may: "as"). */
function mayInitial(g: string): boolean {
  return !neverInitials(g, false) && !closingReply(g.toLowerCase());
}

// A key of a flowsheet's initials: "HA = Acheampong, Haruto, CRT; SM = Sigrid Mukherjee, RRT": a group of
// capitals, an equals sign, and a word in Title case, after a line start, a colon, a semicolon or a comma.
const KEY_ENTRY_RE = /(?:^|[:;,])[ \t]*([A-Z]{2,3})[ \t]*=[ \t]*([A-Z][a-z][A-Za-z'-]*)/gm;

/**
 * Marks the groups of an initials key: a group explained by a person's name ("HA = Acheampong"), the
 * name's first word a name the lexicons hold or one no vocabulary holds. "EF = Ejection fraction" and
 * "BP = 120/80" explain a term or give a value.
 */
function initialsKeys(s: TokenScanner, vocab: KeepVocabulary): void {
  for (const m of s.text.matchAll(KEY_ENTRY_RE)) {
    const name = m[2]!.toLowerCase();
    const f = lexiconFlags(name);
    const named = (f & (LEX.FIRST | LEX.LAST)) !== 0 || !inVocabulary(vocab, name, f);
    if (!named || (f & (LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) !== 0 || !mayInitial(m[1]!)) continue;
    s.markWordAt(m.index + m[0].indexOf(m[1]!), m[1]!, 'NAME', 'column-initials');
  }
}

/**
 * Marks the initials that close the rows of flowsheets and logs: in capitals, a group no vocabulary
 * holds when two rows or more close on capitals (one such row alone may be a header or a unit:
 * "Plan:  ICU"); any group of a column whose head names the signer, or of a table where two rows
 * close on two different sure groups.
 */
export function flowsheetInitials(s: TokenScanner, vocab: KeepVocabulary): void {
  if (s.text.includes('=')) initialsKeys(s, vocab);
  const rows = rowEnds(s.text);
  if (rows.length < 2) return;
  const capsRows = rows.filter((r) => isCap(r.g[0]!));
  const sure = rows.map((r) => sureInitials(s, r.g, vocab));
  const sureIn = new Map<number, Set<string>>();
  rows.forEach((r, k) => {
    if (!sure[k]) return;
    let set = sureIn.get(r.table);
    if (!set) sureIn.set(r.table, (set = new Set()));
    set.add(r.g.toLowerCase());
  });
  rows.forEach((r, k) => {
    if (sure[k] && isCap(r.g[0]!) && capsRows.length >= 2) s.markWordAt(r.at, r.g, 'NAME', 'initials');
    else if ((r.headed || (sureIn.get(r.table)?.size ?? 0) >= 2) && mayInitial(r.g)) s.markWordAt(r.at, r.g, 'NAME', 'column-initials');
  });
}
