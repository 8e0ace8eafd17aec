// Person slots (issue 11): places in a note that only a person fills, where a name that is also an
// English word, a month or a weekday ("d/w pool, agrees", "Called June back", "RECAP: PAGE, 5,
// SEEN FOR ASTHMA") is still a name. The other name passes leave a lone name-list word out unless
// it is capitalised mid-sentence, and never take a month or a weekday, because most such words in
// a note are words or dates; here the slot on both sides of the word is what decides. The cue words
// are data (rules/en/deid-name-cues.yaml: contactSlots, closedContactSlots, contactSlotTails, relationSlotTails,
// slotNonNames, greetings, calendarNames, calendarNameTails, patientRecaps).
import { lineStartMatches } from './line-ends.js';
import { endingAt } from '../token-ends.js';
import * as tokenScanner from './token-scanner.js';
import type { Token, TokenScanner } from './token-scanner.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { staffWord, WEEKDAY_NAMES, type DeidProfile } from '../keep-list/name-words.js';
import { inVocabulary, LEX, NAME_LISTS, lexiconFlags } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { nameCues } from '../rules/deid-rules.js';
import { placeCues } from './place-rules.js';
import { cueAlternation } from '../rules/word-alternation.js';
import { anchoredPhrases, markRun, strongRun } from './name-positions.js';
import { allMatches } from '../regex-matches.js';
import { RELATION_CUE_WORDS } from './vocabulary.js';
import { relationCompoundTail } from './relation-compounds.js';

const { hasLower, isTitleCase } = tokenScanner;

const cues = nameCues().cues;
// The cue phrases as alternations whose blanks stay on the line.
const alternation = (words: string[]) => cueAlternation(words, '[ \\t]+');

const CONTACT_SLOT_RE = anchoredPhrases(cues.contactSlots.words);
const CLOSED_SLOTS = new Set(cues.closedContactSlots.words);
// The closed slots that name a person by what they are called ("prefers to be called"): a nickname in quotes follows.
const CALLED_SLOTS: ReadonlySet<string> = new Set(cues.closedContactSlots.words.filter((w) => /\bcalled$/.test(w)));
// The end of the clause right after the name of a closed contact slot ("RETURNED CALL TO HOPE.").
const CLAUSE_END_RE = /^[ \t]*(?:[.,;]|\n|$)/;
// A contact tail closes the name right after it, a comma between allowed ("d/w pool, agrees").
const CONTACT_TAIL_RE = new RegExp(`^[ \\t]*,?[ \\t]*(?:${alternation(cues.contactSlotTails.words)})(?![A-Za-z])`, 'i');
// A clock time after "at" ("D/W CASH AT 2:09 AM", "d/w hall @ 4:18 am").
const CLOCK_TAIL_RE = /^[ \t]+(?:at|@)[ \t]+\d{1,2}(?::?\d{2})(?![\d/])/i;
const CALENDAR = new Set(cues.calendarNames.words);
const CALENDAR_TAIL_RE = new RegExp(`^[ \\t]+(?:${alternation(cues.calendarNameTails.words)})(?![A-Za-z])`, 'i');
// What a bracket after a calendar name holds when it names a person's part: relations and roles.
const BRACKET_TAGS = new Set([...cues.relatives.words, ...cues.bracketRelations.words, ...cues.roleBrackets.words, ...cues.roles.words]);
const RELATION_SLOT_RE = anchoredPhrases(cues.relatives.words);
const RELATION_TAIL_RE = new RegExp(`^[ \\t]+(?:${alternation(cues.relationSlotTails.words)})(?![A-Za-z])`, 'i');
const DASH_RELATION_G = new RegExp(`[ \\t]+[-–][ \\t]*(?:${alternation(cues.relatives.words)})(?![A-Za-z])`, 'gi');
const NON_NAMES = new Set(cues.slotNonNames.words);
const ROLE_WORDS = new Set([...cues.roles.words, ...cues.roleBrackets.words]);
// A role in brackets after the name ("PAGE SUNNY (GI FELLOW)", "levy (covering)"): its last word a role.
const ROLE_BRACKET_TAIL_RE = /^[ \t]*\(([A-Za-z][A-Za-z \t/-]{0,30})\)/;
// A greeting opening its line, a comma after it allowed ("Hey Colt", "hi, journey").
// Tried at line starts only (lineStartMatches, line-ends.ts): the pattern opens with `^`.
const GREETING_RE = new RegExp(`^[ \\t]*(?:${alternation(cues.greetings.words)})[ \\t]*,?[ \\t]*(?=[A-Za-zÀ-ÿ])`, 'imy');
// The first letters of the greetings in either case: what GREETING_RE opens with past its blanks
// (an `opens` of lineStartMatches; `i` without `u` matches an ASCII letter in its two cases only).
// A greeting opening with anything but an ASCII letter (none does), or no greeting at all (the pattern
// then matches an empty one), leaves every line to be tried.
const GREETING_FIRST: ReadonlySet<number> = new Set(cues.greetings.words.flatMap((w) => [w.toLowerCase().charCodeAt(0), w.toUpperCase().charCodeAt(0)]));
const GREETING_OPENS: ((c: number) => boolean) | undefined = cues.greetings.words.length > 0 && cues.greetings.words.every((w) => /^[A-Za-z]/.test(w)) ? (c) => GREETING_FIRST.has(c) : undefined;
const RECAP_RE = new RegExp(`,[ \\t]*\\d{1,3}[ \\t]*(?:y/?o|yo|[mf])?[ \\t]*,[ \\t]*(?:${alternation(cues.patientRecaps.words)})(?![A-Za-z])`, 'gi');

/** A date, not a name: a number, an ordinal or "of" after the month ("June 3", "April 2nd", "May of 2019", "June, 2020"). */
function dateAfter(s: TokenScanner, t: Token): boolean {
  return /^(?:[ \t]*,?[ \t]*(?:\d|of\b)|(?:st|nd|rd|th)\b|[-/.]\d|'\d)/i.test(s.text.slice(t.end, t.end + 8));
}

/** Whether token `t` may stand in a person slot as a calendar name: Title case in a mixed-case note, no number before or after. */
function calendarToken(s: TokenScanner, t: Token): boolean {
  if (!CALENDAR.has(t.lower)) return false;
  if (s.style === 'mixed' && !isTitleCase(t.word)) return false;
  return !dateAfter(s, t) && !/\d[ \t,]*$/.test(s.text.slice(Math.max(0, t.start - 4), t.start));
}

/** A word that may stand in a slot's run: three letters or more (or a lone letter), no relation, slot non-name, staff, clinical or function word. */
function slotWord(t: Token): boolean {
  const w = t.lower.replace(/'s$/, '');
  return (w.length >= 3 || (t.word.length === 1 && /^[A-Za-z]$/.test(t.word))) && !RELATION_CUE_WORDS.has(w) && !NON_NAMES.has(w) && !staffWord(w) && (t.flags & (LEX.CLINICAL | LEX.STOP)) === 0;
}

/** Whether a bracket of staff words ending in a role follows position `at` ("(GI FELLOW)", "(covering)"). */
function roleBracketAfter(s: TokenScanner, at: number): boolean {
  const b = ROLE_BRACKET_TAIL_RE.exec(s.text.slice(at, at + 40));
  if (!b) return false;
  const words = b[1]!.toLowerCase().trim().split(/[ \t/-]+/);
  return ROLE_WORDS.has(words[words.length - 1]!) || words.every((w) => staffWord(w) || ROLE_WORDS.has(w));
}

/**
 * Whether token `t` may fill a person slot: a word the name lists hold or one no vocabulary holds,
 * no calendar, relation, staff, department or function word. The slot on both sides is strong, so
 * in a mixed-case note a lower-case name-list word counts too ("wife daisy at bedside"); a word in
 * capitals there is an abbreviation.
 */
function slotPart(s: TokenScanner, t: Token, vocab: KeepVocabulary): boolean {
  if (!slotWord(t) || t.word.length < 3 || CALENDAR.has(t.lower) || MONTH_WORDS.has(t.lower) || WEEKDAY_NAMES.has(t.lower)) return false;
  const w = t.lower.replace(/'s$/, '');
  const f = w === t.lower ? t.flags : lexiconFlags(w);
  if ((f & (LEX.TITLE | LEX.CREDENTIAL | LEX.SIGN_CREDENTIAL | LEX.CLIPPED)) !== 0 && (f & NAME_LISTS) === 0) return false;
  if (s.style === 'mixed' && !hasLower(t.word)) return false;
  if (s.style === 'mixed' && !isTitleCase(t.word) && t.word !== t.lower) return false;
  if ((f & NAME_LISTS) !== 0) return true;
  // A word no vocabulary holds, with a vowel, that is no inflection of one ("faxed").
  return !inVocabulary(vocab, w, f) && (f & LEX.COMMON) === 0 && /[aeiouyà-ÿ]/i.test(w) && (s.style !== 'mixed' || isTitleCase(t.word));
}

/** The run of one to `max` slot parts from token `i` (a blank or hyphen between) closed by `closes`, tried from the longest; its end, or `i`. */
function slotRun(s: TokenScanner, i: number, max: number, vocab: KeepVocabulary, closes: (after: number) => boolean): number {
  let end = i;
  while (end < s.tokens.length && end - i < max && slotPart(s, s.tokens[end]!, vocab)) {
    if (end > i && !/^[ \t-]$/.test(s.text.slice(s.tokens[end - 1]!.end, s.tokens[end]!.start))) break;
    // A possessive closes the name ("glen's").
    if (end > i && s.tokens[end - 1]!.lower.endsWith("'s")) break;
    end++;
  }
  for (let e = end; e > i; e--) if (closes(s.tokens[e - 1]!.end)) return e;
  return i;
}

/**
 * "pt states Joy prefers to be called …", "JUNE PREFERS TO BE CALLED": the word right before a slot that names a
 * person by what they are called is the person, when a name list holds it (it may be a word too) and it is written
 * as a name in the note's case; no function, relation, staff or clinical word ("she", "mother", "pt").
 */
function calledSubject(s: TokenScanner, slotAt: number): void {
  const k = s.byStart.get(slotAt);
  if (k === undefined || k === 0) return;
  const t = s.tokens[k - 1]!;
  if (!/^[ \t]$/.test(s.text.slice(t.end, slotAt)) || (t.flags & NAME_LISTS) === 0 || !slotWord(t) || (t.flags & (LEX.TITLE | LEX.CREDENTIAL)) !== 0) return;
  if (s.style === 'mixed' && !isTitleCase(t.word)) return;
  markRun(s, k - 1, k, 'name-slot:called');
}

// The quotes a nickname is written in ("prefers to be called \"Bud\"").
const QUOTES = '"\'“‘';
const CLOSE_QUOTES = '"\'”’';

/**
 * "prefers to be called \"Bud\"", "LIKES TO BE CALLED 'PEANUT'": after a closed contact slot that names only
 * a person by what they are called (deid-name-cues.yaml calledSlots), one to three words in quotes are the
 * person's nickname, whatever words they are ("doc", "Sissy"); a title or function word in them names nobody.
 */
function quotedNickname(s: TokenScanner, quote: number): void {
  const i = s.byStart.get(quote + 1);
  if (i === undefined) return;
  for (let e = i; e < s.tokens.length && e < i + 3; e++) {
    const t = s.tokens[e]!;
    if (!/^[A-Za-z][A-Za-z'-]*$/.test(t.word) || t.word.length < 2 || (t.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) !== 0) return;
    if (e > i && !/^[ \t]$/.test(s.text.slice(s.tokens[e - 1]!.end, t.start))) return;
    if (CLOSE_QUOTES.includes(s.text[t.end] ?? '')) {
      markRun(s, i, e + 1, 'name-slot:nickname');
      return;
    }
  }
}

/**
 * What a slot that names a person by what they are called ("prefers to be called") says: the word before it
 * ({@link calledSubject}) and a nickname in quotes after it ({@link quotedNickname}). True when a quote follows
 * the slot `slot` found at `at`: what stands in quotes is no slot run's, whatever the slot.
 */
function calledSlot(s: TokenScanner, slot: string, at: number): boolean {
  const called = CALLED_SLOTS.has(slot.trim().toLowerCase().replace(/[ \t]+/g, ' '));
  if (called) calledSubject(s, at);
  const end = at + slot.length;
  if (!QUOTES.includes(s.text[end] ?? '')) return false;
  if (called) quotedNickname(s, end);
  return true;
}

/**
 * "d/w pool, agrees", "RETURNED CALL TO BRANDY, NO ANSWER", "paged peacock, no callback", "D/W CASH
 * AT 2:09 AM", "Called June back": a name run right after a contact verb, closed by a contact tail,
 * a clock time after "at" or a role in brackets (a calendar name: a contact tail only). Either side
 * alone leads to things as often as to people ("d/w ortho", "called back"); both together only to
 * the person talked to.
 */
function contactSlotNames(s: TokenScanner, vocab: KeepVocabulary): void {
  for (const m of CONTACT_SLOT_RE.matchAll(s.text)) {
    if (m[0].includes('\n')) continue;
    if (calledSlot(s, m[0], m.index)) continue;
    const i = s.byStart.get(m.index + m[0].length);
    if (i === undefined || s.marked.has(i)) continue;
    const t = s.tokens[i]!;
    // Whether the slot is a closed one, worked out only when a tail test reaches it (a pure function of the match).
    const closed = () => CLOSED_SLOTS.has(m[0].trim().replace(/:$/, '').trim().toLowerCase().replace(/[ \t]+/g, ' '));
    if (calendarToken(s, t)) {
      const after = s.text.slice(t.end, t.end + 30);
      if (CONTACT_TAIL_RE.test(after) || (CLAUSE_END_RE.test(after) && closed())) markRun(s, i, i + 1, 'name-slot:calendar');
      continue;
    }
    const e = slotRun(s, i, 3, vocab, (at) => {
      const after = s.text.slice(at, at + 30);
      return CONTACT_TAIL_RE.test(after) || CLOCK_TAIL_RE.test(after) || roleBracketAfter(s, at) || (CLAUSE_END_RE.test(after) && closed());
    });
    if (e > i) markRun(s, i, e, 'name-slot:contact');
  }
}

/**
 * "brother glen with him", "wife daisy at bedside", "(guardian opal) updated", "dawn - wife
 * notified", "WITH JUNE - DAUGHTER": one or two name words right after a relation word and closed
 * by a state only a person is in, or right before a dash and a relation word. A relation word
 * alone leads to adjectives as often ("son well", "wife sick"); the state after it decides.
 */
function relationSlotNames(s: TokenScanner, vocab: KeepVocabulary): void {
  for (const m of RELATION_SLOT_RE.matchAll(s.text)) {
    if (m[0].includes('\n')) continue;
    if (calledSlot(s, m[0], m.index)) continue;
    const i = s.byStart.get(m.index + m[0].length);
    // "MOTHER INLAW AT BEDSIDE": the word after the relation closes a relation compound.
    if (i === undefined || s.marked.has(i) || relationCompoundTail(s, i)) continue;
    const bracketed = /\([ \t]*$/.test(s.text.slice(Math.max(0, m.index - 3), m.index));
    const closes = (at: number) => RELATION_TAIL_RE.test(s.text.slice(at, at + 30)) || (bracketed && /^[ \t]*\)/.test(s.text.slice(at, at + 3)));
    if (calendarToken(s, s.tokens[i]!)) {
      if (closes(s.tokens[i]!.end)) markRun(s, i, i + 1, 'name-slot:calendar');
      continue;
    }
    const e = slotRun(s, i, 2, vocab, closes);
    if (e > i) markRun(s, i, e, 'name-slot:relation');
  }
  // Before a dash and a relation word, opening a clause or after "with" / "w/" / "and".
  for (const m of allMatches(DASH_RELATION_G, s.text)) {
    const last = endingAt(s.tokens, m.index);
    if (last === undefined) continue;
    for (const i of [last - 1, last]) {
      if (i < 0 || s.marked.has(i)) continue;
      const prev = i > 0 ? s.tokens[i - 1]! : undefined;
      const led = !!prev && /^[ \t]+$/.test(s.text.slice(prev.end, s.tokens[i]!.start)) && (prev.lower === 'with' || prev.lower === 'and' || /w\/[ \t]*$/i.test(s.text.slice(prev.start, s.tokens[i]!.start)));
      if (!led && !opensClause(s, i)) continue;
      const e = calendarToken(s, s.tokens[i]!) ? (i === last ? i + 1 : i) : slotRun(s, i, 2, vocab, (at) => at === m.index);
      if (e === last + 1) {
        markRun(s, i, e, calendarToken(s, s.tokens[i]!) ? 'name-slot:calendar' : 'name-slot:relation');
        break;
      }
    }
  }
}

/** Whether the text before token `i` opens a clause: a line start (after a time stamp or a bullet), a sentence end, ";", "(" or ":". */
function opensClause(s: TokenScanner, i: number): boolean {
  const t = s.tokens[i]!;
  const lineStart = s.text.lastIndexOf('\n', t.start - 1) + 1;
  const before = s.text.slice(lineStart, t.start);
  return /^[ \t\d:./apm-]*[ \t]*[-*•#]?[ \t]*$/i.test(before) || /(?:[.;:!?(]|[.;:!?][ \t]*\()[ \t]*$/.test(before);
}

/** Whether a bracket right after position `at` holds only relation or role words ("(wife)", "(CHARGE)", "(son-in-law)"). */
function relationBracketAfter(s: TokenScanner, at: number): boolean {
  const b = /^[ \t]*\(([A-Za-z][A-Za-z \t/-]{1,30})\)/.exec(s.text.slice(at, at + 40));
  if (!b) return false;
  const words = b[1]!.toLowerCase().trim().split(/[ \t/]+/);
  return BRACKET_TAGS.has(b[1]!.toLowerCase().trim().replace(/[ \t]+/g, ' ')) || words.every((w) => BRACKET_TAGS.has(w) || RELATION_CUE_WORDS.has(w) || w === 'in' || w === 'law');
}

/**
 * "June updated.", "(June at bedside, translating.)", "daughter June, who agrees", "Dear June,", "ok per June.",
 * "JUNE (CHARGE) ASSISTED", "With May (wife)": a month or weekday that is also a given name, in the
 * strongest slots only (the contact slots are read by contactSlotNames). Never before a number or
 * "of", so "seen June 3", "per April note" and "called back Monday" stay as they are.
 */
function calendarNames(s: TokenScanner): void {
  // Only a calendar word passes calendarToken: its tokens alone are read (cue-tokens.ts).
  for (const i of s.cueTokens(CALENDAR)) {
    const t = s.tokens[i]!;
    if (s.marked.has(i) || !calendarToken(s, t)) continue;
    const after = s.text.slice(t.end, t.end + 30);
    const prev = i > 0 ? s.tokens[i - 1] : undefined;
    const gapBefore = prev ? s.text.slice(prev.end, t.start) : '';
    // Opening its clause before a person's state.
    const state = opensClause(s, i) && CALENDAR_TAIL_RE.test(after);
    // Right after a relation word, closed by punctuation, "who" or a state.
    const relation = !!prev && RELATION_CUE_WORDS.has(prev.lower) && /^[ \t]+$/.test(gapBefore) && (/^[ \t]*(?:[,;)]|\.(?:\s|$)|\n|$)/.test(after) || /^[ \t]+who\b/i.test(after) || CALENDAR_TAIL_RE.test(after));
    // Closing a clause after "per": "ok per June.", "has faith things will improve, per June." ("per April note" stays).
    const per = !!prev && prev.lower === 'per' && /^[ \t]+$/.test(gapBefore) && /^[ \t]*(?:[.;](?:\s|$)|\n|$)/.test(after);
    // A salutation: "Dear June," closing its line, or opening it (or a label's value) before the letter's first words ("Dear April, you were in …").
    const salutation = !!prev && prev.lower === 'dear' && /^[ \t]+$/.test(gapBefore) && (/^[ \t]*[,:][ \t]*(?:\n|$)/.test(after) || (/^[ \t]*,/.test(after) && opensLine(s.text, prev.start)));
    // Before a relation or a role in brackets.
    const bracket = relationBracketAfter(s, t.end);
    if (state || relation || salutation || bracket || per) markRun(s, i, i + 1, 'name-slot:calendar');
  }
}

/** Whether `at` opens its line, or the value of a label on it ("Instructions (given in writing): Dear …"). */
function opensLine(text: string, at: number): boolean {
  return /(?:^|:)[ \t]*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}

/** "HEY COLT I WILL BE AWAY", "hey khadijja the lady at the desk": a name right after a greeting opening its line, closed by punctuation, the line end or a function word. */
function greetingNames(s: TokenScanner, vocab: KeepVocabulary): void {
  for (const m of lineStartMatches(s.text, GREETING_RE, GREETING_OPENS)) {
    const i = s.byStart.get(m.index + m[0].length);
    if (i === undefined || s.marked.has(i)) continue;
    const e = slotRun(s, i, 2, vocab, (at) => {
      if (/^[ \t]*(?:[,.!:;?]|\n|$)/.test(s.text.slice(at, at + 3))) return true;
      const blank = /^[ \t]+/.exec(s.text.slice(at, at + 8));
      const n = blank ? s.byStart.get(at + blank[0].length) : undefined;
      return n !== undefined && (s.tokens[n]!.flags & LEX.STOP) !== 0;
    });
    if (e > i) markRun(s, i, e, 'name-slot:greeting');
  }
}

/** "RECAP: PAGE, 5, SEEN FOR ASTHMA", "Recap: Ward, 38, seen for chf": a name opening its line (or its label's value) before ", <age>, seen for …". */
function recapNames(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  for (const m of allMatches(RECAP_RE, s.text)) {
    const lineStart = s.text.lastIndexOf('\n', m.index - 1) + 1;
    const head = /^[ \t]*(?:[A-Za-z][A-Za-z \t]{0,20}:[ \t]*)?/.exec(s.text.slice(lineStart, m.index))![0];
    const i = s.byStart.get(lineStart + head.length);
    if (i === undefined || s.marked.has(i)) continue;
    const { parts, end } = strongRun(s, i, 3, vocab, profile);
    if (!parts.length || parts[0] === 'initial' || s.tokens[end - 1]!.end !== m.index) continue;
    markRun(s, i, end, 'name-slot:recap');
  }
}

// A place word after a possessive written without its apostrophe ("from lloyds room").
const OWNED_PLACE_RE = /^[ \t]+(?:room|rm|bed|door|bedside)\b/i;
// The words before such a possessive that lead to a place ("yelling from lloyds room", "went into annas room").
// (deid-place-cues.yaml placeVocabulary.roomOwnerLeads)
const PLACE_LEADS: ReadonlySet<string> = placeCues().roomOwnerLeads;

/**
 * "heard yelling from lloyds room", "went into thelmas room": a given name with a possessive s
 * written without its apostrophe, between a place lead and a room word. The stem must be a given
 * name of the lists, or a word no vocabulary holds, that no clinical or function list holds; "from the nurses room" and "to patients
 * room" stay (no given name).
 */
function bareOwnerNames(s: TokenScanner, vocab: KeepVocabulary): void {
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    const prev = s.tokens[i - 1]!;
    // The place lead before is asked first (a set look-up), before the word's letters and the place after it (patterns on slices).
    if (s.marked.has(i) || !PLACE_LEADS.has(prev.lower) || t.lower.length < 4 || !t.lower.endsWith('s') || !/^[a-zà-ÿ]+$/i.test(t.word) || !OWNED_PLACE_RE.test(s.text.slice(t.end, t.end + 12))) continue;
    if (!/^[ \t]+$/.test(s.text.slice(prev.end, t.start))) continue;
    const stem = t.lower.slice(0, -1);
    const f = lexiconFlags(stem);
    // A given name of the lists, or a word no vocabulary holds ("sunitas room").
    const named = (f & LEX.FIRST) !== 0 || (!inVocabulary(vocab, stem, f) && !inVocabulary(vocab, t.lower));
    if (!named || (f & (LEX.CLINICAL | LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) !== 0 || RELATION_CUE_WORDS.has(stem) || staffWord(stem)) continue;
    if (s.style === 'mixed' && !isTitleCase(t.word) && t.word !== t.lower) continue;
    markRun(s, i, i + 1, 'name-slot:owner');
  }
}

/** The person slots: contact verbs with their tails, relation words with a person's state, calendar names, recap lines. Run after the name positions. */
export function nameSlots(s: TokenScanner, vocab: KeepVocabulary, profile: DeidProfile): void {
  contactSlotNames(s, vocab);
  relationSlotNames(s, vocab);
  calendarNames(s);
  greetingNames(s, vocab);
  recapNames(s, vocab, profile);
  bareOwnerNames(s, vocab);
}
