// Countries a patient travels to or through, and the town before such a country's comma (issue
// 11, recall of places): "mefloquine weekly from crossing into Laos", "a
// mission in Malawi", "Prior travel: Fiji 2011, Togo 2019", "flying 3/2 to Lilongwe, Malawi". The
// gold standards mark a country a place, while the vocabulary holds it (vocabulary.STATE_OR_COUNTRY)
// so the proper-word passes leave it, and only the strict profile's keep-list took it. Here a
// country is taken only where its context says it is where someone goes or went: a preposition of
// a journey right before it, "to" after a word of travel on its line or "in" right after one, a
// line label of travel, a town found before its comma on a line of travel, or another country of
// the same list. A country of origin or birth ("raised in Fiji", "moved from Togo") is left: the learned corpus's
// writers mark none, and cross-validated precision fell when this pass took it. The names and cue
// words are data (rules/en/deid-place-cues.yaml countries). A country that is also a given name or
// a word ("paged Chad at home", "India ink") needs one of the strong cues, and a thing's word after the
// country ("guinea pig") makes it none.
import { LEX } from '../lexicon-flags.js';
import { hasLower, isCap, type Token, type TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

const SOURCE = 'country-place';
// A line label before the country ("Prior travel: ", "Destination - "): its last word is a label word.
const LABEL_RE = /([A-Za-z]+)[ \t]*[:\-–][ \t]*$/;
// Between two countries of one list: a year or a stay, then a comma, a slash, "and", "then" or "or"
// ("Fiji 2011, Togo", "Rwanda (9 days); then Gabon", "Togo and Benin", "Chad / Niger").
const LIST_GAP_RE = /^(?:[ \t]+(?:in[ \t]+)?(?:'?\d{2,4}|\(\d{1,3}[ \t]*(?:days?|d|wks?|weeks?|mo|months?)\)))?[ \t]*(?:,|;|\/|&|[ \t]and|[ \t]then|[ \t]or)[ \t]*(?:(?:and|then|or)[ \t]+)?$/i;

/** Whether token `t` is written as a country's word is in this note: capitalised in a mixed-case note, any case in a one-case note. */
function countryCase(s: TokenScanner, t: Token): boolean {
  return s.style !== 'mixed' || isCap(t.word);
}

/** The number of tokens of the country that starts at token `i` (0 when none), the longest name first. */
function countryAt(s: TokenScanner, i: number, cues: PlaceCueSets): number {
  const t = s.tokens[i]!;
  const names = cues.countryNames.get(t.lower);
  if (!names) return 0;
  for (const name of names) {
    let ok = true;
    for (let k = 0; k < name.length && ok; k++) {
      const w = s.tokens[i + k];
      ok = !!w && w.lower === name[k] && countryCase(s, w) && (k === 0 || s.blankBetween(i + k - 1, i + k) || s.text.slice(s.tokens[i + k - 1]!.end, w.start) === '-');
    }
    if (ok) return name.length;
  }
  return 0;
}

/** Whether a word of travel stands before token `p` ("to") on its line, up to six tokens back ("flying to", "leaving 3/2 to"). */
function travelBefore(s: TokenScanner, p: number, cues: PlaceCueSets): boolean {
  for (let k = p - 1; k >= 0 && k >= p - 6; k--) {
    const w = s.tokens[k]!;
    if (s.text.slice(w.end, s.tokens[k + 1]!.start).includes('\n')) return false;
    if (cues.countryTravelWords.has(w.lower)) return true;
  }
  return false;
}

/** Whether the text of token `f`'s line before it ends with a label of travel ("Prior travel: "). */
function labelBefore(s: TokenScanner, f: number, cues: PlaceCueSets): boolean {
  const at = s.tokens[f]!.start;
  const lineStart = s.text.lastIndexOf('\n', at - 1) + 1;
  const m = LABEL_RE.exec(s.text.slice(lineStart, at));
  return !!m && cues.countryLabels.has(m[1]!.toLowerCase());
}

/** Whether a place (a LOCATION span) ends right before the comma before token `f` ("Zomba, Malawi") on a line with a word of travel before it. */
function townBeforeComma(s: TokenScanner, f: number, cues: PlaceCueSets): boolean {
  const p = s.tokens[f - 1];
  if (!p || !/^[ \t]*,[ \t]*$/.test(s.text.slice(p.end, s.tokens[f]!.start))) return false;
  return s.spans.some((x) => x.end === p.end && x.category === 'LOCATION') && travelBefore(s, f - 1, cues);
}

/** Whether a country this pass found ends before token `f` across a list's gap ("Fiji 2011, Togo"), on the same line. */
function listBefore(s: TokenScanner, f: number, found: readonly number[]): boolean {
  const at = s.tokens[f]!.start;
  for (const end of found) {
    if (end >= at || at - end > 40) continue;
    if (LIST_GAP_RE.test(s.text.slice(end, at))) return true;
  }
  return false;
}

/**
 * The first token of one to three town's words that a preposition of a journey opens before the
 * comma before token `f`, on a line with a word of travel ("flying to Lilongwe, Malawi"); -1 when none.
 */
function commaTownStart(s: TokenScanner, f: number, cues: PlaceCueSets): number {
  const c = s.tokens[f - 1];
  if (!c || !/^[ \t]*,[ \t]*$/.test(s.text.slice(c.end, s.tokens[f]!.start))) return -1;
  for (let a = f - 1; a >= 1 && a >= f - 3; a--) {
    if (!s.blankBetween(a - 1, a) || !cues.countryTownPrepositions.has(s.tokens[a - 1]!.lower)) continue;
    return townWords(s, a, f - 1, cues) && travelBefore(s, a - 1, cues) ? a : -1;
  }
  return -1;
}

/**
 * Whether tokens `a`..`b` may be a town's words before a country's comma: letters, not a function,
 * title or credential word nor a clinical word alone ("LIMA" is an artery), capitalised in a
 * mixed-case note; an article or particle may open a town of two words.
 */
function townWords(s: TokenScanner, a: number, b: number, cues: PlaceCueSets): boolean {
  for (let k = a; k <= b; k++) {
    const w = s.tokens[k]!;
    // An article or particle opening a town of two words ("el alto", "la tola": wordTowns.particles).
    if (k === a && k < b && cues.wordTownParticles.has(w.lower) && s.blankBetween(k, k + 1)) continue;
    if (w.word.length < 3 && k === b) return false;
    if (!/^[A-Za-z][A-Za-z'’-]*$/.test(w.word) || (w.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL)) !== 0) return false;
    if ((w.flags & LEX.CLINICAL) !== 0 && (w.flags & LEX.COMMON) === 0) return false;
    if (s.style === 'mixed' && (!isCap(w.word) || !hasLower(w.word))) return false;
    // In a one-case note the case says nothing: an ordinary word is a town's only where a place or
    // name list holds it too ("TO SEE EL ALTO, PARAGUAY": not "SEE").
    if (s.style !== 'mixed' && (w.flags & LEX.COMMON) !== 0 && (w.flags & (LEX.PLACE | LEX.AMBIGUOUS | LEX.NAME_PARTICLE | LEX.FIRST | LEX.LAST)) === 0) return false;
    if (k > a && !s.blankBetween(k - 1, k)) return false;
  }
  return true;
}

/**
 * Marks countries of a stay or a journey (LOCATION, source `country-place`): "a mission in Malawi",
 * "crossing into Laos", "flying to Rwanda", "Prior travel: Fiji 2011, Togo 2019", "Zomba,
 * Malawi" after a found town; then the town before a country's comma that a preposition opens
 * ("flying to Lilongwe, Malawi"), one to three words.
 */
export function countryPlaces(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.countryNames.size === 0) return;
  const { tokens } = s;
  const found: number[] = [];
  const countries: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const len = countryAt(s, i, cues);
    if (len === 0) continue;
    const last = i + len - 1;
    const name = tokens.slice(i, last + 1).map((t) => t.lower).join(' ');
    i = last;
    const next = tokens[last + 1];
    if (next && s.blankBetween(last, last + 1) && cues.countryNotBefore.has(next.lower)) continue;
    countries.push([i - len + 1, last]);
    const f = last - len + 1;
    if (s.marked.has(f)) {
      found.push(tokens[last]!.end);
      continue;
    }
    // "the" before a name it belongs to ("crossing into the Gambia"): the cue stands before "the".
    let first = f;
    const the = tokens[f - 1];
    if (the && the.lower === 'the' && cues.countryTheNames.has(name) && s.blankBetween(f - 1, f)) first = f - 1;
    const p = tokens[first - 1];
    const blank = !!p && s.blankBetween(first - 1, first);
    const ambiguous = cues.countryAmbiguous.has(name);
    const strong = labelBefore(s, first, cues) || (blank && p.lower === 'to' && travelBefore(s, first - 1, cues)) || townBeforeComma(s, f, cues) || listBefore(s, first, found);
    const weak = (blank && cues.countryPrepositions.has(p.lower)) || commaTownStart(s, f, cues) >= 0;
    // "in" right after a word of travel is strong ("a mission in India"); alone it is no cue ("raised in Fiji").
    const travelled = blank && p.lower === 'in' && first >= 2 && cues.countryTravelWords.has(tokens[first - 2]!.lower) && s.blankBetween(first - 2, first - 1);
    if (!strong && !travelled && (ambiguous || !weak)) continue;
    let ok = true;
    for (let k = first; k <= last; k++) if (s.marked.has(k) || s.claimed.has(k)) ok = false;
    if (!ok) continue;
    s.markAsOne(tokens.slice(first, last + 1).map((_, k) => first + k), tokens[first]!.start, tokens[last]!.end, 'LOCATION', SOURCE);
    found.push(tokens[last]!.end);
  }
  // The town before a country's comma, after a preposition of place ("to Lilongwe, Malawi").
  for (const [f] of countries) {
    if (!s.marked.has(f)) continue;
    const a = commaTownStart(s, f, cues);
    if (a < 0) continue;
    let free = true;
    for (let k = a; k < f; k++) if (s.marked.has(k) || s.claimed.has(k)) free = false;
    if (free) s.markAsOne(tokens.slice(a, f).map((_, k) => a + k), tokens[a]!.start, tokens[f - 1]!.end, 'LOCATION', SOURCE);
  }
}
