// A hospital whose acronym is also a clinical abbreviation or a degree (session 44): "Seen in MPH
// ED", "second opinion at RVH;", "declined by IVH (no beds)", "outside report from CMH (3/2)". The
// acronym passes take only acronyms no list holds, since "SAH", "IVH", "MPH" are a bleed, a bleed and
// a degree in most notes. Shaped like a hospital's (…H, …MC, …HS), such an acronym is the hospital
// where only a hospital stands: before the hospital's emergency or urgent care department after a
// preposition or a comma, or after a verb of transfer or care elsewhere and its preposition
// (deid-place-cues.yaml acronyms.cues, acronyms.prepositions), closing its phrase. A clinical
// abbreviation does not stand there: "transferred for SAH", "IVH grade 2", "NPH clinic", "MCH 28".
import type { TokenScanner } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { isCapitalsOnly } from './char-tests.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';
import { HOSPITAL_SHAPE_RE } from './acronym-shapes.js';

/** Rule id of the pass. */
export const KNOWN_ACRONYM_HOSPITAL_RULE = 'place-known-acronym-hospital';

// What closes the hospital's phrase after the acronym: a stop, a comma, a semicolon, a bracket, the
// line end, or a word of time or place that goes on the sentence ("at RVH on 3/2", "from CMH in 2019").
const CLOSE_RE = /^(?:[ \t]*(?:[.,;:()]|\r?\n|$)|[ \t]+(?:on|in|x|dated|for|and|with|via|then|but)\b)/;
// The hospital's emergency and urgent care departments after the acronym ("LVH ED", "CMH urgent care").
const DEPARTMENT_RE = /^[ \t]+(?:ED|ER|E\.D\.|[Ee]mergency (?:[Dd]epartment|[Rr]oom|[Dd]ept)|EMERGENCY (?:DEPARTMENT|ROOM|DEPT)|[Uu]rgent [Cc]are|URGENT CARE|[Bb]reast [Cc]enter|BREAST CENTER)\b/;
// What opens the department's phrase before the acronym: a preposition or a comma.
// (deid-place-cues.yaml placeVocabulary.departmentLeads)
const DEPARTMENT_LEADS: ReadonlySet<string> = placeCues().departmentLeads;

/** Whether token `i` is a hospital-shaped acronym in capitals that a list holds (the other acronym passes take those no list holds). */
function knownHospitalShape(s: TokenScanner, i: number, cues: PlaceCueSets): boolean {
  const t = s.tokens[i]!;
  if (t.word.length < 3 || t.word.length > 5 || !isCapitalsOnly(t.word) || s.marked.has(i) || !HOSPITAL_SHAPE_RE.test(t.word)) return false;
  // Glued to a hyphen, slash or digit it is a code ("SAH-2", "LVH/RVH").
  if (/^[-/'’\d]/.test(s.text.slice(t.end, t.end + 1)) || /[-/\d]$/.test(s.text.slice(t.start - 1, t.start))) return false;
  if ((t.flags & (LEX.STOP | LEX.TITLE)) !== 0 || cues.stateCodes.has(t.lower) || cues.acronymGenericHospitals.has(t.lower)) return false;
  return true;
}

/**
 * "Seen in LVH ED", "scheduler at CMH breast center", "PA-C, LVH urgent care": a known hospital-shaped
 * acronym (see {@link knownHospitalShape}) after a preposition or a comma and before the emergency,
 * urgent care or breast department; "declined by IVH (no beds)", "second opinion at RVH;", "born at
 * MPH": after a cue of acronyms.cues and a preposition of acronyms.prepositions, closing its phrase
 * (see CLOSE_RE). Mixed-case and capitals notes only: lower case says nothing of an acronym.
 */
export function knownAcronymHospitals(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (s.style === 'lower' || cues.acronymCues.size === 0) return;
  for (let i = 2; i < s.tokens.length; i++) {
    if (!knownHospitalShape(s, i, cues)) continue;
    const t = s.tokens[i]!;
    const prev = s.tokens[i - 1]!;
    const gap = s.text.slice(prev.end, t.start);
    const after = s.text.slice(t.end, t.end + 24);
    const department = DEPARTMENT_RE.test(after) && ((DEPARTMENT_LEADS.has(prev.lower) && /^[ \t]+$/.test(gap)) || /^[ \t]*,[ \t]*$/.test(gap));
    const cue = s.tokens[i - 2]!;
    const moved = cues.acronymPrepositions.has(prev.lower) && /^[ \t]+$/.test(gap) && cues.acronymCues.has(cue.lower) && s.blankBetween(i - 2, i - 1) && CLOSE_RE.test(after);
    if (department || moved) s.mark(i, 'LOCATION', KNOWN_ACRONYM_HOSPITAL_RULE);
  }
}
