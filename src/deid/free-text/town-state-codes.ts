// The state after a town found by any rule or the model (issue 11): "measles as a child in Ember
// Point, OK;", "lives in lanark, ia with son", "lives in riverbend, nebraska with nephew",
// "(liberty, ne) for stemi activation". The state pass (place-shapes.ts states) closes an address
// only after a place it found itself, in a one-case note only before a number, and reads a code
// only in capitals; this pass reads the state after the comma of a town that any pass or the
// learned layer found (a title-case pair taken for a name included), where a place preposition
// (`originCues.prepositions` of deid-place-cues.yaml) or a bracket opens the town. A code that is
// also a function word ("in", "me", "or") is left in a lower-case note, and so is a credential or
// title ("MD", "PA", "MS") after a town read as a name (unless the address line says it is a town:
// name-towns.ts), and a room code ("OR", "CT") always.
import { LEX } from '../lexicon-flags.js';
import { hasLower, hasUpper, isCap, type Token, type TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { nameTownInAddress } from './name-towns.js';

// What closes a state that ends an address on its own: the line end, a wide gap, a stop, a
// semicolon, a bracket or a bar, a comma before a number (a date, a phone), or a ZIP code.
const STRONG_CLOSE_RE = /^(?:[ \t]*(?:[.;)|]|\r?\n|$)|[ \t]{2,}|[ \t]*,[ \t]*\d|[ \t]+\d{5}(?!\d))/;
// A companion after the state ("lives in Kettle Creek, CT with mother"): "with" alone also opens a
// scan's contrast ("CT with contrast").
const COMPANION_RE = /^[ \t]+(?:with|w\/)[ \t]*([A-Za-z]+)/;

// A town read as a name is a town only after these prepositions ("in Ember Point, OK"): "to" and
// "from" also lead a person ("spoke to Bob, OK with plan", "letter from Ann Roe, PA").
// (deid-place-cues.yaml placeVocabulary.nameTownPrepositions)
const NAME_TOWN_PREPOSITIONS: ReadonlySet<string> = placeCues().nameTownPrepositions;

/** Whether a state code is written in the note's case: capitals in a mixed or shouted note, as the note is in a lower-case one. */
function codeCase(s: TokenScanner, t: Token): boolean {
  return s.style === 'lower' ? !hasUpper(t.word) : !hasLower(t.word);
}

/** The number of tokens of the state that starts at token `i` (a code, a name or a two-word name), 0 when none. */
function stateLength(s: TokenScanner, i: number, cues: PlaceCueSets): number {
  const t = s.tokens[i]!;
  if (t.word.length === 2 && cues.stateCodes.has(t.lower)) return codeCase(s, t) ? 1 : 0;
  if (s.style === 'mixed' && !isCap(t.word)) return 0;
  if (cues.stateNames.has(t.lower)) return 1;
  const n = s.tokens[i + 1];
  if (n && cues.stateNameStarts.has(t.lower) && s.blankBetween(i, i + 1) && cues.stateNames.has(`${t.lower} ${n.lower}`)) return 2;
  return 0;
}

/** Marks the state after a found town's comma (source `town-state`). */
export function townStateCodes(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  const { text, tokens } = s;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.flags & LEX.STATE_WORD) === 0 || s.marked.has(i)) continue;
    const len = stateLength(s, i, cues);
    if (len === 0) continue;
    const code = len === 1 && t.word.length === 2;
    if (code && s.style === 'lower' && (t.flags & LEX.STOP) !== 0) continue;
    const prev = tokens[i - 1]!;
    const gap = text.slice(prev.end, t.start);
    const comma = /^[ \t]*,[ \t]*$/.test(gap);
    if (!s.marked.has(i - 1) || (!comma && gap !== ' ')) continue;
    const after = text.slice(tokens[i + len - 1]!.end, tokens[i + len - 1]!.end + 24);
    const strong = STRONG_CLOSE_RE.test(after);
    // A room code ("OR", "CT") is a state only after a town a preposition opens, closing its part or
    // before a companion ("in Kettle Creek, CT with mother"), never before a scan's words.
    const room = cues.roomCodes.has(t.lower);
    const companion = COMPANION_RE.exec(after);
    if (room && !strong && !(companion && cues.originPersons.has(companion[1]!.toLowerCase()))) continue;
    const town = s.spans.find((x) => x.end === prev.end && (x.category === 'LOCATION' || x.category === 'NAME'));
    if (!town || text.slice(town.start, town.end).includes('\n')) continue;
    const credential = town.category === 'NAME' && code && (t.flags & (LEX.CREDENTIAL | LEX.TITLE)) !== 0;
    // The town's first token: a span may hold one word of it ("Ember" and "Point" of a title-case pair).
    let f = s.byStart.get(town.start);
    if (f === undefined) continue;
    while (f > 0 && i - f < 3 && s.marked.has(f - 1) && /^[ \t]$|^-$/.test(text.slice(tokens[f - 1]!.end, tokens[f]!.start))) {
      const g = tokens[f - 1]!;
      // A town the layers split ("Kettering" read as a name, "Ridge" as a place) is one town.
      if (!s.spans.some((x) => x.start <= g.start && g.end <= x.end && (x.category === town.category || x.category === 'NAME' || x.category === 'LOCATION'))) break;
      f--;
    }
    // What opens the town: a bracket, or a place preposition right before it.
    let p = tokens[f]!.start - 1;
    while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
    const bracket = p >= 0 && text[p] === '(' && town.category === 'LOCATION';
    const before = tokens[f - 1];
    // A state's full name after a comma follows a town, not a person ("from Fennimore, Nebraska;"):
    // every place preposition opens it; a code may be a person's credential ("from Ann Roe, PA").
    const prepositions = town.category === 'NAME' && (code || !comma) ? NAME_TOWN_PREPOSITIONS : cues.originPrepositions;
    const preposition = !!before && before.end === p + 1 && prepositions.has(before.lower);
    // Without a preposition or a bracket: a town found as a place, its state in the note's case
    // (codeCase) closing the address ("Pharmacy: Main Street Drug - Verdigris, VT   Ph …",
    // "Riverton Pulmonary Associates, Dalton MI. Fax …"); a blank alone between only in a note
    // that is not all lower case. A room code always needs the preposition.
    const bare = !room && town.category === 'LOCATION' && strong && (comma || s.style !== 'lower') && (!code || codeCase(s, t));
    // The same for a town read as a name, where the address line says it is a place (name-towns.ts).
    const namedBare = !room && !bare && town.category === 'NAME' && strong && s.style !== 'lower' && (!code || codeCase(s, t)) && nameTownInAddress(s, f, i, t);
    if (credential && !namedBare) continue;
    if (!comma && !bare && !namedBare) continue;
    if (!bracket && !preposition && !bare && !namedBare) continue;
    for (let k = i; k < i + len; k++) s.mark(k, 'LOCATION', 'town-state');
    i += len - 1;
  }
}
