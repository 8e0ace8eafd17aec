// Entry initials (issue 11): the writer of a log or message entry signs it with two or three capital
// letters — after the date and time that open a log line ("8/10 12:24  CM  rx resent", "10/31 - HS:
// ok"), or after the last sentence of a line ("Pt informed via portal. IW", "Appt made. — HG").
// The letters are no word: groups the vocabulary, clinical abbreviations, credentials or function
// words hold ("BP", "PRN", "OK", "RN") stay. Whole lines of initials are the sign-off pass's.
import type { TokenScanner } from './token-scanner.js';
import { flowsheetInitials } from './flowsheet-initials.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { initialsGroup } from './sign-off-lines.js';
import { blockEndsAfter, skipBlanks } from './blank-skip.js';
import { LEX, lexiconFlags } from '../lexicon-flags.js';
import { closingReply, neverInitials, staffWord } from '../keep-list/name-words.js';
import { lineStartMatches, mayCloseLineWithGroup } from './line-ends.js';
import { isAsciiDigit } from '../../util/ascii-chars.js';
import { nameCues } from '../rules/deid-rules.js';
import { allMatches } from '../regex-matches.js';

// A log line: a month/day date, an optional time, then the initials before two blanks, a colon or a dash.
// Tried at line starts only (LOG_LINE_AT, line-ends.ts lineStartMatches): the pattern opens with `^`.
const LOG_LINE_RE = /^[ \t]*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?:[ \t]+\d{1,2}:\d{2}(?:[ \t]*[ap]m)?)?[ \t]+(?:[-–—][ \t]+)?([A-Z]{2,3})(?=[ \t]{2,}|[ \t]*:[ \t]|[ \t]+[-–—][ \t])/gm;
const LOG_LINE_AT = new RegExp(LOG_LINE_RE.source, 'my');
// The end of a line after a sentence: ". IW", "! JT", "— HG", "-- KM"; in lower case after a full stop only (". qm").
// A single hyphen is no signing dash ("Seen in clinic - TBD").
export const LINE_END_RE = /(?:[.!?)][ \t]+(?:(?:--|–|—)[ \t]*)?|[ \t](?:--|–|—)[ \t]*)([A-Z]{2,3}|[a-z]{2,3})[ \t]*$/gm;

// The words of a date and time stamp ("PM", "hrs"; deid-name-cues.yaml signOffStamps).
const STAMP_WORDS: ReadonlySet<string> = new Set(nameCues().cues.signOffStamps.words);
// A log line's date opening the next line ("6/19 9:05am TC from …").
const NEXT_LOG_RE = /^\n[ \t]*\d{1,2}\/\d{1,2}\b/;

/**
 * Whether the line ending after position `end` closes an entry: nothing but blanks after it on the
 * line, then the text's end, a blank line or the next log line's date. Initials stand there; a
 * sentence that runs on to the next line of prose does not.
 */
function closesEntry(text: string, end: number): boolean {
  if (blockEndsAfter(text, end)) return true;
  const k = skipBlanks(text, end);
  return text.charCodeAt(k) === 10 && NEXT_LOG_RE.test(text.slice(k, k + 16));
}

/** Words that close an entry as themselves, never as initials: function words, credentials, titles, staff words, months and units ("… as needed. PRN" aside, "per MD", "Mar"). */
function neverAtClose(w: string): boolean {
  return neverInitials(w) || closingReply(w);
}

/**
 * Whether the group `g` at `at` after a log stamp is initials: after a log stamp a clinical
 * abbreviation or a common word of capitals is still initials ("CM", "RR", "HS") unless a value
 * follows it ("BP  120/80"); a role or credential is the writer's role, not a name.
 */
function logInitials(s: TokenScanner, g: string, at: number): string | undefined {
  const w = g.toLowerCase();
  if ((lexiconFlags(w) & (LEX.STOP | LEX.CREDENTIAL | LEX.TITLE)) !== 0 || staffWord(w) || /^[ \t:]*\d/.test(s.text.slice(at + g.length, at + g.length + 6))) return undefined;
  if (!s.common.has(w)) return 'initials';
  // A common word there may be the stamp's own ("3:40 PM"), never initials.
  return STAMP_WORDS.has(w) ? undefined : 'closing-initials';
}

/**
 * The source under which the group `g` closing a line after a sentence (the match `m`) is initials,
 * if it is: a group no word or abbreviation ("Appt made. — HG"; lower case after a full stop only,
 * no state code or unit: "… in Peoria, il"), or any group but a function word, credential, title,
 * staff word, month or closing word, of two letters, when the line closes an entry ("Pt informed via portal. SB"
 * at the note's end, "re: lab results. de" before the next log line).
 */
function lineEndInitials(s: TokenScanner, g: string, m: string, at: number, vocab: KeepVocabulary): string | undefined {
  const w = g.toLowerCase();
  // A signing dash after a sentence's end ("no rxn. -- al", "procedure. — OV") leaves the group no other
  // reading: initials unless a closing word, or a word in lower case.
  if (/^[.!?)][ \t]+(?:--|–|—)/.test(m)) return neverAtClose(w) || (g === w && s.common.has(w)) ? undefined : 'closing-initials';
  const lowerAfterStop = g !== w || /\.[ \t]+[a-z]{2,3}[ \t]*$/.test(m);
  if (!s.common.has(w) && initialsGroup(g, vocab)) {
    if (g !== w || (lowerAfterStop && (lexiconFlags(w) & (LEX.STOP | LEX.CREDENTIAL | LEX.TITLE | LEX.STATE_WORD)) === 0 && !staffWord(w))) return 'initials';
  }
  // A clinical abbreviation closes an entry as itself ("fluids given. po", "Given. IV") unless a signing dash leads it ("— RR").
  if ((lexiconFlags(w) & LEX.CLINICAL) !== 0 && !/[–—]|--/.test(m)) return undefined;
  return g.length === 2 && lowerAfterStop && closesEntry(s.text, at + g.length) && !neverAtClose(w) ? 'closing-initials' : undefined;
}

/** Marks the initials that sign log entries, flowsheet rows and sentences of a line. */
export function entryInitials(s: TokenScanner, vocab: KeepVocabulary): void {
  flowsheetInitials(s, vocab);
  if (!/[A-Z]{2}/.test(s.text) && !/\.[ \t]+[a-z]{2,3}[ \t]*$/m.test(s.text)) return;
  // In an all-capitals note every line ends in capitals: only the log line is a cue there.
  // A line closing on a group is a necessary condition of LINE_END_RE (line-ends.ts mayCloseLineWithGroup: a
  // blank or a dash stands before its group), read before the pattern is tried at every character.
  for (const re of s.style === 'upper' || !mayCloseLineWithGroup(s.text) ? [LOG_LINE_RE] : [LOG_LINE_RE, LINE_END_RE]) {
    for (const m of re === LOG_LINE_RE ? lineStartMatches(s.text, LOG_LINE_AT, isAsciiDigit) : allMatches(re, s.text)) {
      const g = m[1]!;
      // The initials close the match, blanks aside.
      const at = m.index + m[0].lastIndexOf(g);
      const source = re === LOG_LINE_RE ? logInitials(s, g, at) : lineEndInitials(s, g, m[0], at, vocab);
      if (source) s.markWordAt(at, g, 'NAME', source);
    }
  }
}
