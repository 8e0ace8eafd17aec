// The other half of a "Last, First" pair anywhere in a note (issue 11): a roster, a minutes line, a
// passport or claim field writes a person as "TRUELOVE, CHASE", "ZIELINSKI,ROSE (7th gr. math
// teacher)", "minutes for CARMODY, GENE (mrn …)", "(LINDQVIST,GINGER, x4236)" or "PACE,LOURDES.". When
// a rule or the model found one half, the other half is a name too, though it is also a word
// ("Chase", "Rose", "Ginger", "Pace"): the comma between two words of the same case, set off as a
// field, says so. header-pair-halves.ts reads the pair only in a header field (a label before it,
// a date of birth or record number after it); this pass reads it wherever the pair is set off by a
// bracket, a comma, a stop, a run of blanks or the line end after it, and by the line start, a
// label, a bracket, a separator or a function word before it. Read from the spans found, never by a
// scan of the text.
import { hasLower, hasUpper, isCap, type TokenScanner } from './token-scanner.js';
import { afterPair, forEachFoundNamePair } from './found-name-pairs.js';
import { LEX, lexiconFlags } from '../lexicon-flags.js';
import { nameCues } from '../rules/deid-rules.js';
import { isCommaLedGap } from './blank-skip.js';

const NEVER = LEX.STOP | LEX.TITLE | LEX.CREDENTIAL;
// A given name may follow the surname; a surname may stand before the given name.
const GIVEN = LEX.FIRST | LEX.AMBIGUOUS;
const FAMILY = LEX.LAST | LEX.AMBIGUOUS;
// The words a field writes after a surname in place of a given name ("White, Male, 45 y/o"; deid-name-cues.yaml nameWords.pairNonNames).
const NON_NAMES: ReadonlySet<string> = new Set(nameCues().nameWords.pairNonNames);

// The comma of the pair: glued ("ROSS,IVY") or with a blank or two after it.
const PAIR_GAP_RE = /^,[ \t]{0,2}$/;
// What closes the pair as a field: a bracket, a comma, a semicolon, a colon, a stop, a table's bar, a
// tab or a run of two blanks or more (the next field of a header line), the line end; or a date of birth, a
// record number or an age after a blank.
const CLOSE_RE = /^(?:[ \t]?[()[\],;:.|]|[ \t]{2,}|\t|[ \t]*(?:\r?\n|$)|[ \t]+(?:dob\b|d\.o\.b\b|mrn\b|#|\d{1,3}[ \t]*(?:y\/?o\b|yo\b|[mf]\b)))/i;
// A phone number right after the pair, a phone word before it allowed ("farrow, ada 557-392-9630", "Lee, Ivy ph (555) 201-3344",
// a fax or pager number of a referrer's entry: "Ref MD: Oduya, Hope fax 555-2213").
const PHONE_CLOSE_RE = /^[ \t]+(?:(?:ph|phone|cell|tel|mobile|c|fax|pgr|pager)[.:]?[ \t]*)?(?:\+?1[ .-]?)?(?:\(\d{3}\)[ \t]?|\d{3}[ .-])?\d{3}[ .-]\d{4}(?!\d)/i;
// What opens it: a label's colon, a bracket, a comma, a semicolon, a slash, a bar, an arrow or a dash before it.
const OPEN_CHARS = ':(,;/|>-';

/** Whether two words are written in the same case: both capitals, both Title case, or (in a one-case note) as the note is. */
function sameCase(s: TokenScanner, a: string, b: string): boolean {
  if (s.style === 'lower') return !hasUpper(a) && !hasUpper(b);
  const shout = (w: string) => w.length >= 2 && !hasLower(w);
  if (shout(a) && shout(b)) return true;
  return s.style === 'mixed' && isCap(a) && hasLower(a) && isCap(b) && hasLower(b);
}

/** Whether the pair's first token `a` opens a field: the line start, a separator, a tab or a run of two blanks before it (a header's or a table's field break), or a function word. */
function opens(s: TokenScanner, a: number): boolean {
  const { text } = s;
  const start = s.tokens[a]!.start;
  let p = start - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  if (p < 0 || text[p] === '\n' || text[p] === '\r' || OPEN_CHARS.includes(text[p]!)) return true;
  if (start - p > 2 || text.slice(p + 1, start).includes('\t')) return true;
  const prev = s.tokens[a - 1];
  return !!prev && prev.end === p + 1 && (prev.flags & (LEX.STOP | LEX.PATIENT_LEAD | LEX.PERSON_LABEL_START)) !== 0;
}

/** Whether token `j` may be the unfound half: a word of the name lists (`lists`), no function, title, credential or sex word, not marked. */
function half(s: TokenScanner, j: number, lists: number): boolean {
  const t = s.tokens[j];
  if (!t || s.marked.has(j) || s.claimed.has(j) || t.word.length < 2 || !/^[A-Za-z][A-Za-z'-]*$/.test(t.word)) return false;
  return (t.flags & NEVER) === 0 && (t.flags & lists) !== 0 && !NON_NAMES.has(t.lower);
}

// A staff entry's close after the given name: a credential of the lexicon or a staff tag (nameWords.pairStaffTags)
// after one blank or two, then no letter ("TALLCHIEF, HAPPINESS CRNA", "Vance, Hope SRNA", "Oduya, Grace CST").
const STAFF_TAGS: ReadonlySet<string> = new Set(nameCues().nameWords.pairStaffTags);
const STAFF_TAG_RE = /^[ \t]{1,2}([A-Za-z][A-Za-z-]*)(?![A-Za-z0-9]|-\d)/;

/** Whether what stands after a pair opens with a credential or a staff tag: the pair is a staff member's entry. */
function staffClosed(after: string): boolean {
  const m = STAFF_TAG_RE.exec(after);
  if (!m) return false;
  const lower = m[1]!.toLowerCase();
  const f = lexiconFlags(lower);
  // A sign-off credential that is also a word ("DO", "OD") closes the entry only written in capitals ("Signed: Lindahl, Cherish DO").
  const shout = m[1]!.length >= 2 && !hasLower(m[1]!);
  return STAFF_TAGS.has(lower) || (f & LEX.CREDENTIAL) !== 0 || (shout && (f & LEX.SIGN_CREDENTIAL) !== 0);
}

// The words that lead a person right before a pair (deid-name-cues.yaml nameWords.pairLeads).
const PAIR_LEADS: ReadonlySet<string> = new Set(nameCues().nameWords.pairLeads);
// The gap between a lead and the pair's surname: a blank or two, or a title's stop and a blank ("DR. YAMASHITA,HOPE").
const LEAD_GAP_RE = /^\.?[ \t]{1,2}$/;

/**
 * Whether the token before the pair's first token `a` leads a person: a title ("Dr.", "DR"), a person label of
 * the lexicon ("signed", "attending") or a pair lead of the rules (nameWords.pairLeads: "by", "sister",
 * "adjuster"), right before it. "seen by Yamashita, Hope (ID)" is led; "Yamashita, Hope" after a sentence is not.
 */
function led(s: TokenScanner, a: number): boolean {
  const prev = s.tokens[a - 1];
  if (!prev || !LEAD_GAP_RE.test(s.text.slice(prev.end, s.tokens[a]!.start))) return false;
  if (s.text[prev.end] === '.' && (prev.flags & LEX.TITLE) === 0) return false;
  return (prev.flags & (LEX.TITLE | LEX.PERSON_LABEL_START)) !== 0 || PAIR_LEADS.has(prev.lower);
}

// The close of a led pair: the framed closes, a table's bar, a dash set off by blanks ("- to see at 3 pm"), a phone
// number or an extension after a comma (", x4471"), a call-back mark ("  CB# 555-0142" is two blanks already).
const LED_CLOSE_RE = /^(?:[ \t]?\|(?!\|)|[ \t]+[-\u2013\u2014][ \t]|,[ \t]*(?:x|ext\.?)[ \t]*\d)/i;

/**
 * Whether token `j`, after a found surname, may be the given name of a led pair: a word of the given-name or
 * ambiguous lists ("Hope", "Merit", "Honor") or of no list at all ("Tindra"), never a function word,
 * title, credential or pair non-name, and no other word of the language ("Yamashita, improving" stays).
 */
function ledGiven(s: TokenScanner, j: number): boolean {
  const t = s.tokens[j];
  if (!t || s.marked.has(j) || s.claimed.has(j) || t.word.length < 2 || !/^[A-Za-z][A-Za-z'-]*[A-Za-z]$/.test(t.word)) return false;
  if (NON_NAMES.has(t.lower) || (t.flags & NEVER) !== 0) return false;
  return (t.flags & GIVEN) !== 0 || (t.flags & KNOWN) === 0;
}

// The close of a framed pair whose given name is no name word: a bracket that opens a word ("(ID fellow)",
// not a phone's area code), a semicolon, a run of blanks, the line end; not a comma, which goes on with a list.
const FRAMED_CLOSE_RE = /^(?:[ \t]?\([A-Za-z]|[ \t]?;|[ \t]{2,}|\t|[ \t]*(?:\r?\n|$))/;

// What makes a word a known word of the language, or a clinical one by its ending ("vancomycin"): a word unknown
// to all of them ("Aino", "Tevita") is a name's half in a pair's frame as surely as a listed given name.
const KNOWN = LEX.COMMON | LEX.CLINICAL | LEX.CLINICAL_ENDING | LEX.STOP | LEX.CLIPPED | LEX.PLACE | LEX.TITLE | LEX.CREDENTIAL;

/**
 * Whether token `j`, after a found surname, may be the given name of a pair framed as an entry, closed as a
 * staff member's (`staff`) or by a bracket (`bracket`) or by a field's close: a word of no list at all ("Fields, Aino;"); in a staff entry's close any word
 * but a title, credential or pair non-name ("TALLCHIEF, HAPPINESS CRNA"); before a bracket a name word
 * that is also a function word ("Resident: Iyer, Will (CA-3)").
 */
function framedGiven(s: TokenScanner, j: number, staff: boolean, bracket: boolean): boolean {
  const t = s.tokens[j];
  if (!t || s.marked.has(j) || s.claimed.has(j) || t.word.length < 2 || !/^[A-Za-z][A-Za-z'-]*$/.test(t.word)) return false;
  if (NON_NAMES.has(t.lower) || (t.flags & (LEX.TITLE | LEX.CREDENTIAL)) !== 0) return false;
  if ((t.flags & KNOWN) === 0) return true;
  if (staff) return (t.flags & LEX.STOP) === 0 || (t.flags & LEX.AMBIGUOUS) !== 0;
  return bracket && (t.flags & (LEX.STOP | LEX.AMBIGUOUS)) === (LEX.STOP | LEX.AMBIGUOUS);
}

/** Marks the unfound half of a "Last, First" pair whose other half was found as NAME (source `comma-pair`). */
export function commaNamePairs(s: TokenScanner): void {
  const { text, tokens } = s;
  forEachFoundNamePair(s, (a, b, other) => {
    // The given name found, the surname before it; or the surname found, the given name after it.
    // PAIR_GAP_RE (`/^,[ \t]{0,2}$/`) on the gap's slice, read in place: most pairs fail it.
    if (!isCommaLedGap(text, tokens[a]!.end, tokens[b]!.start, 2)) return;
    if (!sameCase(s, tokens[a]!.word, tokens[b]!.word)) return;
    const after = afterPair(text, tokens[b]!.end, 24);
    if (half(s, other, other === b ? GIVEN : FAMILY)) {
      // A phone number after the pair closes it wherever it opens ("case mgr farrow, ada 557-392-9630"): a contact's entry.
      // Both halves words of three letters or more: "mom, cb 937…" is a relation and a call-back mark.
      const phoned = tokens[a]!.word.length >= 3 && tokens[b]!.word.length >= 3 && PHONE_CLOSE_RE.test(after);
      if (phoned || (opens(s, a) && CLOSE_RE.test(after))) {
        s.mark(other, 'NAME', 'comma-pair');
        return;
      }
    }
    // The given name after a found surname led as a person ("attending LINDGREN, HARMONY - to see at 3 pm",
    // "niece Lindahl, Tindra (lives nearby)", "OPERATOR: DR. YAMASHITA,JOURNEY MD"): a lead word or title
    // right before the surname, a close after the given name. Not "by Lindgren, stable" (no given name).
    if (other === b && led(s, a) && ledGiven(s, b)) {
      if (staffClosed(after) || FRAMED_CLOSE_RE.test(after) || LED_CLOSE_RE.test(after) || PHONE_CLOSE_RE.test(after)) {
        s.mark(b, 'NAME', 'comma-pair');
        return;
      }
    }
    // The given name after a found surname, though a word or of no list, where the pair is framed as a
    // staff or contact entry: opened as a field and closed by a credential or staff tag, or by a bracket
    // or the field's close (a word of no list only).
    // Not a pair opened by a comma: a run of words set off by commas is a list ("talked w/ Ada, hemolyzed, redrawn").
    if (other !== b || !opens(s, a) || /,[ \t]*$/.test(text.slice(Math.max(0, tokens[a]!.start - 3), tokens[a]!.start))) return;
    const staff = staffClosed(after);
    if (!staff && !FRAMED_CLOSE_RE.test(after)) return;
    if (framedGiven(s, b, staff, /^[ \t]?\(/.test(after))) s.mark(b, 'NAME', 'comma-pair');
  });
}

/** Whether some NAME span found covers token `i`. */
const nameAt = (s: TokenScanner, i: number) => s.spans.some((x) => x.category === 'NAME' && x.start <= s.tokens[i]!.start && s.tokens[i]!.end <= x.end);

/**
 * Marks the middle initial after a "Last, First" pair both halves of which are found ("BEAUMONT,BEATRIX A
 * Study ID", "vickery,ezekiel a  mrn", "Petrakis, Tucker M dob:"): one letter in the note's case after one
 * blank, closed as the pair's field is closed (source `pair-initial`). A letter that opens a sentence
 * ("Okafor, Ada A 2 cm mass") has no such close after it.
 */
export function pairMiddleInitials(s: TokenScanner): void {
  const { text, tokens } = s;
  for (const span of s.spans) {
    if (span.category !== 'NAME') continue;
    const k = s.byStart.get(span.start);
    if (k === undefined) continue;
    // The span's last token: the given name, the pair's second half.
    let b = k;
    while (b + 1 < tokens.length && tokens[b + 1]!.end <= span.end) b++;
    const t = tokens[b + 1];
    if (!t || b === 0 || t.word.length !== 1 || s.marked.has(b + 1) || s.claimed.has(b + 1)) continue;
    const c = t.word.charCodeAt(0);
    const upper = c >= 65 && c <= 90;
    if (upper ? s.style === 'lower' : s.style !== 'lower' || !(c >= 97 && c <= 122)) continue;
    if (!/^[ \t]$/.test(text.slice(tokens[b]!.end, t.start)) || !PAIR_GAP_RE.test(text.slice(tokens[b - 1]!.end, tokens[b]!.start))) continue;
    const dot = text[t.end] === '.' ? 1 : 0;
    if (!CLOSE_RE.test(text.slice(t.end + dot, t.end + dot + 24)) || !nameAt(s, b - 1)) continue;
    s.mark(b + 1, 'NAME', 'pair-initial');
  }
}
