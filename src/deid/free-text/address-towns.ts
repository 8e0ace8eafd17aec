// The town that closes a street address (issue 11, recall of towns that are also words): "4223
// SALT HILL BLVD, BATH", "2963 Academy Pike, Liberty 09054", "9524 Great Plain Pike, ridgeway PA".
// Right after the street's comma a town is the only thing that stands there, so a town that is also
// an English word ("Reading", "Hope", "Paradise") is taken there, where no other pass takes it.
import * as tokenScanner from './token-scanner.js';
import type { Token, TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import type { PhiSpan } from '../phi-span.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { notTownWord } from '../keep-list/name-words.js';

const { isCap } = tokenScanner;

// What may stand between the street and the comma: a bracket of where on the street ("(BEHIND THE MILL)").
const BRACKET_RE = /^[ \t]*\([^()\n]{1,60}\)/;
// What closes the town's part: the line end, a bar, a stop, a bracket, a wide gap, a comma, a dash.
const PART_END_RE = /^(?:[ \t]*(?:$|\r?\n|[|;·•()]|\.(?:\s|$)|,|[-–][ \t])|[ \t]{2,})/;
const ZIP_RE = /^[ \t]+\d{5}(?:-\d{4})?(?![\w.,/-]?\d)/;
// After a ZIP code the residence line may go on: "lives at 1469 Fox Run, Harwell 98578 with grandson …".
export const ZIP_TAIL_RE = /^[ \t]+(?:with|w\/|and|alone|since|x|for|until|near)(?![A-Za-z])/i;

/**
 * Whether token `t` may be a word of a town's name after a street: letters, no function word,
 * title, credential or unit; an ordinary word only when it is also a name or place (the towns
 * named for words are: "Hope", "Liberty", "Bath"), never one of addresses.notTowns ("apt", "rear").
 */
function townWord(t: Token, cues: PlaceCueSets, street = false): boolean {
  const f = t.flags;
  if (t.word.length < 2 || !/^[A-Za-z][A-Za-z'’-]*$/.test(t.word) || notTownWord(t.lower)) return false;
  if ((f & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) !== 0 || cues.unitWords.has(t.lower) || cues.notTowns.has(t.lower)) return false;
  if ((f & LEX.CLINICAL) !== 0 && (f & LEX.COMMON) === 0) return false;
  // Right after a street with its house number a town is what stands there, whatever word it is
  // ("… Copperline Blvd, Tempo"); addresses.notTowns holds the words that stand there otherwise.
  return street || (f & LEX.COMMON) === 0 || (f & (LEX.AMBIGUOUS | LEX.PLACE)) !== 0;
}

// A residence line goes on after the town of a street address: "… Tallow Ln, Arbor when the pile
// ignited", "… Gristmill Ln in Yarrowfield at 3 am".
const STREET_TAIL_RE = /^[ \t]+(?:when|where|while|and|with|w\/|since|until|for|at|on|after|before|near|alone|x)(?![A-Za-z])/i;
// "… 5108 Old County Rd in Burden": "in" after the street opens its town as a comma does.
const STREET_IN_RE = /^[ \t]+in[ \t]+/i;

/** The number of tokens from `i` that spell a state (a name of one or two words, a code, a short form), else 0. */
function stateAt(s: TokenScanner, i: number, cues: PlaceCueSets): number {
  const t = s.tokens[i];
  if (!t) return 0;
  if (cues.stateNames.has(t.lower) || cues.stateAbbreviations.has(t.lower)) return 1;
  if (t.word.length === 2 && cues.stateCodes.has(t.lower) && (s.style !== 'mixed' || t.word === t.word.toUpperCase())) return 1;
  const n = s.tokens[i + 1];
  if (n && cues.stateNameStarts.has(t.lower) && s.blankBetween(i, i + 1) && cues.stateNames.has(`${t.lower} ${n.lower}`)) return 2;
  return 0;
}

// What closes a town after a facility's name without a state or ZIP code: the line end, a bar or a wide gap.
const LINE_END_RE = /^(?:[ \t]*(?:$|\r?\n|[|·•])|[ \t]{2,})/;

/** Where an anchor found before a town ends: a street address, or a facility's name with its head words ("… HOSPITAL"). */
function anchorEnd(s: TokenScanner, span: PhiSpan): { end: number; street: boolean } | undefined {
  if (span.source === 'place-address') return /^\d/.test(s.text.slice(span.start, span.start + 1)) ? { end: span.end, street: true } : undefined;
  if (span.category !== 'INSTITUTION' && !(span.category === 'LOCATION' && span.source !== undefined && FACILITY_SOURCES.has(span.source))) return undefined;
  let k = s.byStart.get(span.start);
  if (k === undefined) return undefined;
  while (k + 1 < s.tokens.length && s.tokens[k + 1]!.end <= span.end) k++;
  // "RAVENNA HEIGHTS HOSPITAL": the facility pass leaves its head words out of the span.
  while (k + 1 < s.tokens.length && (s.tokens[k + 1]!.flags & LEX.INSTITUTION_HEAD) !== 0 && s.blankBetween(k, k + 1)) k++;
  return { end: s.tokens[k]!.end, street: false };
}

// Passes whose LOCATION spans are a facility's name.
const FACILITY_SOURCES = new Set(['facility', 'care-facility']);

/**
 * "… SALT HILL BLVD, BATH", "… Academy Pike, Liberty 09054", "… Great Plain Pike, ridgeway PA",
 * "… DEPOT WAY (BEHIND THE MILL), READING |", "RAVENNA HEIGHTS HOSPITAL, CANTON CONN.", "Kidney
 * Institute - South Halvern, RI": after a street address or a facility's name found, and a comma (or
 * a dash after a facility), one to three town words (townWord) and, optionally, a state and a ZIP
 * code, closing their part, are the town (and state) of the address. After a facility the town needs
 * a state or ZIP code, or the line's end after it; in a mixed-case note it is capitalised unless a
 * state or ZIP code follows it ("ridgeway PA").
 */
export function townsAfterStreets(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  for (const span of [...s.spans]) {
    const anchor = anchorEnd(s, span);
    if (!anchor) continue;
    let at = anchor.end;
    const unit = anchor.street ? s.spans.find((u) => u.source === 'place-address' && u.start > at && u.start <= at + 4 && /^[ \t]*,?[ \t]*$/.test(s.text.slice(at, u.start))) : undefined;
    if (unit) at = unit.end;
    const bracket = BRACKET_RE.exec(s.text.slice(at, at + 64));
    if (bracket) at += bracket[0].length;
    let comma = (anchor.street ? /^[ \t]*,[ \t]*/ : /^(?:[ \t]*,|[ \t]+[-–])[ \t]*/).exec(s.text.slice(at, at + 8));
    // After "in" an ordinary word is how the person is as often ("… Heron Way in pain"): a town
    // named for a word only when it is also a name or place ("in Burden", "in Bliss").
    const afterComma = anchor.street && !!comma;
    if (!comma && anchor.street) comma = STREET_IN_RE.exec(s.text.slice(at, at + 8));
    if (!comma) continue;
    const first = s.byStart.get(at + comma[0].length);
    if (first === undefined || s.marked.has(first) || stateAt(s, first, cues) > 0 || !townWord(s.tokens[first]!, cues, afterComma)) continue;
    let last = first;
    while (last - first < 2 && stateAt(s, last + 1, cues) === 0 && s.tokens[last + 1] && (s.blankBetween(last, last + 1) || s.text.slice(s.tokens[last]!.end, s.tokens[last + 1]!.start) === '-') && !s.marked.has(last + 1) && townWord(s.tokens[last + 1]!, cues, afterComma) && !STREET_TAIL_RE.test(s.text.slice(s.tokens[last]!.end, s.tokens[last + 1]!.end))) last++;
    // The state after the town: a blank or a comma between, a code's or short form's full stop after it.
    let state = 0;
    const next = last + 1;
    if (s.tokens[next] && /^[ \t]*,?[ \t]*$/.test(s.text.slice(s.tokens[last]!.end, s.tokens[next]!.start)) && !s.marked.has(next)) state = stateAt(s, next, cues);
    let end = s.tokens[state > 0 ? next + state - 1 : last]!.end;
    if (state > 0 && s.text[end] === '.' && cues.stateAbbreviations.has(s.tokens[next]!.lower)) end++;
    const zip = ZIP_RE.exec(s.text.slice(end, end + 16));
    const closeAt = zip ? end + zip[0].length : end;
    const closing = s.text.slice(closeAt, closeAt + 8);
    if (!(anchor.street || state > 0 || zip ? PART_END_RE : LINE_END_RE).test(closing) && !(zip && anchor.street && ZIP_TAIL_RE.test(closing)) && !(anchor.street && STREET_TAIL_RE.test(closing))) continue;
    // In a mixed-case note a town in lower case only after a street and when no vocabulary holds it ("… Gristmill Ln in yarrowfield").
    const f0 = s.tokens[first]!;
    if (s.style === 'mixed' && state === 0 && !zip && !isCap(f0.word) && !(anchor.street && (f0.flags & (LEX.COMMON | LEX.CLINICAL | LEX.VOCAB | LEX.AMBIGUOUS)) === 0)) continue;
    for (let k = first; k <= last; k++) s.mark(k, 'LOCATION', 'place-town');
    for (let k = next; k < next + state; k++) s.mark(k, 'LOCATION', 'place-state');
  }
}
