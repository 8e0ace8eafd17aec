// A practice or supplier named by a word and two kinds of care joined by "&" (session 44): "Yarrow
// Sleep & Lung", "at wrexley gi & liver", "from kestrel oxygen & dme;", "call verity oncology &
// infusion at 555-0100". Two kinds of care joined by "&" after a word that is neither clinical nor
// generic are a business's name; the kinds alone ("Hematology & Oncology", "at pain & spine") are a
// service. The kinds are data (deid-place-cues.yaml ampersandPractices.kinds), with the organisation
// heads, departments, kinds of care and specialties.
import type { Token, TokenScanner } from './token-scanner.js';
import { isCap } from './token-scanner.js';
import { LEX } from '../lexicon-flags.js';
import { placeCues, type PlaceCueSets } from './place-rules.js';

/** Rule id of the pass. */
export const AMPERSAND_PRACTICE_RULE = 'place-ampersand-practice';

// A science or specialty by its ending: "Gastroenterology", "Rheumatologic".
const SPECIALTY_RE = /olog(?:y|ic|ical)$/;
// What closes the name: a stop, a comma, a semicolon, a bracket, the line end, a wide gap, a dash,
// or a word that goes on the sentence ("at … fax 555", "… in Silt", "… at 555-0100").
const CLOSE_RE = /^(?:[ \t]*(?:[.,;:)\]|]|\r?\n|$)|[ \t]{2,}|[ \t]+[-–][ \t]|[ \t]+(?:at|in|on|for|fax|ph|phone|tel|x|re|to|and|with|via|called|calls)\b|[ \t]+\(?\d{3})/i;

/** Whether token `t` names a kind of care or supply (ampersandPractices.kinds, an organisation head, a department, a kind of care, a specialty). */
function kindWord(t: Token, cues: PlaceCueSets): boolean {
  return cues.ampersandKinds.has(t.lower) || cues.orgHeads.has(t.lower) || cues.departments.has(t.lower) || cues.careKinds.has(t.lower) || SPECIALTY_RE.test(t.lower);
}

/** Whether token `t` may stand in the name before the kinds: letters, no function, title, credential, clinical, generic or kind word. */
function nameWord(t: Token, cues: PlaceCueSets): boolean {
  if (t.lower.length < 3 || !/^[A-Za-z][A-Za-z'’]*$/.test(t.word)) return false;
  if ((t.flags & (LEX.STOP | LEX.TITLE | LEX.CREDENTIAL | LEX.CLINICAL | LEX.STATE_WORD)) !== 0) return false;
  return !kindWord(t, cues) && !cues.orgNotFirst.has(t.lower) && !cues.ampersandNotNames.has(t.lower);
}

/**
 * "Zorvane Sleep & Lung", "at wrexley gi & liver", "(quivrel oncology & infusion)": two kind words
 * (see {@link kindWord}) joined by "&" between blanks, after one or two name words (see {@link
 * nameWord}), the phrase closing (CLOSE_RE). In a mixed-case note every word is capitalised; in a
 * one-case note, or when every name word is a common word, a lead opens the name: a word of
 * organisations.oneCaseLeads, a label's colon, an opening bracket, the line start. A head word of an
 * organisation after the second kind goes with the name ("Larkmoor Skin & Mohs Center").
 */
export function ampersandPractices(s: TokenScanner, cues: PlaceCueSets = placeCues()): void {
  if (cues.ampersandKinds.size === 0 || !s.text.includes('&')) return;
  const { tokens, text } = s;
  for (let a = 1; a + 1 < tokens.length; a++) {
    if (!/^[ \t]+&[ \t]+$/.test(text.slice(tokens[a]!.end, tokens[a + 1]!.start))) continue;
    const b = a + 1;
    if (!kindWord(tokens[a]!, cues) || !kindWord(tokens[b]!, cues) || s.marked.has(a) || s.marked.has(b)) continue;
    const mixed = s.style === 'mixed';
    if (mixed && (!isCap(tokens[a]!.word) || !isCap(tokens[b]!.word))) continue;
    // The name: one or two words right before the first kind, blank-joined.
    let first = a;
    while (first > 0 && a - first < 2 && s.blankBetween(first - 1, first) && !s.marked.has(first - 1) && nameWord(tokens[first - 1]!, cues) && (!mixed || isCap(tokens[first - 1]!.word))) first--;
    if (first === a) continue;
    // A head after the second kind ("… & Mohs Center").
    let last = b;
    const next = tokens[b + 1];
    if (next && s.blankBetween(b, b + 1) && (cues.orgHeads.has(next.lower) || cues.facilityTrimHeads.has(next.lower)) && (!mixed || isCap(next.word))) last = b + 1;
    if (!CLOSE_RE.test(text.slice(tokens[last]!.end, tokens[last]!.end + 12))) continue;
    const proper = tokens.slice(first, a).some((t) => (t.flags & LEX.COMMON) === 0);
    if ((!mixed || !proper) && !leadBefore(s, first, cues)) continue;
    const ks: number[] = [];
    for (let k = first; k <= last; k++) ks.push(k);
    // One span over the "&": the name is one organisation.
    s.markAsOne(ks, tokens[first]!.start, tokens[last]!.end, 'INSTITUTION', AMPERSAND_PRACTICE_RULE);
    a = last;
  }
}

/** Whether a lead opens the name at token `first`: a word of organisations.oneCaseLeads, a label's colon, an opening bracket or the line start. */
function leadBefore(s: TokenScanner, first: number, cues: PlaceCueSets): boolean {
  const t = s.tokens[first]!;
  const lineStart = s.text.lastIndexOf('\n', t.start - 1) + 1;
  const before = s.text.slice(lineStart, t.start);
  if (/^[ \t*•-]*$/.test(before) || /[:(][ \t]*$/.test(before)) return true;
  const lead = s.tokens[first - 1];
  return !!lead && lead.start >= lineStart && cues.orgOneCaseLeads.has(lead.lower) && s.blankBetween(first - 1, first);
}
