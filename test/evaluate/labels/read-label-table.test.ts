import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRadlabelError } from '../../../src/errors/index.js';
import { parseLabelTable } from '../../../src/evaluate/labels/read-label-table.js';
import { parseLabelValue } from '../../../src/evaluate/labels/parse-value.js';

const fx = (f: string) => readFileSync(new URL(`../../fixtures/eval/${f}`, import.meta.url), 'utf8');

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('parseLabelValue', () => {
  it('reads the CheXpert convention and value words', () => {
    expect(['1', '1.0', '0', '0.0', '-1', '-1.0', '', ' ', 'uncertain', 'not_mentioned'].map(parseLabelValue)).toEqual([
      'positive', 'positive', 'negative', 'negative', 'uncertain', 'uncertain', 'not_mentioned', 'not_mentioned', 'uncertain', 'not_mentioned',
    ]);
    expect(parseLabelValue('2')).toBeUndefined();
    expect(parseLabelValue('yes')).toBeUndefined();
    expect(parseLabelValue(-1)).toBe('uncertain');
    expect(parseLabelValue(null)).toBe('not_mentioned');
  });
});

describe('label CSV', () => {
  it('reads a CheXpert-style gold (1/0/-1/blank) as four-valued', () => {
    const t = parseLabelTable(fx('gold.csv'), 'gold.csv');
    expect(t.kind).toBe('four-valued');
    expect(t.labels).toEqual(['Atelectasis', 'Edema', 'Pleural Effusion', 'Pneumothorax', 'No Finding']);
    expect(t.records.get('r2')?.values).toMatchObject({ Atelectasis: 'uncertain', Edema: 'not_mentioned', 'Pleural Effusion': 'negative' });
  });

  it('reads a ChestX-ray14-style 0/1 gold as binary', () => {
    expect(parseLabelTable(fx('gold-binary.csv'), 'g.csv').kind).toBe('binary');
  });

  it('accepts uid / study_id id columns and the CheXpert labeler `Reports` column as id and text', () => {
    expect([...parseLabelTable('uid,Edema\n7,1\n', 'a.csv').records.keys()]).toEqual(['7']);
    expect([...parseLabelTable('study_id,Edema\ns1,0\n', 'a.csv').records.keys()]).toEqual(['s1']);
    const t = parseLabelTable('Reports,No Finding,Edema\n"No edema, clear.",1.0,0.0\n', 'labeled.csv');
    const rec = [...t.records.values()][0];
    expect(rec?.text).toBe('No edema, clear.');
    expect(t.labels).toEqual(['No Finding', 'Edema']);
  });

  it('names file, row and column of a bad value without copying the cell', () => {
    const e = thrown(() => parseLabelTable('id,Edema\nr1,1\nr2,maybe-secret\n', 'p.csv'));
    expect(isRadlabelError(e, 'EVAL_BAD_INPUT')).toBe(true);
    expect((e as { locator: unknown }).locator).toEqual({ file: 'p.csv', row: 3, path: 'Edema' });
    expect((e as Error).message).not.toContain('maybe-secret');
  });

  it('rejects a missing id column, duplicate ids and a broken quote', () => {
    expect(isRadlabelError(thrown(() => parseLabelTable('name,Edema\nx,1\n', 'p.csv')), 'EVAL_BAD_INPUT')).toBe(true);
    expect(isRadlabelError(thrown(() => parseLabelTable('id,Edema\nx,1\nx,0\n', 'p.csv')), 'EVAL_BAD_INPUT')).toBe(true);
    expect(isRadlabelError(thrown(() => parseLabelTable('id,Edema\n"x,1\n', 'p.csv')), 'EVAL_BAD_INPUT')).toBe(true);
  });
});

describe('label JSONL', () => {
  it('reads a run export with text, evidence, strata fields and provenance', () => {
    const t = parseLabelTable(fx('pred-b.jsonl'), 'pred-b.jsonl');
    expect(t.format).toBe('jsonl');
    expect(t.records.size).toBe(8);
    const r1 = t.records.get('r1');
    expect(r1?.values.Edema).toBe('negative');
    expect(r1?.evidence?.Edema?.[0]?.trigger?.category).toBe('negated-existence');
    expect(r1).toMatchObject({ modality: 'CR', bodyPart: 'CHEST', source: 'fixture-archive' });
    expect(r1?.provenance?.extractor).toEqual({ name: 'rules', version: '0.1.0' });
  });

  it('takes a missing value from the first mention and accepts StudyLabels records (reportId)', () => {
    const mention = {
      label: 'Edema', assertion: 'uncertain', temporality: 'current', experiencer: 'patient', section: 'findings',
      sentence: { text: 'x', start: 0, end: 1 }, span: { start: 0, end: 1 }, phrase: 'x', trigger: null,
    };
    const t = parseLabelTable(JSON.stringify({ reportId: 'a', labels: { Edema: { evidence: [mention] }, Mass: -1 } }), 'x.jsonl');
    expect(t.records.get('a')?.values).toEqual({ Edema: 'uncertain', Mass: 'uncertain' });
  });

  it('names the line of invalid JSON and of a bad shape', () => {
    const e = thrown(() => parseLabelTable('{"id":"a","labels":{}}\n{oops\n', 'x.jsonl'));
    expect((e as { locator: unknown }).locator).toEqual({ file: 'x.jsonl', row: 2 });
    const e2 = thrown(() => parseLabelTable('{"id":"a","labels":{"Edema":"sometimes"}}\n', 'x.jsonl'));
    expect(isRadlabelError(e2, 'EVAL_BAD_INPUT')).toBe(true);
    expect((e2 as { locator: { path?: string } }).locator.path).toBe('labels.Edema');
  });
});
