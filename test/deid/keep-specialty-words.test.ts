import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of specialties whose words the chest-radiograph vocabulary lacked (lexicons/
// clinical-terms.txt, session 22): capitalised clinical words and drug names in field positions,
// where the strict profile takes an unknown capitalised word as a name.
const NOTES = [
  'DENTAL RECALL\nExam: Generalized Gingivitis, localized Periodontitis. Tooth #3: Occlusal Caries, Mesial Buccal cusp fractured.\nRadiographs: Bitewings, Periapicals, Panorex.\nAnesthesia: Articaine with Epinephrine; Septocaine infiltration.\nTx: Pulpotomy, Sealants, Fluoride Varnish. Bruxism noted.',
  'L&D: Preeclampsia ruled out. Cervix soft, Vertex. Pitocin started, Epidural placed. Cesarean if Decelerations persist. Betamethasone given. Postpartum Lochia normal.',
  'PSYCH: Schizoaffective, Bipolar type. Mood Dysphoric, affect Euthymic at times. Anhedonia denied.\nMeds: Olanzapine, Lorazepam, Sertraline, Suboxone.',
  'HD: Dialyzer changed; Ultrafiltration goal 2 L. Binders: Sevelamer. Calcitriol, Cinacalcet continued. Epoetin held.',
  'DERM: Psoriasis, Seborrheic Keratosis, Actinic damage. Shave Biopsy: Squamous atypia.',
  'EYE: Glaucoma OU, Cataract OS. Conjunctivitis resolved. Tonometry normal. Vitrectomy planned.',
];

describe('specialty words and drug names are clinical words, not names', () => {
  it.each(NOTES.flatMap((n) => [[n, 'strict'], [n, 'balanced']] as const))('%j (%s): no name or place', (text, profile) => {
    const taken = detectPhi(text, undefined, { profile }).filter((s) => ['NAME', 'LOCATION', 'INSTITUTION'].includes(s.category));
    expect(taken.map((s) => text.slice(s.start, s.end))).toEqual([]);
  });
});

describe('a practice named for its specialty', () => {
  // The specialty word closes a business name after ordinary capitalised words ("Maple Audiology").
  it.each([
    ['Referred to Riverside Physiotherapy for gait training.', 'Riverside Physiotherapy'],
    ['Hearing aids fitted at Maple Audiology last week.', 'Maple Audiology'],
    ['Braces placed at Tern Harbor Orthodontics.', 'Tern Harbor Orthodontics'],
    ['Glasses from Lakeview Optometry.', 'Lakeview Optometry'],
    ['Med management with Oakdale Psychiatry monthly.', 'Oakdale Psychiatry'],
  ])('%j', (text, name) => {
    const spans = detectPhi(text, undefined, { profile: 'balanced' }).map((s) => text.slice(s.start, s.end));
    expect(spans).toContain(name);
  });
});
