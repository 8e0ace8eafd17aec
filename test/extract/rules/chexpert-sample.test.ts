import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createRulesExtractor } from '../../../src/extract/rules/rules-extractor.js';
import { loadOntology, REPO_ROOT } from '../../../src/ontology/load-ontology.js';
import { makeReport } from './make-report.js';

const DIR = path.resolve(REPO_ROOT, '../shared/data/chexpert-labeler-sample');

describe.skipIf(!existsSync(DIR))('CheXpert labeler sample', () => {
  it('reproduces the published output label for label with the chexpert ontology', () => {
    const ontology = loadOntology('chexpert');
    const extractor = createRulesExtractor();
    const rows = parse(readFileSync(path.join(DIR, 'labeled_reports.csv')), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const result = extractor.extract(makeReport(row.Reports!), ontology);
      if (result instanceof Promise) throw new Error('synchronous extractor expected');
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const l of ontology.labels) {
        const v = result.labels.labels[l.id]!.value;
        got[l.id] = v === 'positive' ? ontology.export.positive : v === 'negative' ? ontology.export.negative : v === 'uncertain' ? ontology.export.uncertain : ontology.export.notMentioned;
        // The labeler writes 1.0 / 0.0 / -1.0; the ontology's convention is 1 / 0 / -1.
        want[l.id] = row[l.id] === '' ? '' : String(Number(row[l.id]));
      }
      expect(got).toEqual(want);
    }
  });
});
