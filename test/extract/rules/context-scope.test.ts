import { describe, expect, it } from 'vitest';
import { createRulesExtractor } from '../../../src/extract/rules/rules-extractor.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import type { LabelValue } from '../../../src/domain/labels.js';
import { makeReport } from './make-report.js';

const extractor = createRulesExtractor();
const chexpert = loadOntology('chexpert');

function value(text: string, label: string): LabelValue {
  const r = extractor.extract(makeReport(`FINDINGS: ${text}`), chexpert);
  if (r instanceof Promise) throw new Error('synchronous');
  return r.labels.labels[label]!.value;
}

const cross = (a: string[], b: string[]): Array<[string, string]> => a.flatMap((x) => b.map((y) => [x, y] as [string, string]));
const devices = ['chest tube', 'endotracheal tube', 'nasogastric tube', 'right internal jugular catheter'];
const findings: Array<[string, string]> = [
  ['small left pleural effusion', 'Pleural Effusion'],
  ['residual pneumothorax', 'Pneumothorax'],
  ['bibasilar atelectasis', 'Atelectasis'],
  ['right lower lobe consolidation', 'Consolidation'],
];

describe('ConText scope: a clause after "with" or a change word is outside a preceding "removal of"', () => {
  const cases = cross(devices, findings.map((f) => f[0])).flatMap(([device, finding]) => [
    `Removal of the ${device} with ${finding}.`,
    `Removal of the ${device} with increased ${finding}.`,
    `Interval removal of the ${device} and new ${finding}.`,
    `Resolution of the edema with ${finding}.`,
  ]);
  it(`keeps the finding affirmed in ${cases.length} invented sentences, while the device is still removed`, () => {
    const wrong: string[] = [];
    for (const text of cases) {
      const label = findings.find(([f]) => text.includes(f))![1];
      if (value(text, label) !== 'positive') wrong.push(`${label}: ${text}`);
      if (text.startsWith('Removal') || text.startsWith('Interval')) if (value(text, 'Support Devices') !== 'negative') wrong.push(`Support Devices: ${text}`);
    }
    expect(wrong).toEqual([]);
  });
  it('"and" alone still continues the removal (a list of removed things), and other negations are not cut by "with"', () => {
    for (const device of devices) expect(value(`Removal of the chest tube and ${device}.`, 'Support Devices')).toBe('negative');
    expect(value('No pneumothorax with the patient upright.', 'Pneumothorax')).toBe('negative');
    expect(value('No consolidation or effusion.', 'Pleural Effusion')).toBe('negative');
  });
});

describe('ConText: "maybe" / "perhaps" hedges are uncertain, never affirmed', () => {
  const hedges = ['Maybe due to', 'Maybe from', 'Perhaps reflecting', 'Opacity maybe representing', 'Perhaps'];
  const cases = cross(hedges, findings.map((f) => f[0]));
  it(`uncertain in ${cases.length} invented sentences`, () => {
    const wrong = cases.filter(([h, f]) => value(`${h} ${f}.`, findings.find((x) => x[0] === f)![1]) !== 'uncertain').map(([h, f]) => `${h} ${f}`);
    expect(wrong).toEqual([]);
  });
});

describe('ConText: a comparison date ("unchanged since 2 years ago") is current, not historical', () => {
  const comparisons = ['unchanged since 2 years ago', 'stable compared to 3 months ago', 'not changed from several years ago', 'similar to 6 weeks ago', 'unchanged since XXXX years ago'];
  const cases = cross(findings.map((f) => f[0]), comparisons);
  it(`positive in ${cases.length} invented sentences`, () => {
    const wrong = cases.filter(([f, c]) => value(`The ${f} is ${c}.`, findings.find((x) => x[0] === f)![1]) !== 'positive').map(([f, c]) => `${f} ${c}`);
    expect(wrong).toEqual([]);
  });
  it('a finding that was there years ago is still historical', () => {
    expect(value('Pneumonia 5 years ago.', 'Pneumonia')).toBe('not_mentioned');
    expect(value('Left pleural effusion years ago, now resolved.', 'Pleural Effusion')).not.toBe('positive');
  });
});
