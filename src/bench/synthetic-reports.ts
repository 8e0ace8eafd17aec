import { buildOru, type OruSpec } from './build-hl7.js';
import { mulberry32 } from '../util/prng.js';


const FAMILY = ['Harlow', 'Brennick', 'Osterman', 'Quill', 'Vantassel', 'Maddox', 'Pellegrino', 'Okafor', 'Lindqvist', 'Castellano', 'Whitcombe', 'Ferreira'];
const GIVEN = ['Marla', 'Dorian', 'Priya', 'Tobias', 'Henrietta', 'Caleb', 'Ines', 'Rufus', 'Noor', 'Esther', 'Gideon', 'Yara'];
const INDICATION = ['Cough and fever.', 'Shortness of breath.', 'Chest pain, rule out pneumonia.', 'Follow-up of known effusion.', 'Preoperative evaluation.', 'Fall, evaluate for rib fracture.'];
const FINDINGS = [
  'The heart size is normal.',
  'The cardiac silhouette is enlarged.',
  'The lungs are clear.',
  'No focal consolidation, pleural effusion or pneumothorax.',
  'There is a small right pleural effusion.',
  'Patchy opacity in the left lower lobe may represent atelectasis or pneumonia.',
  'Mild pulmonary vascular congestion with interstitial edema.',
  'No evidence of pneumothorax.',
  'Endotracheal tube terminates 4 cm above the carina.',
  'Degenerative changes of the thoracic spine.',
  'A 6 mm nodule projects over the right upper lobe.',
  'Stable left basilar atelectasis.',
  'Pleural effusion has resolved.',
  'Cardiomegaly cannot be excluded on this portable view.',
];
const IMPRESSION = ['No acute cardiopulmonary process.', 'Small right pleural effusion.', 'Cardiomegaly with mild pulmonary edema.', 'Left lower lobe opacity, atelectasis versus pneumonia.', 'Support devices in satisfactory position.', 'Right upper lobe nodule; CT recommended.'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** One synthetic chest radiograph ORU^R01 with PHI in header, history, critical-result and signature lines. */
export function syntheticOru(i: number, r: () => number): string {
  const family = pick(r, FAMILY);
  const given = pick(r, GIVEN);
  const doc = { id: `D${100 + Math.floor(r() * 900)}`, family: pick(r, FAMILY), given: pick(r, GIVEN) };
  const reader = { id: `R${100 + Math.floor(r() * 900)}`, family: pick(r, FAMILY), given: pick(r, GIVEN) };
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const hour = 7 + Math.floor(r() * 12);
  const minute = Math.floor(r() * 60);
  const date = `2024${pad(month)}${pad(day)}`;
  const findings = Array.from({ length: 3 + Math.floor(r() * 4) }, () => pick(r, FINDINGS));
  if (r() < 0.3) findings.push(`Findings discussed with Dr. ${doc.family} at ${hour}:${pad(minute)} on ${month}/${day}/2024.`);
  const spec: OruSpec = {
    controlId: `MSG${pad(i, 7)}`,
    accession: `A${pad(i, 8)}`,
    mrn: `MRN${pad(Math.floor(r() * 1e7), 7)}`,
    patient: { family: family.toUpperCase(), given: given.toUpperCase() },
    birthDate: `19${40 + Math.floor(r() * 50)}${pad(month)}${pad(day)}`,
    sex: r() < 0.5 ? 'F' : 'M',
    address: `${10 + Math.floor(r() * 900)} Maple Avenue^^Springfield^IL^62704`,
    phone: `(217)555-${pad(Math.floor(r() * 10000), 4)}`,
    procedure: { code: '71046', text: 'XR CHEST 2 VIEWS' },
    modality: 'CR',
    observed: `${date}${pad(hour)}${pad(minute)}`,
    status: 'F',
    orderingProvider: doc,
    interpreter: reader,
    sections: [
      { code: '18785-6', name: 'Indication', lines: [`${pick(r, INDICATION)} Patient ${given} ${family}, MRN on file.`] },
      { code: '18834-2', name: 'Comparison', lines: [`Chest radiograph ${pad(month)}/${pad(day)}/2023.`] },
      { code: '18782-3', name: 'Findings', lines: findings },
      { code: '19005-8', name: 'Impression', lines: [pick(r, IMPRESSION), `Electronically signed by ${reader.given} ${reader.family}, MD on ${month}/${day}/2024 ${hour}:${pad(minute)}.`] },
    ],
  };
  return buildOru(spec);
}

/** `n` synthetic ORU messages joined as one file (CR segment ends, LF between messages). */
export function syntheticOruFeed(n: number, seed = 42): string {
  const r = mulberry32(seed);
  const out: string[] = [];
  for (let i = 1; i <= n; i++) out.push(syntheticOru(i, r));
  return out.join('\n');
}
