import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateLabelFiles } from '../../../src/evaluate/labels/evaluate-files.js';
import { axisMin, evaluationDocument } from '../../../src/evaluate/labels/to-document.js';
import { cli, tmp } from '../../cli/run-cli.js';

const fx = (f: string) => fileURLToPath(new URL(`../../fixtures/eval/${f}`, import.meta.url));
const GOLD = fx('gold.csv');
const A = fx('pred-a.csv');
const B = fx('pred-b.jsonl');

describe('the evaluation report for reviewers', async () => {
  const run = await evaluateLabelFiles({ gold: GOLD, preds: [A, B], iterations: 200 });
  const doc = evaluationDocument(run);

  it('per-label chart: sorted by F1 (best first, no-finding and micro last), support in the labels, an axis that is not squashed', () => {
    const chart = doc.charts!.find((c) => c.id === 'chart-f1')!;
    const firstSeries = chart.bars.filter((b) => b.series === 'pred-a.csv');
    const labelled = firstSeries.filter((b) => !/not averaged|micro avg/.test(b.label));
    expect(labelled.map((b) => b.value)).toEqual([...labelled.map((b) => b.value)].sort((x, y) => y - x));
    expect(firstSeries.at(-1)!.label).toMatch(/^micro avg \(n=\d+\)$/);
    expect(chart.bars.every((b) => /\(n=\d+\)/.test(b.label))).toBe(true);
    expect(axisMin([0.83, 0.91, 0.98])).toBe(0.8);
    expect(axisMin([0.12, 0.9])).toBe(0);
    expect(axisMin([0.05])).toBe(0);
  });

  it('a label without gold positives shows "–" for recall, F1, its CI and kappa, not 0.000', () => {
    const table = doc.tables.find((t) => t.id === 'per-label-pred-a.csv')!;
    const row = table.rows.find((r) => r.label === 'Pneumothorax')!;
    expect([row.recall, row.f1, row.f1ci, row.kappa]).toEqual([null, null, '–', null]);
  });

  it('strata add up: pairs the inputs do not describe are an "unknown" row', () => {
    const strata = run.predictions[1]!.strata;
    const dims = new Set(strata.map((s) => s.dimension));
    const total = (d: string) => strata.filter((s) => s.dimension === d).reduce((a, s) => a + s.pairs, 0);
    const sums = [...dims].map(total);
    expect(new Set(sums).size).toBe(1);
    expect(sums[0]).toBe(run.reports * run.predictions[1]!.evaluation.averaged.length);
  });

  it('a comparison names both tests and "significant" is their conjunction', () => {
    const t = doc.tables.find((x) => x.id.startsWith('compare-'))!;
    expect(t.columns.map((c) => c.title)).toEqual(expect.arrayContaining(['bootstrap CI excludes 0', 'McNemar p<0.05', 'significant (both)']));
    for (const r of t.rows) expect(r.sig === 'yes').toBe(r.ciSig === 'yes' && r.mcSig === 'yes');
    expect(t.caption).toMatch(/paired-bootstrap 95% CI .* McNemar's test/);
  });
});

describe('eval CLI', () => {
  it('the error browser shows report text for a CSV prediction with --text (run JSONL) or --db; --html says where it wrote', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, 'id,text\nq1,Small left pleural effusion.\nq2,No pleural effusion. Mild edema.\n');
    expect((await cli('run', csv, '--db', db, '--out', join(dir, 'pred.csv'), '--no-progress')).code).toBe(0);
    expect((await cli('run', csv, '--db', db, '--out', join(dir, 'pred.jsonl'), '--no-progress')).code).toBe(0);
    writeFileSync(join(dir, 'gold.csv'), 'id,Pleural Effusion,Edema\nq1,0,0\nq2,1,1\n');
    for (const source of [['--text', join(dir, 'pred.jsonl')], ['--db', db]]) {
      const html = join(dir, `r${source[0]}.html`);
      const r = await cli('eval', '--gold', join(dir, 'gold.csv'), '--pred', join(dir, 'pred.csv'), '--html', html, '--json', join(dir, 'r.json'), ...source);
      expect(r.code).toBe(0);
      expect(r.err).toContain(`radlabel: wrote the HTML report to ${html}\n`);
      expect(r.err).toContain(`radlabel: wrote the JSON report to ${join(dir, 'r.json')}\n`);
      const json = JSON.parse((await import('node:fs')).readFileSync(join(dir, 'r.json'), 'utf8'));
      const texts = Object.values(json.records?.[0]?.texts ?? json.recordLists?.[0]?.texts ?? {}) as string[];
      expect(texts.some((t) => t.includes('Small left pleural effusion.'))).toBe(true);
    }
  });
});
