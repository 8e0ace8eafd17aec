// Sign-off lines (issue 11): the line a note ends an entry with — the writer's initials ("jb/wb",
// "/tc", "EW RN"), or a name before credentials ("irina petrenko, RN, RAC-CT", "June OTR/L") —
// optionally followed by the date and time of signing. Quickly typed notes (nursing homes, wards,
// phone logs) sign every entry so, in lower case or capitals, where case cannot tell a name from a
// word: the line's shape is the cue. The credentials are data (rules/en/deid-name-cues.yaml:
// credentials, signCredentials, signOffCredentials).
import * as tokenScanner from './token-scanner.js';
import { AnchoredRegex } from '../keyword-anchors.js';
import type { TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { staffWord } from '../keep-list/name-words.js';
import { inVocabulary, LEX, NAME_LISTS, lexiconFlags } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { nameCues, numericContexts } from '../rules/deid-rules.js';
import { allMatches } from '../regex-matches.js';
import { cueFirstRun } from '../rules/word-alternation.js';
import { LISTED_CREDENTIALS, RELATION_CUE_WORDS } from './vocabulary.js';
import { skipBlanks } from './blank-skip.js';
import { isAsciiDigit as isDigit, isAsciiLetter } from '../../util/ascii-chars.js';

const { hasLower, hasUpper, isBlankRun } = tokenScanner;
const cues = nameCues().cues;

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const CREDENTIAL_WORDS = [...new Set(LISTED_CREDENTIALS)].sort((a, b) => b.length - a.length);
const CREDENTIAL = `(?:${CREDENTIAL_WORDS.map(escape).join('|')})(?![A-Za-z])`;
// One or more credentials, separated by blanks, commas or slashes ("RN, WCC", "LPN/CMA", "ms, ccc-slp"). Exported for the test of mayOpenCredentials.
export const CREDENTIALS_RE = new RegExp(`^[ \\t]*,?[ \\t]*${CREDENTIAL}(?:[ \\t]*[,/]?[ \\t]*${CREDENTIAL})*`, 'i');
// The first letters of the credentials in either case (`i` without `u`: an ASCII letter matches its
// two cases only); undefined should a credential open with anything but an ASCII letter.
const CREDENTIAL_FIRST: ReadonlySet<number> | undefined = CREDENTIAL_WORDS.length > 0 && CREDENTIAL_WORDS.every((w) => /^[A-Za-z]/.test(w))
  ? new Set(CREDENTIAL_WORDS.flatMap((w) => [w.toLowerCase().charCodeAt(0), w.toUpperCase().charCodeAt(0)]))
  : undefined;

/**
 * A necessary condition of `CREDENTIALS_RE.exec(text.slice(at))`, read in place: past the blanks,
 * a comma and the blanks after it (the pattern's lead: a credential opens with a letter, never a
 * blank or a comma, so the lead cannot give any back), a credential's first letter. Most name words
 * of a line are followed by another word, and the rest of the line is not cut out and asked of the
 * long alternation. Exported for its test.
 */
export function mayOpenCredentials(text: string, at: number): boolean {
  if (CREDENTIAL_FIRST === undefined) return true;
  let p = skipBlanks(text, at);
  if (text.charCodeAt(p) === 44) p = skipBlanks(text, p + 1);
  return CREDENTIAL_FIRST.has(text.charCodeAt(p));
}

// A credential anywhere on a line, after a character that is no letter: every name the line could
// sign is followed by one (a line without is skipped before the name words are read).
const CREDENTIAL_ANYWHERE_RE = new RegExp(`(?<![A-Za-z])${CREDENTIAL}`, 'i');
// Every credential starts with a run of letters ("md", "m" of "m.d", "pa" of "pa-c") that stands as
// a whole word where the credential does (no letter before it, none after the credential's first
// run): the lines holding none of those words are skipped without the regex (keyword-anchors.ts).
const CREDENTIAL_ANCHORED = new AnchoredRegex(
  new RegExp(CREDENTIAL_ANYWHERE_RE.source, 'gi'),
  CREDENTIAL_WORDS.map((w) => /^[a-z]*/.exec(w.toLowerCase())![0]),
);
// Initials: "jb/wb", "CC/CS", "eq:aw", "/tc", "db/".
const INITIAL_PAIR_RE = /^[ \t]*(?:(?<a>[A-Za-z]{2,3})[ \t]*[/:][ \t]*(?<b>[A-Za-z]{2,3})|\/(?<c>[A-Za-z]{2,3})|(?<d>[A-Za-z]{2,3})\/)(?![A-Za-z/])/;

/**
 * A necessary condition of `INITIAL_PAIR_RE.exec(body)`, read in place: past the blanks a slash
 * (the `c` form), or a run of exactly two or three ASCII letters (a group is followed by a blank, a
 * slash or a colon, no letter, so the whole run is the group) then blanks and a slash or a colon
 * (the `a` and `d` forms). Most lines open with a longer word and are not asked of the regex.
 * Exported for its test.
 */
export function mayOpenInitialPair(body: string): boolean {
  const p = skipBlanks(body, 0);
  if (body.charCodeAt(p) === 47) return true;
  let q = p;
  while (isAsciiLetter(body.charCodeAt(q))) q++;
  if (q - p < 2 || q - p > 3) return false;
  const c = body.charCodeAt(skipBlanks(body, q));
  return c === 47 || c === 58;
}
// What may open a sign-off line before the person: dashes, a tilde, "/s/".
const LEAD_RE = /^[ \t]*(?:-{1,2}|–|—|~|\/s\/)?[ \t]*/i;
// The date and time of signing after the person: digits, date and time marks, month names and the
// stamp words of the data (am / pm, badge, the dictation and transcription dates "D:" and "T:").
const STAMP_WORDS = new Set([...MONTH_WORDS, ...cues.signOffStamps.words]);

/** Whether the rest of a line is only a signing stamp (dates, times, a job number) or nothing. */
function stampOnly(rest: string): boolean {
  for (const w of rest.match(/[A-Za-z]+/g) ?? []) if (!STAMP_WORDS.has(w.toLowerCase())) return false;
  return /^[\d\s/:.,@()'#-]*$/.test(rest.replace(/[A-Za-z]+/g, ''));
}

/** The cue words as one alternation that matches whole words: no letter before, none after a word ending in a letter ("d:" may run on). */
const cueWords = (words: readonly string[]) => `(?<![A-Za-z])(?:${words.map((w) => escape(w) + (/[A-Za-z]$/.test(w) ? '(?![A-Za-z])' : '')).join('|')})`;

// A cue that the line's closing initials are the typist's: "Dictated by …", "TRANSCRIBED:", "D: 4/2 T: 4/3".
const TRANSCRIPTION_LEAD_RE = new RegExp(cueWords(cues.transcriptionLeads.words), 'i');
// Two groups of initials joined by a slash, as the last letters of a line.
const CLOSING_PAIR_RE = /(?<![A-Za-z/])([A-Za-z]{2,3})[ \t]*\/[ \t]*([A-Za-z]{2,3})(?![A-Za-z/])/g;

/** Whether a group of letters is never initials on a one-case pair: a clinical abbreviation or a {@link functionWord}. */
function abbreviation(g: string): boolean {
  return functionWord(g) || (lexiconFlags(g.toLowerCase()) & LEX.CLINICAL) !== 0;
}

/**
 * Whether the groups of a sign-off line's initials are initials. Two groups in one case ("jb/wb",
 * "CC/CS") may hold a word ("le/ly") but no abbreviation ("DNR/DNI", "mg/dl"). A lone group after a
 * slash signs only after an entry that ended (else it is a unit wrapped onto the line: "mcg/kg⏎/min");
 * with a date or time after it ("/mn 6/13/26 8:50pm") it may be an abbreviation but no function
 * word, without one it must be no word ("/day").
 */
function initialsLine(pair: string, groups: string[], rest: string, vocab: KeepVocabulary, afterEntry: boolean, firstLine: boolean): boolean {
  const oneCase = groups.length === 2 && (groups.every((g) => !hasUpper(g)) || groups.every((g) => !hasLower(g)));
  const dated = /\d/.test(rest);
  if (oneCase) {
    if (!groups.some(abbreviation)) return true;
    // A slash pair may still spell a word or an abbreviation in one group ("gdt/og", "ev/is"):
    // with a signing date after it, it is the signer's unless both groups are function words
    // ("CC/CS 7/12/19 1800", not "and/or 2/3"); without one, below a line of text, one group must
    // be no word at all ("DNR/DNI", "mg/dl" and a note's heading "PT/RSD" are no one).
    if (!pair.includes('/')) return false;
    if (dated) return !groups.every(functionWord);
    return !firstLine && groups.some((g) => bareInitials(g, vocab)) && !groups.some((g) => credentialOrTitle(g) || UNIT_WORDS.has(g.toLowerCase()));
  }
  if (groups.length === 1 && /^[ \t]*\//.test(pair)) {
    if (!afterEntry) return false;
    if (dated) return !functionWord(groups[0]!);
    // Two letters alone after a slash below an ended entry close it whatever they spell ("/by",
    // "/lb"); three must be no word ("/day").
    const g = groups[0]!;
    if (g.length === 2) return !credentialOrTitle(g) && !MONTH_WORDS.has(g.toLowerCase()) && !UNIT_WORDS.has(g.toLowerCase());
  }
  // Before a dictation stamp ("FHY:hgb   D: 6/26  T: 6/26") the pair is the dictator's and typist's
  // whatever a group spells, save a function word.
  if (groups.length === 2 && TRANSCRIPTION_LEAD_RE.test(rest)) return !groups.some(functionWord);
  return groups.every((g) => initialsGroup(g, vocab));
}

// Units of measure (the numeric contexts' unit lists): "mg/dl", "mcg/min" and "⏎/hr" are no one,
// whether or not the vocabulary holds the unit.
const UNIT_WORDS: ReadonlySet<string> = new Set([...numericContexts().year.unitsAfter, ...numericContexts().slash.after]);

/** Whether a slash pair's group can be initials though the other group is a word: no word, abbreviation or unit. */
function bareInitials(g: string, vocab: KeepVocabulary): boolean {
  return initialsGroup(g, vocab) && !UNIT_WORDS.has(g.toLowerCase());
}

/**
 * Whether the letters before a colon right after a pair make it a field's label ("DD/DT: 3/2/21",
 * "mrn/res id: 0456"). The dictation stamp's own labels ("jb/wb  D: 3/2  T: 3/4") are no such field.
 */
function fieldLabel(after: string): boolean {
  const m = /^[ \t]*([A-Za-z]*)[ \t]*:/.exec(after);
  return m !== null && !(m[1] !== '' && TRANSCRIPTION_LEAD_RE.test(`${m[1]}:`));
}

/** A credential or a title: what a group of initials never is, whatever the line ("MD/PhD", "/RN"). */
function credentialOrTitle(g: string): boolean {
  return (lexiconFlags(g.toLowerCase()) & (LEX.CREDENTIAL | LEX.TITLE)) !== 0;
}

/**
 * The typist's initials closing a line after a transcription cue ("Dictated by Omar Reyes, PA.
 * kmr/tl", "D: 4/2 T: 4/3 JRW/sk"): marked even when one group spells a word or an abbreviation,
 * if the other is no word at all, and never a function word, credential, title or month
 * ("transcribed …, DNR/DNI" is no one). Returns whether the line had them.
 */
function typistInitials(s: TokenScanner, vocab: KeepVocabulary, lineStart: number, line: string): boolean {
  const cue = TRANSCRIPTION_LEAD_RE.exec(line);
  if (!cue) return false;
  let last: RegExpExecArray | undefined;
  CLOSING_PAIR_RE.lastIndex = cue.index + cue[0].length;
  for (let m = CLOSING_PAIR_RE.exec(line); m; m = CLOSING_PAIR_RE.exec(line)) last = m;
  if (!last || !stampOnly(line.slice(last.index + last[0].length))) return false;
  const groups = [last[1]!, last[2]!];
  if (groups.some(functionWord) || !groups.some((g) => bareInitials(g, vocab))) return false;
  markRange(s, lineStart + last.index, lineStart + last.index + last[0].length);
  return true;
}

// Units and departments that stand before credentials ("ICU RN"): never the signer's initials.
const CREDENTIAL_UNITS: ReadonlySet<string> = new Set(cues.unitsBeforeCredentials.words);
const CREDENTIAL_SET: ReadonlySet<string> = new Set(CREDENTIAL_WORDS);

/**
 * "MM RN", "gt RN, WCC", "sm rn, wcc 2022-12-22 0845": a lone group of two or three letters that
 * credentials follow on a sign-off line is the signer's initials even when it spells an
 * abbreviation or a word ("mm", "gt"), unless it is a function word, a credential or a unit
 * ("ICU RN", "OK RN" are no one).
 */
function initialsBeforeCredentials(g: string): boolean {
  return /^[a-z]{2,3}$/.test(g) && !functionWord(g) && !CREDENTIAL_SET.has(g) && !CREDENTIAL_UNITS.has(g);
}

/** Whether the line starting at `lineStart` follows a finished entry: the text's first line, a blank line or a line ending a sentence. */
function entryEnded(text: string, lineStart: number): boolean {
  let k = lineStart - 2;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n' || '.!?):'.includes(text[k]!);
}

/** A function word, credential, title, staff word or month: never a group of initials, whatever the line. */
function functionWord(g: string): boolean {
  const w = g.toLowerCase();
  return (lexiconFlags(w) & (LEX.STOP | LEX.CREDENTIAL | LEX.TITLE)) !== 0 || staffWord(w) || MONTH_WORDS.has(w);
}

/** Whether a group of initials is one: not a word of the vocabulary, a clinical abbreviation or a function word. */
export function initialsGroup(g: string, vocab: KeepVocabulary): boolean {
  return !abbreviation(g) && !inVocabulary(vocab, g.toLowerCase());
}

/** Whether a word before credentials can be part of the signer's name: a word no vocabulary holds or one a name list holds. */
function nameWord(w: string, vocab: KeepVocabulary): boolean {
  if (w.length === 1) return true;
  const f = lexiconFlags(w);
  if ((f & (LEX.STOP | LEX.CLINICAL | LEX.CREDENTIAL | LEX.TITLE)) !== 0 || staffWord(w)) return false;
  if ((f & NAME_LISTS) !== 0) return true;
  return !inVocabulary(vocab, w, f);
}

/** Marks the tokens of `text` between `from` and `to` as the signer's name. */
function markRange(s: TokenScanner, from: number, to: number): void {
  for (let p = from; p < to; p++) {
    const i = s.byStart.get(p);
    if (i !== undefined && s.tokens[i]!.end <= to) s.mark(i, 'NAME', 'sign-off');
  }
}

/**
 * Marks the signer of every sign-off line: a whole line made of an optional lead mark, the
 * signer (initials; or one to three name words followed by credentials) and an optional date and
 * time. A name without credentials is not taken ("stable", "plan" close lines too), nor initials
 * that are a word or a clinical abbreviation ("/day", "i/o").
 */
export function signOffLines(s: TokenScanner, vocab: KeepVocabulary): void {
  const { text } = s;
  // Where a credential may start, in text order (undefined: anywhere).
  const starts = CREDENTIAL_ANCHORED.positions(text);
  let next = 0;
  let lineStart = 0;
  // The text's first line of words: a note's heading, where a slash pair is a heading's ("PT/OT").
  const firstText = text.search(/\S/);
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart <= 80) {
      while (starts !== undefined && next < starts.length && starts[next]! < lineStart) next++;
      // A line's letter runs are the text's there (a line break or the text's end borders them).
      const mayHoldCredential = starts === undefined || (next < starts.length && starts[next]! < lineEnd);
      signOffLine(s, vocab, lineStart, lineEnd, mayHoldCredential, lineStart <= firstText);
    }
    lineStart = lineEnd + 1;
  }
}

function signOffLine(s: TokenScanner, vocab: KeepVocabulary, lineStart: number, lineEnd: number, mayHoldCredential: boolean, firstLine: boolean): void {
  const line = s.text.slice(lineStart, lineEnd);
  if (isBlankRun(line, 0, line.length)) return;
  // Initials are joined by a slash or a colon; a name is followed by credentials. Most lines hold neither.
  const joinedInitials = line.includes('/') || line.includes(':');
  const credential = mayHoldCredential && CREDENTIAL_ANYWHERE_RE.test(line);
  if (!joinedInitials && !credential) return;
  const lead = LEAD_RE.exec(line)![0].length;
  const body = line.slice(lead);
  const pair = joinedInitials && mayOpenInitialPair(body) ? INITIAL_PAIR_RE.exec(body) : null;
  if (pair) {
    const after = body.slice(pair[0].length);
    const creds = mayOpenCredentials(after, 0) ? CREDENTIALS_RE.exec(after) : null;
    const rest = creds ? after.slice(creds[0].length) : after;
    const groups = [pair.groups!['a'], pair.groups!['b'], pair.groups!['c'], pair.groups!['d']].filter((g): g is string => g !== undefined);
    if (stampOnly(rest) && !fieldLabel(after) && initialsLine(pair[0], groups, rest, vocab, entryEnded(s.text, lineStart), firstLine)) {
      markRange(s, lineStart + lead, lineStart + lead + pair[0].length);
      return;
    }
  }
  if (line.includes('/') && typistInitials(s, vocab, lineStart, line)) return;
  if (!credential) return;
  // One to three name words (initials with a dot included), an optional comma, then credentials:
  // the shortest name that credentials follow ("EW RN, WCC" is "EW").
  const word = /^[A-Za-z][A-Za-z'-]*\.?/;
  let nameEnd = 0;
  for (let n = 0; n < 3; n++) {
    const gap = n === 0 ? '' : (/^[ \t]+/.exec(body.slice(nameEnd))?.[0] ?? '');
    if (n > 0 && gap === '') return;
    const w = word.exec(body.slice(nameEnd + gap.length));
    if (!w) return;
    nameEnd += gap.length + w[0].length;
    const creds = mayOpenCredentials(body, nameEnd) ? CREDENTIALS_RE.exec(body.slice(nameEnd)) : null;
    if (!creds || !stampOnly(body.slice(nameEnd + creds[0].length))) continue;
    const parts = body.slice(0, nameEnd).split(/[ \t]+/).map((p) => p.replace(/\.$/, '').toLowerCase());
    const lone = parts.length === 1 && parts[0]!.length <= 3;
    if (!(lone && initialsBeforeCredentials(parts[0]!))) {
      // After an initial a surname may be a word ("s. walker rn"), not a function word.
      const initialled = parts.length > 1 && parts[0]!.length === 1;
      if (!parts.every((p) => p.length > 0 && (nameWord(p, vocab) || (initialled && !functionWord(p))))) return;
      // A lone group of two or three letters is initials only when it is not a word ("ok rn" is no one).
      if (lone && !initialsGroup(parts[0]!, vocab)) return;
    }
    markRange(s, lineStart + lead, lineStart + lead + nameEnd);
    return;
  }
}

// An electronic signature mark opening its line ("/s/", "/S/") and what may follow it before the name.
const SIGNATURE_MARK_RE = /(?:^|\n)[ \t]*\/s\/[ \t]*/gi;
// Words of the signing itself, never the signer's name ("/s/ electronically signed by …"; deid-name-cues.yaml signOffWords).
const SIGNING_WORDS: ReadonlySet<string> = new Set(nameCues().signOffWords.signatureMarks);

/**
 * "/s/ BROWN 01/23/2016", "/S/ MASON 22-MAR-2014", "/s/ cook 07/05/2018": after an electronic signature
 * mark opening its line, one to three words (initials with a dot and a comma between surname and first
 * name included) that close the line or come before a date, a clock time, a credential or a bracket
 * are the signer's name, whatever the words: the mark says a person signs. Words of the signing
 * ("electronically signed by …"), titles and credentials are not taken.
 */
export function signatureMarks(s: TokenScanner): void {
  const { text } = s;
  if (!text.includes('/s/') && !text.includes('/S/')) return;
  for (const m of allMatches(SIGNATURE_MARK_RE, text)) {
    let i = s.byStart.get(m.index + m[0].length);
    if (i === undefined) continue;
    // A title opens the name ("/s/ Dr. Reyes"): passed over.
    if ((s.tokens[i]!.flags & LEX.TITLE) !== 0 && /^\.?[ \t]+$/.test(text.slice(s.tokens[i]!.end, s.tokens[i + 1]?.start ?? 0))) i++;
    const take: number[] = [];
    for (let k = i; k < s.tokens.length && take.length < 3; k++) {
      const t = s.tokens[k]!;
      if (SIGNING_WORDS.has(t.lower) || (t.flags & (LEX.CREDENTIAL | LEX.TITLE)) !== 0) break;
      if (take.length > 0 && !/^(?:[ \t]+|\.[ \t]*|[ \t]*,[ \t]*|-)$/.test(text.slice(s.tokens[k - 1]!.end, t.start))) break;
      take.push(k);
      // The name closes here when its line ends, a date, a time, a bracket, a wide gap or credentials follow.
      const rest = text.slice(t.end, t.end + 24);
      if (/^\.?[ \t]*(?:$|\n|\d|\(|[ \t]{2,})/.test(rest) || CREDENTIALS_RE.test(rest)) {
        for (const j of take) s.mark(j, 'NAME', 'sign-off');
        break;
      }
    }
  }
}

// A line opened by one or two words and a bracket holding a pager or an extension: "Shepherd  (IR pager 9286)".
const PAGER_LINE_RE = /(?:^|\n)[ \t]*(?:--?[ \t]*)?([A-Za-z][A-Za-z'’-]+(?:[ \t]+[A-Za-z][A-Za-z'’-]+)?)[ \t]*\((?:[A-Za-z]{1,6}[ \t]+)?(?:pager|pgr|beeper|bpr|ext|x)\.?[ \t#:]*\d{3,6}\)[ \t]*(?=\n|$)/gi;

// The bracket itself, tested once on the text before the line pattern runs.
export const PAGER_BRACKET_RE = /(?:pager|pgr|beeper|bpr|ext|x)\.?[ \t#:]*\d{3,6}\)/i;

/**
 * A necessary condition of {@link PAGER_BRACKET_RE} (issue 11, speed: the pattern is tried at every
 * character, and an "x" may open it): a closing bracket after a run of three to six digits (no
 * digit before them: the pattern's digits follow a blank, "#", ":", "." or the word), before which,
 * blanks, tabs, "#" and ":" and then one stop skipped, stands the last letter of one of the words
 * ("r" of pager, pgr, beeper, bpr; "t" of ext; "x"), in either case. Telephone numbers' brackets
 * ("(555) 526-2399") and accession numbers' ("(accession RAD0000000)") fail it. Exported for its test.
 */
export function mayHoldPagerBracket(text: string): boolean {
  for (let q = text.indexOf(')'); q >= 0; q = text.indexOf(')', q + 1)) {
    let a = q;
    while (a > 0 && a > q - 7 && isDigit(text.charCodeAt(a - 1))) a--;
    if (q - a < 3 || q - a > 6 || (a > 0 && isDigit(text.charCodeAt(a - 1)))) continue;
    let k = a - 1;
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 35 || text.charCodeAt(k) === 58)) k--;
    if (k >= 0 && text.charCodeAt(k) === 46) k--;
    const c = k >= 0 ? text.charCodeAt(k) | 32 : 0;
    if (c === 114 || c === 116 || c === 120) return true;
  }
  return false;
}


/**
 * "Shepherd  (IR pager 9286)", "POND  (IR PAGER 8133)", "-- Avery Lin (pgr 4411)": one or two words
 * opening a line that ends with a bracket holding a pager or an extension sign the note. Words a
 * service or a team is called by (clinical words, staff words, function words) are not taken:
 * "Cardiology (pager 4411)", "on call (x2233)".
 */
export function pagerLines(s: TokenScanner): void {
  if (!mayHoldPagerBracket(s.text) || !PAGER_BRACKET_RE.test(s.text)) return;
  for (const m of allMatches(PAGER_LINE_RE, s.text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const ks: number[] = [];
    for (let k = s.byStart.get(start); k !== undefined && k < s.tokens.length && s.tokens[k]!.end <= start + m[1]!.length; k++) ks.push(k);
    const plain = ks.every((k) => {
      const t = s.tokens[k]!;
      // Each word a name's: no ordinary word unless a name list holds it ("bed board (ext 5521)" stays), capitalised in a mixed-case note.
      const nameLike = (t.flags & LEX.COMMON) === 0 || (t.flags & NAME_LISTS) !== 0;
      return nameLike && (s.style !== 'mixed' || hasUpper(t.word[0]!)) && (t.flags & (LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) === 0 && !staffWord(t.lower) && !SERVICE_WORDS.has(t.lower);
    });
    if (ks.length === 0 || !plain) continue;
    for (const k of ks) s.mark(k, 'NAME', 'sign-off');
  }
}

// Services and teams that leave a pager number the way a person does (deid-name-cues.yaml signOffWords).
const SERVICE_WORDS: ReadonlySet<string> = new Set(nameCues().signOffWords.pagerServices);

// Acts after which "by" names who did them (rules/en/deid-name-cues.yaml, initialsByClauses).
const BY_CLAUSE_RE = new RegExp(cueWords(cues.initialsByClauses.words), 'i');

/**
 * Whether the group after "by" (the lead at `at`, the group ending at `end`) is someone's initials:
 * a clock time follows it ("by kmt at 0640"), or the line before "by" (up to 160 characters) holds an
 * act of reporting, reading back or doing ("READ BACK … BY KQT", "NOTIFIED BY ZGW").
 * Elsewhere the group names a method or a service ("HER2 1+ by IHC", "confirmed by FNA").
 */
function byInitials(text: string, at: number, end: number): boolean {
  if (/^[ \t]+at[ \t]+\d/.test(text.slice(end, end + 12))) return true;
  // The line before "by", at most 160 characters back (a title's full stop, "Dr. Lee", is no clause end).
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return BY_CLAUSE_RE.test(text.slice(Math.max(lineStart, at - 160), at));
}

// Relatives ("accompanied by mom.") are who, not whose initials.
// A cue before a lone group of initials: "READ BACK BY SGR.", "Tech: BTV" (rules/en/deid-name-cues.yaml, initialsLeads).
// After a label ("Techs: MM, BM", "EEG techs SM (days), EFC (nights)") the groups may run as a list,
// each with a bracketed shift or role after it.
// The lead itself at the start of a match.
const LEAD_CUE_RE = new RegExp(cueWords(cues.initialsLeads.words), 'iy');
const GROUP = '([A-Za-z]{2,3})(?:[ \\t]*\\([A-Za-z ]{1,12}\\))?';
const INITIALS_AFTER_LEAD_RE = new RegExp(
  `${cueWords(cues.initialsLeads.words)}[ \\t]*:?[ \\t]*${GROUP}(?:[ \\t]*(?:,|/|and)[ \\t]*${GROUP})?(?:[ \\t]*(?:,|/|and)[ \\t]*${GROUP})?` +
    // "Hookup by jn complete 1800": the word that closes the act the group did ends its clause too.
    `(?=[ \\t]*(?:[.;,)]|$|\\n|[ \\t]at[ \\t]+\\d|[ \\t]{2,}[A-Za-z]|[ \\t]+\\d{1,2}/\\d|[ \\t]+(?:complete|completed|done|finished)\\b))`,
  'gi',
);
// A match opens with a lead's first run of letters, standing as a whole word (no letter before it,
// none after the run): the pattern runs at those words only (keyword-anchors.ts), not over the whole text.
const INITIALS_AFTER_LEAD = new AnchoredRegex(INITIALS_AFTER_LEAD_RE, cues.initialsLeads.words.map(cueFirstRun));

/**
 * Whether the group `g` after a lead is initials. After a weak lead ("by", "routed to") it must be no word of any vocabulary
 * ("seen by ENT."); after a staff label ("Tech:", "Scorer:", "coordinator") the label leaves no other
 * reading, so a group that spells a word or an abbreviation signs too ("Tech: hf", "Techs: MM"),
 * save a function word, credential, title, staff word, month or relative ("Tech: RN"); no number
 * stands before it to make it a unit ("Techs: MM").
 */
function leadInitials(g: string, weak: boolean, vocab: KeepVocabulary): boolean {
  const w = g.toLowerCase();
  if (RELATION_CUE_WORDS.has(w)) return false;
  if (weak) return bareInitials(g, vocab);
  return (lexiconFlags(w) & (LEX.STOP | LEX.CREDENTIAL | LEX.TITLE | LEX.SIGN_CREDENTIAL)) === 0 && !staffWord(w) && !MONTH_WORDS.has(w);
}

/**
 * "CALLED TO AND READ BACK … BY SGR.", "results called to Dr. Lee by kmt at 0640", "Tech: BTV   Interpreting
 * physician: …", "Techs: MM, BM": up to three groups of two or three letters, each in one case, after an
 * initials lead, closing their clause (a stop, a comma, the line end, a clock time, a date or a wide
 * gap after them), are the initials of whoever did it (see {@link leadInitials} for what stays).
 */
export function initialsAfterLeads(s: TokenScanner, vocab: KeepVocabulary): void {
  for (const m of INITIALS_AFTER_LEAD.matchAll(s.text)) {
    LEAD_CUE_RE.lastIndex = 0;
    const cue = LEAD_CUE_RE.exec(m[0])![0];
    // A lead ending in a preposition ("by", "routed to") may name a method or a service ("by FNA", "to GI").
    const weak = (lexiconFlags(cue.trim().split(/\s+/).pop()!.toLowerCase()) & LEX.STOP) !== 0;
    if (/^by$/i.test(cue) && !byInitials(s.text, m.index, m.index + m[0].length)) continue;
    const groups = [m[1], m[2], m[3]].filter((g): g is string => g !== undefined);
    // No list after a weak lead ("by ENT and GI").
    if (weak && groups.length > 1) continue;
    let from = m.index + cue.length;
    for (const g of groups) {
      // The groups up to the first that is no one's ("Tech: DN, RN").
      if ((hasUpper(g) && hasLower(g)) || !leadInitials(g, weak, vocab)) break;
      const at = s.text.indexOf(g, from);
      from = at + g.length;
      const k = s.byStart.get(at);
      if (k !== undefined && s.tokens[k]!.end === at + g.length) s.mark(k, 'NAME', 'initials-lead');
    }
  }
}
