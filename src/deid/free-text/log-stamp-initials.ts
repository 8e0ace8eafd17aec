// The initials of whoever closes, issues or takes a log entry or a letter, in the stamp that says so
// (issue 11): a log or a shift sheet closes with the date, the clock time and the closer's initials
// ("log closed 3/14 0700 tr", "SHIFT CLOSED FEB 2 1900 MKD"); a letter or a form says who generated it,
// the initials then the date ("letter gen. by rw 4/3", "PRINTED BY JK 11/2/26"); a critical value is read
// back to someone ("read back to TQ"); a signature line adds the assistant's initials after the
// clinician's credential and the assistant's ("… PA-C / MA hq"). The stamp's words leave no other
// reading, so the group may spell a word or a function word ("so", "me" excepted below). The stamp
// words are data: deid-name-cues.yaml nameWords (logCloseStamps, issuedByStamps, readBackStamps,
// assistantRoles), kept out of `cues` so the learned layer is unchanged.
import { allMatches } from '../regex-matches.js';
import type { TokenScanner } from './token-scanner.js';
import { nameCues } from '../rules/deid-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { LEX, lexiconFlags } from '../lexicon-flags.js';
import { AnchoredRegex } from '../keyword-anchors.js';

const W = nameCues().nameWords;
const alt = (ws: readonly string[]) => cueAlternation(ws, '[ \\t]+') || '(?!)';
// A stamp pattern run only where one of its stamps' first word stands (keyword-anchors.ts).
const anchored = (ws: readonly string[], re: RegExp) => new AnchoredRegex(re, ws.map(cueFirstRun));
// A date of the stamp: digits ("3/14", "4-12", "8.6.26") or a month and a day ("FEB 2", "Jan 30").
const DATE = String.raw`(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|[A-Za-z]{3,9}\.?[ \t]+\d{1,2})`;
// A clock time ("0700", "19:05").
const TIME = String.raw`(?:\d{4}|\d{1,2}:\d{2})`;
// The group: two or three letters (one case is checked apart), an optional stop after each letter excluded.
const GROUP = String.raw`([A-Za-z]{2,3})`;
// Where the group ends: the line's end, a stop, a semicolon or a comma.
const END = String.raw`(?=[ \t]*(?:[.;,]|\r?\n|$))`;

// "log closed 3/14 0700 tr": a close stamp, a date, a time or both, the group closing the line.
const CLOSE_RE = anchored(W.logCloseStamps, new RegExp(String.raw`\b(?:${alt(W.logCloseStamps)})[ \t]+(?:${DATE}(?:[ \t]+${TIME})?|${TIME})[ \t]+${GROUP}${END}`, 'gid'));
// "letter gen. by rw 4/3": an issuing stamp, the group, then a date.
const ISSUED_RE = anchored(W.issuedByStamps, new RegExp(String.raw`(?<![A-Za-z])(?:${alt(W.issuedByStamps)})[ \t]+${GROUP}[ \t]+${DATE}(?![A-Za-z0-9])`, 'gid'));
// "read back to TQ": a read-back phrase, the group closing its clause.
const READ_BACK_RE = anchored(W.readBackStamps, new RegExp(String.raw`\b(?:${alt(W.readBackStamps)})[ \t]+${GROUP}${END}`, 'gid'));
// "… PA-C / MA hq": a credential, a slash, an assistant's role, the group closing the line.
const ASSISTANT_RE = new RegExp(String.raw`(?<![A-Za-z])([A-Za-z]{2,4}(?:-[A-Za-z])?)[ \t]*/[ \t]*(?:${alt(W.assistantRoles)})[ \t]+${GROUP}(?=[ \t]*(?:\r?\n|$))`, 'gid');
// Its tail from the slash on, which every match holds (speed): the whole pattern, which may start at any
// letter, scans only a text where the tail, found by the slash, stands.
const ASSISTANT_TAIL_RE = new RegExp(String.raw`/[ \t]*(?:${alt(W.assistantRoles)})[ \t]+[A-Za-z]{2,3}(?=[ \t]*(?:\r?\n|$))`, 'i');

// Groups that are pronouns or shorthand of the stamp itself, never initials ("printed by me 2/12").
const NOT_GROUPS: ReadonlySet<string> = new Set(W.stampGroupNonInitials);

/** Whether a group is written in one case and may be someone's initials. */
function isGroup(g: string): boolean {
  if (NOT_GROUPS.has(g.toLowerCase())) return false;
  if (g !== g.toLowerCase() && g !== g.toUpperCase()) return false;
  return (lexiconFlags(g.toLowerCase()) & (LEX.CREDENTIAL | LEX.TITLE)) === 0;
}

/** Marks the initials in a log's close stamp, a letter's issuing stamp, a read-back or an assistant's signature as NAME (source `log-stamp-initials`). */
export function logStampInitials(s: TokenScanner): void {
  const { text } = s;
  if (!/closed|by|back|\//i.test(text)) return;
  const take = (m: RegExpExecArray, g: number) => {
    const word = m[g]!;
    if (isGroup(word)) s.markWordAt(m.indices![g]![0], word, 'NAME', 'log-stamp-initials');
  };
  for (const m of CLOSE_RE.matchAll(text)) take(m, 1);
  for (const m of ISSUED_RE.matchAll(text)) take(m, 1);
  for (const m of READ_BACK_RE.matchAll(text)) take(m, 1);
  if (!ASSISTANT_TAIL_RE.test(text)) return;
  for (const m of allMatches(ASSISTANT_RE, text)) {
    // The first role a clinician's credential ("MD", "NP", "PA-C"), so the line is a signature.
    if ((lexiconFlags(m[1]!.toLowerCase()) & LEX.CREDENTIAL) !== 0) take(m, 2);
  }
}
