// Staff initials by place (issue 11, session 24): the letters a technologist, scorer, nurse or
// typist signs with stand in a few fixed places, where the place and not the letters says who:
//  - after a staff label: "RN: rs  PCT: RMS", "Tester rv.", "Scored by: DEG", "tr: ji/CDJ";
//  - after the typing of a dictated text: "transcribed June 23rd by RR", "transcribed 8/13 (im)";
//  - closing a dictation stamp line: "Job 358782  JT", "D/T 2/26/26 IEV";
//  - after a slash behind the signer's name or credentials: "Dr. Garrow / MA", "Ada L. NP-C / ns";
//  - after a dash opening a line, before a bracket: "-pi (night float aware)", "--AB  (EH RN)".
// The labels and stamp words are data (rules/en/deid-name-cues.yaml staffInitials); the typing
// words are signOffWords.typistCues, which the closing-initials pass reads too.
// A group is two or three letters in one case, dotted letters ("R.T.") or two of them joined by a
// slash; it must close its field, and function words, credentials, titles, staff words, months,
// units and the answers of `nonInitials` ("OK", "NA", "neg") never sign.
import { hasLower, hasUpper, type TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { inVocabulary, LEX, lexiconFlags } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { nameCues, numericContexts } from '../rules/deid-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { staffWord } from '../keep-list/name-words.js';
import { allMatches } from '../regex-matches.js';
import { isDash, lineStartMatches } from './line-ends.js';
import { LISTED_CREDENTIALS, RELATION_CUE_WORDS } from './vocabulary.js';

const data = nameCues().staffInitials;
// The typing words are the sign-off passes' own (signOffWords.typistCues): one list for both.
const TYPIST_CUES = nameCues().signOffWords.typistCues;
const cues = nameCues().cues;
const NON_INITIALS: ReadonlySet<string> = new Set(data.nonInitials);
const WEAK_LABELS: ReadonlySet<string> = new Set(data.weakLabels);
// Units after a number ("mg", "ml") are never anyone's initials here; after a signer's slash neither
// are services and units of a ward ("/ ENT", "/ ICU"), nor on a stamp line its words ("AM", "hrs").
const UNITS: ReadonlySet<string> = new Set(numericContexts().year.unitsAfter);
export const SERVICES: ReadonlySet<string> = new Set([...nameCues().traineeTags.services, ...cues.unitsBeforeCredentials.words]);
const STAMP_NEVER: ReadonlySet<string> = new Set(cues.signOffStamps.words);
const NO_WORDS: ReadonlySet<string> = new Set();

// One group of letters: dotted letters ("R.T.", "s.g.") or two or three letters standing alone.
export const UNIT = '(?:[A-Za-z]\\.){2,3}|[A-Za-z]{2,3}(?![A-Za-z]|\\.[A-Za-z])';
const GROUP = `(?<![A-Za-z])(${UNIT})(?:[ \\t]*/[ \\t]*(${UNIT}))?`;
// What closes a field after the group: the line end, a stop, comma, semicolon or bracket, a slash,
// two blanks, or a clock time or date after one blank.
export const CLOSE = '(?=[ \\t]*(?:\\n|$|[.,;)/])|[ \\t]{2,}|[ \\t]+(?:at[ \\t]+)?\\d{1,2}[/:.-]\\d)';

const words = (ws: readonly string[]) => cueAlternation(ws, '[ \\t]+') || '(?!)';
const anchors = (ws: readonly string[]): ReadonlySet<string> => new Set(ws.map(cueFirstRun));

/**
 * A pattern tried (sticky) only at the tokens that open one of its cue words: the passes below read
 * the report's tokens, a hashed look-up each, instead of scanning the text with the alternation.
 */
export class TokenAnchored {
  private readonly sticky: RegExp;
  constructor(
    source: string,
    flags: string,
    private readonly firsts: ReadonlySet<string>,
  ) {
    this.sticky = new RegExp(source, flags + 'y');
  }

  /** The matches starting at a token whose lower form is a cue's first word, in text order. */
  matchAll(s: TokenScanner): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    let from = 0;
    // The tokens that open a cue word, found for every pass's cue words at once (cue-tokens.ts).
    for (const i of s.cueTokens(this.firsts)) {
      const t = s.tokens[i]!;
      if (t.start < from) continue;
      this.sticky.lastIndex = t.start;
      const m = this.sticky.exec(s.text);
      if (m === null) continue;
      out.push(m);
      from = t.start + Math.max(1, m[0].length);
    }
    return out;
  }
}

// After a label the field may also close at a bracketed clock time ("Witness: QD (0915) - label checked").
const LABEL_CLOSE = `(?:${CLOSE}|(?=[ \\t]+\\(\\d))`;
// A label, an optional colon, then the group closing its field.
const LABEL_RE = new TokenAnchored(
  `(?<![A-Za-z])(${words([...data.labels, ...data.weakLabels])})(?:(?<=:)|(?![A-Za-z]))[ \\t]*:?[ \\t]*${GROUP}${LABEL_CLOSE}`,
  'di',
  anchors([...data.labels, ...data.weakLabels]),
);
// A typing word, then a stamp (dates, times, "by", "on"), then the group closing its clause or in
// brackets; no word of the stamp is taken for the group ("transcribed Aug. 13th (im)").
const STAMP_WORD = `(?:${cueAlternation([...MONTH_WORDS, ...cues.signOffStamps.words, 'by', 'on'])})(?![A-Za-z])`;
const TYPIST_RE = new TokenAnchored(
  `(?<![A-Za-z])(?:${words(TYPIST_CUES)})(?![A-Za-z])((?:[ \\t\\d/:.,'#-]|${STAMP_WORD}){0,40}?)(?!${STAMP_WORD})(?:\\(${GROUP}\\)|${GROUP}${CLOSE})`,
  'di',
  anchors(TYPIST_CUES),
);
// A stamp cue and the rest of its line.
const STAMP_RE = new TokenAnchored(`(?<![A-Za-z])(?:${words(data.stampCues)})(?![A-Za-z])[^\\n]*`, 'i', anchors(data.stampCues));
// The group closing a line after a stamp: what stands before it and the group.
const LINE_END_GROUP_RE = new RegExp(`^([^\\n]*?)[ \\t]${GROUP}[ \\t]*$`, 'd');

// The words of a stamp: month names, the stamp words of the data ("am", "pm", "job", "d", "t"), "by" and "on".
const STAMP_WORDS: ReadonlySet<string> = new Set([...MONTH_WORDS, ...cues.signOffStamps.words, 'by', 'on', 'no', 'of']);
/** Whether `text` holds only a stamp: digits, date and time marks, stamp words. */
function stampOnly(text: string): boolean {
  for (const w of text.match(/[A-Za-z]+/g) ?? []) if (!STAMP_WORDS.has(w.toLowerCase())) return false;
  return /^[\d\s/:.,@'#-]*$/.test(text.replace(/[A-Za-z]+/g, ''));
}

/**
 * Whether one unit of a group (`u`, dots included) can be initials at a staff place: one case, and
 * no function word (unless written in capitals in a mixed-case note: "tech ID"), credential, title,
 * staff word, month, unit, service, stamp word or answer; `weak` places also refuse a word of any
 * vocabulary and a clinical abbreviation.
 */
export function unitInitials(s: TokenScanner, u: string, weak: boolean, vocab: KeepVocabulary, never: ReadonlySet<string> = NO_WORDS): boolean {
  const g = u.replace(/\./g, '');
  if (hasUpper(g) && hasLower(g)) return false;
  const w = g.toLowerCase();
  // Dotted letters are written as initials ("R.T.", "s.g."): only an answer or a title is refused.
  // After a weak label they may be a credential ("witnessed by R.N., R.T.").
  if (u.includes('.')) return !NON_INITIALS.has(w) && (lexiconFlags(w) & (weak ? LEX.TITLE | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL : LEX.TITLE)) === 0 && !(weak && staffWord(w));
  const f = lexiconFlags(w);
  const capsInMixed = s.style === 'mixed' && !hasLower(g);
  if ((f & LEX.STOP) !== 0 && !capsInMixed) return false;
  if ((f & (LEX.CREDENTIAL | LEX.TITLE | LEX.SIGN_CREDENTIAL)) !== 0 || staffWord(w) || MONTH_WORDS.has(w) || NON_INITIALS.has(w) || UNITS.has(w) || never.has(w)) return false;
  return !weak || ((f & LEX.CLINICAL) === 0 && !inVocabulary(vocab, w, f));
}

/** Marks the letters of a group found at `at` (each token a letter run of it) as NAME. */
export function markGroup(s: TokenScanner, at: number, group: string, source: string): void {
  for (const m of group.matchAll(/[A-Za-z]+/g)) s.markWordAt(at + m.index, m[0], 'NAME', source);
}

/** Marks the group of match `m` (its units in groups `g` and `g + 1`; `m` ran over the text from `base`) if each unit passes. */
function takeGroup(s: TokenScanner, m: RegExpExecArray, g: number, base: number, weak: boolean, vocab: KeepVocabulary, source: string, never?: ReadonlySet<string>): void {
  const units = [g, g + 1].filter((k) => m[k] !== undefined);
  if (units.length === 0 || !units.every((k) => unitInitials(s, m[k]!, weak, vocab, never))) return;
  for (const k of units) markGroup(s, base + m.indices![k]![0], m[k]!, source);
}

/** "RN: rs  PCT: RMS", "Tester rv.", "Scored by: DEG", "tr: ji/CDJ": the group after a staff label. */
function labelledInitials(s: TokenScanner, vocab: KeepVocabulary): void {
  for (const m of LABEL_RE.matchAll(s)) {
    const label = m[1]!.toLowerCase().replace(/[ \t]+/g, ' ');
    // A relative after a label is who, not whose initials ("witness: mom").
    if (RELATION_CUE_WORDS.has(m[2]!.toLowerCase()) || (m[3] !== undefined && RELATION_CUE_WORDS.has(m[3].toLowerCase()))) continue;
    takeGroup(s, m, 2, 0, WEAK_LABELS.has(label), vocab, 'staff-initials');
  }
}

/** "transcribed June 23rd by RR", "Transcribed by rr, job no. 30", "transcribed 8/13 (im)": the typist after a typing word. */
function typistInitials(s: TokenScanner, vocab: KeepVocabulary): void {
  for (const m of TYPIST_RE.matchAll(s)) {
    const g = m[2] !== undefined ? 2 : 4;
    // A word in lower case there may be the sentence's own ("transcribed 5/16 by em"): not without a job line.
    if (m[g + 1] === undefined && m[g] === m[g]!.toLowerCase() && s.common.has(m[g]!)) continue;
    takeGroup(s, m, g, 0, false, vocab, 'typist-stamp');
  }
}

/** "Job 358782  JT", "D/T 2/26/26 IEV": the group closing a dictation stamp line after a stamp alone. */
function stampLineInitials(s: TokenScanner, vocab: KeepVocabulary): void {
  let lastLine = -1;
  for (const m of STAMP_RE.matchAll(s)) {
    // One look per line, from its first stamp cue.
    const lineEnd = m.index + m[0].length;
    if (lineEnd === lastLine) continue;
    lastLine = lineEnd;
    const tail = LINE_END_GROUP_RE.exec(m[0]);
    if (!tail) continue;
    // The words of the stamp up to the group: only stamp words, or a later cue of the line opens a stamp alone.
    const before = tail[1]!;
    const cueAt = lastCue(before);
    if (!stampOnly(before.slice(cueAt))) continue;
    takeGroup(s, tail, 2, m.index, false, vocab, 'typist-stamp', STAMP_NEVER);
  }
}

const CUE_IN_LINE_RE = new RegExp(`(?<![A-Za-z])(?:${words(data.stampCues)})(?![A-Za-z])`, 'gi');
/** The end of the last stamp cue in `text` (0 when none: the text then opened with one). */
function lastCue(text: string): number {
  let end = 0;
  for (const c of allMatches(CUE_IN_LINE_RE, text)) end = c.index + c[0].length;
  return end;
}

// With the post-nominals the credential lists lack ("-- MG RRT-NPS / DP": the compound is claimed, no name).
const CREDENTIAL_WORDS = [...LISTED_CREDENTIALS, ...nameCues().nameWords.postNominals];
// The credentials closing the text before a slash ("NP-C", "RN", "M.D.").
const CREDENTIAL_BEFORE_RE = new RegExp(`(?<![A-Za-z])(?:${words(CREDENTIAL_WORDS)})\\.?[ \\t]*$`, 'i');
const CREDENTIAL_AFTER_RE = new RegExp(`^[ \\t]+(?:${words(CREDENTIAL_WORDS)})\\.?[ \\t]*$`, 'i');
// A group after a slash closing its line (a credential may follow): "… / MA", "VALENTINA/BB RN".
export const SLASH_END_RE = /(?<=[A-Za-z.])[ \t]*\/[ \t]*((?:[A-Za-z]\.){2,3}|[A-Za-z]{2,3})(?![A-Za-z./])([^\n]*)$/gm;
const SLASH_END_AT = new RegExp(SLASH_END_RE.source, 'my');

/**
 * The matches of {@link SLASH_END_RE} in `text`, as `text.matchAll` gives them, without its scan of
 * every position: a match holds one slash, and starts at the blanks right before it (or at the slash
 * when none), which must follow a letter or a dot. So for each slash, in text order, the regex is
 * tried (sticky) at that one place, and as a whole-text scan does, not again inside the last match.
 * Exported for its test.
 */
export function slashEndMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let q = text.indexOf('/'); q >= 0; q = text.indexOf('/', q + 1)) {
    let p = q;
    while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
    if (p < from || p === 0) continue;
    const c = text.charCodeAt(p - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46)) continue;
    SLASH_END_AT.lastIndex = p;
    const m = SLASH_END_AT.exec(text);
    if (m === null) continue;
    out.push(m);
    from = p + m[0].length;
  }
  return out;
}

/**
 * "Dr. Garrow / MA", "Ada L. NP-C / ns", "Routed to: Dr. Lee  / bm", "VALENTINA/BB RN", "CEDRIC RN / BS":
 * a group after a slash closing its line (credentials aside) is the typist's or co-signer's initials when
 * right before the slash stands a name another pass found or credentials.
 */
function slashAfterSigner(s: TokenScanner, vocab: KeepVocabulary): void {
  for (const m of slashEndMatches(s.text)) {
    if (m[2]!.trim() !== '' && !CREDENTIAL_AFTER_RE.test(m[2]!)) continue;
    const lineStart = s.text.lastIndexOf('\n', m.index - 1) + 1;
    const before = s.text.slice(lineStart, m.index);
    // Credentials count with a name before them on the line ("-- CEDRIC RN / BS"); alone they head a note ("PT/RSD").
    const cred = CREDENTIAL_BEFORE_RE.exec(before);
    const signer = cred !== null ? /[A-Za-z]{2}/.test(before.slice(0, cred.index)) : nameBefore(s, m.index);
    if (!signer) continue;
    const at = m.index + m[0].indexOf(m[1]!, m[0].indexOf('/'));
    // "LIN/DR RN", "DELPHINE/GR RN": between a found name and the credential closing the line the group can only
    // be the co-signer's initials, though it spells a title or a unit.
    const boxed = cred === null && m[2]!.trim() !== '' && boxedInitials(m[1]!);
    if (!boxed && !unitInitials(s, m[1]!, false, vocab, SERVICES)) continue;
    markGroup(s, at, m[1]!, 'slash-initials');
  }
}

/** A group of one case that is no credential, staff word, answer or function word: initials between a name and a credential. */
function boxedInitials(u: string): boolean {
  const g = u.replace(/\./g, '');
  if (hasUpper(g) && hasLower(g)) return false;
  const w = g.toLowerCase();
  const f = lexiconFlags(w);
  // A title ("LIN/DR RN") names no one there; any other function word ("/OR RN") is no one's initials.
  if ((f & LEX.STOP) !== 0 && (f & LEX.TITLE) === 0) return false;
  return (f & (LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL)) === 0 && !staffWord(w) && !NON_INITIALS.has(w);
}

/** Whether the token ending right before position `end` (blanks aside) is marked as a NAME. */
function nameBefore(s: TokenScanner, end: number): boolean {
  let k = end;
  while (k > 0 && (s.text[k - 1] === ' ' || s.text[k - 1] === '\t' || s.text[k - 1] === '.')) k--;
  return s.spans.some((x) => x.category === 'NAME' && x.end === k);
}

// A dash opening a line, a group, an optional bracket, the line end: "-pi (night float aware)", "--AB  (EH RN)".
// Sticky: tried at line starts only (lineStartMatches), as a match opens its line.
const DASH_LINE_AT = /^[ \t]*(--|-|–|—)[ \t]*([A-Za-z]{2,3})(?![A-Za-z./])[ \t]*(\([^()\n]{1,48}\))?[ \t]*$/my;

/**
 * "-pi (night float aware)", "--AB  (EH RN)", "-- sm": a group after a dash opening its line, before
 * a bracket or after a double dash, signs the entry. After a single dash a list item may stand
 * ("- CT (pending)"): the dash must be glued to the group and the group no clinical abbreviation.
 */
function dashLineInitials(s: TokenScanner, vocab: KeepVocabulary): void {
  if (!s.text.includes('-') && !s.text.includes('–') && !s.text.includes('—')) return;
  for (const m of lineStartMatches(s.text, DASH_LINE_AT, isDash)) {
    const [, dash, g, bracket] = m;
    const single = dash === '-';
    if (single && (bracket === undefined || !m[0].includes(`-${g}`) || (lexiconFlags(g!.toLowerCase()) & LEX.CLINICAL) !== 0)) continue;
    if (!unitInitials(s, g!, false, vocab, SERVICES)) continue;
    markGroup(s, m.index + m[0].indexOf(g!, m[0].indexOf(dash!) + dash!.length), g!, 'dash-initials');
  }
}

/** The sources of this file's spans: initials that name someone at their place only, never spread over the note. */
export const PLACE_INITIALS_SOURCES: ReadonlySet<string> = new Set(['staff-initials', 'typist-stamp', 'slash-initials', 'dash-initials', 'patient-initials']);

/** The cue passes of staff initials (labels, typing words, stamp lines), run with the sign-off passes. */
export function staffInitials(s: TokenScanner, vocab: KeepVocabulary): void {
  labelledInitials(s, vocab);
  typistInitials(s, vocab);
  stampLineInitials(s, vocab);
  dashLineInitials(s, vocab);
}

/** The slash pass, run after the name passes: it reads the names they found. */
export function slashInitials(s: TokenScanner, vocab: KeepVocabulary): void {
  slashAfterSigner(s, vocab);
}
