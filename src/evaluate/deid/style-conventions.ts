// The style development sets' writers label a few things the project does not treat as PHI, or
// label them wider than the PhysioNet gold does. Trained on as written, those labels teach the
// learned layer what the detector must not do (a lone `WI` taken as a place). This module brings
// their gold to the project's conventions at training time; the sets' gold files stay as written
// (they are also scored as they are, by devcat and `styles.ts`).
import { trimFacilityHeads } from '../../deid/facility-heads.js';
import { placeCues } from '../../deid/free-text/place-rules.js';
import type { PhiSpan } from '../../deid/phi-span.js';
import { STATE_CODES, STATE_OR_COUNTRY } from '../../deid/free-text/vocabulary.js';
import type { TrainingSpan } from '../../deid/learned/train-model.js';

/** What {@link normaliseStyleGold} changed, by convention. */
export interface StyleGoldChanges {
  /** Location spans that are a lone US state (name or postal code) or a country: dropped. */
  loneState: number;
  /** Location spans shortened before their facility head words (`Hospital`, `Medical Center`). */
  facilityHead: number;
  /** Location spans shortened before their organisation head words (`Associates`, `Pediatrics`, `Specialists`). */
  organisationHead: number;
}

/** A new, empty tally of {@link StyleGoldChanges}. */
export function noStyleGoldChanges(): StyleGoldChanges {
  return { loneState: 0, facilityHead: 0, organisationHead: 0 };
}

// Two-word state names; "New York" is left out: it names a city too, which is PHI.
const TWO_WORD_STATES = new Set([
  'new hampshire', 'new jersey', 'new mexico', 'north carolina', 'south carolina', 'north dakota', 'south dakota',
  'rhode island', 'west virginia', 'district of columbia',
]);

/**
 * Whether `phrase` is a state or country alone (`VT`, `wi`, `Pennsylvania`, `N.J.`, `Rhode Island`,
 * `Canada`): Safe Harbor removes geographic subdivisions smaller than a state, so a state alone is
 * not PHI and the detector leaves it (balanced). A state inside a longer place (`Ohio State
 * University`, `Pendlemoor, VT 05991`) is not alone.
 */
export function isLoneState(phrase: string): boolean {
  const p = phrase.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  const code = p.replace(/\./g, '');
  if (/^[a-z]{2}$/.test(code) && STATE_CODES.has(code)) return true;
  // STATE_OR_COUNTRY also holds the halves of two-word states ("carolina", "jersey"); alone they are one too.
  return STATE_OR_COUNTRY.has(p) || TWO_WORD_STATES.has(p);
}

// A word of a name: letters and digits, hyphens, dots and apostrophes inside ("OB-GYN", "Casimir's").
const NAME_WORD_RE = /[A-Za-z0-9]+(?:[-'’.][A-Za-z0-9]+)*/g;

/**
 * The end of an organisation's name before its head words (rules/en/deid-place-cues.yaml,
 * organisations.heads and strongHeads, with the facility heads they may follow: "Redfield
 * Rheumatology Associates" → "Redfield", "Eastvale Glaucoma Specialists" → "Eastvale Glaucoma", "Granite
 * Medical Supply" → "Granite"), and before the joiners left with them ("Alder & Sons Associates" ends at "Sons").
 * A name of head words and joiners only ("Temple", "the Dialysis Center") keeps its end. The head
 * says what kind of business it is and identifies nobody, as for a facility; trained on whole, the
 * learned layer takes the head alone in "Glaucoma Specialists to review fields".
 */
export function organisationNameEnd(text: string, start: number, end: number): number {
  const c = placeCues();
  const head = (w: string) => c.orgHeads.has(w) || c.orgStrongHeads.has(w) || c.facilityTrimHeads.has(w);
  const words = [...text.slice(start, end).matchAll(NAME_WORD_RE)];
  let keep = words.length;
  while (keep > 0 && head(words[keep - 1]![0].toLowerCase())) keep--;
  if (keep === words.length) return end;
  while (keep > 0 && c.facilityJoiners.has(words[keep - 1]![0].toLowerCase().replace(/\.$/, ''))) keep--;
  if (keep === 0) return end;
  const last = words[keep - 1]!;
  return start + last.index! + last[0].length;
}

/**
 * The gold spans of one style-set note as the project labels PHI: a lone state or country is
 * dropped (its tokens become "not PHI", as in the PhysioNet gold and the detector's balanced
 * output), and a facility's name ends before its head words, as the detector writes it and as
 * the PhysioNet gold marks only the distinctive words (`Kestrel Valley` of `Kestrel Valley
 * Hospital`; a name that is head words only stays whole); an organisation's name ends before its
 * head words the same way ({@link organisationNameEnd}). Other categories pass unchanged.
 * `changes`, when given, is incremented.
 */
export function normaliseStyleGold(text: string, spans: readonly TrainingSpan[], changes?: StyleGoldChanges): TrainingSpan[] {
  const out: TrainingSpan[] = [];
  for (const g of spans) {
    if (g.category !== 'Location') {
      out.push(g);
      continue;
    }
    if (isLoneState(text.slice(g.start, g.end))) {
      if (changes) changes.loneState++;
      continue;
    }
    const [trimmed] = trimFacilityHeads(text, [{ start: g.start, end: g.end, category: 'LOCATION', source: 'gold' } satisfies PhiSpan]);
    if (trimmed!.end !== g.end && changes) changes.facilityHead++;
    const end = organisationNameEnd(text, g.start, trimmed!.end);
    if (end !== trimmed!.end && changes) changes.organisationHead++;
    out.push({ ...g, end });
  }
  return out;
}
