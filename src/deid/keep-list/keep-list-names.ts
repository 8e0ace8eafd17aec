// The keep-list layer (issue 11): in a name-like position, a word that is not ordinary English or
// clinical vocabulary is a name. It does not depend on having seen the name: "(T. LINDQVIST MD
// notified)", "as per J. OKAFOR", "MARY-ANN K. OKAFOR-SMITH, RRT" are caught because the words
// are in no vocabulary, not because a list holds them.
import * as tokenScanner from '../free-text/token-scanner.js';
import type { TokenScanner } from '../free-text/token-scanner.js';
import * as vocabularyLists from '../free-text/vocabulary.js';
import type { KeepVocabulary } from './keep-vocabulary.js';
import { nameCues } from '../rules/deid-rules.js';
import { LEX, lexiconFlags, NAME_LISTS } from '../lexicon-flags.js';
import { lineEndFinder } from '../free-text/line-ends.js';
import { namePositions } from '../free-text/name-positions.js';
import { nameSlots } from '../free-text/name-slots.js';
import { dottedAbbreviation, LONG_TYPO, nameListWord, SIGN_CREDENTIALS, staffWord, surnameAfterInitial, unknownWord, type DeidProfile } from './name-words.js';
import { isAsciiLetter } from '../../util/ascii-chars.js';

export { dottedAbbreviation, nameListWord, unknownWord, type DeidProfile } from './name-words.js';

// Bound once at load (see token-scanner.ts: under tsx's CommonJS output an import is a getter call).
const { endsWithPossessive, isCap, noLineFeed } = tokenScanner;
const { WORD_SHAPED } = vocabularyLists;

// Words that lead to a person named right after them.
// ("by" is left to the cue phrases: "C.O. BY FICC", "seen by NSICU team".)
const INITIAL_LEADS = new Set(nameCues().cues.initialLeads.words);
const SIGN_OFF_CREDENTIALS: ReadonlySet<string> = new Set(nameCues().cues.signOffCredentials.words);

// Verbs after "… MD" / "… RN" that make the credential close a person's name mid-sentence.
const PERSON_VERB_AFTER = /^[ \t]+(?:notified|aware|paged|called|informed|updated|said|states|stated|ordered|at|in|here|to|was|is|will|has|had|saw|came|reviewed|examined|recommends|wants|agrees|agreed)\b/i;

const sameLine = (s: TokenScanner, a: number, b: number) => noLineFeed(s.text, s.tokens[a]!.end, s.tokens[b]!.start);
const gapOf = (s: TokenScanner, a: number, b: number) => s.text.slice(s.tokens[a]!.end, s.tokens[b]!.start);

/**
 * Marks the unknown words from token `i` on (initials pass through), up to `max` tokens on one line.
 * `strong`: a name-list word counts too; `'first'`: only as the run's first word (the surname after
 * an initial in a weaker position, "Glen Page (SS), G. Noble (activities)").
 */
function takeRun(s: TokenScanner, i: number, dir: 1 | -1, max: number, vocab: KeepVocabulary, profile: DeidProfile, source: string, strong: boolean | 'first' = false): void {
  // Initials count only with a name word beside them ("per J." alone names nobody).
  const initials: number[] = [];
  let named = false;
  const flush = () => {
    if (named) for (const k of initials) s.mark(k, 'NAME', source);
    initials.length = 0;
  };
  for (let k = i, n = 0; k >= 0 && k < s.tokens.length && n < max; k += dir, n++) {
    if (n > 0) {
      const a = dir === 1 ? k - 1 : k;
      const b = dir === 1 ? k : k + 1;
      const gap = gapOf(s, a, b);
      if (!sameLine(s, a, b) || !/^(?:[ \t]*[.,]?[ \t]*|-)$/.test(gap)) break;
      // A full stop joins an initial to its name; after a whole word it ends the sentence.
      if (gap.includes('.') && s.tokens[a]!.word.length > 1) break;
    }
    const t = s.tokens[k]!;
    // A credential of the sign-off lines closes a name ("h. hale, lsw").
    if (dottedAbbreviation(s, t) || SIGN_OFF_CREDENTIALS.has(t.lower)) break;
    if (s.isInitial(t)) {
      initials.push(k);
      continue;
    }
    // Right after an initial an eponym can be the surname too ("per R. Jefferson").
    const listed = strong === true || (strong === 'first' && n === 0);
    if (!unknownWord(s, t, vocab, profile) && !(listed && (k > 0 && s.isInitial(s.tokens[k - 1]!) ? surnameAfterInitial(s, t) : nameListWord(s, t)))) break;
    // "per Huber needle", "w/ Jamar dynamometer": an eponym before its head names a thing (deid-eponym-heads.yaml).
    if (s.eponymHeadNear(k)) break;
    // A possessive closes a name: before it, the word ends another phrase; after it, the word is
    // what the person has ("called vandrella's cellphone").
    if (n > 0 && dir === -1 && endsWithPossessive(t.lower)) break;
    s.mark(k, 'NAME', source);
    named = true;
    if (dir === 1 && endsWithPossessive(t.lower)) break;
  }
  flush();
}

/** Whether initial `i` follows one of the `initialLeads` words, a "/" or a "(" on its line ("by J.", "w/ T.", "RN / D.", "(F."). */
function initialAfterLead(s: TokenScanner, i: number): boolean {
  const gap = i === 0 ? s.text.slice(0, s.tokens[0]!.start) : gapOf(s, i - 1, i);
  // A bracket, or a slash standing between blanks ("RN / D. HILL"), counts too, also at a line's
  // start ("(F. WOOD MD notified"); a slash inside an abbreviation ("U/O. HANDS", "D/C. ART") does not.
  const lineGap = gap.slice(gap.lastIndexOf('\n') + 1);
  if (/\([ \t]*$/.test(lineGap) || /(?:^|[ \t])\/[ \t]+$/.test(lineGap)) return true;
  if (i === 0 || gap.includes('\n')) return false;
  const prev = s.tokens[i - 1]!.lower;
  return (INITIAL_LEADS.has(prev) || INITIAL_LEADS.has(`${prev}${gap.trim()}`)) && /^[ \t]*[:/]?[ \t]*$/.test(gap);
}

// Verbs after "R. Strong" that only a person does: with them an initial and a name-list word name someone anywhere.
const PERSON_ONLY_VERB_AFTER = /^[ \t]+(?:notified|aware|paged|informed|updated|agrees|agreed|pgr|pager)\b/i;
// A note the person wrote after an initial and a name-list word ("see D. HOPE NOTE", "per S. Gold note"): a finding
// ("R. Small bowel") writes none. Only for a word the name lists share with the vocabulary ({@link clinicalSurnameClosed}):
// a word no vocabulary holds may be a germ's ("E. coli note").
const NOTE_AFTER = /^[ \t]+notes?\b/i;

/**
 * Whether token `k` (a staff role or credential) says who the next words are: "NP", "night float",
 * "RN". Titles are left to the title passes, which know their own word order ("MS T. CARE PLANS").
 */
function personWord(s: TokenScanner, k: number): boolean {
  const t = s.tokens[k]!;
  return staffWord(t.lower) || ((t.flags & LEX.CREDENTIAL) !== 0 && (t.flags & LEX.TITLE) === 0) || (t.flags & LEX.SIGN_CREDENTIAL) !== 0;
}

/**
 * Whether the surname at token `k` is closed as a person's: by credentials ("T. Park, DO",
 * "T. HARTMANN, MD AWARE"), a role in brackets ("W. BROWN (CIRCULATOR)") or a verb only a person
 * takes ("H. Winter agrees", "R. Strong pgr 4021").
 */
function closedAsPerson(s: TokenScanner, k: number): boolean {
  const n = s.tokens[k + 1];
  if (n && sameLine(s, k, k + 1)) {
    const gap = gapOf(s, k, k + 1);
    if (/^[ \t]*,?[ \t]*$/.test(gap) && personWord(s, k + 1)) return true;
    if (/^[ \t]*\([ \t]*$/.test(gap) && personWord(s, k + 1) && /^[ \t]*\)/.test(s.text.slice(n.end, n.end + 3))) return true;
  }
  return PERSON_ONLY_VERB_AFTER.test(s.text.slice(s.tokens[k]!.end, s.tokens[k]!.end + 12));
}

/**
 * Whether token `k`, after an initial, is a surname that is also a clinical word ("W. BROWN
 * (CIRCULATOR)", "l. small, md", "K. Bland (scrub tech)"): a word the name lists share with the
 * vocabulary, closed as a person's by a role in brackets or a credential ({@link closedAsPerson}).
 * Without that closing the initial and word stay a finding's ("R. Small bowel", "B. Brown stool").
 */
function clinicalSurnameClosed(s: TokenScanner, k: number): boolean {
  const t = s.tokens[k];
  if (!t || t.lower.length < 3 || (t.flags & LEX.AMBIGUOUS) === 0 || (t.flags & (LEX.STOP | LEX.CREDENTIAL | LEX.TITLE)) !== 0) return false;
  if (s.style === 'mixed' && !isCap(t.word)) return false;
  return closedAsPerson(s, k) || NOTE_AFTER.test(s.text.slice(t.end, t.end + 8));
}

/**
 * Whether initial `i` stands where a person's name does, beyond {@link initialAfterLead}: opening a
 * field's value or a list's item ("Referring: R. Frost", "Glen Page (SS), G. Noble (activities)",
 * "faxed form. -P. Moon"), after a staff role ("nursing P. Lane", "night float D. Field"), or
 * with its surname closed as a person's ({@link closedAsPerson}). A line's first initial is an
 * outline's letter ("B. Colon, biopsy") unless its surname is closed as a person's; after an
 * ordinary word the letter is that word's ("hepatitis B. Strong", "vitamin D. Cook").
 */
function initialInPersonSlot(s: TokenScanner, i: number): boolean {
  if (closedAsPerson(s, i + 1)) return true;
  if (i === 0) return false;
  const gap = gapOf(s, i - 1, i);
  if (gap.includes('\n')) return false;
  return /[:;,][ \t]*$/.test(gap) || /(?:^|[ \t])[-–—][ \t]*$/.test(gap) || personWord(s, i - 1);
}

/**
 * The keep-list's initial at token `i` (one letter with a dot after it, a token after that): the
 * initial and the unknown words after it ("J. OKAFOR", "per T. Lindqvist"), or the initial and a
 * surname that is a clinical word closed as a person's ({@link clinicalSurnameClosed}).
 */
function initialAt(s: TokenScanner, i: number, vocab: KeepVocabulary, profile: DeidProfile): void {
  const t = s.tokens[i]!;
  const next = s.tokens[i + 1]!;
  // In a lower-case note initials are lower case too ("-- l. small, md", "per h. potter").
  const lowerInitial = s.style === 'lower' && t.word !== 'a' && t.word !== 'i' && t.word.length === 1 && t.word >= 'a' && t.word <= 'z';
  // "A." and "I." are a word's letter far more often than an initial ("Hep A. Then", "than I."):
  // they are initials only in a person's position ("Referring: A. Friend", "ASSISTANT: I. Strong, RNFA").
  const articleLetter = t.word === 'A' || t.word === 'I' || (s.style === 'lower' && (t.word === 'a' || t.word === 'i'));
  if (!(isCap(t.word) || lowerInitial || articleLetter) || dottedAbbreviation(s, t) || !sameLine(s, i, i + 1) || !/^\.[ \t]+$/.test(gapOf(s, i, i + 1))) return;
  // After an initial the position is strong enough that a near-miss of a word is still a name;
  // after a person lead, a "/" or a "(" also a surname that is a word ("per D. HOPE", "RN / A. PAGE").
  const led = initialAfterLead(s, i);
  const slot = led || initialInPersonSlot(s, i);
  // A lower-case letter and a dot is as often a word's short form ("e. coli", "c. diff"): only a person's position makes it an initial.
  if ((slot || (!lowerInitial && !articleLetter)) && (unknownWord(s, next, vocab, profile, false) || (slot && surnameAfterInitial(s, next)))) {
    s.mark(i, 'NAME', articleLetter ? 'keep-list:initial-a-i' : 'keep-list:initial');
    takeRun(s, i + 1, 1, 2, vocab, profile, 'keep-list:initial', led || (slot ? 'first' : false));
  } else if (!articleLetter && clinicalSurnameClosed(s, i + 1)) {
    s.mark(i, 'NAME', 'keep-list:initial-role');
    s.mark(i + 1, 'NAME', 'keep-list:initial-role');
  }
}

/**
 * Runs the keep-list over the name-like positions of one report: after an initial ("J. OKAFOR"),
 * before a credential ("OKAFOR-SMITH, RRT"), after a person lead ("per", "cc:", "notified"), and
 * every word of a signature line. `strict` adds every capitalised word outside a sentence start
 * (mixed-case notes) or every word (one-case notes) that no vocabulary holds.
 */
export function keepListNames(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // An initial with a dot and the word after it: "J. OKAFOR", "per T. Lindqvist". Only a
    // one-letter word before a dot may be one: the other words skip the tests (speed).
    if (next && t.word.length === 1 && s.text.charCodeAt(t.end) === 46) initialAt(s, i, vocab, profile);
    // A credential: the words before it on its line ("MARY-ANN K. OKAFOR-SMITH, RRT").
    // The lexicon mask holds SIGN_CREDENTIALS and PERSON_LEADS (vocabulary.ts).
    if ((t.flags & LEX.SIGN_CREDENTIAL) !== 0 && i > 0 && sameLine(s, i - 1, i) && (s.style !== 'mixed' || t.word === t.word.toUpperCase())) {
      const gap = gapOf(s, i - 1, i);
      // A spaced slash after the credential opens the next person of a signature ("… RN / A. PAGE SN").
      const lineEnd = /^[ \t.]*(?:\n|$|[,;)])/.test(s.text.slice(t.end, t.end + 3)) || /^[ \t]+\/[ \t]+[A-Za-z]/.test(s.text.slice(t.end, t.end + 5));
      // "pt" and "rt" are also patient / right: only after a comma closing a line.
      const weak = t.lower === 'pt' || t.lower === 'rt' || t.lower === 'resp' || t.lower === 'do' || t.lower === 'ot' || t.lower === 'rd' || (s.style !== 'mixed' && t.lower === 'pa');
      // The credential closes a name: at a line end, after a comma, or before a verb of the person ("T. LINDQVIST MD notified").
      const closes = gap.includes(',') || lineEnd || PERSON_VERB_AFTER.test(s.text.slice(t.end, t.end + 14));
      // After a label's colon the credential opens the field ("Referral: RN to assess"); the label is no one.
      if (closes && !gap.includes(':') && (!weak || (gap.includes(',') && lineEnd))) takeRun(s, i - 1, -1, 4, vocab, profile, 'keep-list:credential', lineEnd && !weak);
    }
    // A person lead: "per J. OKAFOR", "cc: Lindqvist".
    if ((t.flags & LEX.PERSON_LEAD) !== 0 && next && sameLine(s, i, i + 1) && /^[ \t]*:?[ \t]*$/.test(gapOf(s, i, i + 1))) takeRun(s, i + 1, 1, 3, vocab, profile, 'keep-list:lead');
  }
  signatureLines(s, vocab, profile);
  namePositions(s, vocab, profile);
  nameSlots(s, vocab, profile);
  if (profile === 'strict') strictUnknownWords(s, vocab);
}

// A sign-off line: opened by a dash, "/s/" or "signed", or closed by a credential.
const SIGN_OPEN = /^[ \t]*(?:--+|—|\/s\/|e-?signed|signed|electronically signed(?: by)?|sig:)[ \t:]*/i;

// Candidate sign-off lines: a line opening with a sign-off mark, or a line whose last letters are a
// credential (only non-letters after it). Only those lines are split into words. Lines end at any
// line terminator here, as a multiline regex's `^` / `$` would have them; the sign-off mark is
// tried at line starts only and the credential only where the line's last letter is, so the text
// is read once instead of trying every credential at every position.
const SIGN_OPENER = /[ \t]*(?:--+|—|\/s\/|e-?signed|signed|electronically signed)/iy;

/** A node of {@link SIGN_CREDENTIAL_ENDS}: the next character back, and whether a credential starts here. */
interface CredentialNode {
  next: Map<number, CredentialNode>;
  whole: boolean;
}
// The credentials spelt backwards, as a trie over their (lower-case) character codes: walking a
// line back from its last letter finds every credential it ends with in one walk (issue 11, speed),
// where a slice was cut out and lower-cased per credential length.
const SIGN_CREDENTIAL_ENDS: CredentialNode = { next: new Map(), whole: false };
for (const w of SIGN_CREDENTIALS) {
  let node = SIGN_CREDENTIAL_ENDS;
  for (let k = w.length - 1; k >= 0; k--) {
    const c = w.charCodeAt(k);
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = { next: new Map(), whole: false }));
    node = child;
  }
  node.whole = true;
}

/**
 * A necessary condition of {@link SIGN_OPENER}'s match at `a`: past the blanks, the first code unit
 * opens one of its marks ("-", "—", "/", "e" or "s" in either case; without the `u` flag no code unit
 * past ASCII folds to an ASCII letter). Most lines open otherwise and are answered without the regex.
 */
function mayOpenSignLine(text: string, a: number): boolean {
  let p = a;
  let c = text.charCodeAt(p);
  while (c === 32 || c === 9) c = text.charCodeAt(++p);
  return c === 45 || c === 0x2014 || c === 47 || c === 101 || c === 69 || c === 115 || c === 83;
}

/** Whether the line `[a, b)` opens with a sign-off mark or ends (but for non-letters) with a credential. */
function signLineCandidate(text: string, a: number, b: number): boolean {
  if (mayOpenSignLine(text, a)) {
    SIGN_OPENER.lastIndex = a;
    if (SIGN_OPENER.test(text)) return true;
  }
  let e = b - 1;
  while (e >= a && !isAsciiLetter(text.charCodeAt(e))) e--;
  if (e < a) return false;
  // Back from the last letter, within the line: a credential is ASCII (a piece holding any other
  // character is none), compared in lower case.
  let node: CredentialNode | undefined = SIGN_CREDENTIAL_ENDS;
  for (let from = e; from >= a; from--) {
    let c = text.charCodeAt(from);
    if (c >= 128) return false;
    if (c >= 65 && c <= 90) c += 32;
    node = node.next.get(c);
    if (node === undefined) return false;
    if (!node.whole) continue;
    // Not the tail of a longer word or of a hyphenated / apostrophe one ("lpn" of "help-n").
    const before = from > 0 ? text.charCodeAt(from - 1) : 32;
    if (!(isAsciiLetter(before) || before === 39 || before === 0x2019 || before === 45)) return true;
  }
  return false;
}

/**
 * Starts of the candidate sign-off lines, in text order (see {@link signLineCandidate}): the lines
 * holding a match of the multiline regex
 * `^[ \t]*(?:--+|—|\/s\/|e-?signed|signed|electronically signed)|(?<![A-Za-z'’-])(?:<credential>)[^A-Za-z\n]*$`
 * (flags `gim`), found without trying the credentials at every position. Exported for its test.
 */
export function signLineStarts(text: string): number[] {
  const out: number[] = [];
  const lineEnd = lineEndFinder(text);
  let a = 0;
  while (a <= text.length) {
    const b = lineEnd(a);
    if (b > a && signLineCandidate(text, a, b)) out.push(a);
    a = b + 1;
  }
  return out;
}

/** Every unknown word of a short sign-off line ("-- OKAFOR, J", "/s/ Lindqvist RN"). */
// The signing stamp's dates and times: "7/15/26", "09:00", "jun. 14", "14th of June 2026", "Aug 1, 2007".
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const STAMP_RE = new RegExp(
  `\\d{1,2}[/:-]\\d{1,2}(?:[/:-]\\d{2,4})?|\\b${MONTH}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?(?:,?[ \\t]+\\d{4})?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?${MONTH}(?:[ \\t]+\\d{4})?(?![a-z])`,
  'gi',
);

/** A sign-off line without its signing stamp, so that two digits left in it are some other number (an MRN, a room). */
function stampless(line: string): string {
  return line.replace(STAMP_RE, '');
}

// What a surname is not, even on a sign-off line: a clinical term, a title, a credential or a function word.
const NOT_SURNAME = LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL | LEX.STOP;

/**
 * Whether token `k` of a sign-off line is the surname after the signer's first name, though it is
 * also a word ("Signed: Marta Quell, MS, CGC", "/s/ Ilse Mallow"): Title-case, one blank after a
 * word only the first-name list holds, and closing the name (a comma or the line's end after it).
 */
function signedSurname(s: TokenScanner, k: number, lineEnd: number): boolean {
  const t = s.tokens[k]!;
  const first = s.tokens[k - 1];
  if (!first || t.word.length < 3 || !/^[A-Z][a-z]+$/.test(t.word) || (t.flags & NOT_SURNAME) !== 0) return false;
  if (gapOf(s, k - 1, k) !== ' ' || !/^[A-Z][a-z]+$/.test(first.word)) return false;
  if ((first.flags & LEX.FIRST) === 0 || (first.flags & (LEX.COMMON | LEX.STOP | LEX.AMBIGUOUS)) !== 0) return false;
  return /^[ \t]*(?:,|$)/.test(s.text.slice(t.end, lineEnd));
}

function signatureLines(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  const text = s.text;
  let done = -1;
  for (const at of signLineStarts(text)) {
    const lineStart = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
    if (lineStart <= done) continue;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    done = lineStart;
    const line = text.slice(lineStart, lineEnd);
    const open = SIGN_OPEN.exec(line);
    const words = line.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
    const closes = words.length > 0 && SIGN_CREDENTIALS.has(words[words.length - 1]!.toLowerCase()) && /,|\s[A-Z]{2,5}\.?\s*$/.test(line);
    // A phrase between dash runs is a banner ("--- copied forward from note of 5/11 ---"), not a signature:
    // its function words tell a phrase from a name ("-- Will Banks --" signs).
    if (open && /--+[ \t]*$/.test(line) && words.some((w) => (lexiconFlags(w.toLowerCase()) & (LEX.STOP | LEX.AMBIGUOUS)) === LEX.STOP)) continue;
    // Taking the stamps out joins no two digits (a stamp starts after a non-digit): a line with no two digits side by side keeps none.
    if (!(open || closes) || words.length === 0 || words.length > 6 || (/\d{2}/.test(line) && /\d{2}/.test(stampless(line)))) continue;
    for (let p = lineStart + (open ? open[0].length : 0); p < lineEnd; p++) {
      const k = s.byStart.get(p);
      if (k === undefined) continue;
      const t = s.tokens[k]!;
      // A credential of the sign-off lines is none of the signer's words ("h. hale, lsw").
      if (!SIGN_OFF_CREDENTIALS.has(t.lower) && ((s.isInitial(t) && !dottedAbbreviation(s, t)) || unknownWord(s, t, vocab, profile, false) || nameListWord(s, t) || signedSurname(s, k, lineEnd))) s.mark(k, 'NAME', 'keep-list:signature');
      p = t.end - 1;
    }
  }
}

/**
 * `strict`: in a mixed-case note, a Title-case word no vocabulary holds, outside a sentence start,
 * is a name wherever it stands (in a one-case note the case says nothing, so only the name-like
 * positions above count).
 */
function strictUnknownWords(s: TokenScanner, vocab: KeepVocabulary): void {
  if (s.style !== 'mixed') return;
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.word.length < 3 || t.word === t.word.toUpperCase() || WORD_SHAPED.test(t.lower) || !unknownWord(s, t, vocab, 'strict')) continue;
    // A long word one edit from the vocabulary that no name list holds is a misspelling, not a name
    // ("Imtermittant", "Hemdynamically"): only here, where no name-like position speaks for it.
    if (t.lower.length >= LONG_TYPO && (t.flags & NAME_LISTS) === 0 && vocab.nearMiss(t.lower)) continue;
    // A capital after a full stop, a colon or a line start is the sentence's, not the name's.
    if (/(?:[.:!?;]|\n)[ \t"'(*-]*$/.test(s.text.slice(Math.max(0, t.start - 4), t.start))) continue;
    // "Huber needle", "Katz ADL", "neg Homans", "Romberg neg": an eponym before its head word (one
    // space between; a column gap joins none) or a bedside sign written bare with its result.
    if (s.eponymHeadNear(i)) continue;
    s.mark(i, 'NAME', 'keep-list:strict');
  }
}
