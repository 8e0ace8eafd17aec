/**
 * Writes the bundled demo feeds (synthetic people, synthetic reports): `npx tsx samples/generate.ts`.
 * The outputs are committed; this script documents how they were made.
 */
import { writeFileSync } from 'node:fs';
import { buildOru, type OruSpec } from '../src/bench/build-hl7.js';

const dir = new URL('.', import.meta.url).pathname;
const rad = { id: 'R2201', family: 'QUILLFEATHER', given: 'ODETTE' };
const ordering = { id: 'D4410', family: 'BRANSCOMBE', given: 'TOBIAS' };

const base = (n: number, over: Partial<OruSpec>): OruSpec => ({
  controlId: `DEMO${String(n).padStart(4, '0')}`,
  accession: `ACC100${n}`,
  mrn: `MRN55${n}0${n}`,
  patient: { family: 'HARLOWE', given: 'MARGUERITE', middle: 'J' },
  birthDate: '19560412',
  sex: 'F',
  address: '12 Elmwood Terrace^^Springfield^IL^62704',
  phone: '(217)555-0134',
  procedure: { code: '71046', text: 'XR CHEST 2 VIEWS' },
  modality: 'CR',
  observed: '202403140930',
  status: 'F',
  orderingProvider: ordering,
  interpreter: rad,
  sections: [],
  ...over,
});

const sec = (code: string, name: string, ...lines: string[]) => ({ code, name, lines });
const IND = '18785-6', FIND = '18782-3', IMP = '19005-8', COMP = '18834-2';

const batch = [
  buildOru(base(1, {
    sections: [
      sec(IND, 'Indication', 'Cough for two weeks. Marguerite Harlowe, DOB 04/12/1956.'),
      sec(FIND, 'Findings', 'The heart size is normal.', 'The lungs are clear.', 'No pleural effusion or pneumothorax.'),
      sec(IMP, 'Impression', 'No acute cardiopulmonary process.', 'Electronically signed by Odette Quillfeather, MD on 03/14/2024 10:12.'),
    ],
    studyUid: '1.2.826.0.1.3680043.8.498.10001',
  })),
  buildOru(base(2, {
    patient: { family: 'OKONKWO', given: 'DESMOND' }, mrn: 'MRN7781204', birthDate: '19711103', sex: 'M',
    sections: [
      sec(IND, 'Indication', 'Fever and productive cough.'),
      sec(COMP, 'Comparison', 'Chest radiograph 01/02/2024.'),
      sec(FIND, 'Findings', 'There is a right lower lobe consolidation.', 'Small right pleural effusion.', 'Heart size is normal. No pneumothorax.'),
      sec(IMP, 'Impression', 'Right lower lobe pneumonia with small parapneumonic effusion.', 'Findings called to Dr. Tobias Branscombe at 3:45 pm on 03/14/2024 by Dr. Quillfeather.'),
    ],
  })),
  buildOru(base(3, {
    patient: { family: "O'DELL-MARSH", given: 'PRUDENCE' }, mrn: 'MRN3390017', birthDate: '19480730',
    procedure: { code: '71045', text: 'XR CHEST 1 VIEW PORTABLE' }, modality: 'DX',
    sections: [
      sec(IND, 'Indication', 'Shortness of breath, history of heart failure.'),
      sec(FIND, 'Findings', 'Enlarged cardiac silhouette.', 'Pulmonary vascular congestion with mild interstitial edema.', 'Bilateral small pleural effusions.'),
      sec(IMP, 'Impression', '1. Cardiomegaly with mild pulmonary edema.', '2. Small bilateral pleural effusions.'),
    ],
  })),
  buildOru(base(4, {
    patient: { family: 'VANTASSEL', given: 'RUFUS' }, mrn: 'MRN2201988', birthDate: '19630219', sex: 'M',
    procedure: { code: '71045', text: 'XR CHEST 1 VIEW PORTABLE' }, modality: 'DX',
    sections: [
      sec(IND, 'Indication', 'Intubated patient, line placement.'),
      sec(FIND, 'Findings', 'Endotracheal tube terminates 4 cm above the carina.', 'Right internal jugular central venous catheter with tip in the SVC.', 'Left basilar opacity may represent atelectasis or consolidation.', 'No pneumothorax.'),
      sec(IMP, 'Impression', 'Lines and tubes as above. Left basilar opacity, atelectasis versus consolidation.'),
    ],
  })),
];
const fhs = 'FHS|^~\\&|RIS|SYNTH GENERAL|RADLABEL|SYNTH|20240314120000\rBHS|^~\\&|RIS|SYNTH GENERAL|RADLABEL|SYNTH|20240314120000\r';
writeFileSync(`${dir}hl7/chest-xr-batch.hl7`, fhs + batch.join('') + 'BTS|4\rFTS|1\r');

const ct = (status: 'P' | 'C', n: number, lines: string[], impression: string[]) =>
  buildOru(base(5, {
    controlId: `DEMOCT${n}`, accession: 'ACC2001', status, observed: '202403150800', reported: status === 'P' ? '202403150830' : '202403151015',
    patient: { family: 'LINDQVIST', given: 'HENRIETTA' }, mrn: 'MRN4410552', birthDate: '19520905',
    procedure: { code: '71250', text: 'CT CHEST WITHOUT CONTRAST' }, modality: 'CT',
    sections: [sec(IND, 'Indication', 'Nodule follow-up.'), sec(FIND, 'Findings', ...lines), sec(IMP, 'Impression', ...impression)],
  }));
writeFileSync(`${dir}hl7/ct-chest-prelim-then-corrected.hl7`, [
  ct('P', 1, ['8 mm nodule in the right upper lobe.', 'No pleural effusion.'], ['Right upper lobe nodule.']),
  ct('C', 2, ['8 mm nodule in the right upper lobe.', 'Small left apical pneumothorax.', 'No pleural effusion.'], ['1. Right upper lobe nodule.', '2. Small left pneumothorax, discussed with Dr. Branscombe at 10:05 on 3/15/2024.']),
].join('\n'));

writeFileSync(`${dir}hl7/order-only.hl7`,
  'MSH|^~\\&|RIS|SYNTH GENERAL|RADLABEL|SYNTH|202403140900||ORM^O01|DEMOORD1|P|2.5.1\rPID|1||MRN5510101^^^SYNTH^MR||HARLOWE^MARGUERITE||19560412|F\rORC|NW|ORD9|ACC9001\rOBR|1|ORD9|ACC9001|71046^XR CHEST 2 VIEWS^CPT|||202403140900\r');

// FHIR: a Bundle with a contained Patient, and NDJSON (bulk export) with a non-radiology report.
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const radCategory = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'RAD' }] }];
const patient = (id: string, family: string, given: string, birthDate: string) => ({ resourceType: 'Patient', id, identifier: [{ system: 'urn:synth:mrn', value: `MRN-${id}` }], name: [{ family, given: [given] }], birthDate });
const dr = (id: string, acc: string, pat: ReturnType<typeof patient>, text: { plain?: string; html?: string }, conclusion?: string, category = radCategory, code = { coding: [{ system: 'http://loinc.org', code: '36643-5', display: 'XR Chest 2 Views' }], text: 'XR CHEST 2 VIEWS' }) => ({
  resourceType: 'DiagnosticReport', id, meta: { versionId: '1' }, status: 'final', category, code,
  identifier: [{ type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'ACSN' }] }, value: acc }],
  contained: [pat], subject: { reference: `#${pat.id}` }, effectiveDateTime: '2024-03-16T09:10:00Z', issued: '2024-03-16T11:00:00Z',
  resultsInterpreter: [{ display: 'Dr. Odette Quillfeather' }],
  ...(conclusion ? { conclusion } : {}),
  presentedForm: [
    ...(text.plain ? [{ contentType: 'text/plain; charset=utf-8', data: b64(text.plain) }] : []),
    ...(text.html ? [{ contentType: 'text/html', data: b64(text.html) }] : []),
  ],
});
const bundle = {
  resourceType: 'Bundle', type: 'collection',
  entry: [
    { resource: dr('dr-3001', 'ACC3001', patient('p1', 'Castellano', 'Ines', '1980-01-23'), { plain: 'FINDINGS:\nMildly enlarged heart. Lungs are clear without focal consolidation, effusion or pneumothorax.\n' }, 'Mild cardiomegaly. No acute pulmonary disease.') },
    { resource: dr('dr-3002', 'ACC3002', patient('p2', 'Whitcombe', 'Gideon', '1990-07-04'), { plain: 'HISTORY: Fall on 3/12/2024, chest wall pain. Call Gideon Whitcombe at 217-555-0199.\n\nFINDINGS: Acute displaced fracture of the right 6th rib. No pneumothorax. Lungs clear.\n\nIMPRESSION: Right 6th rib fracture without pneumothorax.\n' }) },
  ],
};
writeFileSync(`${dir}fhir/chest-bundle.json`, JSON.stringify(bundle, null, 2) + '\n');
const ndjson = [
  dr('dr-3003', 'ACC3003', patient('p3', 'Pellegrino', 'Noor', '1975-11-30'), { html: '<html><body><p><b>Findings:</b> Hyperinflated lungs. Streaky opacity at the left base, likely atelectasis. No effusion.</p><p><b>Impression:</b> Probable left basilar atelectasis.</p><p>Dictated by Dr. Odette Quillfeather &amp; reviewed.</p></body></html>' }),
  dr('dr-3004', 'ACC3004', patient('p4', 'Maddox', 'Caleb', '1944-02-14'), { plain: 'IMPRESSION: Stable small right pleural effusion. Right chest tube in place. No pneumothorax.' }),
  dr('dr-3005', 'ACC3005', patient('p5', 'Ferreira', 'Yara', '1966-05-05'), {}, 'Normal sinus rhythm. Normal left ventricular function.', [{ coding: [{ system: 'http://loinc.org', code: 'LP29708-2', display: 'Cardiology' }] }], { coding: [{ system: 'http://loinc.org', code: '34552-0', display: 'Cardiac 2D echo panel' }], text: 'Echocardiogram' }),
];
writeFileSync(`${dir}fhir/bulk-export.ndjson`, ndjson.map((r) => JSON.stringify(r)).join('\n') + '\n');

// CSV archive with the default id,text mapping.
const rows: Array<[string, string]> = [
  ['arch-001', 'IMPRESSION:\n1. Pulmonary edema.\n2. Cardiomegaly.'],
  ['arch-002', 'FINDINGS: Mediastinal widening. No pleural effusion.\nIMPRESSION: Widened mediastinum.'],
  ['arch-003', 'FINDINGS: Left upper lobe mass measuring 4 cm.\nIMPRESSION: Left upper lobe mass, suspicious for malignancy.'],
  ['arch-004', 'FINDINGS: Pleural thickening at the right apex. No effusion.\nIMPRESSION: Right apical pleural thickening.'],
  ['arch-005', 'INDICATION: Rule out pneumonia.\nIMPRESSION: No evidence of pneumonia. No acute cardiopulmonary abnormality.'],
  ['arch-006', 'FINDINGS: Possible small right apical pneumothorax.\nIMPRESSION: Possible tiny right apical pneumothorax; repeat radiograph recommended.'],
];
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
writeFileSync(`${dir}csv/archive.csv`, 'id,text\n' + rows.map(([id, t]) => `${id},${q(t)}`).join('\n') + '\n');
