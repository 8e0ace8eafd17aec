import { buildOru } from '../bench/build-hl7.js';

/** Seeded PRNG: generated feeds are reproducible. */
export { mulberry32 as seededRandom } from '../util/prng.js';

// All synthetic: invented people, ids and places, written for radlabel's tests.
const FAMILY = ["O'Donnell-Price", 'Vanterpool', 'Kowalczyk', 'Brightwater', 'Esposito', 'Nakamura', 'Delacroix', 'Abernathy', 'Szymanski', 'MacGillivray', 'Thistlewood', 'Oyelaran', 'Núñez-García', 'Lefèvre', 'Ångström'];
const GIVEN = ['Rosalind', 'Thaddeus', 'Imogen', 'Bartholomew', 'Ximena', 'Leopold', 'Winifred', 'Cornelius', 'Saoirse', 'Ignatius', 'Philippa', 'Evander', 'José', 'Zoë', 'François'];
const STREETS = ['Larkspur Lane', 'Juniper Court', 'Wexford Road', 'Abbotsford Avenue'];
const CITIES = ['Pemberton', 'Ashbourne', 'Kingsbridge', 'Marlowe'];
const ORGS = ['Saint Brendan Regional Hospital', 'Ashbourne Valley Medical Center'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Eponyms, anatomy, devices and measurements that must survive.
const CLINICAL = [
  'Kerley B lines at the lung bases.',
  'Swan-Ganz catheter tip in the right pulmonary artery.',
  'Foley catheter in the bladder.',
  'No Bochdalek hernia.',
  'Known Hodgkin lymphoma; mediastinal nodes unchanged.',
  "History of Crohn disease; no bowel obstruction. Parkinson disease noted.",
  'A 5 mm nodule in the left lower lobe, 2 views obtained.',
  'Right internal jugular central venous catheter terminates in the SVC.',
  'Mild cardiomegaly. Small left pleural effusion.',
  'Hill-Sachs deformity of the humeral head. Barrett esophagus on prior endoscopy.',
  'Murphy sign reported clinically. Old Jones fracture of the fifth metatarsal.',
];

export interface SyntheticPhi {
  family: string;
  given: string;
  mrn: string;
  accession: string;
  birthDate: string; // YYYY-MM-DD
  phone: string;
  street: string;
  city: string;
  zip: string;
  referrer: { family: string; given: string };
  reader: { family: string; given: string };
  org: string;
  email: string;
}

export interface SyntheticCase {
  phi: SyntheticPhi;
  /** Values that must not appear (case-insensitive) in de-identified text. */
  secrets: string[];
  /** Clinical phrases that must survive. */
  clinical: string[];
  reportLines: Array<{ code: string; name: string; lines: string[] }>;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** One synthetic radiology report with PHI in header, history, comparison, critical-result, signature and addendum lines. */
export function syntheticCase(i: number, r: () => number): SyntheticCase {
  const y = 1930 + Math.floor(r() * 60);
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  const phi: SyntheticPhi = {
    family: pick(r, FAMILY),
    given: pick(r, GIVEN),
    mrn: `${pad(Math.floor(r() * 1e8), 8)}`,
    accession: `RAD${pad(i, 7)}`,
    birthDate: `${y}-${pad(m)}-${pad(d)}`,
    phone: `(555) ${200 + Math.floor(r() * 700)}-${pad(Math.floor(r() * 10000), 4)}`,
    street: `${10 + Math.floor(r() * 900)} ${pick(r, STREETS)}`,
    city: pick(r, CITIES),
    zip: `${10000 + Math.floor(r() * 89999)}`,
    referrer: { family: pick(r, FAMILY), given: pick(r, GIVEN) },
    reader: { family: pick(r, FAMILY), given: pick(r, GIVEN) },
    org: pick(r, ORGS),
    email: `pt${i}@mailbox.test`,
  };
  const cm = 1 + Math.floor(r() * 12);
  const cd = 1 + Math.floor(r() * 28);
  const dobForms = [`${m}/${d}/${y}`, `${pad(m)}/${pad(d)}/${y}`, `${MONTHS[m - 1]} ${d}, ${y}`, `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`, phi.birthDate];
  const clinical = [pick(r, CLINICAL), pick(r, CLINICAL)];
  const reportLines = [
    {
      code: '18785-6',
      name: 'Indication',
      lines: [
        `Patient: ${phi.family.toUpperCase()}, ${phi.given.toUpperCase()}  MRN: ${phi.mrn}  DOB: ${pick(r, dobForms)}`,
        `History: ${phi.given} ${phi.family} referred by Dr. ${phi.referrer.family} from ${phi.org} for cough. Lives at ${phi.street}, ${phi.city}, IL ${phi.zip}. Contact ${phi.phone} or ${phi.email}.`,
      ],
    },
    { code: '18834-2', name: 'Comparison', lines: [`Comparison: ${MONTHS[cm - 1]} ${cd}, 2023 and ${cm}/${cd}/23 (accession ${phi.accession}).`] },
    { code: '18782-3', name: 'Findings', lines: clinical },
    {
      code: '19005-8',
      name: 'Impression',
      lines: [
        `Critical result discussed with Dr. ${phi.referrer.given} ${phi.referrer.family} at 3:45 pm on ${cm}/${cd} by telephone.`,
        `Mr. ${phi.family} was informed.`,
        `Electronically signed by: ${phi.reader.given} ${phi.reader.family}, MD ${pad(cm)}/${pad(cd)}/2024 16:02`,
        `ADDENDUM: Read by ${phi.reader.family.toUpperCase()}, ${phi.reader.given.toUpperCase()} on ${cm}/${cd}/2024.`,
      ],
    },
  ];
  const secrets = [phi.family, phi.given, phi.mrn, phi.accession, phi.referrer.family, phi.referrer.given, phi.reader.family, phi.reader.given, phi.phone, phi.street, phi.email, phi.org, ...dobForms];
  return { phi, secrets, clinical, reportLines };
}

/** The case as an HL7 v2.5.1 ORU^R01 message. */
export function syntheticCaseHl7(c: SyntheticCase, i: number): string {
  const { phi } = c;
  return buildOru({
    controlId: `MSG${pad(i, 6)}`,
    accession: phi.accession,
    mrn: phi.mrn,
    patient: { family: phi.family, given: phi.given },
    birthDate: phi.birthDate.replace(/-/g, ''),
    sex: 'F',
    address: `${phi.street}^^${phi.city}^IL^${phi.zip}`,
    phone: phi.phone,
    procedure: { code: '71046', text: 'XR CHEST 2 VIEWS' },
    modality: 'CR',
    observed: '202403141030',
    status: 'F',
    orderingProvider: { id: 'D123', family: phi.referrer.family, given: phi.referrer.given },
    interpreter: { id: 'R456', family: phi.reader.family, given: phi.reader.given },
    sections: c.reportLines,
    studyUid: `1.2.840.113619.2.55.3.${1000 + i}`,
  });
}

/** The case as a FHIR R4 DiagnosticReport with contained Patient and Practitioners. */
export function syntheticCaseFhir(c: SyntheticCase, i: number): string {
  const { phi } = c;
  const text = c.reportLines.map((s) => `${s.name.toUpperCase()}:\n${s.lines.join('\n')}`).join('\n\n');
  return JSON.stringify({
    resourceType: 'DiagnosticReport',
    id: `dr-${i}`,
    status: 'final',
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'RAD' }] }],
    code: { coding: [{ system: 'http://loinc.org', code: '36643-5', display: 'XR Chest 2 Views' }], text: 'XR CHEST 2 VIEWS' },
    subject: { reference: '#pat' },
    effectiveDateTime: '2024-03-14T10:30:00Z',
    issued: '2024-03-14T16:02:00Z',
    identifier: [{ type: { coding: [{ code: 'ACSN' }] }, value: phi.accession }],
    performer: [{ reference: '#ref' }],
    resultsInterpreter: [{ reference: '#rdr' }],
    contained: [
      {
        resourceType: 'Patient',
        id: 'pat',
        identifier: [{ type: { coding: [{ code: 'MR' }] }, value: phi.mrn }],
        name: [{ family: phi.family, given: [phi.given] }],
        birthDate: phi.birthDate,
        address: [{ line: [phi.street], city: phi.city, state: 'IL', postalCode: phi.zip }],
        telecom: [{ system: 'phone', value: phi.phone }, { system: 'email', value: phi.email }],
      },
      { resourceType: 'Practitioner', id: 'ref', name: [{ family: phi.referrer.family, given: [phi.referrer.given] }] },
      { resourceType: 'Practitioner', id: 'rdr', name: [{ family: phi.reader.family, given: [phi.reader.given] }] },
    ],
    presentedForm: [{ contentType: 'text/plain', data: Buffer.from(text, 'utf8').toString('base64') }],
  });
}
