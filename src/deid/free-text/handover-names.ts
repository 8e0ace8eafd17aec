// Persons in the logistics of moving a patient and their things (issue 11): the person the
// patient's belongings went home with ("PT BELONGINGS (GLASSES, PHONE) SENT HOME W/ SONNY"), the
// person waiting at a transport's destination ("Opal will meet pt at Maple Terrace"), an ambulance
// crew about a slash ("crew Church / Verity Winslow"), the persons of a visitor list ("VISITORS:
// JUNE + MAJOR ONLY") and a name before its relation and a tag in brackets ("FAMILY: SONNY (STEPSON, HCP)").
// The slot decides a name that is also a word ("Will", "June", "Hope"), but only a word the name
// lists hold, a month or weekday, or a word no vocabulary holds is taken, never a relation, a role
// or a function word: "sent home with family", "EMS will meet pt at" and "visitors: wife + son only"
// stay. Words are data (rules/en/deid-handover-slots.yaml).
import { isCap, type TokenScanner } from './token-scanner.js';
import { LEX, NAME_LISTS } from '../lexicon-flags.js';
import { MONTH_WORDS } from '../patterns.js';
import { WEEKDAY_NAMES } from '../keep-list/name-words.js';
import { nameCues } from '../rules/deid-rules.js';
import { personSlots } from '../rules/person-slot-rules.js';
import { handoverSlots } from '../rules/handover-slot-rules.js';
import { cueAlternation, cueFirstRun } from '../rules/word-alternation.js';
import { AnchoredRegex } from '../keyword-anchors.js';
import { allMatches } from '../regex-matches.js';

const SLOTS = handoverSlots();
const alt = (ws: readonly string[]) => cueAlternation(ws, '[ \\t]+');
const RELATIONS: ReadonlySet<string> = new Set([...nameCues().cues.relatives.words, ...personSlots().relationNames.relations]);
const NON_NAMES: ReadonlySet<string> = new Set(SLOTS.nonNames);

// Up to three words, an initial's dot kept: the candidate run; the longest prefix that is a name and closes its clause wins.
const RUN = `[A-Za-z][A-Za-z'-]*\\.?(?:[ \\t]+[A-Za-z][A-Za-z'-]*\\.?){0,2}`;
// What may follow a name closing its clause: punctuation, the line end, or a word of time or place.
const CLOSE_RE = /^(?:[ \t]*(?:[.,;:)!]|\r?\n|$)|[ \t]+(?:on|at|today|tonight|this|via|in|for|who|when|after|before|until|per)\b)/i;

// "belongings (glasses, phone) sent home w/ SONNY": a thing, the rest of the line up to the verb, the run (group 1).
const BELONGINGS_RE = new RegExp(`\\b(?:${alt(SLOTS.belongings.things)})\\b[^\\n]{0,80}?\\b(?:${alt(SLOTS.belongings.verbs)})[ \\t]+(${RUN})`, 'gid');
// ". Opal will meet pt at": the run opening its clause (group 1) before the verb and its object.
const MEETING_RE = new RegExp(`(?:^|[.;!?][ \\t]+|\\n)[ \\t]*(${RUN})[ \\t]+(?:${alt(SLOTS.meeting.verbs)})[ \\t]+(?:${alt(SLOTS.meeting.objects)})\\b`, 'gid');
// "crew Church / Verity Winslow": the lead, then two runs about a slash (groups 1 and 2).
const CREW_RE = new RegExp(`\\b(?:${alt(SLOTS.crew.leads)})\\b[ \\t]*:?[ \\t]*(${RUN})[ \\t]*/[ \\t]*(${RUN})`, 'gid');
// "VISITORS: JUNE + MAJOR ONLY": the lead, its colon, then the list to the line end (group 1).
const VISITORS_RE = new RegExp(`\\b(?:${alt(SLOTS.visitors.leads)})[ \\t]*:[ \\t]*([^\\n]*)`, 'gid');
// "SONNY (STEPSON, HCP)": a word, then a bracket that opens with a relation (group 2) and a short tag after it (a bracket of
// the relation alone, "(wife)", is the relation passes').
const BRACKET_RE = new RegExp(`\\b([A-Za-z][A-Za-z'-]*)[ \\t]*\\([ \\t]*(${alt([...RELATIONS])})[ \\t]*[,/;][^)\\n]{1,20}\\)`, 'gi');

// Cheap tests of the words each pattern needs (a pattern cannot match in a text without them): most notes have none.
// Each pattern has its words after a word boundary and before a blank, a colon or a word boundary, so
// they stand as whole letter runs: the tests are anchored on their first words (keyword-anchors.ts)
// and cost nothing in a report that holds none of those words.
const gate = (ws: readonly string[]) => new AnchoredRegex(new RegExp(`\\b(?:${alt(ws)})(?![A-Za-z])`, 'gi'), ws.map(cueFirstRun));
const BELONGINGS_GATE = gate(SLOTS.belongings.verbs);
const MEETING_GATE = gate(SLOTS.meeting.verbs);
const CREW_GATE = gate(SLOTS.crew.leads);
const VISITORS_GATE = gate(SLOTS.visitors.leads);
const BRACKET_GATE = new RegExp(`\\([ \\t]*(?:${alt([...RELATIONS])})[ \\t]*[,/;]`, 'i');

/** Whether token `k` may be a person's word in a hand-over slot (see the file comment); an initial counts apart. */
function personWord(s: TokenScanner, k: number): boolean {
  const t = s.tokens[k]!;
  if (NON_NAMES.has(t.lower) || RELATIONS.has(t.lower) || (t.flags & (LEX.TITLE | LEX.CREDENTIAL)) !== 0) return false;
  // In a mixed-case note a name is capitalised.
  if (s.style === 'mixed' && !isCap(t.word)) return false;
  if (t.word.length === 1) return /[A-Za-z]/.test(t.word);
  if ((t.flags & NAME_LISTS) !== 0 || MONTH_WORDS.has(t.lower) || WEEKDAY_NAMES.has(t.lower)) return true;
  return t.word.length >= 3 && (t.flags & (LEX.VOCAB | LEX.COMMON | LEX.CLINICAL | LEX.STOP)) === 0;
}

/**
 * The tokens of the longest prefix of the run at `from` (`len` characters) whose words are all
 * {@link personWord}s, not initials alone, and which closes its clause (when `closed`); none when no prefix is.
 */
function nameRun(s: TokenScanner, from: number, len: number, closed: boolean): number[] {
  const ks = s.tokensIn(from, from + len);
  for (let n = ks.length; n >= 1; n--) {
    const part = ks.slice(0, n);
    if (!part.every((k) => personWord(s, k)) || part.every((k) => s.tokens[k]!.word.length === 1)) continue;
    // The words of a run are one blank apart (an initial keeps its dot).
    if (part.some((k, j) => j > 0 && !/^\.?[ \t]+$/.test(s.text.slice(s.tokens[part[j - 1]!]!.end, s.tokens[k]!.start)))) continue;
    let end = s.tokens[part[n - 1]!]!.end;
    if (s.tokens[part[n - 1]!]!.word.length === 1 && s.text[end] === '.') end++;
    if (!closed || CLOSE_RE.test(s.text.slice(end, end + 12))) return part;
  }
  return [];
}

function markAll(s: TokenScanner, ks: readonly number[], source: string): void {
  for (const k of ks) s.mark(k, 'NAME', source);
}

/** Where group `g` of `m` (a match of a regex with the `d` flag) starts in the text. */
const groupStart = (m: RegExpExecArray, g: number) => m.indices![g]![0];

/** The run of a visitor list (`list` from `from`): its items about "+", "&", "and" or commas, up to "only", a bracket or a stop. */
function visitorItems(s: TokenScanner, from: number, list: string): number[][] | undefined {
  const body = /^(.*?)(?:[ \t]+only\b|[ \t]*\(|[ \t]*[.;]|[ \t]*$)/i.exec(list)![1]!;
  const items: number[][] = [];
  // Items about "+", "&", a comma or "and" ("june and major").
  for (const m of allMatches(/[^+&,]+/g, body)) {
    let at = from + m.index;
    for (const part of m[0].split(/([ \t]+and[ \t]+)/i)) {
      const word = part.trim();
      if (word && !/^and$/i.test(word)) {
        const lead = part.length - part.trimStart().length;
        const run = nameRun(s, at + lead, word.length, false);
        // The whole item is the name run, or the list is no list of persons.
        if (run.length === 0 || s.tokens[run[run.length - 1]!]!.end < at + lead + word.length - 1) return undefined;
        items.push(run);
      }
      at += part.length;
    }
  }
  return items;
}

/** Marks the persons of the hand-over slots as NAME (sources `handover:belongings`, `handover:meeting`, `handover:crew`, `handover:visitors`, `handover:relation-bracket`). */
export function handoverNames(s: TokenScanner): void {
  const text = s.text;
  if (BELONGINGS_GATE.test(text)) for (const m of allMatches(BELONGINGS_RE, text)) markAll(s, nameRun(s, groupStart(m, 1), m[1]!.length, true), 'handover:belongings');
  for (const m of MEETING_GATE.test(text) ? allMatches(MEETING_RE, text) : []) {
    const at = groupStart(m, 1);
    const run = nameRun(s, at, m[1]!.length, false);
    // The whole run is the subject: "Opal", "Ivy Stone", not "the crew".
    if (run.length && s.tokens[run[run.length - 1]!]!.end >= at + m[1]!.length - 1) markAll(s, run, 'handover:meeting');
  }
  for (const m of CREW_GATE.test(text) ? allMatches(CREW_RE, text) : []) {
    const a = groupStart(m, 1);
    const first = nameRun(s, a, m[1]!.length, false);
    const b = groupStart(m, 2);
    const second = nameRun(s, b, m[2]!.length, true);
    // Both persons, the first up to the slash: "crew S COOK / E STORY".
    if (first.length && second.length && /^\.?[ \t]*\/$/.test(text.slice(s.tokens[first[first.length - 1]!]!.end, b).trimEnd())) {
      markAll(s, first, 'handover:crew');
      markAll(s, second, 'handover:crew');
    }
  }
  for (const m of VISITORS_GATE.test(text) ? allMatches(VISITORS_RE, text) : []) {
    const items = visitorItems(s, groupStart(m, 1), m[1]!);
    // Two persons or more, or one closed by "only".
    if (!items || !(items.length >= 2 || (items.length === 1 && /^[^(.;]*\bonly\b/i.test(m[1]!)))) continue;
    for (const run of items) markAll(s, run, 'handover:visitors');
    // The "only" closing the list is no part of a name: no later pass grows the last name to it.
    const only = /^[ \t]+only\b/i.exec(text.slice(s.tokens[items[items.length - 1]!.at(-1)!]!.end));
    if (only) {
      const k = s.byStart.get(s.tokens[items[items.length - 1]!.at(-1)!]!.end + only[0].length - 4);
      if (k !== undefined) s.claimed.add(k);
    }
  }
  for (const m of BRACKET_GATE.test(text) ? allMatches(BRACKET_RE, text) : []) {
    const at = m.index;
    const k = s.byStart.get(at);
    if (k === undefined || s.tokens[k]!.word !== m[1]) continue;
    if (s.tokens[k]!.word.length >= 3 && personWord(s, k)) s.mark(k, 'NAME', 'handover:relation-bracket');
  }
}
