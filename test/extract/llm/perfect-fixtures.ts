/**
 * Invented chest X-ray reports (written for radlabel) with the answer a perfect model gives and the
 * labels that answer must produce under both shipped ontologies: `chexpert` (CheXpert No Finding)
 * and `chestxray14` (No Finding = nothing abnormal of any kind).
 *
 * Findings are written once with a neutral key; {@link LABEL_IDS} maps a key to each ontology's
 * label id. A finding an ontology has no label for is, for that ontology, an abnormality outside it
 * (`otherAbnormalities`, when the schema asks for them).
 */
import type { LabelValue } from '../../../src/domain/labels.js';

export type OntologyKey = 'chexpert' | 'chestxray14';

type FindingKey = 'effusion' | 'pneumothorax' | 'cardiomegaly' | 'pneumonia' | 'consolidation' | 'edema' | 'atelectasis' | 'fracture' | 'devices' | 'granuloma' | 'degenerative' | 'nodule';

/** Label id of each finding per ontology; absent = outside that ontology. */
export const LABEL_IDS: Record<FindingKey, Partial<Record<OntologyKey, string>>> = {
  effusion: { chexpert: 'Pleural Effusion', chestxray14: 'Effusion' },
  pneumothorax: { chexpert: 'Pneumothorax', chestxray14: 'Pneumothorax' },
  cardiomegaly: { chexpert: 'Cardiomegaly', chestxray14: 'Cardiomegaly' },
  pneumonia: { chexpert: 'Pneumonia', chestxray14: 'Pneumonia' },
  consolidation: { chexpert: 'Consolidation', chestxray14: 'Consolidation' },
  edema: { chexpert: 'Edema', chestxray14: 'Edema' },
  atelectasis: { chexpert: 'Atelectasis', chestxray14: 'Atelectasis' },
  nodule: { chexpert: 'Lung Lesion', chestxray14: 'Nodule' },
  fracture: { chexpert: 'Fracture' },
  devices: { chexpert: 'Support Devices' },
  // CheXpert counts a granuloma as a lung lesion (as its labeler does); ChestX-ray14 has no label for it.
  granuloma: { chexpert: 'Lung Lesion' },
  degenerative: {},
};

interface Said {
  finding: FindingKey;
  assertion: 'present' | 'absent' | 'uncertain';
  temporality: 'current' | 'historical' | 'hypothetical';
  evidence: string;
  section: 'indication' | 'findings' | 'impression';
}

export interface PerfectFixture {
  id: string;
  text: string;
  said: Said[];
  /** Labels other than "not mentioned", per ontology (No Finding included). */
  expected: Record<OntologyKey, Record<string, LabelValue>>;
}

const s = (finding: FindingKey, assertion: Said['assertion'], evidence: string, section: Said['section'] = 'findings', temporality: Said['temporality'] = 'current'): Said => ({ finding, assertion, temporality, evidence, section });

export const PERFECT_FIXTURES: PerfectFixture[] = [
  {
    id: 'pm-normal',
    text: 'INDICATION:\nCough.\n\nFINDINGS:\nThe lungs are clear. Heart size is normal. No pleural effusion or pneumothorax.\n\nIMPRESSION:\nNo acute cardiopulmonary abnormality.',
    said: [s('effusion', 'absent', 'No pleural effusion or pneumothorax'), s('pneumothorax', 'absent', 'No pleural effusion or pneumothorax'), s('cardiomegaly', 'absent', 'Heart size is normal')],
    expected: {
      chexpert: { 'Pleural Effusion': 'negative', Pneumothorax: 'negative', Cardiomegaly: 'negative', 'No Finding': 'positive' },
      chestxray14: { Effusion: 'negative', Pneumothorax: 'negative', Cardiomegaly: 'negative', 'No Finding': 'positive' },
    },
  },
  {
    id: 'pm-effusion-possible-cardiomegaly',
    text: 'FINDINGS:\nSmall left pleural effusion. The heart may be mildly enlarged.\n\nIMPRESSION:\nSmall left pleural effusion. Possible cardiomegaly.',
    said: [
      s('effusion', 'present', 'Small left pleural effusion'), s('cardiomegaly', 'uncertain', 'The heart may be mildly enlarged'),
      s('effusion', 'present', 'Small left pleural effusion', 'impression'), s('cardiomegaly', 'uncertain', 'Possible cardiomegaly', 'impression'),
    ],
    expected: {
      chexpert: { 'Pleural Effusion': 'positive', Cardiomegaly: 'uncertain', 'No Finding': 'not_mentioned' },
      chestxray14: { Effusion: 'positive', Cardiomegaly: 'uncertain', 'No Finding': 'negative' },
    },
  },
  {
    id: 'pm-historical-fracture',
    text: 'FINDINGS:\nPrior left rib fractures. No pneumothorax. The lungs are clear.\n\nIMPRESSION:\nNo acute disease.',
    said: [s('fracture', 'present', 'Prior left rib fractures', 'findings', 'historical'), s('pneumothorax', 'absent', 'No pneumothorax')],
    expected: {
      // CheXpert: a past fracture is not a current finding, so No Finding holds; ChestX-ray14: the
      // old fractures are still something abnormal on the image.
      chexpert: { Pneumothorax: 'negative', 'No Finding': 'positive' },
      chestxray14: { Pneumothorax: 'negative', 'No Finding': 'negative' },
    },
  },
  {
    id: 'pm-indication-only',
    text: 'INDICATION:\nRule out pneumonia.\n\nFINDINGS:\nThe lungs are clear. No focal consolidation.\n\nIMPRESSION:\nNormal chest.',
    said: [s('pneumonia', 'uncertain', 'Rule out pneumonia', 'indication', 'hypothetical'), s('consolidation', 'absent', 'No focal consolidation')],
    expected: {
      chexpert: { Consolidation: 'negative', 'No Finding': 'positive' },
      chestxray14: { Consolidation: 'negative', 'No Finding': 'positive' },
    },
  },
  {
    id: 'pm-outside-ontology',
    text: 'FINDINGS:\nCalcified granuloma in the right upper lobe. Mild degenerative changes of the thoracic spine. The lungs are otherwise clear. No pleural effusion.\n\nIMPRESSION:\nNo acute disease.',
    said: [s('granuloma', 'present', 'Calcified granuloma in the right upper lobe'), s('degenerative', 'present', 'Mild degenerative changes of the thoracic spine'), s('effusion', 'absent', 'No pleural effusion')],
    expected: {
      chexpert: { 'Lung Lesion': 'positive', 'Pleural Effusion': 'negative', 'No Finding': 'not_mentioned' },
      chestxray14: { Effusion: 'negative', 'No Finding': 'negative' },
    },
  },
  {
    id: 'pm-degenerative-only',
    text: 'FINDINGS:\nMild degenerative changes of the thoracic spine. The lungs are clear.\n\nIMPRESSION:\nNo acute disease.',
    said: [s('degenerative', 'present', 'Mild degenerative changes of the thoracic spine')],
    expected: {
      chexpert: { 'No Finding': 'positive' },
      chestxray14: { 'No Finding': 'negative' },
    },
  },
  {
    id: 'pm-tube-pneumothorax',
    text: 'FINDINGS:\nRight chest tube in place. Small right apical pneumothorax. Bibasilar atelectasis.\n\nIMPRESSION:\nSmall right pneumothorax.',
    said: [
      s('devices', 'present', 'Right chest tube in place'), s('pneumothorax', 'present', 'Small right apical pneumothorax'),
      s('atelectasis', 'present', 'Bibasilar atelectasis'), s('pneumothorax', 'present', 'Small right pneumothorax', 'impression'),
    ],
    expected: {
      chexpert: { 'Support Devices': 'positive', Pneumothorax: 'positive', Atelectasis: 'positive', 'No Finding': 'not_mentioned' },
      chestxray14: { Pneumothorax: 'positive', Atelectasis: 'positive', 'No Finding': 'negative' },
    },
  },
  {
    id: 'pm-edema-negated-in-impression',
    text: 'FINDINGS:\nCannot exclude mild interstitial edema. A 6 mm nodule in the left lower lobe.\n\nIMPRESSION:\nNo pulmonary edema. Left lower lobe nodule.',
    said: [
      s('edema', 'uncertain', 'Cannot exclude mild interstitial edema'), s('nodule', 'present', 'A 6 mm nodule in the left lower lobe'),
      s('edema', 'absent', 'No pulmonary edema', 'impression'), s('nodule', 'present', 'Left lower lobe nodule', 'impression'),
    ],
    expected: {
      chexpert: { Edema: 'negative', 'Lung Lesion': 'positive', 'No Finding': 'not_mentioned' },
      chestxray14: { Edema: 'negative', Nodule: 'positive', 'No Finding': 'negative' },
    },
  },
];

/** The perfect model's answer for a fixture report under one ontology (looked up by the report text). */
export function perfectAnswerFor(text: string, ontology: OntologyKey, wantsOthers: boolean): unknown {
  const f = PERFECT_FIXTURES.find((x) => x.text === text);
  if (!f) return { mentions: [] };
  const mentions = f.said
    .filter((x) => LABEL_IDS[x.finding][ontology])
    .map((x) => ({ label: LABEL_IDS[x.finding][ontology], assertion: x.assertion, temporality: x.temporality, evidence: x.evidence, section: x.section }));
  const otherAbnormalities = f.said
    .filter((x) => !LABEL_IDS[x.finding][ontology])
    .map((x) => ({ finding: x.finding, assertion: x.assertion, evidence: x.evidence, section: x.section }));
  return wantsOthers ? { mentions, otherAbnormalities } : { mentions };
}
