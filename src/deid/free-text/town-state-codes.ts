// The state after a town found by any rule or the model (issue 11): "measles as a child in Ember
// Point, OK;", "lives in lanark, ia with son", "lives in riverbend, nebraska with nephew",
// "(liberty, ne) for stemi activation". The state pass (place-shapes.ts states) closes an address
// only after a place it found itself, in a one-case note only before a number, and reads a code
// only in capitals; this pass reads the state after the comma of a town that any pass or the
// learned layer found (a title-case pair taken for a name included), where a place preposition
// (`originCues.prepositions` of deid-place-cues.yaml) or a bracket opens the town. A code that is
// also a function word ("in", "me", "or") is left in a lower-case note, and so is a credential or
// title ("MD", "PA", "MS") after a town read as a name, and a room code ("OR", "CT") always.
import { LEX } from '../lexicon-flags.js';
import { hasLower, hasUpper, isCap, type Token, type TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

// A town read as a name is a town only after these prepositions ("in Ember Point, OK"): "to" and
// "from" also lead a person ("spoke to Bob, OK with plan", "letter from Ann Roe, PA").
const NAME_TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside']);

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
    if ((t.flags & LEX.STATE_WORD) === 0 || s.marked.has(i) || cues.roomCodes.has(t.lower)) continue;
    const len = stateLength(s, i, cues);
    if (len === 0) continue;
    const code = len === 1 && t.word.length === 2;
    if (code && s.style === 'lower' && (t.flags & LEX.STOP) !== 0) continue;
    const prev = tokens[i - 1]!;
    if (!s.marked.has(i - 1) || !/^[ \t]*,[ \t]*$/.test(text.slice(prev.end, t.start))) continue;
    const town = s.spans.find((x) => x.end === prev.end && (x.category === 'LOCATION' || x.category === 'NAME'));
    if (!town || text.slice(town.start, town.end).includes('\n')) continue;
    if (town.category === 'NAME' && code && (t.flags & (LEX.CREDENTIAL | LEX.TITLE)) !== 0) continue;
    // The town's first token: a span may hold one word of it ("Ember" and "Point" of a title-case pair).
    let f = s.byStart.get(town.start);
    if (f === undefined) continue;
    while (f > 0 && i - f < 3 && s.marked.has(f - 1) && /^[ \t]$|^-$/.test(text.slice(tokens[f - 1]!.end, tokens[f]!.start))) {
      const g = tokens[f - 1]!;
      if (!s.spans.some((x) => x.start <= g.start && g.end <= x.end && x.category === town.category)) break;
      f--;
    }
    // What opens the town: a bracket, or a place preposition right before it.
    let p = tokens[f]!.start - 1;
    while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
    const bracket = p >= 0 && text[p] === '(' && town.category === 'LOCATION';
    const before = tokens[f - 1];
    const preposition = !!before && before.end === p + 1 && (town.category === 'NAME' ? NAME_TOWN_PREPOSITIONS : cues.originPrepositions).has(before.lower);
    if (!bracket && !preposition) continue;
    for (let k = i; k < i + len; k++) s.mark(k, 'LOCATION', 'town-state');
    i += len - 1;
  }
}
