import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAssertionBenchmark } from '../../../src/evaluate/assertion/run-assertion-benchmark.js';
import { formatAssertionMetrics, writePredictionsTsv } from '../../../src/evaluate/assertion/write-predictions.js';
import { RadlabelError } from '../../../src/errors/index.js';
import { REPO_ROOT } from '../../../src/ontology/load-ontology.js';

const HEADER = 'line number\tCondition\tsentence\tnegation_status\ttemporality\texperiencer';
const SYNTHETIC = [
  HEADER,
  '1\tpneumonia\tThere is no evidence of PNEUMONIA.\tNegated\tRecent\tPatient',
  '2\teffusion\tSmall EFFUSION is present.\tAffirmed\tRecent\tPatient',
  '3\tasthma\tHistory of ASTHMA.\tAffirmed\tHistorical\tPatient',
  '4\tfever\tReturn if FEVER develops.\tAffirmed\tNot particular\tPatient',
  '5\tcolon cancer\tHer mother had COLON CANCER.\tAffirmed\tHistorical\tFamily member',
  '6\tleft lower lobe consolidation with air bronchograms\tThere is LEFT LOWER LOBE CONSOLIDATION.\tAffirmed\tRecent\tPatient',
  '7\tzzz\tNothing to see here.\tAffirmed\tRecent\tPatient',
].join('\n');

describe('assertion benchmark', () => {
  it('predicts the three columns and counts conditions not fully inside the sentence', () => {
    const { rows, metrics, header } = runAssertionBenchmark(SYNTHETIC);
    expect(rows.map((r) => r.pred.negation)).toEqual(['Negated', 'Affirmed', 'Affirmed', 'Affirmed', 'Affirmed', 'Affirmed', 'Affirmed']);
    expect(rows.map((r) => r.pred.temporality).slice(0, 4)).toEqual(['Recent', 'Recent', 'Historical', 'Hypothetical']);
    expect(rows[4]!.pred.experiencer).toBe('Other');
    expect(rows[5]!.match).toBe('partial');
    expect(rows[6]!.match).toBe('none');
    expect(metrics).toMatchObject({ rows: 7, partialMatches: 1, unmatched: 1 });
    expect(metrics.negation.accuracy).toBe(1);
    const out = writePredictionsTsv(header, rows).trimEnd().split('\n');
    expect(out[0]!.split('\t').slice(-3)).toEqual(['pred_negation', 'pred_temporality', 'pred_experiencer']);
    expect(out[1]).toBe('1\tpneumonia\tThere is no evidence of PNEUMONIA.\tNegated\tRecent\tPatient\tNegated\tRecent\tPatient');
    expect(out).toHaveLength(8);
    expect(formatAssertionMetrics(metrics)).toContain('negation: accuracy 1.000');
  });

  it('rejects a file without the needed columns', () => {
    expect(() => runAssertionBenchmark('a\tb\n1\t2', { file: 'x.tsv' })).toThrow(RadlabelError);
  });

  const DEV = path.resolve(REPO_ROOT, '../shared/data/negex-context/context-sentences.dev.tsv');
  it.skipIf(!existsSync(DEV))('meets the bars on the ConText dev sentences', () => {
    const { metrics } = runAssertionBenchmark(readFileSync(DEV, 'utf8'));
    expect(metrics.negation.accuracy).toBeGreaterThanOrEqual(0.99);
    expect(metrics.negation.classes.find((c) => c.label === 'Negated')!.f1).toBeGreaterThanOrEqual(0.975);
    expect(metrics.temporality.accuracy).toBeGreaterThanOrEqual(0.94);
  });
});
