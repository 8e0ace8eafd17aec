// Person-name passes of the free-text detector: titles, cues, relations, header fields, credentials,
// awareness verbs, name pairs and the growth of names to their neighbours.
import * as tokenScanner from './token-scanner.js';
import type { Token, TokenScanner } from './token-scanner.js';
import * as vocabulary from './vocabulary.js';
import { AnchoredRegex } from '../keyword-anchors.js';
import { inVocabulary, LEX, NAME_LISTS, lexiconFlags } from '../lexicon-flags.js';
import { misspeltRelationToken } from './name-positions.js';
import { staffWord, WEEKDAY_NAMES } from '../keep-list/name-words.js';
import { MONTH_WORDS } from '../patterns.js';
import { nameCues } from '../rules/deid-rules.js';
import { eponymHeadWords } from '../rules/eponym-heads.js';
import { shippedVocabulary } from '../keep-list/keep-vocabulary.js';
import { lineStartMatches } from './line-ends.js';
import { allMatches } from '../regex-matches.js';
import { isAsciiLetter } from '../../util/ascii-chars.js';
import { holdsBeforeColon, isBlank, isCommaGap } from './blank-skip.js';
import { isCapitalsOnly } from './char-tests.js';
import { relationCompoundTail } from './relation-compounds.js';
import { nameHalfBeside } from './name-halves.js';
import { clinicalGivenNameAfterRelation } from './relation-given-names.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';

const PAIR_NON_NAMES = new Set(nameCues().cues.pairNonNames.words);

// Bound once at load: when tsx runs these modules as CommonJS, every use of an imported name is a
// getter call, and the passes test these sets on every token (≈ 15 % of detector time when split).
const { endsWithPossessive, hasLower, hasUpper, isBlankRun, isCap, isTitleCase, isTitleToken, titleWord } = tokenScanner;
const {
  ACT_CUES, AWARENESS_AUX, AWARENESS_ANCHORED, CONTACT_ROLE_RE, CONTACT_ROLE_TAIL_SOURCE, CREDENTIALS, CUE_ANCHORED, INITIAL_NAME_VERB_RE, INITIAL_SURNAME_VERBS, IRISH_O, NAME_FIELD_RE, PA_NOUNS,
  PATIENT_NAME_RE, RELATIVE_ANCHORED, RELATIVES, RELATIVE_WORDS, SOCIAL_VERBS, STOP, TITLES, WEAK_TITLES, WORD_SHAPED,
} = vocabulary;

// A salutation before a title ("Dear Mr. …").
const DEAR_BEFORE = /\bdear[ \t]+$/i;

// Clergy titles written short that are also short for a word: they name a person only before a name.
const WORD_TITLES: ReadonlySet<string> = new Set(nameCues().nameWords.wordTitles);

/**
 * Names after a title ("Dr. Smith", "MR. BENSKY") or a credential used as one ("NP Carol"), and
 * words the name lexicons know ("lexicon").
 */
export function titlesAndLexiconNames(s: TokenScanner): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prevChar = t.start > 0 ? s.text[t.start - 1]! : ' ';
    const shoutedTitle = s.style === 'mixed' && (t.lower === 'mr' || t.lower === 'ms') && t.word !== 'Mr' && t.word !== 'Ms';
    if (shoutedTitle && /^\. ?[A-Z]/.test(s.text.slice(t.end, t.end + 3))) {
      // "REFER TO MR. BENSKY" in a mixed-case note: "MR." / "MS." with a dot before a word no list knows is a title.
      const j = s.nextToken(t.end);
      const n = j === undefined ? undefined : s.tokens[j];
      if (n && n.word.length >= 3 && (n.flags & LEX.COMMON) === 0 && (n.flags & LEX.CLINICAL) === 0 && (n.flags & LEX.STOP) === 0 && (n.flags & LEX.CLIPPED) === 0) s.takeAfter(j, 'title', true, true);
    } else if (isTitleToken(t) && /[\s("'\-:;,.>]/.test(prevChar) && !shoutedTitle && !doseOrGaugeAfterNumber(s, t)) {
      const gap = s.text.slice(t.end, t.end + 3);
      // "ms" / "mr" in shouting or lowercase notes are often mental status / mitral regurgitation.
      // "fr" / "rev" (Father, Reverend) are also "from" and "review" in any note ("transferred fr. home").
      const needsDot = (s.style !== 'mixed' && (t.lower === 'ms' || t.lower === 'mr')) || WORD_TITLES.has(t.lower);
      if (needsDot ? /^\.[A-Za-z]/.test(gap) : /^(?:\.?\s|\.[A-Za-z])/.test(gap)) s.takeAfter(s.nextToken(t.end), 'title', true, true);
      else if (needsDot && /^\.?\s/.test(gap)) {
        // "MR LOMISH", "MR. BENSKY" (not "assess ms. med"): a name only when the word is a known or unknown name, not a clinical word.
        const j = s.nextToken(t.end);
        const n = j === undefined ? undefined : s.tokens[j];
        // "DEAR MR. FOLEY,", "to ms. walker:": a dotted title in a salutation or before a comma, a colon
        // or the line end names the person even with a clinical word.
        const salutation = n !== undefined && s.text[t.end] === '.' && n.word.length >= 3 && (DEAR_BEFORE.test(s.text.slice(Math.max(0, t.start - 8), t.start)) || /^[ \t]*(?:[,:]|\n|$)/.test(s.text.slice(n.end, n.end + 3))) && !STOP.has(n.lower);
        if (n && (salutation || s.canFollowCue(n, true))) s.takeAfter(j, 'title', true, salutation);
        // "WITH MS S. CARE": a title and an initial with a dot.
        else if (n && j !== undefined && n.word.length === 1 && s.text[n.end] === '.') s.mark(j, 'NAME', 'title');
      }
    } else if (((t.flags & LEX.WEAK_TITLE) !== 0 || (t.lower === 'rt' && /\bper[ \t]+$/i.test(s.text.slice(Math.max(0, t.start - 5), t.start)))) && /^[ \t](?![ \t])/.test(s.text.slice(t.end, t.end + 2))) {
      // (One blank only: after a wide gap the next column starts, "Orla Reyes, MD    Biometry tech: …".)
      // "NP Carol", "MD Spears"; not "…, MD. Read by": a full stop after the credential ends the sentence.
      // A credential before a word is a title only when the word is a known name ("NP Carol").
      const j = s.nextToken(t.end);
      const n = j === undefined ? undefined : s.tokens[j];
      // "per rn frank", "w/ CM joy": after "per" / "with" a role names a person even in a one-case note.
      const afterPer = /\b(?:per|w\/|with)[ \t]+$/i.test(s.text.slice(Math.max(0, t.start - 6), t.start));
      // In a one-case note only a plain name counts ("intern last noc" is not a name).
      const nameish =
        n &&
        !/\d[ \t]*$/.test(s.text.slice(Math.max(0, t.start - 3), t.start)) &&
        !s.text.slice(t.end, n.start).includes('.') &&
        ((n.flags & LEX.FIRST) !== 0 || (n.flags & LEX.LAST) !== 0 || ((s.style === 'mixed' || CREDENTIAL_TITLES.has(t.lower) || afterPer) && (n.flags & LEX.AMBIGUOUS) !== 0) || ((n.flags & LEX.COMMON) === 0 && (n.flags & LEX.AMBIGUOUS) === 0));
      // "per CM Will Banks": in a mixed-case note a Title-case name that is also a word counts after
      // a role; in one-case notes ("rt will cont") it does not.
      const titled = !!n && s.style === 'mixed' && isCap(n.word) && hasLower(n.word) && (n.flags & LEX.AMBIGUOUS) !== 0;
      // "RN Case Manager", "SW Care Worker": a word before an occupation is the job's first word, not a name.
      const job = !!n && occupationAfter(s, j!);
      if (n && nameish && !job && (titled || (n.flags & LEX.STOP) === 0) && (n.flags & LEX.CLINICAL) === 0 && !WEAK_TITLES.has(n.lower) && !staffWord(n.lower) && (s.style !== 'mixed' || isCap(n.word))) {
        s.takeAfter(j, 'title', true, titled);
      }
    } else if (!s.marked.has(i) && !s.claimed.has(i) && s.isLexName(t) && !s.serviceAfter(i) && !relationBeforeName(s, i) && !eponymPossessive(t.word) && !s.eponymHeadNear(i)) {
      // (A token an earlier pass marked or claimed is refused before its tests: mark() would refuse it after them.)
      s.mark(i, 'NAME', 'lexicon');
    }
  }
}

/**
 * Whether a title written short is a measure or a drug after a number: the French gauge of a tube
 * or drain after its size ("a 10 Fr JP", "14FR Foley", "20 fr. catheter"), morphine sulfate after
 * its dose ("10mg ms given", "4 mg MS IV"). After a number it measures or doses, it titles nobody.
 */
function doseOrGaugeAfterNumber(s: TokenScanner, t: { lower: string; start: number }): boolean {
  if (t.lower === 'fr') return /\d[ \t]?$/.test(s.text.slice(Math.max(0, t.start - 2), t.start));
  return t.lower === 'ms' && DOSE_BEFORE.test(s.text.slice(Math.max(0, t.start - 8), t.start));
}

// A dose right before: a number and a unit of mass.
const DOSE_BEFORE = /\d[ \t]*(?:mg|mcg|gm?|mgs)[ \t]*$/i;

/** Whether the word after token `j`, one blank between, is an occupation ("Case Manager") or a staff word. */
function occupationAfter(s: TokenScanner, j: number): boolean {
  const o = s.tokens[j + 1];
  return !!o && s.blankBetween(j, j + 1) && ((o.flags & LEX.OCCUPATION) !== 0 || staffWord(o.lower));
}

const EPONYM_CONDITIONS: ReadonlySet<string> = new Set(nameCues().cues.eponymConditions.words);

/** "Barrett's", "GRAVES'": a surname of the eponym-condition list in the possessive names the condition. */
function eponymPossessive(word: string): boolean {
  // The pattern ends in an s or an apostrophe: most words are refused on their last letter.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 && last !== 83 && last !== 39 && last !== 0x2019) return false;
  const m = /^(.+?)(?:['’][sS]|(?<=[sS])['’])$/.exec(word);
  return !!m && EPONYM_CONDITIONS.has(m[1]!.toLowerCase());
}

/** "NEICE ROSE HALLORAN": a surname the lexicon holds that is one slip from a relation word, before another word, is the relation. */
function relationBeforeName(s: TokenScanner, i: number): boolean {
  const n = s.tokens[i + 1];
  return !!n && s.blankBetween(i, i + 1) && misspeltRelationToken(s.tokens[i]!, shippedVocabulary());
}

/**
 * Whether token `i`, right after an act cue, is written as a person's name: not a relation or staff
 * word ("accompanied by mom"), not a dotted credential ("witnessed by R.N."); in a one-case note a word of the name lists that is no clinical term, or an
 * initial before one ("updated by nsg", "EXAMINED BY IR" stay); in a mixed-case note a word of the name
 * lists or of no vocabulary, or an initial (the cue pass then wants Title case).
 */
function actDoer(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  // Whom a relation or a staff word names is no name ("accompanied by mom", "witnessed by charge RN").
  if (RELATIVE_WORDS.has(t.lower) || staffWord(t.lower)) return false;
  const dotted = /^(?:[A-Za-z]\.){2,}/.exec(s.text.slice(t.start, t.start + 12));
  if (dotted && CREDENTIALS.has(dotted[0].replace(/\./g, '').toLowerCase())) return false;
  // In a mixed-case note a Title-case service or department is no name either ("examined by Interventional
  // Radiology", "collected by Phlebotomy"): a word of the name lists, or one no vocabulary or clinical
  // ending holds.
  if (s.style === 'mixed') return (t.flags & NAME_LISTS) !== 0 || (t.flags & (LEX.VOCAB | LEX.COMMON | LEX.CLINICAL | LEX.CLINICAL_ENDING)) === 0 || s.isInitial(t);
  const listed = (k: number) => { const w = s.tokens[k]; return !!w && (w.flags & (LEX.FIRST | LEX.LAST)) !== 0 && (w.flags & LEX.CLINICAL) === 0; };
  return listed(i) || (s.isInitial(t) && listed(i + 1));
}

/** Names after a person cue ("discussed with", "read by", "paged"). */
export function namesAfterCues(s: TokenScanner): void {
  for (const m of CUE_ANCHORED.matchAll(s.text)) {
    const end = m.index + m[0].length;
    // "House staff notified. Dopamine titrated": a cue that ends its sentence names nobody; nor
    // does one followed by the house officer ("reported to h.o.").
    if (/^[ \t]*\.(?![A-Za-z])|^h\.?o\b/i.test(s.text.slice(end, end + 4))) continue;
    const i = s.nextToken(end);
    // "Attending Radiologist", "Resident Surgeon": a staff word after the cue is the role, not the name.
    if (i !== undefined && (s.serviceAfter(i) || staffWord(s.tokens[i]!.lower))) continue;
    // After an act ("witnessed by", "updated by"), only a word written as a name.
    if (i !== undefined && ACT_CUES.has(m[0].toLowerCase().replace(/[\s:,]+$/, '').replace(/\s+/g, ' ')) && !actDoer(s, i)) continue;
    // "Transcribed by: kmw": a transcriptionist's initials.
    const ini = i === undefined ? undefined : s.tokens[i];
    if (ini && /^(?:transcribed|typed|dictated)/i.test(m[0]) && ini.word.length >= 2 && ini.word.length <= 4 && (ini.flags & LEX.COMMON) === 0 && (ini.flags & LEX.STOP) === 0 && (ini.flags & LEX.CLINICAL) === 0) s.mark(i!, 'NAME', 'cue');
    s.takeAfter(i, 'cue', false);
    if (i !== undefined) lowerCaseNameAfterCue(s, i);
  }
}

/** Names after a relation ("wife Mary", "son, Ed,") or a "social:" line. */
export function namesAfterRelatives(s: TokenScanner): void {
  for (const m of RELATIVE_ANCHORED.matchAll(s.text)) {
    // After "son" / "social:" only a word a name list knows (or a capitalised unknown word) is a name,
    // and only in the same sentence ("asking for wife. Reorients easily").
    if (/^[ \t]*\.(?![A-Za-z])/.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) || /\.[ \t]*$/.test(m[0])) continue;
    const i = s.nextToken(m.index + m[0].length);
    const t = i === undefined ? undefined : s.tokens[i];
    if (!t) continue;
    const w = t.lower;
    const wFlags = t.flags;
    // A relative word ("son", "niece") is the relation, not the name. "Social:" opens a sentence,
    // so a capital proves nothing there: a name that is also a word ("Full code", "Telephone
    // update", "bill called") counts only before a visiting / calling verb.
    if (RELATIVE_WORDS.has(w.replace(/'s$/, ''))) continue;
    // "wife over the phone", "son through interpreter": the word carries the sentence on; "son-inlaw"
    // closes a relation compound.
    if (s.carriesOn(t) || relationCompoundTail(s, i!)) continue;
    const social = /^social/i.test(m[0]);
    const verbAfter = SOCIAL_VERBS.has(s.tokens[i! + 1]?.lower ?? '');
    const ambiguousOk = (s.style !== 'mixed' || isCap(t.word)) && (!social || verbAfter);
    // "Son, Ed, was updated": a Title-case word set off by commas after the relation is the name,
    // even when it is also a word or an abbreviation.
    const appositive = !social && /,\s*$/.test(m[0]) && /^[ \t]*,/.test(s.text.slice(t.end, t.end + 2)) && (wFlags & LEX.STOP) === 0;
    // In a one-case note ("son, hiroshi, is HCP") the word between the commas must not be ordinary
    // or clinical vocabulary; in a mixed-case note its Title case says enough.
    const plainName = (wFlags & LEX.CLINICAL) === 0 && ((wFlags & LEX.COMMON) === 0 || (wFlags & LEX.FIRST) !== 0 || (wFlags & LEX.AMBIGUOUS) !== 0);
    if (appositive && ((s.style === 'mixed' && isCap(t.word) && hasLower(t.word)) || ((s.style !== 'mixed' || t.word === t.lower) && plainName))) {
      s.mark(i!, 'NAME', 'relative');
      continue;
    }
    // "nephew R. Potter", "sister p. shin": an initial and a surname, the surname also a word.
    if (!social && initialAndSurname(s, i!)) {
      s.mark(i!, 'NAME', 'relative');
      s.mark(i! + 1, 'NAME', 'relative');
      continue;
    }
    const known = (((wFlags & LEX.FIRST) !== 0 || (wFlags & LEX.LAST) !== 0) && (!social || (wFlags & LEX.COMMON) === 0 || verbAfter)) || ((wFlags & LEX.AMBIGUOUS) !== 0 && ambiguousOk);
    // In a mixed-case note a name is Title case; "make their father CMO" is an abbreviation. In a
    // one-case note ("niece yuki called", "BROTHER, PADRAIG") any word no word list has is the name.
    // A word of the keep-list vocabulary ("husband's oxycodone", "WIFE'S INHALER") is not unknown.
    const unknown = (wFlags & (LEX.COMMON | LEX.CLINICAL | LEX.STOP | LEX.VOCAB)) === 0 && !WORD_SHAPED.test(w) && w.length >= 3 && !social;
    // "husband Will in to visit": a Title-case word-name after the relation in a mixed-case note.
    const titled = s.style === 'mixed' && isCap(t.word) && hasLower(t.word) && (wFlags & LEX.AMBIGUOUS) !== 0 && !social;
    // "BROTHER VON DRASKOW", "daughter de la Torvena": surname particles that lead to a name.
    const particles = !social && s.isParticle(i!) && s.particleRunEndsInName(i!);
    if (known || particles || (s.style === 'mixed' && isCap(t.word) && hasLower(t.word) && (wFlags & LEX.COMMON) === 0) || (s.style !== 'mixed' && unknown)) s.takeAfter(i, 'relative', true, titled);
    // "niece yuki called" in a mixed-case note: a lower-case word right after the relation that no
    // word list has, or a first name that is not also a word, is still the name.
    else if (s.style === 'mixed' && t.word === t.lower && !social && (unknown || ((wFlags & LEX.FIRST) !== 0 && (wFlags & LEX.AMBIGUOUS) === 0 && (wFlags & LEX.COMMON) === 0))) s.mark(i!, 'NAME', 'relative');
    // "NEPHEW QUENTIN CALLED", "DAD CHANCE AT BEDSIDE": a given name the clinical list holds too, which the tests above leave.
    if (!social) clinicalGivenNameAfterRelation(s, i!);
  }
  // "Art (nephew) at bedside", "d/w frank (husband)": the name before a relation in brackets.
  // The bracketed relation is rare: one cheap test before the scan of every word.
  if (!RELATION_IN_BRACKETS.test(s.text)) return;
  for (const m of allMatches(NAME_BEFORE_RELATION_RE, s.text)) {
    const k = s.byStart.get(m.index);
    const t = k === undefined ? undefined : s.tokens[k];
    if (!t || (t.flags & LEX.STOP) !== 0 || (t.flags & LEX.CLINICAL) !== 0 || RELATIVE_WORDS.has(t.lower) || (t.flags & LEX.TITLE) !== 0 || (t.flags & LEX.CREDENTIAL) !== 0) continue;
    if (s.style === 'mixed' && !isCap(t.word) && (t.flags & LEX.COMMON) !== 0) continue;
    s.mark(k!, 'NAME', 'relative');
    // A first name before it ("Mark Levine (son)").
    const p = s.tokens[k! - 1];
    if (p && s.blankBetween(k! - 1, k!) && ((p.flags & LEX.FIRST) !== 0 || (isCap(p.word) && (p.flags & LEX.AMBIGUOUS) !== 0)) && (p.flags & LEX.STOP) === 0 && (p.flags & LEX.CLINICAL) === 0) s.mark(k! - 1, 'NAME', 'relative');
  }
}

/**
 * Whether token `i` is an initial with its full stop and token `i + 1` a surname after one blank, read
 * right after a relation: in a mixed-case note a capital initial and a Title-case word; in a one-case
 * note a word the name lists hold or no word list holds. A word the name lists hold counts though it
 * is also an ordinary word ("Young", "Hill"); clinical, function, title and calendar words do not
 * ("son w. autism", "father d. May 2015").
 */
function initialAndSurname(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  const n = s.tokens[i + 1];
  if (!n || t.word.length !== 1 || !/^[A-Za-z]$/.test(t.word) || !/^\.[ \t]$/.test(s.text.slice(t.end, n.start))) return false;
  if (n.word.length < 2 || !/^\p{L}[\p{L}'’-]*$/u.test(n.word) || (n.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLINICAL)) !== 0) return false;
  if (MONTH_WORDS.has(n.lower) || WEEKDAY_NAMES.has(n.lower) || RELATIVE_WORDS.has(n.lower) || staffWord(n.lower)) return false;
  if (s.style === 'mixed') return isCap(t.word) && isTitleCase(n.word);
  return (n.flags & NAME_LISTS) !== 0 || (n.flags & LEX.COMMON) === 0;
}

// Credentials that precede names even in one-case notes ("NP CAROL", "MD SPEARS"); the other staff
// roles ("intern", "resident", "SW") take a name that is also a word only in Title case.
const CREDENTIAL_TITLES: ReadonlySet<string> = new Set(nameCues().nameWords.credentialTitles);
// The guard of the initial-and-surname pass, looked up at the verbs INITIAL_NAME_VERB_RE ends with only (keyword-anchors.ts).
const AWARENESS_VERBS = new AnchoredRegex(new RegExp(`\\b(?:${INITIAL_SURNAME_VERBS.join('|')})\\b`, 'gi'), [...new Set(INITIAL_SURNAME_VERBS)]);
// INITIAL_NAME_VERB_RE tried at one place per verb (see initialNameVerbMatches).
const INITIAL_NAME_VERB_AT = new RegExp(INITIAL_NAME_VERB_RE.source, INITIAL_NAME_VERB_RE.flags.replace('g', '') + 'y');

/**
 * The matches of INITIAL_NAME_VERB_RE in `text`, as `text.matchAll` gives them, without its scan of
 * every letter. A match ends in one of its verbs, which (a blank before it, a word end after it)
 * is a whole run of ASCII letters: where AWARENESS_VERBS anchors. Read back from a verb, the rest
 * has one shape only: blanks, the surname (the run of letters and apostrophes up to the blank
 * before it, opening with a letter, three characters or more), blanks, an optional full stop and
 * the initial, where the match must start. The regex is tried there (sticky), in text order, and
 * as a whole-text scan does, not again inside the last match. Exported for its test.
 */
export function initialNameVerbMatches(text: string): RegExpExecArray[] {
  const verbs = AWARENESS_VERBS.positions(text);
  // Not anchored (a verb list that is not plain letters): the whole-text scan.
  if (verbs === undefined) return allMatches(INITIAL_NAME_VERB_RE, text);
  const starts: number[] = [];
  for (const v of verbs) {
    let q = v;
    while (q > 0 && isBlank(text.charCodeAt(q - 1))) q--;
    let w = q;
    while (w > 0 && (isAsciiLetter(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 39 || text.charCodeAt(w - 1) === 0x2019)) w--;
    let r = w;
    while (r > 0 && isBlank(text.charCodeAt(r - 1))) r--;
    if (q === v || q - w < 3 || !isAsciiLetter(text.charCodeAt(w)) || r === w || r === 0) continue;
    const x = text.charCodeAt(r - 1) === 46 ? r - 2 : r - 1;
    if (x >= 0 && isAsciiLetter(text.charCodeAt(x))) starts.push(x);
  }
  starts.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const p of starts) {
    if (p < from) continue;
    INITIAL_NAME_VERB_AT.lastIndex = p;
    const m = INITIAL_NAME_VERB_AT.exec(text);
    if (m === null) continue;
    out.push(m);
    from = p + m[0].length;
  }
  return out;
}

// What CONTACT_ROLE_RE holds after its name: "is", a blank and the role ("is the family contact").
// The role words alone ("Contact (555) …") are common in headers; the whole regex tries a match at
// every capitalised word, this test only where "is" stands.
const CONTACT_ROLE_TAIL = new AnchoredRegex(new RegExp(CONTACT_ROLE_TAIL_SOURCE, 'gi'), ['is']);
const RELATION_IN_BRACKETS = new RegExp(`\\((?:${RELATIVES}|hcp|proxy)\\)`, 'i');
const NAME_BEFORE_RELATION_RE = new RegExp(`[\\p{L}][\\p{L}'’-]*(?=[ \\t]*\\((?:${RELATIVES}|hcp|proxy)\\))`, 'giu');

/**
 * "grace dudak aware", "Falco notified": nursing notes name the person told right before the
 * verb. The word before must be a name the lexicon knows or an unknown non-word; a first name
 * before it joins the span.
 */
export function namesBeforeAwareness(s: TokenScanner): void {
  // (A match of the tail holds one of the role words: no test of those words alone before it.)
  for (const m of CONTACT_ROLE_TAIL.test(s.text) ? allMatches(CONTACT_ROLE_RE, s.text) : []) {
    const t = s.tokens[s.byStart.get(m.index) ?? -1];
    if (!t || (s.style === 'mixed' && !isCap(t.word))) continue;
    const w = t.lower;
    const wFlags = t.flags;
    // Only a word the name lists know: a misspelt relation ("Grandaughter is HCP") is not a name.
    if ((wFlags & LEX.STOP) !== 0 || RELATIVE_WORDS.has(w) || (wFlags & LEX.CLINICAL) !== 0) continue;
    if ((wFlags & LEX.FIRST) === 0 && (wFlags & LEX.LAST) === 0 && (wFlags & LEX.AMBIGUOUS) === 0) continue;
    s.mark(s.byStart.get(m.index)!, 'NAME', 'relative');
  }
  for (const m of initialNameVerbMatches(s.text)) {
    const initial = m[1]!;
    const w = m[2]!.toLowerCase();
    // Laterality and article letters are not initials; the surname may be a word or an eponym ("J SMITH").
    if (hasLower(initial) || /^[AILR]$/.test(initial) || STOP.has(w) || TITLES.has(w) || CREDENTIALS.has(w)) continue;
    if (s.style === 'mixed' && !isCap(m[2]!)) continue;
    const i = s.byStart.get(m.index);
    const k = s.byStart.get(m.index + m[0].indexOf(m[2]!, 1));
    if (i === undefined || k === undefined) continue;
    s.mark(i, 'NAME', 'aware-cue');
    s.mark(k, 'NAME', 'aware-cue');
  }
  for (const m of AWARENESS_ANCHORED.matchAll(s.text)) {
    const i = s.byStart.get(m.index);
    if (i === undefined || i === 0) continue;
    let j = i - 1;
    if (AWARENESS_AUX.has(s.tokens[j]!.lower) && j > 0) j--;
    // "(Wil Laberbera) aware": a closing bracket may sit between the name and the verb.
    if (!/^[ \t]*\)?[ \t]+$/.test(s.text.slice(s.tokens[j]!.end, s.tokens[j + 1]!.start))) continue;
    const p = s.tokens[j]!;
    // Plurals and possessives of staff words ("MD's aware", "midlevels aware") are not names.
    const w = p.lower.replace(/'?s$/, '');
    // The lists are asked through the word's lexicon mask (the token's own when nothing was cut).
    const wf = w === p.lower ? p.flags : lexiconFlags(w);
    if (w !== p.lower && ((wf & (LEX.COMMON | LEX.CLINICAL | LEX.CREDENTIAL)) !== 0 || (p.flags & LEX.LAST) === 0)) continue;
    // A clipped-word shape ("falco" of "falcons") is shorthand only when not a capitalised surname.
    const clippedShape = (wf & LEX.CLIPPED) !== 0 && !(s.style === 'mixed' && (wf & LEX.LAST) !== 0);
    if (w.length < 3 || (wf & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLINICAL | LEX.PLACE)) !== 0 || clippedShape) continue;
    if (s.style === 'mixed' && (!isCap(p.word) || !hasLower(p.word))) continue;
    const unknown = (wf & (LEX.COMMON | LEX.AMBIGUOUS)) === 0 && !WORD_SHAPED.test(w);
    if (!unknown && !s.isLexName(p)) continue;
    s.mark(j, 'NAME', 'aware-cue');
    const f = s.tokens[j - 1];
    if (f && s.blankBetween(j - 1, j) && ((f.flags & LEX.FIRST) !== 0 || (f.flags & LEX.AMBIGUOUS) !== 0) && (f.flags & LEX.STOP) === 0 && (f.flags & LEX.CLINICAL) === 0 && (s.style !== 'mixed' || isCap(f.word))) {
      s.mark(j - 1, 'NAME', 'aware-cue');
    }
  }
}

// PATIENT_NAME_RE tried only where "patient" or "pt" stands (keyword-anchors.ts): a match opens at a
// word boundary with one of them and a blank follows, so it opens a letter run that is the word.
const PATIENT_NAME_ANCHORED = new AnchoredRegex(PATIENT_NAME_RE, ['patient', 'pt']);

/**
 * "Patient: Nguyen, Thi Mai", "PATIENT NAME: O'BRIEN, PATRICK J", "Patient John Smith, 64M": a
 * name field of a header (everything on the line up to the next field or a clinical word) and a
 * Title-case first and last name right after "Patient".
 */
export function headerNames(s: TokenScanner): void {
  for (const m of allMatches(NAME_FIELD_RE, s.text)) {
    let i = s.byStart.get(m.index + m[0].length);
    let n = 0;
    while (i !== undefined && n < 5) {
      const t = s.tokens[i]!;
      const wFlags = t.flags;
      const gap = s.text.slice(s.tokens[i - 1]?.end ?? 0, t.start);
      // A wide gap opens the next field ("Pt: Hill, Summer  Acct# …").
      if (n > 0 && (!/^[ \t]*[.,]?[ \t]*$/.test(gap) || /[ \t]{2,}/.test(gap) || (gap.includes('.') && s.tokens[i - 1]!.word.length > 1))) break;
      if (/^[ \t]*:/.test(s.text.slice(t.end, t.end + 2)) || (wFlags & LEX.STOP) !== 0 || (wFlags & LEX.TITLE) !== 0 || (wFlags & LEX.CREDENTIAL) !== 0) break;
      if ((wFlags & LEX.CLINICAL) !== 0 && !(s.style === 'mixed' && isCap(t.word))) break;
      // "PT: ALERT, ORIENTED X3", "Pt: Awake and calm": an ordinary word no name list holds is the field's finding, not a name.
      if (s.common.has(t.lower) && (wFlags & NAME_LISTS) === 0) break;
      // "Patient: Female, 45", "Pt: White, Male": a word of sex or status is the field's finding.
      if (PAIR_NON_NAMES.has(t.lower)) break;
      s.mark(i, 'NAME', 'header');
      n++;
      const next = s.tokens[i + 1];
      i = next && next.start - t.end <= 3 ? i + 1 : undefined;
    }
  }
  if (s.style !== 'mixed') return;
  for (const m of PATIENT_NAME_ANCHORED.matchAll(s.text)) {
    const i = s.byStart.get(m.index + m[0].length);
    const f = i === undefined ? undefined : s.tokens[i];
    const l = i === undefined ? undefined : s.tokens[i + 1];
    if (!f || !l || !s.blankBetween(i!, i! + 1)) continue;
    const titleCased = (x: Token) => isTitleCase(x.word);
    if (!titleCased(f) || !titleCased(l) || !((f.flags & LEX.FIRST) !== 0 || (f.flags & LEX.AMBIGUOUS) !== 0)) continue;
    const surname = (l.flags & LEX.LAST) !== 0 || (l.flags & LEX.AMBIGUOUS) !== 0 || IRISH_O.test(l.lower) || ((l.flags & LEX.COMMON) === 0 && (l.flags & LEX.CLINICAL) === 0);
    if (!surname || (l.flags & LEX.STOP) !== 0 || s.serviceAfter(i! + 1)) continue;
    s.mark(i!, 'NAME', 'header');
    s.mark(i! + 1, 'NAME', 'header');
  }
}

/**
 * "John Smith was seen": in a mixed-case note, a Title-case first name and a Title-case surname
 * side by side are a person even when both are also words; neither may be clinical vocabulary or
 * start a Title-case phrase of three or more words (a heading).
 */
// "JRS/kmw", "rs:jl": the dictating and typing persons' initials closing a report line.
// A line of its own, or after the dictation / transcription stamps ("D: 03/05/24 T: 03/05/24 JRS/kmw").
// Also at the start of a line before those stamps ("jd/kmw  D: 03/05/24"), after a sentence
// ("… Transcribed by: kmw. JS/kmw"), and after a signature dash ("-- ADEBAYO/JT", "RJ:mp").
// The job or document label of a transcription footer ("Job #: 8021572", "Doc ID 4411", "Conf# 88").
// Written in any of three cases, the pattern being case-sensitive.
const JOB_WORDS = ['job', 'doc', 'document', 'conf', 'confirmation', 'dictation', 'transcription', 'trans'].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
const JOB_LABEL = String.raw`(?:${JOB_WORDS.join('|')})[ \t]*(?:#|[Nn]o\.?|NO\.?|ID|[Ii]d|[Nn]umber|NUMBER)?[ \t]*[:#]?[ \t]*\d`;
const JOB_LABEL_AFTER_RE = new RegExp(`^[ \t]*${JOB_LABEL}`);
// The dictated / transcribed stamps of the line before ("D: 03/09/19 0758  T: 03/11/19 1545").
const STAMP_LINE_BEFORE_RE = /(?:^|\n)[ \t]*[DT]{1,2}[ \t]*:[ \t]*\d[^\n]*\n[ \t]*$/;
const DICTATION_INITIALS_RE = new RegExp(String.raw`(?:^|[.;][ \t]+)[ \t]*(?:(?:[DT]|DD|DT)[ \t]*:[ \t]*[\d/.: -]+)*(?:(\p{Lu}{2,4}|\p{Ll}{2,3})[ \t]?\/[ \t]?(\p{Ll}{2,3}|\p{Lu}{2,3})|(\p{Lu}{2,3}):(\p{Ll}{2,3})|(?:--|\/s\/)[ \t]*(\p{Lu}{2,12})\/(\p{Lu}{2,3}|\p{Ll}{2,3}))(?=[ \t]*(?:$|(?:[DT]{1,2})[ \t]*:|\d{1,2}\/\d{1,2}\/\d{2,4}|${JOB_LABEL}))`, 'gmu');
// "cc: JS; KLM; Dr. T.R.": initials in a copy list.
const CC_INITIALS_RE = /\bcc[ \t]*:[ \t]*((?:\p{Lu}{2,4}[ \t]*[;,][ \t]*)*\p{Lu}{2,4})(?=[ \t]*(?:[;,.]|$))/gmu;
// Radiology shorthand written the same way ("PA/lat", "ap/lat", "ct/mr").
const SHORTHAND_PAIRS: ReadonlySet<string> = new Set(nameCues().nameWords.shorthandPairs);

// A letter of the pattern's initials, or a code unit that may be part of one beyond ASCII.
const mayBeLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 128;

/**
 * Whether {@link DICTATION_INITIALS_RE} can match in `text`: each match holds a "/" with a letter
 * on either side (one blank or tab between allowed) or a ":" between two letters. Most reports
 * hold neither, and two `indexOf` scans then spare the pattern's try at every position.
 */
function mayHoldDictationInitials(text: string): boolean {
  const blank = (c: number) => c === 32 || c === 9;
  for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1)) {
    let b = p - 1;
    if (b >= 0 && blank(text.charCodeAt(b))) b--;
    let a = p + 1;
    if (a < text.length && blank(text.charCodeAt(a))) a++;
    if (b >= 0 && a < text.length && mayBeLetter(text.charCodeAt(b)) && mayBeLetter(text.charCodeAt(a))) return true;
  }
  for (let p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
    if (p > 0 && p + 1 < text.length && mayBeLetter(text.charCodeAt(p - 1)) && mayBeLetter(text.charCodeAt(p + 1))) return true;
  }
  return false;
}

/** Initials of the dictating and typing persons at the end of a line ("JRS/kmw"). */
export function dictationInitials(s: TokenScanner): void {
  if (!mayHoldDictationInitials(s.text)) return;
  for (const m of allMatches(DICTATION_INITIALS_RE, s.text)) {
    const first = m[1] ?? m[3] ?? m[5]!;
    const second = m[2] ?? m[4] ?? m[6]!;
    const a = first.toLowerCase();
    const b = second.toLowerCase();
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // A transcription footer (a job label after the pair, or the dictated / typed stamps on the line
    // before it) makes any pair of letters initials, even "hr/io"; elsewhere words and shorthand stay.
    const footer = JOB_LABEL_AFTER_RE.test(after) || STAMP_LINE_BEFORE_RE.test(s.text.slice(Math.max(0, m.index - 120), m.index + m[0].length - m[0].trimStart().length));
    if (!footer && (SHORTHAND_PAIRS.has(a) || SHORTHAND_PAIRS.has(b) || s.lex.clinical.has(a) || s.lex.clinical.has(b) || s.common.has(b) || STOP.has(a) || STOP.has(b))) continue;
    // Two capitals pairs ("HTN/DM") are initials only in a footer.
    if (!footer && m[2] !== undefined && !hasLower(second)) continue;
    // A lower-case pair at a line start is shorthand ("sero/san") unless dictation stamps follow it.
    if (!hasUpper(first) && !footer && !/^[ \t]*[DT]{1,2}[ \t]*:/.test(after)) continue;
    const i = s.byStart.get(m.index + m[0].lastIndexOf(first, m[0].length - second.length - 1));
    const j = s.byStart.get(m.index + m[0].lastIndexOf(second));
    if (i !== undefined) s.mark(i, 'NAME', 'initials');
    if (j !== undefined) s.mark(j, 'NAME', 'initials');
  }
}

// "agnieszka levine remains on vent", "Bob Tanaka is a 90 yo": a note line that opens with the
// patient's name and a verb of the patient's state.
const SUBJECT_LINE_RE = /^[ \t]*(?:(?:pt|patient|mr|mrs|ms)\.?[ \t]+)?([A-Za-z][a-z'’]+)(?:[ \t]+([A-Za-z][a-z'’]+))?[ \t]+(?:remains|remained|is|was|transferred|denies|denied|states|stated|c\/o|complains|slept|tolerated|tolerating|resting|admitted|received|seen|continues|has|had)\b/gim;
// Tried at line starts only (line-ends.ts lineStartMatches): the pattern opens with `^`.
const SUBJECT_LINE_AT = new RegExp(SUBJECT_LINE_RE.source, 'imy');

/** A line opening with a name no word list knows and a verb of the patient's state. */
// The clinical nouns after a person's name that make it name a thing (deid-eponym-heads.yaml).
const SUBJECT_EPONYM_HEADS: ReadonlySet<string> = eponymHeadWords();
// The lists that make a word of a subject line ordinary vocabulary (with the word shapes and relations).
const SUBJECT_PLAIN = LEX.COMMON | LEX.CLINICAL | LEX.STOP | LEX.CLIPPED | LEX.TITLE | LEX.CREDENTIAL;

export function subjectLineNames(s: TokenScanner): void {
  // All-capitals notes open lines with section words ("HEME- REMAINS…") that no list knows.
  if (s.style === 'upper') return;
  // Past its blanks the pattern opens with an ASCII letter (a label or the name; `i` without `u`).
  for (const m of lineStartMatches(s.text, SUBJECT_LINE_AT, isAsciiLetter)) {
    const words = [m[1]!, m[2]].filter((w): w is string => w !== undefined);
    // Each word's lexicon mask (one memo look-up) answers the list questions below; the clipped
    // test is a binary search over the vocabulary when asked of the word itself.
    const lower = words.map((w) => w.toLowerCase());
    const flags = lower.map((l) => lexiconFlags(l));
    const plain = (k: number) => {
      const l = lower[k]!;
      return (flags[k]! & SUBJECT_PLAIN) !== 0 || WORD_SHAPED.test(l) || RELATIVE_WORDS.has(l) || l.length < 3;
    };
    // Every word must be name-like: a first / last name of the lexicons, or a word no list has.
    // A first name that is also a word ("bob", "will") counts before a surname.
    const nameLike = (_w: string, k: number) => !plain(k) || (flags[k]! & (LEX.FIRST | LEX.LAST)) !== 0 || (k === 0 && words.length === 2 && (flags[k]! & LEX.AMBIGUOUS) !== 0 && !plain(1));
    if (!words.every(nameLike)) continue;
    if (flags.some((f) => (f & (LEX.CLINICAL | LEX.STOP)) !== 0)) continue;
    // "Kocher maneuver was performed", "Hasson trocar was placed": a name and its eponym head name a thing.
    if (lower.length === 2 && SUBJECT_EPONYM_HEADS.has(lower[1]!)) continue;
    // One word alone must be a name the lexicons know ("Agnieszka remains…" needs a surname too).
    const known = flags.filter((f) => (f & (LEX.FIRST | LEX.LAST)) !== 0).length;
    if (known === 0 && words.length < 2) continue;
    let at = m.index;
    for (const w of words) {
      at = s.text.indexOf(w, at);
      const i = s.byStart.get(at);
      if (i !== undefined) s.mark(i, 'NAME', 'subject');
      at += w.length;
    }
  }
}

/** Initials in a copy list ("cc: JS; KLM"). */
export function copyListInitials(s: TokenScanner): void {
  // A match holds "cc", blanks and a colon (no `i` flag): a report without is not scanned.
  if (!holdsBeforeColon(s.text, 'cc')) return;
  for (const m of allMatches(CC_INITIALS_RE, s.text)) {
    const base = m.index + m[0].indexOf(m[1]!);
    for (const part of allMatches(/\p{Lu}{2,4}/gu, m[1]!)) {
      const w = part[0].toLowerCase();
      if (SHORTHAND_PAIRS.has(w) || s.lex.clinical.has(w)) continue;
      const i = s.byStart.get(base + part.index);
      if (i !== undefined) s.mark(i, 'NAME', 'initials');
    }
  }
}

export function titleCasePairs(s: TokenScanner): void {
  if (s.style !== 'mixed') return;
  const titled = (x: Token | undefined) => !!x && x.word.length >= 3 && isCap(x.word) && hasLower(x.word);
  for (let i = 0; i + 1 < s.tokens.length; i++) {
    const f = s.tokens[i]!;
    const l = s.tokens[i + 1]!;
    if (!titled(f) || !titled(l) || !s.blankBetween(i, i + 1)) continue;
    if (s.marked.has(i) && s.marked.has(i + 1)) continue;
    const fw = f.lower;
    // The surname without its possessive: the token's own mask when there is none.
    const possessive = l.lower.endsWith("'s");
    const lw = possessive ? l.lower.slice(0, -2) : l.lower;
    const lf = possessive ? lexiconFlags(lw) : l.flags;
    if (((f.flags | lf) & (LEX.CLINICAL | LEX.STOP)) !== 0) continue;
    if ((f.flags & (LEX.FIRST | LEX.AMBIGUOUS)) === 0) continue;
    if ((lf & (LEX.LAST | LEX.AMBIGUOUS)) === 0 && !IRISH_O.test(lw)) continue;
    // "Sister-in-Law Rose": the compound's last word is no given name; the relative's name stands alone.
    if (relationCompoundTail(s, i)) continue;
    // A heading or an institution ("Rose Hill Medical Center") is three Title-case words or more.
    if (titled(s.tokens[i + 2]) && s.blankBetween(i + 1, i + 2)) continue;
    if (i > 0 && titled(s.tokens[i - 1]) && s.blankBetween(i - 1, i)) continue;
    if (s.serviceAfter(i + 1)) continue;
    // "New Haven", "Rose Hill": a town of the places lexicon, left to the place passes.
    if (s.lex.places.has(`${fw} ${lw}`)) continue;
    s.mark(i, 'NAME', 'name-pair');
    s.mark(i + 1, 'NAME', 'name-pair');
  }
}

/**
 * "BEA TURA AND DRS JOSEPH AND ROBBINSON AWARE": one or two name-shaped words joined by "and" / "&"
 * to a titled name are a name too.
 */
export function namesBeforeAndTitle(s: TokenScanner): void {
  for (let i = 2; i < s.tokens.length - 1; i++) {
    const and = s.tokens[i]!;
    if ((and.lower !== 'and' && and.lower !== '&') || !TITLES.has(titleWord(s.tokens[i + 1]!)) || !s.marked.has(i + 2)) continue;
    for (let j = i - 1, n = 0; j >= 0 && n < 2 && !s.marked.has(j); j--, n++) {
      const p = s.tokens[j]!;
      const w = p.lower;
      const wFlags = p.flags;
      if (!s.blankBetween(j, j + 1) || (wFlags & LEX.STOP) !== 0 || (wFlags & LEX.TITLE) !== 0 || (wFlags & LEX.CREDENTIAL) !== 0 || RELATIVE_WORDS.has(w) || (wFlags & LEX.CLINICAL) !== 0 || w.length < 3) break;
      if (s.style === 'mixed' && !(isCap(p.word) && hasLower(p.word))) break;
      const known = (wFlags & LEX.FIRST) !== 0 || (wFlags & LEX.LAST) !== 0 || (wFlags & LEX.AMBIGUOUS) !== 0;
      if (!known && ((wFlags & LEX.COMMON) !== 0 || WORD_SHAPED.test(w))) break;
      s.mark(j, 'NAME', 'name-list');
    }
  }
}

// A colon right after a credential, or after a short bracket behind it ("MD:", "MD (OURS):"): a field label
// when the word before it is a role in the participle ("referring", "accepting", "sending", "receiving").
const CREDENTIAL_LABEL = /^[ \t]*(?:\([^)\n]{0,10}\)[ \t]*)?:/;
const ROLE_PARTICIPLE = /^[a-z]{4,}ing$/;

/** Whether `t` is an ordinary word in "-ing" that no name list holds ("referring", "accepting"; not "manning"). */
function roleParticiple(t: Token): boolean {
  return ROLE_PARTICIPLE.test(t.lower) && (t.flags & LEX.COMMON) !== 0 && (t.flags & NAME_LISTS) === 0;
}

/**
 * "Rounded by Chidi Penrose, NP with Dr. Booker": "with" / "and" after "NP" or "PA" join another person, not a
 * pressure or prongs, when a comma sets the credential after a Title-case word no clinical list holds.
 */
function signedBeforeJoin(s: TokenScanner, i: number): boolean {
  const next = s.tokens[i + 1]?.lower;
  const p = s.tokens[i - 1];
  if ((next !== 'with' && next !== 'and') || !p || s.style !== 'mixed') return false;
  if (!isCommaGap(s.text, p.end, s.tokens[i]!.start) || !isCap(p.word) || !hasLower(p.word) || (p.flags & LEX.STOP) !== 0) return false;
  if ((p.flags & LEX.CLINICAL) === 0) return true;
  // An eponym-shaped surname ("Penrose") counts after a given name set off by a blank, not inside "Swan-Ganz".
  const q = s.tokens[i - 2];
  return !!q && /^[ \t]+$/.test(s.text.slice(q.end, p.start)) && isCap(q.word) && hasLower(q.word) && (q.flags & (LEX.CLINICAL | LEX.STOP)) === 0;
}

/** "John Smith, MD" / "J. Smith MD": the tokens before a credential. */
export function credentials(s: TokenScanner): void {
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if ((t.flags & LEX.CREDENTIAL) === 0) continue;
    // "pa" / "do" are also pulmonary artery / the verb: in one-case notes only unambiguous credentials count.
    if (s.style !== 'mixed' && (t.lower === 'pa' || t.lower === 'do')) continue;
    const before = s.text.slice(s.tokens[i - 1]!.end, t.start);
    const after = s.text.slice(t.end, t.end + 3);
    // "2l NP", "PA 54/18", "PA line", "PA pressures": nasal prongs and the pulmonary artery, not a credential.
    if (/\d/.test(before)) continue;
    // "REFERRING MD: DR …", "SENDING MD (OURS): …": a credential labelling a field after a role names no person.
    if (CREDENTIAL_LABEL.test(s.text.slice(t.end, t.end + 16)) && ROLE_PARTICIPLE.test(s.tokens[i - 1]!.lower)) continue;
    // "Plan: MSW f/u 2 wks": after a label's colon the credential opens the field's text; the label is no one.
    if (before.includes(':')) continue;
    if ((t.lower === 'pa' || t.lower === 'np') && (/^[ \t]*\d/.test(s.text.slice(t.end, t.end + 4)) || (PA_NOUNS.has(s.tokens[i + 1]?.lower ?? '') && !signedBeforeJoin(s, i)))) continue;
    if (s.style !== 'mixed' && !before.includes(',') && !/^[ \t.]*(?:\n|$)/.test(after)) {
      // "STORD-PAINTER MD PLANS…": in a one-case note a hyphenated pair before the credential is a surname.
      hyphenatedBeforeCredential(s, i);
      continue;
    }
    if (s.style === 'mixed' && hasLower(t.word)) {
      // "anita morris rn" closing a line of a mixed-case note: a lower-case signature of a first and a last name.
      if (/^[ \t.]*(?:\n|$)/.test(after) && i >= 2) lowerSignature(s, i - 2, i - 1);
      continue;
    }
    for (let j = i - 1, n = 0; j >= 0 && n < 3; j--, n++) {
      const p = s.tokens[j]!;
      // "Charge RN", "Hospice Aide CNA": a staff role before the credential is no one's name; nor is a
      // participle of the role ("Referring MD", "Covering NP"), unless a name list holds it ("Manning RN").
      if (staffWord(p.lower) || roleParticiple(p)) break;
      const initial = s.isInitial(p);
      const eponymSurname = isCap(p.word) && (p.flags & LEX.CLINICAL) !== 0 && !isCapitalsOnly(p.word);
      // A name that is also a word ("Lander", "Care") counts before a credential only when another
      // name part or an initial precedes it ("Q. Lander RRT", not "skin care RN").
      const before = s.tokens[j - 1];
      const nameBefore =
        before !== undefined &&
        /^[ \t]*\.?[ \t]*$/.test(s.text.slice(before.end, p.start)) &&
        (s.isInitial(before) || s.isLexName(before) || ((before.flags & LEX.COMMON) === 0 && (before.flags & LEX.CLINICAL) === 0 && (before.flags & LEX.STOP) === 0));
      const strong = (s.style === 'mixed' && isCap(p.word) && hasLower(p.word)) || n > 0 || nameBefore;
      // "-- Will, RN": a signature line's name, even a word, right after the dash or at the line start.
      const signature = n === 0 && (isCap(p.word) || (s.style === 'lower' && (p.flags & LEX.STOP) === 0)) && (p.flags & LEX.CLINICAL) === 0 && /(?:^|\n|--|\/s\/)[ \t]*$/.test(s.text.slice(Math.max(0, p.start - 6), p.start));
      if (!initial && !eponymSurname && !signature && !s.canFollowCue(p, strong)) break;
      s.mark(j, 'NAME', 'credential');
      const gap = s.text.slice(s.tokens[j - 1]?.end ?? 0, p.start);
      if (!/^[ \t]*[.,]?[ \t]*$/.test(gap)) break;
    }
  }
}

/**
 * "OKAFOR-LIND RN", "stord-painter md": two words joined by a hyphen right before a credential,
 * neither a clinical term nor a function word and not both plain words ("FOLLOW-UP MD"), are a
 * double-barrelled surname; an initial before it joins it.
 */
function hyphenatedBeforeCredential(s: TokenScanner, i: number): void {
  const a = s.tokens[i - 2];
  const b = s.tokens[i - 1];
  if (!a || !b || s.text.slice(a.end, b.start) !== '-' || !isBlankRun(s.text, b.end, s.tokens[i]!.start)) return;
  const usable = (w: string) => w.length >= 2 && !s.lex.clinical.has(w) && !STOP.has(w) && !CREDENTIALS.has(w) && !TITLES.has(w) && !s.prefixes.has(w) && !WORD_SHAPED.test(w) && !/^(?:non|pre|post|re|anti|semi|sub|inter|intra|over|under|self|co|ex|multi|follow|check|x)$/.test(w);
  if (!usable(a.lower) || !usable(b.lower) || ((a.flags & LEX.COMMON) !== 0 && (b.flags & LEX.COMMON) !== 0)) return;
  s.mark(i - 2, 'NAME', 'credential');
  s.mark(i - 1, 'NAME', 'credential');
  const c = s.tokens[i - 3];
  if (c && s.isInitial(c) && /^\.?[ \t]+$/.test(s.text.slice(c.end, a.start))) s.mark(i - 3, 'NAME', 'credential');
}

/**
 * "will consult with patty hoeller": after a cue, a note may write a name in lower
 * case: a first name the lists know (even one that is also a word), then a surname no word list has.
 */
function lowerCaseNameAfterCue(s: TokenScanner, i: number): void {
  const f = s.tokens[i];
  const l = s.tokens[i + 1];
  if (!f || !l || f.word !== f.lower || l.word !== l.lower || !s.blankBetween(i, i + 1)) return;
  if (!((f.flags & LEX.FIRST) !== 0 || (f.flags & LEX.AMBIGUOUS) !== 0) || (f.flags & LEX.STOP) !== 0 || (f.flags & LEX.CLINICAL) !== 0) return;
  const w = l.lower;
  const wFlags = l.flags;
  if (w.length < 3 || (wFlags & LEX.COMMON) !== 0 || (wFlags & LEX.CLINICAL) !== 0 || (wFlags & LEX.AMBIGUOUS) !== 0 || (wFlags & LEX.STOP) !== 0 || (wFlags & LEX.CLIPPED) !== 0 || WORD_SHAPED.test(w)) return;
  s.mark(i, 'NAME', 'cue');
  s.mark(i + 1, 'NAME', 'cue');
}

/** "anita morris rn": a lower-case first and last name the lists know, closing a line before a credential. */
function lowerSignature(s: TokenScanner, f: number, l: number): void {
  const first = s.tokens[f]!;
  const last = s.tokens[l]!;
  if (!s.blankBetween(f, l) || !s.blankBetween(l, l + 1) || first.word !== first.lower || last.word !== last.lower) return;
  const plain = (w: string) => s.common.has(w) || s.lex.clinical.has(w) || s.lex.ambiguousNames.has(w) || STOP.has(w);
  if ((first.flags & LEX.FIRST) === 0 || plain(first.lower) || !((last.flags & LEX.LAST) !== 0 || (last.flags & LEX.FIRST) !== 0) || plain(last.lower)) return;
  s.mark(f, 'NAME', 'credential');
  s.mark(l, 'NAME', 'credential');
}

// What joins two words of a name in extend: blanks (not two or more alone, a header's field gap),
// blanks around one full stop, or a hyphen alone; anything else keeps them apart.
const GAP_NONE = 0;
const GAP_BLANK = 1;
const GAP_DOT = 2;
const GAP_HYPHEN = 3;

/**
 * The kind of `text[from, to)` as a gap inside a name: what the tests `/^(?:[ \t]*\.?[ \t]*|-)$/`
 * and not `/^[ \t]{2,}$/`, then `includes('.')` and `=== '-'`, say of it, without the slice.
 */
function nameGap(text: string, from: number, to: number): number {
  if (to - from === 1 && text.charCodeAt(from) === 45) return GAP_HYPHEN;
  let blanks = 0;
  let dots = 0;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9) blanks++;
    else if (c === 46 && dots === 0) dots++;
    else return GAP_NONE;
  }
  if (dots === 1) return GAP_DOT;
  return blanks >= 2 ? GAP_NONE : GAP_BLANK;
}

/** Whether a word is in the vocabulary (English, clinical, the notes' words) and in no name or place list. */
function unlistedVocabularyWord(w: string, f: number, vocab: KeepVocabulary): boolean {
  return (f & NAME_LISTS) === 0 && inVocabulary(vocab, w, f);
}

/**
 * Grows names to neighbouring capitalised words and initials ("Mary" + "Souza", "J." + "Smith");
 * `vocab` tells the words of a one-case note that are terms, not unknown names. With `since`, only
 * the names among the marks from that index on grow (the learned layer's, marked after the rules).
 */
export function extend(s: TokenScanner, vocab: KeepVocabulary, since?: number): void {
  // Rounds until no mark is added. Whether a neighbour joins a marked token depends on the tokens
  // alone, never on what else is marked (a marked neighbour is only skipped): a token read in an
  // earlier round adds nothing when read again. So each round reads only the tokens marked since
  // the round before, in the order marked — the marks come out as when every round read them all.
  // Called again with `since` (the learned layer's marks), only names grow: by then places are marked too.
  let from = since ?? 0;
  while (from < s.marked.size) {
    const to = s.marked.size;
    for (let m = from; m < to; m++) {
      const i = s.marked.at(m);
      const cur = s.tokens[i]!;
      if (since !== undefined && !s.inName(i)) continue;
      for (const j of [i - 1, i + 1]) {
        const t = s.tokens[j];
        if (!t || s.marked.has(j)) continue;
        // A possessive closes a name: the word after it is what the person has ("vandrella's cellphone").
        if (j > i && endsWithPossessive(cur.lower)) continue;
        // A wide gap separates the fields of a header line ("Lamb, Will  Acct#…").
        const gap = j < i ? nameGap(s.text, t.end, cur.start) : nameGap(s.text, cur.end, t.start);
        if (gap === GAP_NONE) continue;
        // A full stop joins only an initial to its name ("J. Smith"); after a whole word it ends the sentence.
        if (gap === GAP_DOT && (j > i ? cur.word.length !== 1 : t.word.length !== 1)) continue;
        const initial = s.isInitial(t) || (j < i && s.lowerInitialBefore(j));
        const w = t.lower;
        const f = t.flags;
        if (RELATIVE_WORDS.has(w) || staffWord(w) || s.carriesOn(t) || misspeltRelationToken(t, shippedVocabulary()) || relationCompoundTail(s, j)) continue;
        // A name-list word that is also a word, in a name's shape beside this name part (name-halves.ts),
        // asked only where the tests below leave it.
        const half = () => (gap === GAP_BLANK || gap === GAP_DOT || (gap === GAP_HYPHEN && j > i)) && nameHalfBeside(s, i, j, gap === GAP_DOT ? 'dot' : gap === GAP_HYPHEN ? 'hyphen' : 'blank');
        if ((f & (LEX.TITLE | LEX.CREDENTIAL | LEX.STOP)) !== 0) {
          if (!initial && half()) s.mark(j, 'NAME', 'name-half');
          continue;
        }
        // The model's names grow by the list words of a name's shape only: its marks are less sure
        // than a rule's, and a role word no list holds ("DRIVER", "coworker") or a dotted
        // abbreviation ("D.O.B.") often stands beside them.
        if (since !== undefined) {
          if (half()) s.mark(j, 'NAME', 'name-half');
          continue;
        }
        // An all-capitals word in mixed-case text is an abbreviation unless a lexicon knows it as a name.
        const shouting = s.style === 'mixed' && t.word.length > 1 && !hasLower(t.word);
        const capitalised = isCap(t.word) && hasLower(t.word);
        const nameLike =
          s.isLexName(t) ||
          // "Henry Jones", "Karen Ann": a surname that is also an eponym or a word, next to a name.
          (capitalised && (f & LEX.CLINICAL) !== 0 && (cur.flags & LEX.FIRST) !== 0 && j > i && !s.lowerWordAfter(j)) ||
          ((f & LEX.AMBIGUOUS) !== 0 && (cur.flags & LEX.FIRST) !== 0 && j > i && !s.lowerWordAfter(j) && (s.style !== 'mixed' || capitalised)) ||
          // "with martin carey", "Will Hanson": a first name that is also a word, right before a known surname.
          (j < i && (f & LEX.AMBIGUOUS) !== 0 && ((cur.flags & LEX.LAST) !== 0 || (cur.flags & LEX.FIRST) !== 0) && (f & LEX.CLINICAL) === 0 && (s.style !== 'mixed' || capitalised)) ||
          (s.style === 'mixed' && !shouting && isCap(t.word) && (f & LEX.COMMON) === 0 && (f & LEX.CLINICAL) === 0 && w.length > 1) ||
          // "Kevin Ng, RN", "Mei Ho": a two-letter surname after a given name, though the letters spell a word or an abbreviation.
          (s.style === 'mixed' && j > i && capitalised && w.length === 2 && (cur.flags & LEX.FIRST) !== 0 && isCap(cur.word) && (f & LEX.CLINICAL) === 0 && !s.lowerWordAfter(j)) ||
          // In a one-case note an unknown word beside a name grows it ("BEA TURAVSKI"); a vocabulary
          // word no name list holds is a term ("RUN OF VENT TRIGEMINY ODA KELLAN AWARE").
          (s.style !== 'mixed' && w.length >= 4 && (f & (LEX.COMMON | LEX.CLINICAL | LEX.CLIPPED)) === 0 && !WORD_SHAPED.test(w) && !unlistedVocabularyWord(w, f, vocab)) ||
          // "SUN-HEE", "Jean-Pierre": both halves of a hyphenated name part; in a one-case note not a
          // vocabulary term glued to an initial ("GIVEN ZOFRAN-R. HALVERSEN").
          (gap === GAP_HYPHEN && w.length >= 2 && (f & LEX.CLINICAL) === 0 && (f & LEX.COMMON) === 0 && !s.serviceAfter(j) && !(s.style !== 'mixed' && unlistedVocabularyWord(w, f, vocab)));
        if (initial || nameLike) {
          s.mark(j, 'NAME', 'extend');
        } else if (half()) {
          s.mark(j, 'NAME', 'name-half');
        }
      }
      // "d. renna and j. o'brien": an initial with a dot and a surname after "and" continue a name list.
      const and = s.tokens[i + 1];
      const ini = s.tokens[i + 2];
      const sur = s.tokens[i + 3];
      if (and && ini && sur && (and.lower === 'and' || and.lower === '&') && !s.marked.has(i + 2) && ini.word.length === 1 && s.text[ini.end] === '.' && isBlankRun(s.text, cur.end, and.start) && isBlankRun(s.text, and.end, ini.start)) {
        const w = sur.lower;
        const wFlags = sur.flags;
        if (/^\.[ \t]*$/.test(s.text.slice(ini.end, sur.start)) && (wFlags & LEX.COMMON) === 0 && (wFlags & LEX.CLINICAL) === 0 && (wFlags & LEX.STOP) === 0 && w.length > 2) {
          s.mark(i + 2, 'NAME', 'extend');
          s.mark(i + 3, 'NAME', 'extend');
        }
      }
    }
    from = to;
  }
}
