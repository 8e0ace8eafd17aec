// The town and ZIP code that close a street address without a state (issue 11): "20477 rte 9 lot 55,
// pumpkin center 10396", "6733 co rd 14, energy 55035", "19852 TURKEY CREEK RD, APT 39, PUMPKIN
// CENTER 10868", and in a letter's address block "5 Elm Rd⏎Quarry Hill 55035". After a house number, a street
// (its suffix or a numbered road, rules/en/deid-place-cues.yaml addresses), an optional unit and a comma
// (or the line end, the town on the next line alone), one to three words and five digits closing the part are the
// town and its ZIP code, whatever words the town is named for. The passes of the state
// (place-shapes.ts zipAfterState) take the ZIP code only after a state; the street passes stop at a
// numbered road's number or a unit.
import type { TokenScanner } from './token-scanner.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { notTownWord } from '../keep-list/name-words.js';
import { LEX } from '../lexicon-flags.js';

// A comma (or the street's line end: a letter's address block, "9 Elm St⏎Quarry Hill 55035"), the
// town's words and a ZIP code (and four), closing the part: the line end, a stop, a bar, a bracket, a wide gap.
// A letterhead of one line parts its fields with bars and runs on to the telephone: "2300 Larkspur
// Ln, Suite 210 | East Pellham 18516 Tel (952) 583-2439" (a bar opens the town as a comma does; a
// telephone's label and number close it).
const TOWN_ZIP_RE = /(?:,|[ \t]\||\r?\n)[ \t]*([A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*){0,2})[ \t]+(\d{5})(?:-\d{4})?(?![\w.,/-]?\d)(?=[ \t]*(?:$|\r?\n|[.;,)|])|[ \t]{2}|[ \t]+(?:tel|phone|ph|fax|t|p)\.?:?[ \t]*[(+\d])/gi;
// Cheap test before the pattern: a word, a blank and five digits.
const GUARD_RE = /[A-Za-z][ \t]+\d{5}/;

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&');
const streetEnds = new WeakMap<PlaceCueSets, RegExp>();

/** The street before a town's comma, at the end of the text before it: a house number, up to five words, a suffix or road word, a road number, a unit. */
function streetEnd(cues: PlaceCueSets): RegExp {
  let re = streetEnds.get(cues);
  if (!re) {
    const ends = [...cues.streetSuffixes, ...cues.streetAbbreviations, ...cues.routeWords.map((r) => r.join(' '))].map((w) => escape(w).replace(/ /g, '[ \\t]+'));
    const units = [...cues.unitWords].map(escape);
    re = new RegExp(`(?:^|[\\s,;:(])\\d{1,6}[A-Za-z]?[ \\t]+(?:[A-Za-z0-9.'’-]+[ \\t]+){0,5}?(?:${ends.join('|')})\\.?(?:[ \\t]+\\d{1,4}[A-Za-z]?)?(?:,?[ \\t]*(?:${units.join('|')})\\.?[ \\t]*#?[ \\t]*[A-Za-z0-9-]{1,5})?[ \\t]*$`, 'i');
    streetEnds.set(cues, re);
  }
  return re;
}

/** Marks the town (source `place-address-zip`) and the ZIP code (source `place-zip`) after a street address and its comma. */
export function addressZips(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  const { text } = s;
  if (!GUARD_RE.test(text)) return;
  for (const m of text.matchAll(TOWN_ZIP_RE)) {
    // On its own line the town and ZIP code follow the street's line, and close their line.
    const ownLine = m[0][0] === '\r' || m[0][0] === '\n';
    const lineStart = text.lastIndexOf('\n', ownLine ? m.index - 1 : m.index) + 1;
    const streetEndAt = ownLine && text[m.index - 1] === '\r' ? m.index - 1 : m.index;
    if (!streetEnd(cues).test(text.slice(Math.max(lineStart, streetEndAt - 80), streetEndAt))) continue;
    if (ownLine && !/^[ \t]*(?:\r?\n|$)/.test(text.slice(m.index + m[0].length))) continue;
    const townStart = m.index + m[0].indexOf(m[1]!);
    const first = s.byStart.get(townStart);
    if (first === undefined) continue;
    const words = m[1]!.split(/[ \t]+/);
    // A state before the ZIP code is the state passes' ("…, Liberty VT 09054"); a month or weekday is a date's.
    const last = first + words.length - 1;
    if (words.some((w) => notTownWord(w.toLowerCase()) || cues.unitWords.has(w.toLowerCase())) || cues.stateCodes.has(words[words.length - 1]!.toLowerCase()) || cues.stateNames.has(words[words.length - 1]!.toLowerCase())) continue;
    const zipAt = m.index + m[0].lastIndexOf(m[2]!);
    // On its own line a label and its number are no town and ZIP code ("MRN 55107"):
    // no word a function, clinical, title or credential word, and the number no identifier a pattern found.
    if (ownLine && (s.tokens.slice(first, last + 1).some((t) => (t.flags & (LEX.STOP | LEX.CLINICAL | LEX.TITLE | LEX.CREDENTIAL)) !== 0) || s.spans.some((x) => x.start < zipAt + 5 && zipAt < x.end))) continue;
    for (let k = first; k <= last; k++) if (!s.marked.has(k)) s.mark(k, 'LOCATION', 'place-address-zip');
    const zipStart = m.index + m[0].lastIndexOf(m[2]!);
    const zipEnd = m.index + m[0].length;
    if (!s.spans.some((x) => x.start < zipEnd && zipStart < x.end)) s.spans.push({ start: zipStart, end: zipEnd, category: 'ZIP', source: 'place-zip' });
  }
}
