import { describe, expect, it } from 'vitest';
import { isLoneState, noStyleGoldChanges, normaliseStyleGold } from '../../../src/evaluate/deid/style-conventions.js';
import type { TrainingSpan } from '../../../src/deid/learned/train-model.js';

/** Gold spans of `text` for each phrase (first occurrence), in `category`. */
function gold(text: string, phrases: Array<[string, string]>): TrainingSpan[] {
  return phrases.map(([p, category]) => {
    const start = text.indexOf(p);
    if (start < 0) throw new Error(`${p} not in ${text}`);
    return { start, end: start + p.length, category };
  });
}
const phrases = (text: string, spans: TrainingSpan[]) => spans.map((s) => `${s.category}:${text.slice(s.start, s.end)}`);

describe('lone states and countries are no PHI at training time (Safe Harbor)', () => {
  it.each([['WI'], ['vt'], ['N.J.'], ['Oregon'], ['NEW HAMPSHIRE'], ['Rhode Island'], ['Canada'], ['ohio']])('%j alone is a state or country', (p) => {
    expect(isLoneState(p)).toBe(true);
  });

  it.each([['New York'], ['Quenby'], ['Union'], ['Ohio State University'], ['Pendlemoor, VT'], ['VT 05991'], ['WIX'], ['Carolina Pines'], ['Orrin']])('%j is not a state alone', (p) => {
    expect(isLoneState(p)).toBe(false);
  });

  it('drops the lone state spans of a note and keeps the town, the person and the date', () => {
    const text = 'Daughter Maribel Oyelaran called from WI 3/4; moving back to Tarnwick, OR next month. Brother in Nebraska.';
    const changes = noStyleGoldChanges();
    const out = normaliseStyleGold(text, gold(text, [['Maribel Oyelaran', 'RelativeProxyName'], ['WI', 'Location'], ['3/4', 'Date'], ['Tarnwick', 'Location'], ['OR', 'Location'], ['Nebraska', 'Location']]), changes);
    expect(phrases(text, out)).toEqual(['RelativeProxyName:Maribel Oyelaran', 'Date:3/4', 'Location:Tarnwick']);
    expect(changes).toEqual({ loneState: 3, facilityHead: 0, organisationHead: 0 });
  });

  it('leaves a state code that is a name category alone (initials are not places)', () => {
    const text = 'Seen with RN Oduya (MA). Scribe: WI';
    const out = normaliseStyleGold(text, gold(text, [['Oduya', 'HCPName'], ['WI', 'HCPName']]));
    expect(phrases(text, out)).toEqual(['HCPName:Oduya', 'HCPName:WI']);
  });
});

describe('facility names end before their head words, as the detector writes them', () => {
  it.each([
    ['Transferred from Kestrel Valley Hospital on 6/2', 'Kestrel Valley Hospital', 'Kestrel Valley'],
    ['SEEN AT BRAXMOOR MEDICAL CENTER ED', 'BRAXMOOR MEDICAL CENTER', 'BRAXMOOR'],
    ['f/u at Ostley Clinic in 2 wks', 'Ostley Clinic', 'Ostley'],
    ["admitted to St. Wenna's Hospital", "St. Wenna's Hospital", "St. Wenna's"],
    ['records from University of Quarrington Medical Center', 'University of Quarrington Medical Center', 'University of Quarrington'],
  ])('%j: the span is the distinctive words', (text, phrase, kept) => {
    const changes = noStyleGoldChanges();
    const out = normaliseStyleGold(text, gold(text, [[phrase, 'Location']]), changes);
    expect(phrases(text, out)).toEqual([`Location:${kept}`]);
    expect(changes.facilityHead).toBe(1);
  });

  it.each([
    ['Pt of Tollerby Heights', 'Tollerby Heights'],
    ['lives in Marrowdale', 'Marrowdale'],
    ['seen at the Medical Center', 'the Medical Center'],
    ['works at Quarrington Hospital Annex', 'Quarrington Hospital Annex'],
  ])('%j: a place with no head word at its end, or of head words only, stays whole', (text, phrase) => {
    const changes = noStyleGoldChanges();
    const out = normaliseStyleGold(text, gold(text, [[phrase, 'Location']]), changes);
    expect(phrases(text, out)).toEqual([`Location:${phrase}`]);
    expect(changes.facilityHead).toBe(0);
  });

  it('never touches names, dates or numbers', () => {
    const text = 'Dr Clinic Hospitalier 6/2 MRN 44120987';
    const spans = gold(text, [['Clinic Hospitalier', 'HCPName'], ['6/2', 'Date'], ['44120987', 'Other']]);
    expect(normaliseStyleGold(text, spans)).toEqual(spans);
  });
});

describe('organisation names end before their head words, as facility names do', () => {
  it.each([
    ['Referred to Quillmont Rheumatology Associates for labs', 'Quillmont Rheumatology Associates', 'Quillmont'],
    ['seen by Larchwick Glaucoma Specialists last fall', 'Larchwick Glaucoma Specialists', 'Larchwick Glaucoma'],
    ['Pt of Tollerby Family Practice', 'Tollerby Family Practice', 'Tollerby Family'],
    ['works at Quarrington Hospital Supply', 'Quarrington Hospital Supply', 'Quarrington'],
    ['O2 from Pebblecrest Medical Supply', 'Pebblecrest Medical Supply', 'Pebblecrest'],
    ['BLS via ORNEY VOLUNTEER AMBULANCE', 'ORNEY VOLUNTEER AMBULANCE', 'ORNEY VOLUNTEER'],
    ['employer: Tavistow Inc', 'Tavistow Inc', 'Tavistow'],
    ["member of St. Odran's parish", "St. Odran's parish", "St. Odran's"],
    ['f/u Brantley OB-GYN Associates', 'Brantley OB-GYN Associates', 'Brantley OB-GYN'],
    ['listed with Hollin Valley Transplant Program', 'Hollin Valley Transplant Program', 'Hollin Valley'],
    // Heads of detector 2.22.0's organisation vocabulary (carriers, trades).
    ['Drives for Orlane Freight', 'Orlane Freight', 'Orlane'],
    ['Pt of Tollerby Orchards', 'Tollerby Orchards', 'Tollerby'],
  ])('%j: the span is the distinctive words', (text, phrase, kept) => {
    const changes = noStyleGoldChanges();
    const out = normaliseStyleGold(text, gold(text, [[phrase, 'Location']]), changes);
    expect(phrases(text, out)).toEqual([`Location:${kept}`]);
    expect(changes.organisationHead).toBe(1);
  });

  it.each([
    ['prays at the temple weekly', 'temple'],
    ['Drives for Orlane Cartage', 'Orlane Cartage'],
    ['records from Dialysis Associates', 'Dialysis Associates'],
    ['moved to Fennick Crossing', 'Fennick Crossing'],
  ])('%j: a name with no organisation head at its end, or of heads only, stays whole', (text, phrase) => {
    const changes = noStyleGoldChanges();
    const out = normaliseStyleGold(text, gold(text, [[phrase, 'Location']]), changes);
    expect(phrases(text, out)).toEqual([`Location:${phrase}`]);
    expect(changes.organisationHead).toBe(0);
  });

  it('leaves names of people that end in a head word alone (only places are trimmed)', () => {
    const text = 'Dr. Wendell Group and RN Tamsin Service';
    const spans = gold(text, [['Wendell Group', 'HCPName'], ['Tamsin Service', 'HCPName']]);
    expect(normaliseStyleGold(text, spans)).toEqual(spans);
  });
});
