// The scanner core of the free-text detector: tokenisation, the marked spans and the predicates
// shared by the name and place passes.
import type { PhiSpan } from '../phi-span.js';
import type { Lexicons } from '../lexicons.js';
import type { CaseStyle, StartIndex, Token, TokenStream } from '../token-stream.js';
import { LEX, lexiconFlags } from '../lexicon-flags.js';
import { CueIndex } from './cue-tokens.js';
import * as vocabulary from './vocabulary.js';
import { nameCues } from '../rules/deid-rules.js';
import { eponymHeadRules, eponymHeadWords } from '../rules/eponym-heads.js';
import { bareSignWithResult } from './eponym-results.js';
import { isBlankRun } from './blank-skip.js';
import { isBlanksWithOneStop, isSpaceDotOrComma } from './char-tests.js';
import { isAsciiDigit, isAsciiLetter } from '../../util/ascii-chars.js';

// Bound once at load: when tsx runs these modules as CommonJS, every use of an imported name is a
// getter call, and the passes test these sets on every token (≈ 15 % of detector time when split).
const {
  CREDENTIALS, EXAM_RESULT_MARK, IRISH_O, PERSON_LEADS, PLACE_PREPOSITION, RELATIVE_WORDS, SERVICE_OR_DEVICE_AFTER, SIGN_CREDENTIALS, STATE_OR_COUNTRY, STOP, TITLES, WEAK_TITLES, WORD_SHAPED,
} = vocabulary;
// The one list of eponym heads (rules/en/deid-eponym-heads.yaml): "Huber needle", "Katz ADL".
const EPONYM_HEADS: ReadonlySet<string> = eponymHeadWords();
// The token forms a word of EPONYM_UNIT has when it is an eponym head (see headOrScoreMayFollow):
// the head, the head with a possessive ("needle's", "needles'"; the unit drops it), and the first part
// of a hyphenated head (tokens split at hyphens). An ASCII word after a blank is a token of its own.
const EPONYM_HEAD_TOKENS: ReadonlySet<string> = new Set([...EPONYM_HEADS].flatMap((h) => [h, `${h}'`, `${h}'s`, h.split('-')[0]!]));
/** A character of EPONYM_UNIT's word before its hyphenated parts: an ASCII letter or an apostrophe. */
const isUnitWordChar = (c: number) => isAsciiLetter(c) || c === 39 || c === 0x2019;

/** Whether EPONYM_UNIT's word `text[from, to)`, lower-cased and its possessive dropped, is an eponym head. */
function headWordAt(text: string, from: number, to: number): boolean {
  return EPONYM_HEADS.has(text.slice(from, to).toLowerCase().replace(/['\u2019]s?$/, ''));
}

/** `/(?:ed|ing|[^s]s)$/.test(w)`, by its last letters: the endings eponymHeadNear refuses between a name and its head. */
function verbLikeEnding(w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 100) return n >= 2 && w.charCodeAt(n - 2) === 101;
  if (last === 103) return n >= 3 && w.charCodeAt(n - 2) === 110 && w.charCodeAt(n - 3) === 105;
  return last === 115 && n >= 2 && w.charCodeAt(n - 2) !== 115;
}

/**
 * A necessary condition of `EXAM_RESULT_MARK.test(text.slice(from, from + 12))`: after the blanks
 * the mark opens with "n" or "p" (neg, negative, pos, positive, either case), "(" or "+". Most
 * words are followed by something else, and are answered without the slice and the regex.
 */
function mayOpenExamResult(text: string, from: number): boolean {
  const to = Math.min(text.length, from + 12);
  let p = from;
  while (p < to && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (p >= to) return false;
  const c = text.charCodeAt(p);
  return c === 110 || c === 78 || c === 112 || c === 80 || c === 40 || c === 43;
}

// Person leads that also lead to a thing named after a person ("per Braden scale", "sign Murphy"): not a person cue before an eponym.
const THING_LEADS: ReadonlySet<string> = new Set(['per', 'sign']);
// Heads that name a thing only right after the name ("Kerley B lines", "Reed cell"): two words on,
// they belong to a phone line, a cell phone or a place ("after-hours line", "Mbeki cell").
const ADJACENT_HEADS: ReadonlySet<string> = new Set(eponymHeadRules().adjacentOnly);
// One word or number after an eponym candidate on its line: "air", "ADL", "2", "5/6". Only one
// space joins a unit to the name (or to the unit before): two blanks or a tab are a column gap, and
// the word across it heads the next column of a table row ("Okafor  ADL", "Lindqvist\tscore"),
// not the name's eponym.
const EPONYM_UNIT = /^ (?:([A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z]+)*)|(\d{1,3})(?:\.\d+)?(?:[ \t]*\/[ \t]*(\d{1,2})(?!\d))?(?![\d/:]))/;
// What closes a score written bare after the scale's name ("(Scheltens 3)", "Braden 11.", "Wells 1;").
const SCORE_CLOSE = /^[ \t]*(?:[),;]|[.:](?![ \t]*\d)|$)/;

// Verbs that follow a person ("Dr. Hope White agreed"), unlike the words of a clinical phrase
// ("Dr. Smith-Jones Right lower lobe"): rules/en/deid-name-cues.yaml, nameWords.personVerbs.
const PERSON_VERBS: ReadonlySet<string> = new Set(nameCues().nameWords.personVerbs);

export type { CaseStyle, Token } from '../token-stream.js';
export { caseStyle } from '../token-stream.js';

/** Whether `w` ends with a straight apostrophe (`w.endsWith("'")`, by its last character code). */
const endsWithApostrophe = (w: string) => w.charCodeAt(w.length - 1) === 39;
/** Whether `w` ends with "'s" (`w.endsWith("'s")`, by its last two character codes). */
export const endsWithPossessive = (w: string) => w.length >= 2 && w.charCodeAt(w.length - 1) === 115 && w.charCodeAt(w.length - 2) === 39;
/** "Drs' Ballou and Dutter": a plural possessive title is still a title; the bare title word of a token. */
export const titleWord = (t: Token) => (endsWithApostrophe(t.lower) ? t.lower.slice(0, -1) : t.lower);
/** Whether a token is a title word ("Dr", "Drs'"): its flag, or the look-up of its bare title word. */
export const isTitleToken = (t: Token) => (endsWithApostrophe(t.lower) ? TITLES.has(titleWord(t)) : (t.flags & LEX.TITLE) !== 0);
// The passes read it from here with the scanner's other text tests (blank-skip.ts holds it, for eponym-results.ts too).
export { isBlankRun };
/**
 * Whether `text[from, to)` is exactly one space: the gap that joins an eponym or a service to the
 * word it heads ("Murphy sign", "Katz ADL", "MED TEAM"). Two blanks or a tab are a column gap in a
 * table row ("Okafor  ADL", "Lindqvist\tscore"): the word across it opens the next column.
 */
const isSpaceGap = (text: string, from: number, to: number) => to - from === 1 && text.charCodeAt(from) === 32;
/** Whether `text[from, to)` is exactly a hyphen (`text.slice(from, to) === '-'`, without the slice). */
export const isHyphenGap = (text: string, from: number, to: number) => to - from === 1 && text.charCodeAt(from) === 45;
/** Whether `text[from, to)` holds no line feed (the test of `!text.slice(from, to).includes('\n')`, without the slice). */
export function noLineFeed(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 10) return false;
  return true;
}
/**
 * Whether `w` has a letter upper-casing changes (`w !== w.toUpperCase()`), without making the
 * upper-case copy: an ASCII small letter says yes; any other character past ASCII leaves it to
 * `toUpperCase` itself. The passes ask it of most capitalised words.
 */
export function hasLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return w !== w.toUpperCase();
  }
  return false;
}
/** Whether `w` has a letter lower-casing changes (`w !== w.toLowerCase()`), as {@link hasLower} does it. */
export function hasUpper(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128) return w !== w.toLowerCase();
  }
  return false;
}
/** Whether a word starts with an ASCII capital letter. */
export const isCap = (w: string) => w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90;
/** A capitalised word not written wholly in capitals ("Hope", not "HOPE"): how a name looks mid-sentence in a mixed-case note. */
export const isTitleCase = (w: string) => isCap(w) && hasLower(w);

/**
 * The indices of the tokens marked so far: what a `Set<number>` of them answers (`has`, `add`,
 * `size`, iteration in the order added) over one flag per token, so the passes' look-up on every
 * token is an array read instead of a hash look-up. An index outside the tokens is never marked.
 */
export class TokenMarks implements Iterable<number> {
  private readonly flags: number[];
  private readonly order: number[] = [];
  constructor(count: number) {
    this.flags = new Array<number>(count).fill(0);
  }
  has(i: number): boolean {
    return this.flags[i] === 1;
  }
  add(i: number): this {
    if (this.flags[i] === 0) {
      this.flags[i] = 1;
      this.order.push(i);
    }
    return this;
  }
  get size(): number {
    return this.order.length;
  }
  /** The `k`-th index marked (in the order added). */
  at(k: number): number {
    return this.order[k]!;
  }
  [Symbol.iterator](): Iterator<number> {
    return this.order[Symbol.iterator]();
  }
}

/**
 * One report's tokens and the spans found so far: the state every pass reads and marks, with the
 * predicates the passes share.
 */
export class TokenScanner {
  readonly text: string;
  readonly tokens: Token[];
  readonly spans: PhiSpan[] = [];
  readonly marked: TokenMarks;
  /** Tokens no pass may mark ("CCC" of "CCC-SLP"): refused by {@link mark}, not read as names by the passes that grow names. */
  readonly claimed = new Set<number>();
  readonly byStart: StartIndex;
  /** Starts of long words glued to a number ("QUARTERMAIN3"): ward candidates. */
  readonly glued: number[];
  readonly style: CaseStyle;
  /** Whether the text is plain ASCII: then a token's `lower` is its text lower-cased (nothing folded). */
  readonly ascii: boolean;
  /** Where the passes' cue words stand among {@link tokens}: built on the first {@link cueTokens} question. */
  private cueIndex: CueIndex | undefined = undefined;
  /** The report lower-cased (`toLowerCase`): made on the first {@link mayHold} question, shared by every pass after it. */
  private lowered: string | undefined = undefined;

  /** A scanner over the report's shared token stream (see token-stream.ts); the spans it marks are its own. */
  constructor(
    stream: TokenStream,
    readonly lex: Lexicons,
    readonly common: Set<string>,
    readonly prefixes: vocabulary.WordTest,
  ) {
    this.text = stream.text;
    this.tokens = stream.tokens;
    this.marked = new TokenMarks(stream.tokens.length);
    this.byStart = stream.byStart;
    this.glued = stream.glued;
    this.style = stream.style;
    this.ascii = stream.ascii;
  }

  /**
   * The ascending indices of the tokens whose lower-case form `set` holds (cue-tokens.ts): what a
   * loop over every token that skips the others reads. `set` must not change once asked about.
   */
  cueTokens(set: ReadonlySet<string>): readonly number[] {
    return (this.cueIndex ??= new CueIndex(this.tokens)).of(set);
  }

  /**
   * Whether `/w/i` (no `u` or `v` flag) may match the report, for `w` of lower-case ASCII letters and
   * other ASCII characters no case touches: whether the report lower-cased (once per scanner, for all
   * the passes that ask) holds `w` — a string search instead of a regex scan of the report per pass
   * (speed, session 41). A necessary condition: a pass still asks its regex when it holds. Why: without
   * the `u` flag a character matches a character of `w` under `i` only when both upper-case to the
   * same one, and one past ASCII never upper-cases to an ASCII one there (the spec's Canonicalize),
   * so a match is a run of ASCII characters, each `w`'s own in either case; `toLowerCase` maps each
   * ASCII character to its own lower case, one code unit for one, whatever stands around it (only a
   * capital sigma's lower case depends on its neighbours; a character past ASCII may grow to two
   * units, outside the run): the run stays whole in the lowered report and spells `w`.
   */
  mayHold(w: string): boolean {
    return this.lowerText().includes(w);
  }

  /**
   * The report lower-cased, made once per scanner. Its offsets are not the report's (a character past
   * ASCII may lower-case to two units), but a run of ASCII characters a case-insensitive pattern
   * matches stands in it whole, in lower case (see {@link mayHold}).
   */
  lowerText(): string {
    return (this.lowered ??= this.text.toLowerCase());
  }

  /** Lexicon name, not a common word or clinical term. */
  isLexName(t: Token): boolean {
    const possessive = endsWithPossessive(t.lower);
    const w = possessive ? t.lower.slice(0, -2) : t.lower;
    // The lexicon look-ups are the token's flags (one memo look-up per word, see lexicon-flags.ts).
    const f = possessive ? lexiconFlags(w) : t.flags;
    if (w.length < 3 || (f & (LEX.CLINICAL | LEX.AMBIGUOUS)) !== 0) return false;
    // "O'Brien", "O'NEILL": an Irish O' surname, whether or not the list has it.
    if (w.charCodeAt(1) === 39 && IRISH_O.test(w)) return this.style !== 'mixed' || isCap(t.word);
    if ((f & (LEX.FIRST | LEX.LAST)) === 0) return false;
    if (STATE_OR_COUNTRY.has(w) && this.afterPlacePreposition(t)) return false;
    // Clinical shorthand is usually a clipped word ("tol", "endo", "maint"); SSA first names are exempt.
    if ((f & LEX.CLIPPED) !== 0 && !(w.length >= 5 && (f & LEX.FIRST) !== 0)) return false;
    return this.style !== 'mixed' || isCap(t.word);
  }

  /** "wife over the phone", "marisol over phone": a preposition or adverb carrying the sentence on, unless Title case in a mixed-case note. */
  carriesOn(t: Token): boolean {
    return vocabulary.CARRY_ON_WORDS.has(t.lower) && !(this.style === 'mixed' && isCap(t.word));
  }

  /** "in Florida", "new hampshire and maine": the word before is a place preposition (or "and" after one). */
  afterPlacePreposition(t: Token): boolean {
    const i = this.byStart.get(t.start);
    const p = i === undefined ? undefined : this.tokens[i - 1];
    return !!p && PLACE_PREPOSITION.has(p.lower) && isBlankRun(this.text, p.end, t.start);
  }

  /** A word that can be a name after a title or cue: a known name, or a capitalised / unknown non-word. */
  canFollowCue(t: Token, strong: boolean, title = false, continuation = false): boolean {
    const possessive = endsWithPossessive(t.lower);
    const w = possessive ? t.lower.slice(0, -2) : t.lower;
    const f = possessive ? lexiconFlags(w) : t.flags;
    if (title && this.style === 'mixed' && isCap(t.word) && hasLower(t.word) && (f & LEX.AMBIGUOUS) !== 0) return true;
    if ((f & (LEX.STOP | LEX.CREDENTIAL)) !== 0 || w.length < 2) return false;
    // After "Dr." / "Mrs." a word is a name even when it is also an eponym or a common word, and
    // even in lower case ("seen by dr kowalczyk").
    if (title) return (f & LEX.COMMON) === 0 || (f & (LEX.AMBIGUOUS | LEX.CLINICAL)) !== 0 || (isCap(t.word) && this.style === 'mixed');
    if (this.style === 'mixed' && !isCap(t.word)) return false;
    if (w.length < 3 && !(this.style === 'mixed' && isCap(t.word))) return false;
    if ((f & LEX.CLINICAL) !== 0) return false;
    if ((f & (LEX.FIRST | LEX.LAST)) !== 0) return true;
    // Capitalised mid-sentence after a cue, a name that is also a word ("Read by Peter") is the name.
    if ((f & LEX.AMBIGUOUS) !== 0) return !continuation && (strong || this.style === 'mixed');
    return (f & LEX.COMMON) === 0 && (isCap(t.word) || !WORD_SHAPED.test(w));
  }

  /** The token that starts at offset `from`, if one does. */
  tokenStarting(from: number): Token | undefined {
    const i = this.byStart.get(from);
    return i === undefined ? undefined : this.tokens[i];
  }

  /**
   * The indices of the tokens of `text[from, to)`, in order: from the token starting at `from` on,
   * while they start before `to`; none when no token starts at `from`.
   */
  tokensIn(from: number, to: number): number[] {
    const out: number[] = [];
    const first = this.byStart.get(from);
    if (first === undefined) return out;
    for (let k = first; k < this.tokens.length && this.tokens[k]!.start < to; k++) out.push(k);
    return out;
  }

  /** A one-letter initial: "J." anywhere, or a bare capital "J" in mixed-case text. */
  isInitial(t: Token): boolean {
    if (t.word.length !== 1 || !/[A-Za-z]/.test(t.word)) return false;
    // "D: 03/05/24", "T: 03/06/24": a one-letter field label, not an initial.
    if (/^[ \t]*:/.test(this.text.slice(t.end, t.end + 2))) return false;
    // "PA-C Jordan Lee": the C of the credential.
    if (t.start >= 3 && /pa-$/i.test(this.text.slice(t.start - 3, t.start))) return false;
    if (this.text[t.end] === '.') return this.style !== 'mixed' || isCap(t.word);
    return this.style === 'mixed' && isCap(t.word) && t.word !== 'A' && t.word !== 'I';
  }

  /** Whether the word after token `i` makes it a team, service or device ("MED TEAM", "Anderson tube"). */
  serviceAfter(i: number): boolean {
    // "Hill-Sachs", "Mallory-Weiss", "Fitz-Hugh-Curtis": a surname in a hyphen chain holding an
    // eponym (or ending before an eponym word) is the eponym.
    let a = i;
    while (a > 0 && isHyphenGap(this.text, this.tokens[a - 1]!.end, this.tokens[a]!.start)) a--;
    let b = i;
    while (b + 1 < this.tokens.length && isHyphenGap(this.text, this.tokens[b]!.end, this.tokens[b + 1]!.start)) b++;
    if (b > a) {
      for (let k = a; k <= b; k++) if (k !== i && (this.tokens[k]!.flags & LEX.CLINICAL) !== 0) return true;
    }
    // "Spurling neg", "hawkins +", "Phalen's (+)": an examination sign read out with its result is the sign, not a person.
    if (mayOpenExamResult(this.text, this.tokens[b]!.end) && EXAM_RESULT_MARK.test(this.text.slice(this.tokens[b]!.end, this.tokens[b]!.end + 12))) return true;
    let n = this.tokens[b + 1];
    if (!n) return false;
    // "Miami J collar", "Kerley B lines": a letter between the eponym and its head word.
    if (n.word.length === 1 && isSpaceGap(this.text, this.tokens[b]!.end, n.start)) {
      const after = this.tokens[b + 2];
      if (after && SERVICE_OR_DEVICE_AFTER.has(after.lower) && isSpaceGap(this.text, n.end, after.start)) return true;
      n = undefined;
    }
    if (!n) return false;
    // One space joins the head word; across a column gap it heads the next column ("Okafor  ADL").
    return SERVICE_OR_DEVICE_AFTER.has(n.lower) && isSpaceGap(this.text, this.tokens[b]!.end, n.start);
  }

  /**
   * Whether name word `i` names an eponymous thing: its name (with a hyphenated or "X and Y"
   * partner, "Lund and Browder", "Kaplan-Meier") is followed on its line, within two words each
   * one space on (two blanks or a tab are a column gap: "Okafor  ADL" names a person), by an
   * eponym head of rules/en/deid-eponym-heads.yaml ("Huber needle", "Stryker air mattress", "Duffy
   * null phenotype", "Katz ADL") or by a score ("Fazekas 2 white matter", "(Scheltens 3)", "yale
   * 3/2"). Not when a person cue stands before the name (a title, credential, staff role, relation
   * or person lead, an initial or a given name: "Dr. Weber test", "RN Adeline Lund-Browder
   * chart", "Miriam Katz exam") or a given name follows it after a comma ("Katz, Miriam"). A bedside
   * sign written bare with its result counts too ("neg Murphy", "Romberg neg"; eponym-results.ts).
   */
  eponymHeadNear(i: number): boolean {
    if (bareSignWithResult(this, i)) return true;
    const toks = this.tokens;
    const text = this.text;
    // The name with its hyphenated parts ("Kaplan-Meier", "Fitz-Hugh-Curtis"): tokens a..b. (Loops
    // written out, not closures over a and b: this runs for most name candidates of a note.)
    let a = i;
    let b = i;
    while (a > 0 && isHyphenGap(text, toks[a - 1]!.end, toks[a]!.start)) a--;
    while (b + 1 < toks.length && isHyphenGap(text, toks[b]!.end, toks[b + 1]!.start)) b++;
    // "Lund and Browder", "Kaplan & Meier": the partner joins the eponym. "and" is a token of its
    // own (andToken); "&" is no token, so it stands in the gap between the two names.
    if (b + 2 < toks.length && this.andToken(b + 1)) b += 2;
    else if (this.ampersandAfter(b)) b += 1;
    if (a >= 2 && this.andToken(a - 1)) a -= 2;
    else if (a >= 1 && this.ampersandAfter(a - 1)) a -= 1;
    while (a > 0 && isHyphenGap(text, toks[a - 1]!.end, toks[a]!.start)) a--;
    while (b + 1 < toks.length && isHyphenGap(text, toks[b]!.end, toks[b + 1]!.start)) b++;
    const end = toks[b]!.end;
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0 || lineEnd > end + 80) lineEnd = Math.min(text.length, end + 80);
    // Only the loop at the end answers yes, and only for a head word or a score after the name on its
    // line: without one (most candidates) the answer is no, and the cue tests are not run.
    if (!this.headOrScoreMayFollow(end, lineEnd)) return false;
    if (this.personCueBefore(a)) return false;
    // "transfer via Skycare 3", "retired from Atlas Freight Lines", "Rt 9 Box 4": after an
    // organisation's lead or a number the words name a carrier, employer or address.
    if (a > 0 && noLineFeed(text, toks[a - 1]!.end, toks[a]!.start) && /^(?:via|from|at)$/.test(toks[a - 1]!.lower)) return false;
    if (/\d[ \t]+$/.test(text.slice(Math.max(0, toks[a]!.start - 4), toks[a]!.start))) return false;
    // "Katz, Miriam": a given name after a comma makes the word a surname.
    const after = /^,[ \t]*/.exec(text.slice(end, end + 4));
    if (after) {
      const n = this.byStart.get(end + after[0].length);
      if (n !== undefined && (toks[n]!.flags & LEX.FIRST) !== 0 && (toks[n]!.flags & LEX.CLINICAL) === 0) return false;
    }
    let p = end;
    // Up to two plain words before the head ("Stryker air mattress", "Duffy null phenotype"); a
    // score right after the name does not count ("Fazekas 2 white matter disease").
    for (let n = 0, words = 0; n < 4 && words < 3; n++) {
      const m = EPONYM_UNIT.exec(text.slice(p, lineEnd));
      if (!m) return false;
      const at = p + m[0].length - (m[1] ?? m[0].trimStart()).length;
      p += m[0].length;
      if (m[1] !== undefined) {
        const w = m[1].toLowerCase().replace(/['\u2019]s?$/, '');
        const k = this.byStart.get(at);
        const f = k === undefined ? 0 : toks[k]!.flags;
        // A head that opens an organisation's or a unit's name is not one ("Meridian Central Monitoring Unit"),
        // nor one a possessive name has ("Quennell's chart": an eponym takes its head bare, "Lund and Browder chart").
        if (EPONYM_HEADS.has(w)) return (n === 0 || !ADJACENT_HEADS.has(w)) && !this.orgHeadAfter(k) && !(n === 0 && vocabulary.POSSESSIONS.has(w) && endsWithPossessive(toks[b]!.lower));
        // Only a plain vocabulary word may stand between, in lower case in a mixed-case note: no
        // function word, verb, name or unknown word ("Smith was seen", "Miriam Katz", "Wade Mbeki cell",
        // "Atlas Freight Lines").
        if (STOP.has(w) || PERSON_VERBS.has(w) || /(?:ed|ing|[^s]s)$/.test(w)) return false;
        if ((f & (LEX.COMMON | LEX.CLINICAL | LEX.VOCAB)) === 0) return false;
        if ((f & (LEX.FIRST | LEX.LAST)) !== 0 && (f & (LEX.CLINICAL | LEX.COMMON)) === 0) return false;
        if (this.style === 'mixed' && isCap(m[1])) return false;
        words++;
        continue;
      }
      // A score right after the name: a fraction out of at most ten ("5/6", "3/2"), or a small number the line closes ("Scheltens 3)").
      if (n > 0) return false;
      if (m[3] !== undefined) return Number(m[3]) > 0 && Number(m[3]) <= 10;
      if (Number(m[2]) <= 30 && SCORE_CLOSE.test(text.slice(p, lineEnd))) return true;
    }
    return false;
  }

  /** Whether token `x` is a blank-separated "and" (the partner of "Lund and Browder"). */
  private andToken(x: number): boolean {
    return this.tokens[x]?.lower === 'and' && this.blankBetween(x - 1, x) && this.blankBetween(x, x + 1);
  }

  /** Whether tokens `x` and `x + 1` stand on either side of a spaced "&" ("Kaplan & Meier"): `/^[ \t]+&[ \t]+$/` on their gap. */
  private ampersandAfter(x: number): boolean {
    const toks = this.tokens;
    if (x < 0 || x + 1 >= toks.length) return false;
    const text = this.text;
    const from = toks[x]!.end;
    const to = toks[x + 1]!.start;
    let p = from;
    while (p < to && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    if (p === from || p >= to || text.charCodeAt(p) !== 38) return false;
    return isBlankRun(text, p + 1, to);
  }

  /**
   * A necessary condition of {@link eponymHeadNear}'s yes for the name ending at `end`, its line
   * read up to `lineEnd`: the units EPONYM_UNIT reads after the name are walked by character, as
   * that loop reads them, and the answer is no where the loop's is. The loop says yes only at a
   * score as the first unit or at a head word; so this answers yes (the loop decides) at a number
   * as the first unit or at a word that may be a head, and no where the loop finds no unit, where
   * it reaches a unit the loop refuses on the token's lexicon mask, case or word ending, or after
   * four units. A word is asked of its token ({@link EPONYM_HEAD_TOKENS}: an ASCII word after a
   * blank is a token of its own, same lower case), or of its own letters when no token spells it
   * (a word glued to a digit, cut at the 80-character bound, or holding a letter past ASCII).
   * Most name candidates are answered here without a slice or a regex.
   */
  private headOrScoreMayFollow(end: number, lineEnd: number): boolean {
    const text = this.text;
    let p = end;
    for (let n = 0; n < 4; n++) {
      // The unit's blank: one space (a wider gap is a column's, see EPONYM_UNIT).
      if (p >= lineEnd || text.charCodeAt(p) !== 32) return false;
      const q = p + 1;
      if (q >= lineEnd) return false;
      const d = text.charCodeAt(q);
      // A number: a score may close the name only as the first unit; after a word the loop says no.
      if (isAsciiDigit(d)) return n === 0;
      if (!isAsciiLetter(d)) return false;
      // The word: letters and apostrophes, then hyphenated parts of letters (cut at lineEnd, as the regex reads a slice).
      let e = q + 1;
      while (e < lineEnd && isUnitWordChar(text.charCodeAt(e))) e++;
      const firstEnd = e;
      while (e + 1 < lineEnd && text.charCodeAt(e) === 45 && isAsciiLetter(text.charCodeAt(e + 1))) {
        e += 2;
        while (e < lineEnd && isAsciiLetter(text.charCodeAt(e))) e++;
      }
      const k = this.byStart.get(q);
      const t = k === undefined ? undefined : this.tokens[k];
      if (t === undefined || t.end !== firstEnd) {
        if (headWordAt(text, q, e)) return true;
      } else if (EPONYM_HEAD_TOKENS.has(t.lower)) return true;
      // Not a head: the refusals of the loop that the token's mask and the word's letters answer.
      const f = t === undefined ? 0 : t.flags;
      if ((f & (LEX.COMMON | LEX.CLINICAL | LEX.VOCAB)) === 0) return false;
      if ((f & (LEX.FIRST | LEX.LAST)) !== 0 && (f & (LEX.CLINICAL | LEX.COMMON)) === 0) return false;
      if (this.style === 'mixed' && d >= 65 && d <= 90) return false;
      // The token spells the word as the loop lower-cases it (no apostrophe, no hyphen part): its
      // function-word bit and its ending answer the loop's STOP and ending tests.
      if (t !== undefined && t.end === e && !t.lower.includes("'") && ((t.flags & LEX.STOP) !== 0 || verbLikeEnding(t.lower))) return false;
      p = e;
    }
    return false;
  }

  /** Whether the word after head token `k` (same line, one blank) heads an organisation or a unit ("Monitoring Unit", "Testing Center"). */
  private orgHeadAfter(k: number | undefined): boolean {
    if (k === undefined || k + 1 >= this.tokens.length || !this.blankBetween(k, k + 1)) return false;
    const n = this.tokens[k + 1]!;
    return (n.flags & (LEX.ORG_HEAD | LEX.INSTITUTION_HEAD)) !== 0 || n.lower === 'unit' || n.lower === 'center' || n.lower === 'centre';
  }

  /** Whether a person cue stands right before token `a` on its line: a title, credential, staff role, relation, person lead, initial or given name. */
  personCueBefore(a: number): boolean {
    if (a === 0) return false;
    const p = this.tokens[a - 1]!;
    const gap = this.text.slice(p.end, this.tokens[a]!.start);
    if (!/^[.:]?[ \t]+$/.test(gap)) return false;
    const w = titleWord(p);
    if (TITLES.has(w) || WEAK_TITLES.has(w) || CREDENTIALS.has(w) || SIGN_CREDENTIALS.has(w) || RELATIVE_WORDS.has(w) || (PERSON_LEADS.has(w) && !THING_LEADS.has(w))) return true;
    if ((p.flags & (LEX.TITLE | LEX.CREDENTIAL | LEX.WEAK_TITLE | LEX.SIGN_CREDENTIAL)) !== 0) return true;
    if (this.isInitial(p)) return true;
    // "Miriam Katz": a given name right before (one blank), written as a name.
    return gap.trim() === '' && (p.flags & LEX.FIRST) !== 0 && (p.flags & (LEX.CLINICAL | LEX.STOP)) === 0 && (this.style !== 'mixed' || isCap(p.word));
  }

  /** Whether token `k` is a surname particle: "van", "de", "al"…, or "St." with its full stop ("Dr. St. Pierre"). */
  isParticle(k: number): boolean {
    const t = this.tokens[k]!;
    // The lexicon mask holds NAME_PARTICLES (vocabulary.ts; LEX.NAME_PARTICLE).
    return (t.flags & LEX.NAME_PARTICLE) !== 0 || (t.lower === 'st' && this.text[t.end] === '.');
  }

  /** Whether the particles from token `i` ("van der", "de la") lead to a Title-case name part on the same line. */
  particleRunEndsInName(i: number): boolean {
    let k = i;
    while (k < this.tokens.length && this.isParticle(k) && k - i < 3) {
      const gap = this.text.slice(this.tokens[k]!.end, this.tokens[k + 1]?.start ?? this.tokens[k]!.end);
      if (!/^(?:[ \t]+|-)$/.test(gap) && !(this.tokens[k]!.lower === 'st' && /^\.[ \t]*$/.test(gap))) return false;
      k++;
    }
    const n = this.tokens[k];
    return !!n && isCap(n.word) && (n.flags & LEX.STOP) === 0 && (n.flags & LEX.CLINICAL) === 0 && (this.style !== 'mixed' || hasLower(n.word) || (n.flags & LEX.LAST) !== 0);
  }

  /** "per d ross": a lower-case initial (not a shorthand letter such as c, w, x, s, p) after a person cue. */
  lowerInitialBefore(j: number): boolean {
    const t = this.tokens[j]!;
    if (t.word.length !== 1 || !/[bdfghjkmtuvyz]/.test(t.word)) return false;
    const p = this.tokens[j - 1];
    return !!p && /^(?:per|by|with|to|dr|and|from|for)$/.test(p.lower) && this.blankBetween(j - 1, j);
  }

  /** "Dr B Muse": a bare capital after a title, followed on the line by a capitalised word. */
  initialAfterTitle(i: number): boolean {
    const t = this.tokens[i]!;
    const n = this.tokens[i + 1];
    if (t.word.length !== 1 || t.word === 'A' || t.word === 'I' || !isCap(t.word) || !n) return false;
    return isBlankRun(this.text, t.end, n.start) && isCap(n.word) && (n.flags & LEX.STOP) === 0 && (n.flags & LEX.CLINICAL) === 0;
  }

  /** Whether a Title-case word follows token `j` after a space ("Holy Cross", "Eastern Shore"). */
  titleCaseNext(j: number): boolean {
    const n = this.tokens[j + 1];
    if (!n || !isBlankRun(this.text, this.tokens[j]!.end, n.start)) return false;
    return isCap(n.word) && hasLower(n.word) && (n.flags & LEX.CLINICAL) === 0;
  }

  /** Whether a lowercase word follows token `j` on the same line ("Rosalind Mild cardiomegaly"). */
  lowerWordAfter(j: number): boolean {
    const n = this.tokens[j + 1];
    if (!n || !isBlankRun(this.text, this.tokens[j]!.end, n.start)) return false;
    // A lowercase word or a lone capital ("Kerley B lines") continues a clinical phrase, not a name.
    return (!hasUpper(n.word) && this.style !== 'lower') || (n.word.length === 1 && this.text[n.end] !== '.');
  }

  /** The token starting right after position `pos`, skipping blanks, a dot and a comma. */
  nextToken(pos: number): number | undefined {
    let p = pos;
    while (p < this.text.length && isSpaceDotOrComma(this.text.charCodeAt(p))) p++;
    return this.byStart.get(p);
  }

  /** Records token `i` as a span of `category` unless an earlier pass marked it already. */
  mark(i: number, category: 'NAME' | 'LOCATION' | 'INSTITUTION', source: string): void {
    const t = this.tokens[i];
    if (!t || this.marked.has(i) || this.claimed.has(i)) return;
    this.marked.add(i);
    this.spans.push({ start: t.start, end: t.end, category, source });
  }

  /**
   * Records tokens `ks` as one span `[start, end)` of `category` (a dotted log-in name, dotted
   * initials), unless an earlier pass marked or claimed any of them; whether it recorded it.
   */
  markAsOne(ks: readonly number[], start: number, end: number, category: 'NAME' | 'LOCATION' | 'INSTITUTION', source: string): boolean {
    for (const k of ks) if (this.marked.has(k) || this.claimed.has(k)) return false;
    for (const k of ks) this.marked.add(k);
    this.spans.push({ start, end, category, source });
    return true;
  }

  /** Marks the token that starts at `at` and spells exactly `word` (a group a pattern found there), as {@link mark} does. */
  markWordAt(at: number, word: string, category: 'NAME' | 'LOCATION' | 'INSTITUTION', source: string): void {
    const i = this.wordAt(at, word);
    if (i !== undefined) this.mark(i, category, source);
  }

  /** The token that starts at `at` and is exactly `word`, if there is one. */
  wordAt(at: number, word: string): number | undefined {
    const i = this.byStart.get(at);
    return i !== undefined && this.tokens[i]!.word === word ? i : undefined;
  }

  /** The token that group `g` of a match (made with the `d` flag) is exactly, or undefined when the group took no part or is no whole token. */
  groupToken(m: RegExpExecArray, g: number): number | undefined {
    const span = m.indices?.[g];
    return span === undefined ? undefined : this.wordAt(span[0], m[g]!);
  }

  /** Names right after a title or cue: up to three tokens (initials included). */
  takeAfter(i: number | undefined, source: string, strong: boolean, title = false): void {
    if (i === undefined) return;
    let t = this.tokens[i];
    if (t && isTitleToken(t)) {
      i = this.nextToken(t.end);
      strong = true;
      title = true;
      source = 'title';
      t = i === undefined ? undefined : this.tokens[i];
    }
    let taken = 0;
    let afterInitial = false;
    let hyphenated = false;
    while (i !== undefined && t && taken < 3) {
      const initial = this.isInitial(t) || (title && taken === 0 && this.initialAfterTitle(i));
      if (hyphenated) {
        // The second half of a hyphenated name ("Smith-Jones") belongs to the same name part.
        if ((t.flags & LEX.STOP) !== 0 || (t.word === t.lower && (t.flags & LEX.COMMON) !== 0 && this.style !== 'lower')) break;
        this.mark(i, 'NAME', source);
      } else {
      const prev = this.tokens[i - 1];
      // "Dr. Henry Parkinson", "Dr. Art White": after a title and a first name, a capitalised eponym or word is the surname
      // (also before a function word: "Dr. Ines Parkinson for a mole"; not before a clinical word: "Parkinson disease").
      const firstBefore = !!prev && ((prev.flags & LEX.FIRST) !== 0 || (title && taken === 1 && (prev.flags & LEX.AMBIGUOUS) !== 0));
      const surname = taken > 0 && isCap(t.word) && hasLower(t.word) && ((t.flags & LEX.CLINICAL) !== 0 || (title && (t.flags & LEX.AMBIGUOUS) !== 0)) && firstBefore && (!this.lowerWordAfter(i) || PERSON_VERBS.has(this.tokens[i + 1]!.lower) || (title && (this.tokens[i + 1]!.flags & LEX.STOP) !== 0));
      // "Dr. o rourke": an Irish "O" written apart from the surname.
      const irishO = title && taken === 0 && (t.word === 'o' || t.word === 'O') && /^ [A-Za-z]{3,}/.test(this.text.slice(t.end, t.end + 4));
      // The first word after a title or cue may be a name that is also a word; the words after it
      // must be plainer name evidence ("Dr. Smith-Jones Right lower lobe" stops before "Right").
      // "Dr. Smith-Jones Foley catheter": a device or eponym phrase ends the name.
      if (taken > 0 && (this.serviceAfter(i) || this.carriesOn(t))) break;
      // "Dr. Jan van der Berg", "Maria de la Cruz", "Omar bin Laden": particles inside a name,
      // before a Title-case part.
      // A strong cue (a relation: "brother von Essen") may open with the particles too.
      if ((taken > 0 || title || strong) && this.isParticle(i) && this.particleRunEndsInName(i)) {
        this.mark(i, 'NAME', source);
        const gapAfter = this.text.slice(t.end, this.tokens[i + 1]?.start ?? t.end);
        if (!/^(?:[ \t]+|-)$/.test(gapAfter) && !(t.lower === 'st' && /^\.[ \t]*$/.test(gapAfter))) break;
        i = i + 1;
        t = this.tokens[i];
        continue;
      }
      // "Dr. Nguyễn Văn …", "LEE, SUN-HEE": a Title-case part written with letters beyond ASCII, or
      // the first half of a hyphenated part whose second half is a name, continues the name.
      const accented = taken > 0 && isCap(t.word) && /[^\x00-\x7f]/.test(this.text.slice(t.start, t.end)) && (t.flags & LEX.CLINICAL) === 0;
      const next = this.tokens[i + 1];
      const hyphenHead = taken > 0 && !!next && isHyphenGap(this.text, t.end, next.start) && (t.flags & LEX.STOP) === 0 && (t.flags & LEX.CLINICAL) === 0 && this.canFollowCue(next, false, false, true);
      if (!initial && !surname && !irishO && !accented && !hyphenHead && !this.canFollowCue(t, strong && taken === 0, (title && taken === 0) || afterInitial, taken > 0 && !afterInitial)) break;
      this.mark(i, 'NAME', source);
      taken++;
      afterInitial = initial || irishO;
      }
      const gap = this.text.slice(t.end, this.tokens[i + 1]?.start ?? t.end);
      hyphenated = gap === '-';
      // A full stop after a whole word ends the name ("Dr. Smith. Right lower lobe"); after an initial it does not.
      if (!isBlanksWithOneStop(gap) || (gap.includes(',') && taken > 1) || (gap.includes('.') && t.word.length > 1)) break;
      i = i + 1;
      t = this.tokens[i];
    }
    // "Drs Ballou and Dutter", "sons Smokey, Morris and Roger": a conjunction continues the list.
    // The word after it must read as a name on its own, as a later word of a name does: the cue's
    // licence for ordinary words ("Dr. Will") does not reach past the conjunction ("dr. anna
    // pelletier and most family members").
    if (taken > 0 && i !== undefined && t && (t.lower === 'and' || t.lower === '&') && /^[ \t]*$/.test(this.text.slice(this.tokens[i - 1]!.end, t.start))) {
      const j = this.nextToken(t.end);
      const n = j === undefined ? undefined : this.tokens[j];
      if (n && this.canFollowCue(n, strong, false, true)) this.takeAfter(j, source, strong, title);
    }
  }

  /** Whether token `k` is inside a NAME span already found (a marked token that a NAME span covers). */
  inName(k: number): boolean {
    const t = this.tokens[k];
    return !!t && this.marked.has(k) && this.spans.some((sp) => sp.category === 'NAME' && sp.start <= t.start && t.end <= sp.end);
  }

  /** Whether only spaces or tabs (at least one) separate tokens `a` and `b`; false when either is past the last token. */
  blankBetween(a: number, b: number): boolean {
    const ta = this.tokens[a];
    const tb = this.tokens[b];
    // A cue word can be the note's last token ("… seen at the university"): callers ask about its
    // neighbour without checking that there is one.
    return ta !== undefined && tb !== undefined && isBlankRun(this.text, ta.end, tb.start);
  }
}
