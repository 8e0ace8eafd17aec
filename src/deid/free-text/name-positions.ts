// Name-like positions read by position rather than vocabulary (issue 11): names that are also
// English words ("HOPE", "WILL", "FRANK", "Church") are caught where the note's layout says a
// person stands — after a lead word and closed by a role, in a "LAST, FIRST" header line, in a
// bracket after a relation, after a staff role — not because a list calls them names. The cue
// words are data (rules/en/deid-name-cues.yaml: leadRuns, roleLeads, roles, headerLabels,
// headerClosers, patientLeads, bracketRelations, patientDescriptors, valedictions, weakLeads).
import * as tokenScanner from './token-scanner.js';
import type { Token, TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { dottedAbbreviation, nameListWord, staffWord, unknownWord, WEEKDAY_NAMES, type DeidProfile } from '../keep-list/name-words.js';
import { inVocabulary, LEX, NAME_LISTS, lexiconFlags } from '../lexicon-flags.js';
import { nearRelationShape } from './relation-shapes.js';
import { MONTH_WORDS } from '../patterns.js';
import { nameCues } from '../rules/deid-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { AnchoredRegex } from '../keyword-anchors.js';
import { POSSESSIONS, RELATION_CUE_WORDS } from './vocabulary.js';
import { isBlank, isCommaGap, nextNonBlank } from './blank-skip.js';
import { isAsciiLetter } from '../../util/ascii-chars.js';

const { endsWithPossessive, hasLower, isBlankRun, isCap, isTitleCase } = tokenScanner;

const cues = nameCues().cues;
const phraseRe = (words: string[]) =>
  new RegExp(`(?<![A-Za-z/])(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|')})(?![A-Za-z])[ \\t]*:?[ \\t]*`, 'gi');
// A cue phrase starts at a letter run that is its first word's (the lookbehind refuses a letter
// before it, and a blank, a "/" or the closing `(?![A-Za-z])` follows that run): the phrases run
// only where such a word stands (keyword-anchors.ts), not over the whole text.
/** A cue phrase list as a keyword-anchored regex: the phrase, then blanks and an optional colon. */
export const anchoredPhrases = (words: string[]) => new AnchoredRegex(phraseRe(words), [...new Set(words.map(cueFirstRun))]);
const LEAD_RE = anchoredPhrases(cues.leadRuns.words);
const WEAK_LEAD_RE = anchoredPhrases(cues.weakLeads.words);
const ROLE_LEAD_RE = anchoredPhrases(cues.roleLeads.words);
const ROLES = new Set(cues.roles.words);
const HEADER_LABELS = new Set(cues.headerLabels.words);
const HEADER_CLOSERS = new Set(cues.headerClosers.words);
// Read at the tokens that open a label (a set look-up per token), not as a keyword-anchored pattern:
// the anchor masks hold 31 patterns and are full.
const PERSON_LABEL_RE = new RegExp(phraseRe(cues.personLabels.words).source, 'iy');
// A closing word before the signer's name ("Sincerely, Harriet Vance") opens no "Last, First" pair;
// one the name lists hold ("Best, George") still may.
const PAIR_NON_NAMES = new Set([...cues.pairNonNames.words, ...cues.valedictions.words.filter((w) => !w.includes(' ') && (lexiconFlags(w) & NAME_LISTS) === 0)]);
/** Whether a lower-case word never stands as either half of a "Last, First" pair (rules/en/deid-name-cues.yaml pairNonNames, closing words). */
export const pairNonName = (w: string): boolean => PAIR_NON_NAMES.has(w);
const DASH_NON_NAMES = new Set([...cues.dashSignOffNonNames.words, ...cues.valedictions.words]);
const BRACKET_RELATIONS = new Set([...cues.relatives.words, ...cues.bracketRelations.words]);
const DESCRIPTOR_RE = anchoredPhrases(cues.patientDescriptors.words);
const VALEDICTION_RE = new RegExp(`^[ \\t]*(?:${cues.valedictions.words.map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})[ \\t]*[,.!]?[ \\t]*$`, 'i');
// The longest word of each valediction ("wishes" of "with best wishes": a common word such as "with"
// would let every report through): a line VALEDICTION_RE matches holds it as written (the words are
// letters, a blank between words of a phrase), so a report holding none of them (TokenScanner.mayHold,
// a necessary condition) has no valediction line. Undefined (no gate) should a valediction hold
// anything but letters and blanks, or none be listed.
const VALEDICTION_WORDS: readonly string[] | undefined =
  cues.valedictions.words.length > 0 && cues.valedictions.words.every((w) => /^[A-Za-z]+(?: [A-Za-z]+)*$/.test(w))
    ? [...new Set(cues.valedictions.words.map((w) => w.split(' ').reduce((a, b) => (b.length > a.length ? b : a)).toLowerCase()))]
    : undefined;
const STRONG_LEAD_RE = anchoredPhrases([...cues.staffLeads.words, ...cues.contactLeads.words]);
const LIST_LEAD_RE = anchoredPhrases(cues.listLeads.words);
const LIST_CLOSERS = new Set(cues.listClosers.words);
const LIST_TAIL_RE = anchoredPhrases([...cues.listTails.words, ...cues.presenceTails.words]);
const PRESENCE_TAILS = new Set(cues.presenceTails.words);
// The presence tails after which a lone word must be one the name lists hold; those after which every word of
// the run must be an initial or one the name lists hold ("supply present" is a thing): nameWords of the cues.
const NAME_LIST_TAILS: ReadonlySet<string> = new Set(nameCues().nameWords.presenceTailsListed);
const ALL_LISTED_TAILS: ReadonlySet<string> = new Set(nameCues().nameWords.presenceTailsAllListed);
const ARTICLES = new Set(['a', 'an', 'the', 'her', 'his', 'their', 'my', 'your', 'our', 'its', 'this', 'that']);
const CONTACT_CLOSERS = new Set(cues.contactClosers.words.map((w) => w.replace(/:$/, '')));
// The staff roles in brackets, and every credential, post-nominal and staff tag of the rules written alone in one ("Orsolya
// (SRNA)", "QUILLAN (CST)"): a bracket that holds only a person's credential names the run before it as that person.
const BRACKET_ROLES = [...cues.roleBrackets.words, ...cues.credentials.words, ...cues.signCredentials.words, ...nameCues().nameWords.postNominals, ...nameCues().nameWords.pairStaffTags];
const ROLE_BRACKET_RE = new RegExp(`[ \\t]*\\((?:${cueAlternation(BRACKET_ROLES, '[ \\t]+')})\\)`, 'iy');
// The one-word staff labels of the strong leads ('sitter', 'receiver') are never a name part.
const STAFF_LABELS = new Set(cues.staffLeads.words.filter((w) => /^[a-z]+$/.test(w)));
const TAG_WORDS: ReadonlySet<string> = new Set(nameCues().nameWords.relationTagWords);

/** How a token may stand in a name run: an initial, a word no vocabulary holds, or a word a name list holds. */
type Part = 'initial' | 'unknown' | 'listed' | undefined;

function partOf(s: TokenScanner, i: number, vocab: KeepVocabulary, profile: DeidProfile, forgiveTypos = true): Part {
  const t = s.tokens[i]!;
  if (dottedAbbreviation(s, t)) return undefined;
  if (t.word.length === 1) return s.text[t.end] === '.' && isCap(t.word) && t.word !== 'I' ? 'initial' : undefined;
  // In a mixed-case note a word in capitals is an abbreviation ("w/ AMS", "per MOLST"); shouted lines are read again on their own.
  if (s.style === 'mixed' && !hasLower(t.word)) return undefined;
  // A word without a vowel is an abbreviation ("PT TXF FROM"), not a name.
  // Balanced: a misspelt word one edit from the vocabulary ("GLUCCOSE") is the word.
  if (unknownWord(s, t, vocab, profile, forgiveTypos)) return /[aeiouyà-ÿ]/i.test(t.word) ? 'unknown' : undefined;
  if (nameListWord(s, t)) return 'listed';
  // "I saw Will again": in a mixed-case note a Title-case word mid-sentence that a name list holds,
  // even a function word, after a lead ("will" is not written "Will" mid-sentence).
  if (s.style === 'mixed' && titleCase(t) && (t.flags & LEX.AMBIGUOUS) !== 0 && (t.flags & LEX.CLINICAL) === 0 && i > 0 && !/[.!?:\n][ \t"'(]*$/.test(s.text.slice(Math.max(0, t.start - 3), t.start))) return 'listed';
  // "WILL OYELARAN", "tech Will Church": a first name that is also a function word, only before another name part.
  const n = s.tokens[i + 1];
  if ((t.flags & LEX.AMBIGUOUS) !== 0 && (t.flags & LEX.CLINICAL) === 0 && (s.style !== 'mixed' || titleCase(t)) && n && /^[ \t]$/.test(s.text.slice(t.end, n.start))) {
    // Only before a word no vocabulary holds ("PT ALL MORNING" stays).
    if (unknownWord(s, n, vocab, profile) && /[aeiouy]/i.test(n.word)) return 'listed';
  }
  return undefined;
}

const titleCase = (t: Token) => isTitleCase(t.word);

/** Whether `text[from, to)` is only spaces and tabs (true when empty). */
function blanksOnly(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Whether `text[from, to)` is blanks, one "&" or "/", and blanks (`/^[ \t]*[&/][ \t]*$/`). */
function ampOrSlashGap(text: string, from: number, to: number): boolean {
  let p = from;
  while (p < to && isBlank(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  return p < to && (c === 38 || c === 47) && blanksOnly(text, p + 1, to);
}

const LIST_JOIN_RE = /[,&/]|\band\b/i;

/**
 * `/[,&/]|\band\b/i.test(text.slice(from, to))` (a list's joint between two names), read in place
 * for most gaps: a comma, "&" or "/" anywhere in the range is a match of the first alternative; with
 * none, only "and" can match, and under `i` (no `u` flag) only "a" and "A" match its first letter, so
 * a range holding neither is no match. Only a range holding an "a" is asked of the regex. Exported
 * for its test.
 */
export function listJoinInGap(text: string, from: number, to: number): boolean {
  let a = false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 44 || c === 38 || c === 47) return true;
    if (c === 97 || c === 65) a = true;
  }
  return a && LIST_JOIN_RE.test(text.slice(from, to));
}

/** The name run from token `i` on one line: up to `max` parts, a dot only after an initial, a hyphen inside a part. */
function runFrom(s: TokenScanner, i: number, max: number, vocab: KeepVocabulary, profile: DeidProfile, strong = false): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let k = i;
  while (k < s.tokens.length && parts.length < max) {
    if (k > i) {
      // The gap is a blank, a hyphen, or a full stop and a blank (`/^(?:[ \t]|\.[ \t]|-)$/`), read in place.
      const g = s.tokens[k - 1]!.end;
      const len = s.tokens[k]!.start - g;
      const c0 = s.text.charCodeAt(g);
      const c1 = s.text.charCodeAt(g + 1);
      const dotted = len === 2 && c0 === 46 && (c1 === 32 || c1 === 9);
      if (!((len === 1 && (c0 === 32 || c0 === 9 || c0 === 45)) || dotted)) break;
      if (dotted && parts[parts.length - 1] !== 'initial') break;
      // A possessive closes the name ("called vandrella's cellphone").
      if (endsWithPossessive(s.tokens[k - 1]!.lower)) break;
    }
    // "Iris van der Hoek": particles inside a name, before a Title-case part.
    // Next to an initial a word one edit from the vocabulary is still a name ("MAËLLE L.").
    const n = s.tokens[k + 1];
    const besideInitial = parts[parts.length - 1] === 'initial' || (!!n && n.word.length === 1 && s.text[n.end] === '.' && /^[ \t]$/.test(s.text.slice(s.tokens[k]!.end, n.start)));
    const p = k > i && s.isParticle(k) && s.particleRunEndsInName(k) ? 'listed' : (partOf(s, k, vocab, profile, !strong) ?? (besideInitial ? partOf(s, k, vocab, profile, false) : undefined));
    if (!p) break;
    parts.push(p);
    k++;
  }
  return { parts, end: k };
}

/** What follows a run: a role, the end of the phrase (line end, punctuation), a month or a number, or other words. */
function closerAfter(s: TokenScanner, end: number): 'role' | 'end' | 'other' {
  const last = s.tokens[end - 1]!;
  const next = s.tokens[end];
  const gap = s.text.slice(last.end, next ? next.start : s.text.length);
  // "DISCUSSED WITH ROSEMARY ROOT, MD": a role after a comma closes the run too.
  if (next && /^(?:[ \t]+|[ \t]*,[ \t]*)$/.test(gap) && ROLES.has(next.lower)) return 'role';
  if (!next || /^[ \t.]*(?:\n|$|[,;:)|])/.test(gap) || /^[ \t]{2,}/.test(gap) || /^[ \t]+[-–@(]/.test(gap)) return 'end';
  if (/^[ \t]+$/.test(gap) && (MONTH_WORDS.has(next.lower) || /^\d/.test(s.text.slice(next.start)) || next.lower === 'on' || next.lower === 'in' || next.lower === 'at')) return 'end';
  return 'other';
}

/**
 * Whether a run after a lead is a person: an initial with a name word ("BY FRANK N.", "per D. HOPE");
 * after a person lead ("per", "given to", "dear", a staff role; not "with" / "by") a word no
 * vocabulary holds ("TO NOÉMIE") or, in a mixed-case note, Title-case name-list words mid-sentence
 * ("per Hope", "tech Will Church"); two name words closed by a role ("PER WILL OYELARAN PULM
 * ATTENDING").
 */
function acceptRun(s: TokenScanner, parts: Part[], end: number, start: number, personLead: boolean): boolean {
  const words = parts.filter((p) => p !== 'initial').length;
  if (words === 0) return false;
  if (parts.includes('initial')) return true;
  if (personLead && parts.includes('unknown')) return true;
  if (personLead && s.style === 'mixed' && s.tokens.slice(start, end).every((t) => t.word.length === 1 || titleCase(t) || s.isParticle(s.byStart.get(t.start)!))) return true;
  // A lone name-list word closing the phrase ("PER HOPE", "W/ FRANK OCTOBER 13") is left out even
  // under strict: taken there it cost strict token precision 0.83 -> 0.68 in the dev CV ("WITH CARE.").
  // "called rich back", "SPOKE WITH ARCHER RE: DISPO", "d/w mason forest who agrees": after a person lead, a contact closer.
  if (personLead && s.tokens[end] && /^[ \t]+$/.test(s.text.slice(s.tokens[end - 1]!.end, s.tokens[end]!.start)) && CONTACT_CLOSERS.has(s.tokens[end]!.lower)) return true;
  return closerAfter(s, end) === 'role' && (words >= 2 || parts.includes('unknown'));
}

/** Marks tokens `[from, end)` as a NAME found by rule `source`. */
export function markRun(s: TokenScanner, from: number, end: number, source: string): void {
  for (let k = from; k < end; k++) s.mark(k, 'NAME', source);
}

/** Runs after a lead ("PER", "BY", "W/", "REPORT GIVEN TO") and after a staff role ("tech", "Assist", "OPERATOR:"). */
function leadRuns(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  for (const [re, source, personLead] of [[LEAD_RE, 'name-position:lead', true], [WEAK_LEAD_RE, 'name-position:lead', false], [ROLE_LEAD_RE, 'name-position:role', true]] as const) {
    for (const m of re.matchAll(s.text)) {
      if (m[0].includes('\n')) continue;
      const i = s.byStart.get(m.index + m[0].length);
      if (i === undefined) continue;
      const run = runFrom(s, i, 3, vocab, profile);
      // A contact closer ends the run ("called lily back"): it is never the name's part.
      let end = run.end;
      for (let k = i + 1; k < run.end; k++) if (CONTACT_CLOSERS.has(s.tokens[k]!.lower)) { end = k; break; }
      const parts = run.parts.slice(0, end - i);
      if (parts.length && !CONTACT_CLOSERS.has(s.tokens[i]!.lower) && acceptRun(s, parts, end, i, personLead)) markRun(s, i, end, source);
    }
  }
}

/**
 * "ACHTERBERG, ANOUK BED 12", "RE: Wood, Will", "Pt: Lamb, Will  Acct#…", "| Delacroix, Faith": a
 * surname, a comma and a first name opening a line (or after a header label or a "|"), closing the
 * line or followed by a header field. Both words must be name-list words or words no vocabulary holds.
 */
/** A first name of the lists that is no word, clinical term or function word, written as a name. */
function strongFirstName(s: TokenScanner, t: Token): boolean {
  return (t.flags & LEX.FIRST) !== 0 && (t.flags & (LEX.AMBIGUOUS | LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) === 0 && (t.flags & LEX.COMMON) === 0 && (s.style !== 'mixed' || /^\p{Lu}/u.test(t.word));
}

/** A word that may be a surname when a strong first name follows: no clinical, function or title word, capitalised in a mixed-case note. */
function surnameShaped(s: TokenScanner, t: Token): boolean {
  // An ordinary word that is also clinical ("Small", "Rich") may be a surname; a clinical term only may not.
  const clinicalOnly = (t.flags & LEX.CLINICAL) !== 0 && (t.flags & LEX.COMMON) === 0;
  return t.word.length >= 2 && !clinicalOnly && (t.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) === 0 && (s.style !== 'mixed' || /^\p{Lu}/u.test(t.word));
}

/** Whether `before` is one or two header labels ("RE:", "Patient name:"), ":", "#" and "|" read as blanks. */
function headerLabelsOnly(before: string): boolean {
  // Split only when the line before can open the name this way (most "Surname, First" pairs are mid-line).
  const labelWords = before.replace(/[:#|]/g, ' ').trim().toLowerCase().split(/[ \t]+/).filter(Boolean);
  return labelWords.length > 0 && labelWords.length <= 2 && labelWords.every((w) => HEADER_LABELS.has(w));
}

// An age after a name field: "| 88F", ", 78 y/o", "  64 yo" (a bare "16F" is a catheter's size, so the sex letter needs a separator before it).
// "age 69" after a wide gap too ("HALE, Hunter  age 69  MRN …").
const AGE_AFTER = /^(?:[ \t]*[|,][ \t]*\d{1,3}[ \t]?[mfMF]|[ \t]*[|,]?[ \t]*\d{1,3}[ \t]?(?:y\/o|yo|YO|Y\/O|y\.o\.)|[ \t]*[|,]?[ \t]*age[ \t]+\d{1,3})(?![A-Za-z0-9])/i;

/** Whether tokens `i`, `i + 1` are "LAST, FIRST" words with an age right after, both a word the name lists hold, written as names. */
function agedPair(s: TokenScanner, i: number): boolean {
  const a = s.tokens[i]!;
  const b = s.tokens[i + 1]!;
  if (!pairWord(s, a) || !pairWord(s, b) || !nameish(a) || !nameish(b)) return false;
  if (((a.flags | b.flags) & LEX.STOP) !== 0) return false;
  if (s.style === 'mixed' && !(/^\p{Lu}/u.test(a.word) && /^\p{Lu}/u.test(b.word))) return false;
  return AGE_AFTER.test(s.text.slice(b.end, b.end + 16));
}


/**
 * Whether `before` = `text[lineStart, at)` opens a "LAST, FIRST" pair: the line start, a "|" or a
 * spaced slash (header fields: "RM 911A / REED, HOLLY / 80 Y/O F"), a census number ("4 - Ball,
 * Major 64F"), or header label words (headerLabelsOnly) ending in a colon or alone on the line, blanks
 * after each. That is
 * `/(?:^|\||[ \t]\/)[ \t]*$/ || /^[ \t]*\d{1,3}[ \t]*[-–.)][ \t]*$/ || (/:[ \t]*$|^[ \t]*[A-Za-z ]{1,20}[ \t]+$/ && headerLabelsOnly)`
 * on `before`, decided first on its last character that is no blank (speed: most pairs are mid-line,
 * after a word and blanks, and are refused without a slice or a pattern).
 */
function pairOpens(text: string, lineStart: number, at: number): boolean {
  let q = at;
  while (q > lineStart && isBlank(text.charCodeAt(q - 1))) q--;
  if (q === lineStart) return true;
  const c = text.charCodeAt(q - 1);
  if (c === 124 || (c === 47 && q - 1 > lineStart && isBlank(text.charCodeAt(q - 2)))) return true;
  // "-", "–", ".", ")": only the census number can match (the label patterns need a colon or a letter last).
  if (c === 45 || c === 0x2013 || c === 46 || c === 41) return /^[ \t]*\d{1,3}[ \t]*[-–.)][ \t]*$/.test(text.slice(lineStart, at));
  if (c === 58) return headerLabelsOnly(text.slice(lineStart, at));
  // A letter last: the words alone on the line, a blank after them; every character before is a letter, a space or a leading blank.
  if (!isAsciiLetter(c) || q === at) return false;
  let p = q - 1;
  while (p > lineStart && (isAsciiLetter(text.charCodeAt(p - 1)) || text.charCodeAt(p - 1) === 32)) p--;
  if (p > lineStart && text.charCodeAt(p - 1) !== 9) return false;
  const before = text.slice(lineStart, at);
  return /^[ \t]*[A-Za-z ]{1,20}[ \t]+$/.test(before) && headerLabelsOnly(before);
}

function lastFirstLines(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  const { tokens, text } = s;
  for (let i = 0; i + 1 < tokens.length; i++) {
    // The gap is a comma and blanks, none when typed in haste ("Knight,Folake"): `/^,[ \t]*$/`, tested in place.
    const g0 = tokens[i]!.end;
    const g1 = tokens[i + 1]!.start;
    if (g1 - g0 < 1 || text.charCodeAt(g0) !== 44 || !blanksOnly(text, g0 + 1, g1)) continue;
    // The opening: a line start, a "|", or header label words ending in a colon ("RE:", "Patient name:", "Pt").
    // A surname of several parts: "Fitzgerald-Nakamura", "Ó Súilleabháin", "van Houten".
    let a = i;
    while (a > 0 && i - a < 2 && /^(?:-|[ \t])$/.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start))) {
      const p = tokens[a - 1]!;
      const hyphen = text.slice(p.end, tokens[a]!.start) === '-';
      if (!(s.isParticle(a - 1) || (p.word.length === 1 && /[^\x00-\x7f]/.test(text.slice(p.start, p.end))) || (hyphen && partOf(s, a - 1, vocab, profile, false) !== undefined))) break;
      a--;
    }
    if (!pairOpens(text, text.lastIndexOf('\n', tokens[a]!.start - 1) + 1, tokens[a]!.start)) continue;
    const first = tokens[i + 1]!;
    if (PAIR_NON_NAMES.has(tokens[i]!.lower) || PAIR_NON_NAMES.has(first.lower)) continue;
    const pLast = partOf(s, i, vocab, profile, false);
    // "BARLEY, CHANCE | 88F |", "Pt MASON, JUNE, 78 y/o": two words the lists hold as names too, an age right after.
    if (a === i && agedPair(s, i)) {
      markRun(s, i, i + 2, 'name-position:last-first');
      continue;
    }
    // A surname that is also a word ("Small, Goran", "WISE, NIZHONI") counts before a first name
    // the name lists hold and no word list does.
    if (pLast !== 'unknown' && pLast !== 'listed' && !((strongFirstName(s, first) || partOf(s, i + 1, vocab, profile, false) === 'unknown') && surnameShaped(s, tokens[i]!))) continue;
    // After "LAST, " a first name that is also a function word ("Wood, Will") counts.
    const ambiguousFirst = (first.flags & LEX.AMBIGUOUS) !== 0 && (first.flags & LEX.CLINICAL) === 0 && (s.style !== 'mixed' || titleCase(first));
    const run = runFrom(s, i + 1, 3, vocab, profile, true);
    const { parts, end } = run.parts.length === 0 && ambiguousFirst ? { parts: ['listed' as Part], end: i + 2 } : run;
    if (parts.length === 0 || parts[0] === 'initial') continue;
    // The close: the line end, a wide gap or a separator, a header field word, or a number (age, bed, MRN).
    const last = tokens[end - 1]!;
    const next = tokens[end];
    const after = text.slice(last.end, next ? next.start : text.length);
    const closes =
      !next ||
      /^[ \t.]*(?:\n|$|\||[-–][ \t])/.test(after) ||
      /^[ \t]+\/[ \t]/.test(after) ||
      /^[ \t]+\d{1,3}[ \t]*[mfMF]?(?![A-Za-z0-9])/.test(after) ||
      /^[ \t]{2,}/.test(after) ||
      /^[ \t]*[(,]/.test(after) ||
      (/^[ \t]+$/.test(after) && (HEADER_CLOSERS.has(next.lower) || /^\d/.test(text.slice(next.start))));
    if (!closes) continue;
    // "ice, nsaids, activity mod reviewed": when the surname is an ordinary word and the first name no
    // list's name, a comma and a word of the vocabulary after the pair make it a list of things.
    if (pLast !== 'unknown' && !listedOnly(tokens[i]!) && !listedOnly(first) && listGoesOn(s, end, vocab)) continue;
    markRun(s, a, i + 1, 'name-position:last-first');
    markRun(s, i + 1, end, 'name-position:last-first');
  }
}

/** Whether a comma and a vocabulary word no first- or last-name list holds follow token `end - 1` on its line ("…, activity mod"): a list goes on. */
function listGoesOn(s: TokenScanner, end: number, vocab: KeepVocabulary): boolean {
  const next = s.tokens[end];
  if (!next || !isCommaGap(s.text, s.tokens[end - 1]!.end, next.start)) return false;
  // A header field after the pair ("WISE, NIZHONI, DOB …", "…, 45F") closes a name, not a list.
  if (HEADER_CLOSERS.has(next.lower) || PAIR_NON_NAMES.has(next.lower)) return false;
  return inVocabulary(vocab, next.lower, next.flags) && (next.flags & (LEX.FIRST | LEX.LAST)) === 0;
}

/** A word a name list holds, or an eponym ("June", "Douglas", "Larsen") that no word list holds. */
const nameish = (t: Token) => (t.flags & NAME_LISTS) !== 0 || ((t.flags & LEX.CLINICAL) !== 0 && (t.flags & LEX.COMMON) === 0);

/** A word that may stand in a labelled "LAST, FIRST" pair: letters with a vowel, no title or credential, no word of sex or status ("Patient: White, Male, 45"). */
function pairWord(s: TokenScanner, t: Token): boolean {
  if (PAIR_NON_NAMES.has(t.lower)) return false;
  // A word without a vowel is an abbreviation or a credential ("Vernon, MLS(ASCP)"), as is a word glued to a bracket.
  if (!/[aeiouyà-ÿ]/i.test(t.word) || s.text[t.end] === '(') return false;
  if (t.word.length < 2 || !/^\p{L}+(?:[-'’]\p{L}+)*$/u.test(t.word) || (t.flags & (LEX.TITLE | LEX.CREDENTIAL)) !== 0) return false;
  // A function word only when a name list holds it too ("bergstrom, may").
  if ((t.flags & LEX.STOP) !== 0 && (t.flags & LEX.AMBIGUOUS) === 0) return false;
  return true;
}

/** A first or last name of the lists that no word, function-word or clinical list holds ("bergstrom", "Janet"). */
const listedOnly = (t: Token) => (t.flags & (LEX.FIRST | LEX.LAST)) !== 0 && (t.flags & (LEX.COMMON | LEX.AMBIGUOUS | LEX.STOP | LEX.CLINICAL)) === 0;

/** {@link listedOnly}, or a word no vocabulary holds: either makes a labelled pair a name whatever follows. */
function namely(s: TokenScanner, t: Token, vocab: KeepVocabulary, profile: DeidProfile): boolean {
  if (listedOnly(t)) return true;
  return unknownWord(s, t, vocab, profile, false) && /[aeiouyà-ÿ]/i.test(t.word);
}

// What closes a labelled pair's field: the line end, a wide gap, "|" or ";", a spaced dash, a bracket, a comma, a number or "#".
const PAIR_CLOSE = /^(?:[ \t.]*(?:\n|$)|[ \t]*[|;(,]|[ \t]{2,}|[ \t]+[-–—][ \t]|[ \t]+#?\d)/;
// What tells a pair of words is a person even when both are words: an age, a phone, an identifier, a credential.
const PAIR_CONTEXT = /^[ \t]*(?:[|,;(][ \t]*)?(?:\d{1,3}[ \t]*(?:[mfMF]|y\/?o|yo|YO)\b|age\b|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|#[ \t]*\d|mrn\b|\d{5,}|dob\b)/i;

/**
 * "REQUESTING PHYSICIAN: DAY, STORM N", "Ordering: Lord, Dermot S", "pt: hu, echo  #708-30-97",
 * "Witness 2: bergstrom, may - …", "Electronically signed by little, tunde (DO)", "CONTACTS: ITO,
 * JELENA 781-…; SHORE, BRANDY 860…": after a label naming a person (personLabels), a surname, a comma
 * and a first name closing the field, the words being words or eponyms as often as not. One word must
 * be a name no word list holds, or a middle initial, an age, a phone, an identifier or a credential
 * must follow with one word the name lists hold ("Pain: sharp, dull", "Pt: alert, oriented" stay).
 */
function labelledLastFirst(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  const { tokens, text } = s;
  let done = 0;
  for (const lt of tokens) {
    // One bit of the lexicon mask says whether a word can open a label (the first run of letters of a personLabels cue).
    if (lt.start < done || (lt.flags & LEX.PERSON_LABEL_START) === 0) continue;
    PERSON_LABEL_RE.lastIndex = lt.start;
    const m = PERSON_LABEL_RE.exec(text);
    if (!m || m[0].includes('\n')) continue;
    let at = m.index + m[0].length;
    done = at;
    // "Witness 2:": a number before the colon.
    const numbered = /^#?\d{1,2}[ \t]*:[ \t]*/.exec(text.slice(at, at + 8));
    if (numbered && !m[0].includes(':')) at += numbered[0].length;
    else if (!m[0].includes(':') && !/by[ \t]*$/i.test(m[0])) continue;
    let i = s.byStart.get(at);
    // Further pairs after ";" on the line, each as the first.
    for (let n = 0; i !== undefined && n < 4; n++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (!a || !b || !/^,[ \t]*$/.test(text.slice(a.end, b.start)) || !pairWord(s, a) || !pairWord(s, b)) break;
      // A middle initial, with or without its dot.
      const c = tokens[i + 2];
      const initial = !!c && c.word.length === 1 && /^\p{L}$/u.test(c.word) && c.word !== 'I' && /^[ \t]$/.test(text.slice(b.end, c.start)) && /^\.?(?:[ \t]|\n|$|[,;|(])/.test(text.slice(c.end, c.end + 2));
      const end = initial ? i + 3 : i + 2;
      const tail = text.slice(initial && text[c!.end] === '.' ? c!.end + 1 : tokens[end - 1]!.end, Math.min(text.length, tokens[end - 1]!.end + 40));
      // A credential after a comma or bracket ("little, tunde (DO)"), or after a blank when it closes the field ("FORD, DESTINY DO;").
      const credential = /^[ \t]*([,(]?)[ \t]*(\p{L}[\p{L}.-]*)([^\n]{0,2})/u.exec(tail);
      const cred =
        !!credential &&
        (lexiconFlags(credential[2]!.toLowerCase().replace(/\.$/, '')) & (LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL)) !== 0 &&
        (credential[1] !== '' || (/^[ \t]*(?:[;,|)]|$)/.test(credential[3]!) && (s.style !== 'mixed' || !hasLower(credential[2]!))));
      const closes = PAIR_CLOSE.test(tail) || cred;
      if (!closes) break;
      // In a mixed-case note a pair in lower case ("Witness 2: bergstrom, may") is prose unless a
      // name list vouches for it: a word no vocabulary holds counts only when written as a name.
      const lower = s.style === 'mixed' && !(/^\p{Lu}/u.test(a.word) && /^\p{Lu}/u.test(b.word));
      const named = lower ? listedOnly(a) || listedOnly(b) : namely(s, a, vocab, profile) || namely(s, b, vocab, profile);
      const listed = nameish(a) || nameish(b) || (((a.flags | b.flags) & LEX.CLINICAL) !== 0 && initial);
      if (!named && !(listed && (initial || cred || PAIR_CONTEXT.test(tail)))) break;
      markRun(s, i, end, 'name-position:labelled-last-first');
      // The next pair after a ";" on the line (a phone or identifier between allowed).
      // A match needs a ";" at most 30 characters on: without one there (a string search, no slice) there is none.
      const from = tokens[end - 1]!.end;
      const semi = text.indexOf(';', from);
      const rest = semi < 0 || semi - from > 30 ? null : /^[^\n;]{0,30};[ \t]*/.exec(text.slice(from));
      if (!rest || /\p{L}{2}/u.test(rest[0].replace(/\b(?:ext?|x)\b/gi, ''))) break;
      i = s.byStart.get(tokens[end - 1]!.end + rest[0].length);
    }
  }
}

/**
 * "… Pt notified via portal. -Warden", "I moved to Erueka, NJ. -Padma": a message closed by its
 * writer's one word right after a dash, after a sentence's end on the same line and closing the line.
 * The word is a word the name lists hold (even a plain word: "-Park", "-Warden") or one no vocabulary
 * holds, written as a name; no function, clinical, title or month word ("-Lasix", "-Will", "-Done").
 */
function dashSignOffs(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  const { tokens, text } = s;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (text.charCodeAt(t.start - 1) !== 45 || s.marked.has(i)) continue;
    if (!/[.!?][ \t]+-$/.test(text.slice(Math.max(0, t.start - 6), t.start)) || !/^[ \t]*(?:\n|$)/.test(text.slice(t.end, t.end + 3))) continue;
    if (t.word.length < 3 || !/^\p{L}+$/u.test(t.word) || (t.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLINICAL | LEX.SIGN_CREDENTIAL)) !== 0) continue;
    if (MONTH_WORDS.has(t.lower) || WEEKDAY_NAMES.has(t.lower) || staffWord(t.lower) || ROLES.has(t.lower) || DASH_NON_NAMES.has(t.lower)) continue;
    if (s.style === 'mixed' && !titleCase(t)) continue;
    if ((t.flags & NAME_LISTS) !== 0 || unknownWord(s, t, vocab, profile, false)) markRun(s, i, i + 1, 'name-position:dash-sign-off');
  }
}

/** "FAMILY (HOPE) NOTIFIED", "wife (Grace) at bedside": a name alone in a bracket right after a relation. */
function bracketAfterRelation(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  for (let i = 1; i < s.tokens.length; i++) {
    // Blanks and a "(" right before the word (`/^[ \t]*\($/`), tested in place.
    const g1 = s.tokens[i]!.start;
    if (g1 <= s.tokens[i - 1]!.end || s.text.charCodeAt(g1 - 1) !== 40 || !blanksOnly(s.text, s.tokens[i - 1]!.end, g1 - 1)) continue;
    const head = s.tokens[i - 1]!.lower.replace(/'s$/, '');
    // A staff label written as a person's ("CHAPLAIN (CLIFF)", "sw (nkechi)") leads to a name like a relation.
    const relation = BRACKET_RELATIONS.has(head) || STAFF_LABELS.has(head);
    if (!relation && !ROLES.has(head)) continue;
    const { parts, end } = runFrom(s, i, 3, vocab, profile);
    if (parts.length === 0 || parts.every((p) => p === 'initial')) continue;
    // After a service ("Ortho (Maëlle Moody)") a single word in capitals may be an abbreviation ("SURGERY (ORIF)").
    if (!relation && parts.length < 2 && !(s.style === 'mixed' && titleCase(s.tokens[i]!))) continue;
    if (!/^[ \t]*\)/.test(s.text.slice(s.tokens[end - 1]!.end))) continue;
    markRun(s, i, end, 'name-position:relation-bracket');
  }
}

/**
 * "Patient: Hope R. Church  MRN …": in a mixed-case note, a Title-case word, a capital initial with
 * its stop and a Title-case word from token `i`, closing the field, are a first name, middle initial
 * and surname whatever words they spell (no title, credential or function word but a name's).
 */
function firstInitialLast(s: TokenScanner, i: number): boolean {
  if (s.style !== 'mixed' || i + 2 >= s.tokens.length) return false;
  const [a, b, c] = [s.tokens[i]!, s.tokens[i + 1]!, s.tokens[i + 2]!];
  if (a.word.length < 2 || c.word.length < 2 || !titleCase(a) || !titleCase(c) || b.word.length !== 1 || !isCap(b.word)) return false;
  if (s.text.slice(a.end, b.start) !== ' ' || s.text.slice(b.end, c.start) !== '. ') return false;
  const never = LEX.TITLE | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL;
  if ([a, c].some((t) => (t.flags & never) !== 0 || ((t.flags & LEX.STOP) !== 0 && (t.flags & NAME_LISTS) === 0))) return false;
  return closerAfter(s, i + 3) === 'end';
}

/**
 * "PT LAMB ALERT", "pt Marsh (4455839)", "Pt Hope, Fatoumata": after "pt" / "patient", a name word
 * followed by a patient state ("ALERT", "RESTING"), an identifier in brackets or a comma and another
 * name word.
 */
function patientNames(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  for (let i = 0; i + 1 < s.tokens.length; i++) {
    // The lexicon mask holds PATIENT_LEADS (vocabulary.ts).
    if ((s.tokens[i]!.flags & LEX.PATIENT_LEAD) === 0 || !/^[ \t]*:?[ \t]*$/.test(s.text.slice(s.tokens[i]!.end, s.tokens[i + 1]!.start))) continue;
    if (firstInitialLast(s, i + 1)) {
      markRun(s, i + 1, i + 4, 'name-position:patient');
      continue;
    }
    const { parts, end } = runFrom(s, i + 1, 3, vocab, profile);
    if (parts.length === 0 || parts[0] === 'initial') continue;
    if (s.tokens.slice(i + 1, end + 1).some((t) => PAIR_NON_NAMES.has(t.lower))) continue;
    const next = s.tokens[end];
    const after = s.text.slice(s.tokens[end - 1]!.end, next ? next.start : s.text.length);
    // "Pt Hope, Fatoumata": the word after a comma.
    const commaPart = next && /^,[ \t]*$/.test(after) ? partOf(s, end, vocab, profile) : undefined;
    // A name-list word before a state ("PT LAMB ALERT") reads like an adverb ("PT WELL SEDATED"):
    // left out (under strict it found nothing in the dev CV and cost 15 false positives).
    const ok =
      parts.includes('initial') ||
      (s.tokens[i]!.lower === 'name' && parts.length >= 2 && closerAfter(s, end) === 'end') ||
      /^[ \t]*\([ \t]*\d/.test(s.text.slice(s.tokens[end - 1]!.end)) ||
      (next && (commaPart === 'unknown' || commaPart === 'listed') && /^[ \t]*(?:\n|$|[ \t]{2}|,)/.test(s.text.slice(next.end)));
    if (!ok) continue;
    markRun(s, i + 1, end, 'name-position:patient');
    if (next && /^,[ \t]*$/.test(after)) markRun(s, end, runFrom(s, end, 2, vocab, profile).end, 'name-position:patient');
  }
}

/** Whether a word no vocabulary holds is one edit from a relation word ("NEICE", "DAUGHER", "HUSBNAD"). */
export function misspeltRelation(w: string, vocab: KeepVocabulary): boolean {
  // The shapes first: a few character comparisons, where the vocabulary look-up is a probe into a large set.
  return nearRelationShape(w) && !vocab.has(w);
}

/** {@link misspeltRelation} of a token, from its lexicon flags (the shape test and, for the shipped vocabulary, the look-up). */
export function misspeltRelationToken(t: Token, vocab: KeepVocabulary): boolean {
  return (t.flags & LEX.NEAR_RELATION) !== 0 && !inVocabulary(vocab, t.lower, t.flags);
}

/** "NEICE BUCK BAKER (+1 …)": a misspelt relation word leads to a name like the relation would. */
function namesAfterMisspeltRelations(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  for (let i = 0; i + 1 < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    // The lexicon bit first (the tests are pure; most tokens fail it).
    if ((t.flags & LEX.NEAR_RELATION) === 0 || t.word.length < 4 || (s.style === 'mixed' && t.word !== t.lower && !titleCase(t)) || !misspeltRelationToken(t, vocab)) continue;
    if (!/^[ \t]*[:,]?[ \t]*$/.test(s.text.slice(t.end, s.tokens[i + 1]!.start))) continue;
    const { parts, end } = runFrom(s, i + 1, 3, vocab, profile);
    if (parts.length === 0 || parts[0] === 'initial') continue;
    if (parts.includes('unknown') || parts.includes('initial') || (parts.length >= 2 && closerAfter(s, end) === 'end')) markRun(s, i + 1, end, 'name-position:relation');
  }
}

// A section label opening a line: one or two short words and a colon ("HPI: ", "Brief summary: ").
const LINE_LABEL_RE = /^[ \t]*[A-Za-z][A-Za-z/&]{1,11}(?:[ \t][A-Za-z/&]{1,12})?[ \t]*:[ \t]*(?=[A-Za-zÀ-ÿ])/;

/**
 * "Bishop here for bp recheck", "Faith is a 97 year-old…", "OLUWASEUN DELACROIX POD#2 S/P CRANI": a
 * name opening a line before a patient descriptor (patientDescriptors).
 */
function namesBeforeDescriptors(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  for (const m of DESCRIPTOR_RE.matchAll(s.text)) {
    // The run ends right before the descriptor, and opens its line.
    const lineStart = s.text.lastIndexOf('\n', m.index - 1) + 1;
    const head = s.text.slice(lineStart, m.index);
    if (!/^[ \t]*[A-Za-zÀ-ÿ][^\n]{0,40}[ \t]$/.test(head)) continue;
    // A short section label may open the line before the name ("HPI: Heath is a 20 year old").
    const label = LINE_LABEL_RE.exec(head)?.[0];
    // After a label only a verb of the patient tells a name ("MOI: PERICARDIOCENTESIS S/P ARREST" is a procedure).
    if (label !== undefined && !/^[ \t]*(?:is|presents|presented|attends|attended|returns|returned|comes|came|here|seen)\b/i.test(m[0])) continue;
    const i = s.byStart.get(lineStart + (label ?? head.slice(0, head.length - head.trimStart().length)).length);
    if (i === undefined) continue;
    const { parts, end } = runFrom(s, i, 3, vocab, profile);
    if (parts.length === 0 || parts[0] === 'initial') continue;
    if (s.tokens[end - 1]!.end + 1 !== m.index && !isBlankRun(s.text, s.tokens[end - 1]!.end, m.index)) continue;
    markRun(s, i, end, 'name-position:descriptor');
  }
}

/** "Best,⏎Summer C.", "yours⏎Iris van der Hoek": a line holding only a name, right after a valediction. */
function namesAfterValedictions(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  if (VALEDICTION_WORDS !== undefined && !VALEDICTION_WORDS.some((w) => s.mayHold(w))) return;
  let lineStart = 0;
  let previous = '';
  while (lineStart <= s.text.length) {
    let lineEnd = s.text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = s.text.length;
    const line = s.text.slice(lineStart, lineEnd);
    if (VALEDICTION_RE.test(previous) && /\S/.test(line)) {
      const i = s.byStart.get(lineStart + line.length - line.trimStart().length);
      if (i !== undefined) {
        const { parts, end } = runFrom(s, i, 5, vocab, profile, true);
        if (parts.length && parts[0] !== 'initial' && /^[ \t.,]*$/.test(s.text.slice(s.tokens[end - 1]!.end, lineEnd))) markRun(s, i, end, 'name-position:valediction');
      }
    }
    if (/\S/.test(line)) previous = line;
    lineStart = lineEnd + 1;
  }
}

/**
 * How a token may stand in a strong person position (after a staff role written as a label, a
 * contact cue, in a list of people): an initial, a word the name lists hold even when it is also a
 * plain word ("SW DAWN", "charge Joy", "CM PEARL"), or a word no vocabulary holds. In a mixed-case
 * note a name is Title case, or lower case when only the name lists hold it ("oncoming RN minh").
 */
function strongPart(s: TokenScanner, i: number, vocab: KeepVocabulary, profile: DeidProfile, inner = false): Part {
  const t = s.tokens[i]!;
  if (dottedAbbreviation(s, t)) return undefined;
  if (t.word.length === 1) return s.text[t.end] === '.' && isCap(t.word) && t.word !== 'I' ? 'initial' : undefined;
  const possessive = endsWithPossessive(t.lower);
  const w = possessive ? t.lower.slice(0, -2) : t.lower;
  const f = possessive ? lexiconFlags(w) : t.flags;
  if (w.length < 2 || (f & (LEX.STOP | LEX.CREDENTIAL | LEX.TITLE)) !== 0 || RELATION_CUE_WORDS.has(w) || PAIR_NON_NAMES.has(w) || misspeltRelation(w, vocab) || staffWord(w) || STAFF_LABELS.has(w) || MONTH_WORDS.has(w) || WEEKDAY_NAMES.has(w) || ROLES.has(w)) return undefined;
  if (s.style === 'mixed') {
    if (!hasLower(t.word)) return undefined;
    if (titleCase(t)) return (f & NAME_LISTS) !== 0 || (inner && (f & LEX.CLINICAL) !== 0 && (f & LEX.COMMON) === 0) ? 'listed' : unknownWord(s, t, vocab, profile, false) && !inflected(w) ? 'unknown' : undefined;
    if (t.word !== t.lower || (f & (LEX.COMMON | LEX.CLINICAL)) !== 0) return undefined;
    if ((f & NAME_LISTS) !== 0) return 'listed';
    if ((f & LEX.CLIPPED) !== 0) return undefined;
    return w.length >= 3 && (f & LEX.VOCAB) === 0 && /[aeiouyà-ÿ]/.test(w) && !inflected(w) ? 'unknown' : undefined;
  }
  if ((f & NAME_LISTS) !== 0 && (f & LEX.CLINICAL) === 0) return 'listed';
  // After a first part, a surname that is also an eponym ("CHASE JOHANSSON").
  if (inner && (f & LEX.CLINICAL) !== 0 && (f & LEX.COMMON) === 0 && /[aeiouy]/.test(w) && w.length >= 4) return 'listed';
  // A strong position forgives no typo: a name one edit from a word ("folake", "flake") is the name.
  return unknownWord(s, t, vocab, profile, false) && /[aeiouyà-ÿ]/i.test(w) && !inflected(w) ? 'unknown' : undefined;
}

/** "faxed", "pulseless", "speaking": a word no list holds that is an inflection of one the vocabulary holds. */
function inflected(w: string): boolean {
  const m = /^(.{3,}?)(?:ed|d|ing|es|s|less|ly|ness|ful)$/.exec(w);
  if (!m) return false;
  const stem = m[1]!;
  return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')].some((x) => (lexiconFlags(x) & (LEX.VOCAB | LEX.COMMON)) !== 0 && (lexiconFlags(x) & NAME_LISTS) === 0);
}

/**
 * "Ji-woo", "Mei-ling", "Jean-luc": in a mixed-case note the short lower-case half after a hyphen of
 * a Title-case given name, even when the half is a word ("woo", "ling"). No function, clinical or
 * title word ("Follow-up", "Well-being").
 */
function hyphenHalf(s: TokenScanner, k: number): boolean {
  const t = s.tokens[k]!;
  const prev = s.tokens[k - 1]!;
  if (s.style !== 'mixed' || prev.end + 1 !== t.start || s.text[prev.end] !== '-' || !titleCase(prev) || prev.word.length < 2) return false;
  return /^[a-z]{2,5}$/.test(t.word) && (t.flags & (LEX.STOP | LEX.CLINICAL | LEX.CREDENTIAL | LEX.TITLE)) === 0 && !inflected(t.lower);
}

/** A run of strong parts from token `i` on one line (blank or hyphen between parts). */
export function strongRun(s: TokenScanner, i: number, max: number, vocab: KeepVocabulary, profile: DeidProfile): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let k = i;
  while (k < s.tokens.length && parts.length < max) {
    if (k > i) {
      const gap = s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start);
      if (!/^(?:[ \t]|\.[ \t]|-)$/.test(gap)) break;
      if (gap.startsWith('.') && parts[parts.length - 1] !== 'initial') break;
      // A possessive closes the name ("HOLLY'S NIECE").
      if (endsWithPossessive(s.tokens[k - 1]!.lower)) break;
    }
    const p = k > i && s.isParticle(k) && s.particleRunEndsInName(k) ? 'listed' : (strongPart(s, k, vocab, profile, k > i) ?? (k > i && hyphenHalf(s, k) ? 'listed' : undefined));
    if (!p) break;
    parts.push(p);
    k++;
  }
  // Initials alone name nobody; in a mixed-case note lower-case words no list holds ("sw faxed referral") need a name-list word beside them.
  const lowerOnly = s.style === 'mixed' && parts.every((p, n) => p !== 'listed' && (p === 'initial' || s.tokens[i + n]!.word === s.tokens[i + n]!.lower));
  return parts.some((p) => p !== 'initial') && !lowerOnly ? { parts, end: k } : { parts: [], end: i };
}

/** "SW DAWN FOLLOWING", "charge RN dale lente spoke", "monitor tech Robin called", "LIVES WITH DESTINY PIKE", "MESSAGE FROM PEARL". */
function strongLeadRuns(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  for (const m of STRONG_LEAD_RE.matchAll(s.text)) {
    // "SECURED AT THE 24 CM MARK": after a number the word is a unit, not a role.
    if (m[0].includes('\n') || /\d[ \t]*$/.test(s.text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const i = s.byStart.get(m.index + m[0].length);
    if (i === undefined) continue;
    const { parts, end } = strongRun(s, i, 3, vocab, profile);
    if (parts.length) markRun(s, i, end, 'name-position:staff');
  }
}

/** The end of a list item's relation tag ("(son)", "- neighbor", "(CHARGE)") after position `at`, or `at`. */
function afterTag(s: TokenScanner, at: number): number {
  // Both patterns open with blanks, then "(" or a dash: any other character there leaves `at`.
  const c = nextNonBlank(s.text, at);
  if (c !== 40 && c !== 45 && c !== 0x2013) return at;
  const rest = s.text.slice(at, at + 40);
  const bracket = /^[ \t]*\(([^()\n]{1,25})\)/.exec(rest);
  // A bracket holding relations, roles or an age: "(son)", "(niece, HCP)", "(CHARGE)", "(13)".
  if (bracket && bracket[1]!.toLowerCase().split(/[ \t,/-]+/).filter(Boolean).every((x) => RELATION_CUE_WORDS.has(x) || BRACKET_RELATIONS.has(x) || ROLES.has(x) || staffWord(x) || TAG_WORDS.has(x) || /^\d{1,2}$/.test(x))) return at + bracket[0].length;
  const dash = /^[ \t]+[-–][ \t]*([A-Za-z]+(?:-[A-Za-z]+)*)/.exec(rest);
  if (dash && RELATION_CUE_WORDS.has(dash[1]!.toLowerCase())) return at + dash[0].length;
  return at;
}

const LIST_SEPARATOR = /^(?:[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+|[ \t]*[&/][ \t]*)/i;

/** {@link LIST_SEPARATOR} read at `at` (12 characters): after the blanks it needs ",", "&", "/" or the "a" of "and". */
function listSeparatorAt(s: TokenScanner, at: number): RegExpExecArray | null {
  const c = nextNonBlank(s.text, at);
  if (c !== 44 && c !== 38 && c !== 47 && c !== 97 && c !== 65) return null;
  return LIST_SEPARATOR.exec(s.text.slice(at, at + 12));
}

/** In a mixed-case note an item beside a found name is Title case ("Cytox/adria" is a regimen). */
const lowerInMixed = (s: TokenScanner, a: number, b: number) => s.style === 'mixed' && s.tokens.slice(a, b).some((t) => t.word.length > 1 && t.word === t.lower);

/** Whether a list item ending at position `at` ends plainly: a list separator, the line end or a full stop. */
function itemEnds(s: TokenScanner, at: number): boolean {
  return /^(?:[ \t]*(?:$|\n|\.(?:\s|$))|[ \t]*[,&/]|[ \t]+(?:and|&)[ \t])/i.test(s.text.slice(at, at + 8));
}

/** Whether a list item ending at position `at` is closed: a line end, punctuation, a dash or bracket, or a closer word. */
function itemClosed(s: TokenScanner, at: number): boolean {
  const rest = s.text.slice(at, at + 30);
  if (/^[ \t]*(?:$|\n|[.,;:!?)\]])/.test(rest) || /^[ \t]+[-–(]/.test(rest) || LIST_SEPARATOR.test(rest)) return true;
  const w = /^[ \t]+([A-Za-z]+)/.exec(rest);
  return !!w && LIST_CLOSERS.has(w[1]!.toLowerCase());
}

/**
 * The items of a list of people: after a list cue ("family in to visit: A B, C, D E", "at bedside:
 * X (son), Y - neighbor"), or once one item is a name another pass found ("misty and folake at
 * bedside", "compressions mercy, ray", "inés & Dale & Cooper aware"). Every item is a run of strong
 * parts, closed by a separator, a relation tag, punctuation, the line end or a closer word.
 */
export function nameListItems(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  // Items after a list cue.
  for (const m of LIST_LEAD_RE.matchAll(s.text)) {
    if (m[0].includes('\n')) continue;
    let i = s.byStart.get(m.index + m[0].length);
    const items: [number, number][] = [];
    while (i !== undefined) {
      const { end } = strongRun(s, i, 3, vocab, profile);
      if (end === i) break;
      const tagEnd = afterTag(s, s.tokens[end - 1]!.end);
      if (!itemClosed(s, tagEnd)) break;
      items.push([i, end]);
      const sep = listSeparatorAt(s, tagEnd);
      if (!sep || s.text.slice(tagEnd, tagEnd + sep[0].length).includes('\n')) break;
      i = s.byStart.get(tagEnd + sep[0].length);
    }
    // One word after a cue is not yet a list ("PER FAMILY MEMEBERS", "updated Hope"): two items, or a name the name lists hold and no word list.
    const strong = items.length >= 2 || items.some(([a, b]) => s.tokens.slice(a, b).some((t) => (t.flags & (LEX.FIRST | LEX.LAST)) !== 0 && (t.flags & LEX.COMMON) === 0));
    if (strong) for (const [a, b] of items) markRun(s, a, b, 'name-position:list');
  }
  listsBeforeTails(s, vocab, profile);
  // Items beside a name found already, both ways (names only: a place list is the place passes').
  const names = () => {
    // The found names' first tokens, in span order (one loop, no intermediate arrays).
    const found = new Set<number>();
    for (const x of s.spans) {
      if (x.category !== 'NAME') continue;
      const k = s.byStart.get(x.start);
      if (k !== undefined) found.add(k);
    }
    return found;
  };
  let changed = true;
  for (let round = 0; changed && round < 4; round++) {
    changed = false;
    for (const k of names()) {
      const t = s.tokens[k]!;
      if (s.marked.has(k + 1) && !listJoinInGap(s.text, t.end, s.tokens[k + 1]!.start)) continue;
      // Forward: the marked run ends here; a separator, then an item.
      const tagEnd = afterTag(s, t.end);
      const sep = listSeparatorAt(s, tagEnd);
      if (sep && !s.text.slice(tagEnd, tagEnd + sep[0].length).includes('\n')) {
        const i = s.byStart.get(tagEnd + sep[0].length);
        if (i !== undefined && !s.marked.has(i)) {
          const { end } = strongRun(s, i, 3, vocab, profile);
          // After a bare comma the item must close like a list item ("rania unresponsive, pulseless at 0145" is no list).
          const commaOnly = isCommaGap(sep[0], 0, sep[0].length);
          if (end > i && !lowerInMixed(s, i, end) && (commaOnly ? itemEnds(s, afterTag(s, s.tokens[end - 1]!.end)) : itemClosed(s, afterTag(s, s.tokens[end - 1]!.end)))) {
            markRun(s, i, end, 'name-position:list');
            changed = true;
          }
        }
      }
      // Backward: the marked run starts here; an item before "and" / "&" / "/" opening its phrase.
      if (k > 0 && !s.marked.has(k - 1)) {
        // The gap tests (`/^[ \t]+$/` around "and" / "&", else `/^[ \t]*[&/][ \t]*$/`) read in place.
        const g0 = s.tokens[k - 1]!.end;
        const andWord = (s.tokens[k - 1]!.lower === 'and' || s.tokens[k - 1]!.lower === '&') && g0 < t.start && blanksOnly(s.text, g0, t.start) && k > 1 && s.tokens[k - 2]!.end < s.tokens[k - 1]!.start && blanksOnly(s.text, s.tokens[k - 2]!.end, s.tokens[k - 1]!.start);
        if (!andWord && !ampOrSlashGap(s.text, g0, t.start)) continue;
        // The marked run must close like a list item ("MORSE AND BRADEN REASSESSED" is no list of people).
        let runEnd = k;
        while (s.marked.has(runEnd + 1) && /^[ \t]$/.test(s.text.slice(s.tokens[runEnd]!.end, s.tokens[runEnd + 1]!.start))) runEnd++;
        if (!itemClosed(s, afterTag(s, s.tokens[runEnd]!.end))) continue;
        const last = andWord ? k - 2 : k - 1;
        if (last < 0 || s.marked.has(last)) continue;
        // The item is one or two parts opening its phrase (a line start, punctuation or a colon before it).
        for (const first of [last, last - 1]) {
          if (first < 0) break;
          const { end } = strongRun(s, first, 3, vocab, profile);
          if (end !== last + 1 || lowerInMixed(s, first, end)) continue;
          const before = s.text.slice(first > 0 ? s.tokens[first - 1]!.end : 0, s.tokens[first]!.start);
          if (first > 0 && !/[\n.,;:(]/.test(before)) continue;
          markRun(s, first, end, 'name-position:list');
          changed = true;
          break;
        }
      }
    }
  }
}

/** Whether the text between tokens `a` and `a + 1` ends a phrase: a line break or punctuation. */
const phraseOpensAfter = (s: TokenScanner, a: number) => a < 0 || /[\n.,;:(]/.test(s.text.slice(s.tokens[a]!.end, s.tokens[a + 1]!.start));

/** "FAWN AND MAJOR AT BEDSIDE", "inés & Dale & Cooper aware", "DON/GLEN AWARE": two people or more joined right before a list tail. */
function listsBeforeTails(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  for (const m of LIST_TAIL_RE.matchAll(s.text)) {
    const ti = s.byStart.get(m.index);
    if (ti === undefined || ti === 0 || !/^[ \t]+$/.test(s.text.slice(s.tokens[ti - 1]!.end, m.index))) continue;
    const items: [number, number][] = [];
    let e = ti - 1;
    let opened = false;
    while (e >= 0 && items.length < 6) {
      // The longest item (up to three parts) ending at token e.
      let first = -1;
      for (let f = Math.max(0, e - 2); f <= e; f++) {
        if (strongRun(s, f, 3, vocab, profile).end === e + 1) { first = f; break; }
      }
      if (first < 0) break;
      items.push([first, e + 1]);
      if (phraseOpensAfter(s, first - 1) && !/,[ \t]*$/.test(first > 0 ? s.text.slice(s.tokens[first - 1]!.end, s.tokens[first]!.start) : '')) { opened = true; break; }
      const gap = first > 0 ? s.text.slice(s.tokens[first - 1]!.end, s.tokens[first]!.start) : '';
      const p = s.tokens[first - 1];
      if (p && (p.lower === 'and' || p.lower === '&') && /^[ \t]+$/.test(gap) && first > 1 && /^[ \t]+$/.test(s.text.slice(s.tokens[first - 2]!.end, p.start))) e = first - 2;
      else if (/^[ \t]*[&/,][ \t]*$/.test(gap)) e = first - 1;
      else break;
    }
    // One person: the run opens its line (after a time stamp or a label) or a sentence, before a presence cue.
    const single = () => {
      const a = items[0]![0];
      const line = s.text.slice(s.text.lastIndexOf('\n', s.tokens[a]!.start - 1) + 1, s.tokens[a]!.start);
      const tail = m[0].trim().replace(/[ \t]+/g, ' ').replace(/:$/, '').trim().toLowerCase();
      // Before "updated" or a person's plan ("to see pt", "says") a lone word must be one the name lists hold ("MOLST UPDATED" is a form, "Cards to see pt" a service).
      if (NAME_LIST_TAILS.has(tail) && items[0]![1] - a === 1 && (lexiconFlags(s.tokens[a]!.lower.replace(/'s$/, '')) & NAME_LISTS) === 0) return false;
      if (ALL_LISTED_TAILS.has(tail)) {
        for (let k = a; k < items[0]![1]; k++) {
          const w = s.tokens[k]!;
          if (w.word.length > 1 && (lexiconFlags(w.lower.replace(/'s$/, '')) & NAME_LISTS) === 0) return false;
        }
      }
      // "(Joy at bedside, translating.)": a bracket opens the phrase too.
      return PRESENCE_TAILS.has(tail) && (/^[ \t\d:.-]*$/.test(line) || /[.:;][ \t]+$/.test(line) || /(?:^|[ \t])\($/.test(line));
    };
    if (opened && (items.length >= 2 || (items.length === 1 && single()))) for (const [a, b] of items) markRun(s, a, b, 'name-position:list');
  }
}

/** "KING (CHARGE) ASSISTED", "GLADYS (THERAPIST) AND …": a name run opening its line or phrase right before a staff role in brackets. */
function namesBeforeRoleBrackets(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  // A run is marked only where a role bracket follows it: a text with none anywhere (no "(" at
  // which the bracket pattern matches; the blanks before it may be none) has nothing to mark here.
  if (!hasRoleBracket(s.text)) return;
  for (let i = 0; i < s.tokens.length; i++) {
    const before = s.text.slice(i > 0 ? s.tokens[i - 1]!.end : 0, s.tokens[i]!.start);
    if (i > 0 && !/\n/.test(before) && !/[,:;][ \t]*$/.test(before) && !(i > 1 && /^(?:and|&)$/i.test(s.tokens[i - 1]!.lower))) continue;
    const { parts, end } = strongRun(s, i, 3, vocab, profile);
    if (!parts.length) continue;
    ROLE_BRACKET_RE.lastIndex = s.tokens[end - 1]!.end;
    if (ROLE_BRACKET_RE.test(s.text)) markRun(s, i, end, 'name-position:role-bracket');
  }
}

/** Whether {@link ROLE_BRACKET_RE} matches at some "(" of `text` (as it must, blanks aside, wherever it matches). */
function hasRoleBracket(text: string): boolean {
  for (let q = text.indexOf('('); q >= 0; q = text.indexOf('(', q + 1)) {
    ROLE_BRACKET_RE.lastIndex = q;
    if (ROLE_BRACKET_RE.test(text)) return true;
  }
  return false;
}

/** "TALKS ABOUT DAWN, WHO RELAPSED", "home with Sky, who agreed": a name run right before ", who". */
function namesBeforeRelativeClauses(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  for (let k = 1; k < s.tokens.length; k++) {
    // The lexicon mask holds RELATIVE_CLAUSES (vocabulary.ts).
    if ((s.tokens[k]!.flags & LEX.RELATIVE_CLAUSE) === 0 || !isCommaGap(s.text, s.tokens[k - 1]!.end, s.tokens[k]!.start)) continue;
    // The longest run (up to three parts) ending right before the comma.
    for (let f = Math.max(0, k - 3); f < k; f++) {
      const { parts, end } = strongRun(s, f, 3, vocab, profile);
      if (end !== k || !parts.length) continue;
      if (s.style === 'mixed' && !s.tokens.slice(f, k).every((t) => t.word.length === 1 || titleCase(t))) continue;
      // Only name-list words, mid-sentence, not after an article or a possessive ("a female, who", "her son, who").
      const prev = s.tokens[f - 1];
      if (parts.includes('unknown') || !prev || /\n/.test(s.text.slice(prev.end, s.tokens[f]!.start)) || ARTICLES.has(prev.lower)) break;
      markRun(s, f, end, 'name-position:who');
      break;
    }
  }
}

/**
 * "HOLLY'S NIECE", "obinna's daughter", "Quennell's chart reviewed", "ORLESSA'S HOUSE": a possessive
 * name right before a relation word or a word of what a person has (rules/en/deid-name-cues.yaml
 * nameWords.possessions). Before a possession the word must be no clinical term: a clinical word's
 * possessive names a condition or a sign far more often than a person ("Parkinson's room precautions").
 */
function possessivesBeforeRelations(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  for (let i = 0; i + 1 < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (!endsWithPossessive(t.lower)) continue;
    const next = s.tokens[i + 1]!.lower;
    const relation = RELATION_CUE_WORDS.has(next);
    if ((!relation && !POSSESSIONS.has(next)) || !/^[ \t]+$/.test(s.text.slice(t.end, s.tokens[i + 1]!.start))) continue;
    if (!relation && (lexiconFlags(t.lower.slice(0, -2)) & LEX.CLINICAL) !== 0) continue;
    if (strongPart(s, i, vocab, profile)) s.mark(i, 'NAME', 'name-position:possessive');
  }
}

/**
 * Name positions read from layout: lead runs, staff roles, "LAST, FIRST" header lines, a name in
 * brackets after a relation, a name after "pt". Run by the keep-list layer after its own positions.
 */
export function namePositions(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  leadRuns(s, vocab, profile);
  lastFirstLines(s, vocab, profile);
  labelledLastFirst(s, vocab, profile);
  dashSignOffs(s, vocab, profile);
  bracketAfterRelation(s, vocab, profile);
  patientNames(s, vocab, profile);
  namesAfterMisspeltRelations(s, vocab, profile);
  namesBeforeDescriptors(s, vocab, profile);
  namesAfterValedictions(s, vocab, profile);
  strongLeadRuns(s, vocab, profile);
  namesBeforeRoleBrackets(s, vocab, profile);
  possessivesBeforeRelations(s, vocab, profile);
  namesBeforeRelativeClauses(s, vocab, profile);
}
