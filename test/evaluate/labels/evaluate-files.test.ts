import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRadlabelError } from '../../../src/errors/index.js';
import { evaluateLabelFiles, formatEvaluationTable } from '../../../src/evaluate/labels/evaluate-files.js';
import type { EvaluationRun } from '../../../src/evaluate/labels/evaluation-run.js';

const fx = (f: string) => fileURLToPath(new URL(`../../fixtures/eval/${f}`, import.meta.url));
const GOLD = fx('gold.csv');
const A = fx('pred-a.csv');
const B = fx('pred-b.jsonl');

const label = (run: EvaluationRun, name: string, i = 0) => run.predictions[i]!.evaluation.labels.find((l) => l.label === name)!;

// Hand-computed expectations for the fixtures are written next to each assertion.
describe('evaluateLabelFiles on the fixtures (default policy: uncertain is its own class, blank negative)', async () => {
  const run = await evaluateLabelFiles({ gold: GOLD, preds: [A], iterations: 200 });
  const e = run.predictions[0]!.evaluation;

  it('scores each label (positive class)', () => {
    // Atelectasis: gold + r1 r5, pred + r1 r2 → TP 1 FP 1 FN 1
    expect(label(run, 'Atelectasis')).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 5, support: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
    // Edema: gold + r3 r7, pred + r7 → P 1, R .5, F1 2/3
    expect(label(run, 'Edema')).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    // Pleural Effusion ↔ Pleural_Effusion (same name after normalising): gold + r1 r3 r6, pred + r1 r3 r7
    expect(label(run, 'Pleural Effusion')).toMatchObject({ predLabel: 'Pleural_Effusion', tp: 2, fp: 1, fn: 1 });
  });

  it('averages over labels with gold positives, reporting Pneumothorax and No Finding apart', () => {
    expect(e.averaged).toEqual(['Atelectasis', 'Edema', 'Pleural Effusion']);
    expect(e.excluded.map((x) => x.label)).toEqual(['Pneumothorax', 'No Finding']);
    expect(label(run, 'Pneumothorax').role).toBe('no-gold-positives');
    expect(label(run, 'No Finding')).toMatchObject({ role: 'no-finding', tp: 2, fp: 1, fn: 0, f1: 0.8 });
    // micro: TP 4 FP 2 FN 3
    expect(e.micro.precision).toBeCloseTo(4 / 6, 12);
    expect(e.micro.recall).toBeCloseTo(4 / 7, 12);
    expect(e.micro.f1).toBeCloseTo(8 / 13, 12);
    expect(e.macro.f1).toBeCloseTo((0.5 + 2 / 3 + 2 / 3) / 3, 12);
  });

  it('computes kappa over positive / uncertain / negative and the 4x4 confusion matrix', () => {
    expect(label(run, 'Atelectasis').kappa).toBeCloseTo(9 / 17, 12);
    expect(label(run, 'Atelectasis').confusion.counts).toEqual([
      [1, 0, 1, 0], // gold positive: r1 → positive, r5 → uncertain
      [0, 1, 0, 1], // gold negative: r7 → negative, r4 → not mentioned
      [1, 0, 0, 0], // gold uncertain: r2 → positive
      [0, 0, 0, 3], // gold blank: r3 r6 r8
    ]);
  });

  it('gives the CheXpert mention / negation / uncertainty F1 (the gold has all three)', () => {
    // Atelectasis mention: gold r1 r2 r4 r5 r7, pred r1 r2 r5 r7 → 8/9; negation: gold r4 r7, pred r7 → 2/3; uncertainty: 0
    expect(label(run, 'Atelectasis').chexpert).toEqual({ mention: 8 / 9, negation: 2 / 3, uncertainty: 0 });
    expect(e.chexpertMicro).toBeDefined();
  });

  it('gives CIs that contain the point estimate and warns about the prediction-only label', () => {
    const [lo, hi] = e.micro.ci.f1;
    expect(lo).toBeLessThanOrEqual(e.micro.f1);
    expect(hi).toBeGreaterThanOrEqual(e.micro.f1);
    expect(run.warnings.join('\n')).toContain('Cardiomegaly');
    expect(run.policies[0]).toContain('own class');
  });

  it('lists every disagreement with its type', () => {
    const d = run.predictions[0]!.disagreements.map((x) => `${x.label}/${x.id}/${x.type}`);
    expect(d).toEqual([
      'Atelectasis/r2/wrong assertion',
      'Atelectasis/r5/wrong assertion',
      'Edema/r3/wrong assertion',
      'Pleural Effusion/r6/missed',
      'Pleural Effusion/r7/wrong assertion',
      'Pneumothorax/r5/spurious',
      'No Finding/r6/spurious',
    ]);
  });

  it('formats the per-label table for the terminal', () => {
    const t = formatEvaluationTable(run);
    expect(t).toMatch(/micro avg\s+7\s+0\.667\s+0\.571\s+0\.615/);
    expect(t).toContain('no-finding label: not averaged');
  });
});

describe('policies', () => {
  it('uncertain as positive turns gold and predicted -1 into positives', async () => {
    const run = await evaluateLabelFiles({ gold: GOLD, preds: [A], iterations: 50, policy: { uncertain: 'positive' } });
    // Atelectasis: gold + r1 r2 r5, pred + r1 r2 r5 → perfect; Edema: gold + r3 r5 r7, pred + r5 r7 → F1 .8
    expect(label(run, 'Atelectasis')).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(label(run, 'Edema')).toMatchObject({ tp: 2, fp: 0, fn: 1, f1: 0.8 });
  });

  it('uncertain as negative keeps positive-class counts and uses a 2x2 kappa', async () => {
    const run = await evaluateLabelFiles({ gold: GOLD, preds: [A], iterations: 50, policy: { uncertain: 'negative' } });
    expect(label(run, 'Atelectasis')).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 5 });
    // 2x2: [[1,1],[1,5]] → po 6/8, pe (2*2 + 6*6)/64 = 40/64 → kappa (48-40)/(64-40) = 1/3
    expect(label(run, 'Atelectasis').kappa).toBeCloseTo(1 / 3, 12);
  });

  it('blank excluded drops reports with a blank gold cell for that label', async () => {
    const run = await evaluateLabelFiles({ gold: GOLD, preds: [A], iterations: 50, policy: { blank: 'exclude' } });
    expect(label(run, 'Atelectasis')).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 2, excluded: 3, scored: 5 });
    expect(run.policies.join(' ')).toContain('excluded');
  });
});

describe('binary (0/1) gold', () => {
  it('reads 0 as "not positive": a predicted positive there is spurious, not a wrong assertion', async () => {
    const run = await evaluateLabelFiles({ gold: fx('gold-binary.csv'), preds: [A], iterations: 50 });
    const types = run.predictions[0]!.disagreements.map((d) => `${d.label}/${d.id}/${d.type}`);
    expect(types).toContain('Atelectasis/r2/spurious');
    expect(run.predictions[0]!.evaluation.chexpertMicro).toBeUndefined();
    expect(label(run, 'Atelectasis').confusion.rowClasses).toEqual(['positive', 'not positive']);
  });
});

describe('label alignment', () => {
  it('applies an explicit mapping and fails on a mapping naming no prediction label', async () => {
    const run = await evaluateLabelFiles({ gold: GOLD, preds: [A], iterations: 20, mapping: { 'No Finding': 'Cardiomegaly' } });
    expect(label(run, 'No Finding').predLabel).toBe('Cardiomegaly');
    await expect(evaluateLabelFiles({ gold: GOLD, preds: [A], mapping: { Edema: 'Oedema' } })).rejects.toSatisfy((e) => isRadlabelError(e, 'EVAL_LABEL_MISMATCH'));
  });

  it('--strict turns one-sided labels into EVAL_LABEL_MISMATCH', async () => {
    await expect(evaluateLabelFiles({ gold: GOLD, preds: [A], strict: true })).rejects.toSatisfy((e) => isRadlabelError(e, 'EVAL_LABEL_MISMATCH'));
  });
});

describe('comparison, strata and error sampling', async () => {
  const run = await evaluateLabelFiles({ gold: GOLD, preds: [A, B], iterations: 300 });

  it('compares B with A: deltas, McNemar and a verdict', () => {
    const c = run.comparisons[0]!;
    const atel = c.labels.find((d) => d.label === 'Atelectasis')!;
    // A wrong on r2 and r5, B right everywhere → b 0, c 2, exact p = 0.5; F1 .5 → 1
    expect(atel).toMatchObject({ f1A: 0.5, f1B: 1, delta: 0.5, significant: false });
    expect(atel.mcnemar).toMatchObject({ b: 0, c: 2, p: 0.5, method: 'exact' });
    // micro F1: A 8/13, B 12/13 (TP 6 FN 1)
    expect(c.micro.f1B).toBeCloseTo(12 / 13, 12);
    expect(c.micro.mcnemar).toMatchObject({ b: 0, c: 4 });
    expect(c.verdict).toContain('pred-b.jsonl vs pred-a.csv');
    expect(c.verdict).toContain('no significant difference');
  });

  it('stratifies the JSONL run by modality, evidence section and length band', () => {
    const s = run.predictions[1]!.strata;
    // modality CR = r1..r4 (support 4: Atel r1, Eff r1 r3, Edema r3), DX = r5..r8 (support 3)
    expect(s.find((x) => x.dimension === 'modality' && x.value === 'CR')).toMatchObject({ support: 4, tp: 4 });
    expect(s.find((x) => x.dimension === 'modality' && x.value === 'DX')).toMatchObject({ support: 3, tp: 2, fn: 1 });
    expect(s.some((x) => x.dimension === 'evidence section' && x.value === 'findings')).toBe(true);
    expect(s.some((x) => x.dimension === 'report length')).toBe(true);
    expect(run.predictions[0]!.strata).toEqual([]);
    expect(run.predictions[1]!.provenance.extractors).toEqual(['rules@0.1.0']);
  });

  it('keeps the evidence and text of JSONL disagreements', () => {
    const d = run.predictions[1]!.disagreements;
    expect(d.map((x) => `${x.label}/${x.id}/${x.type}`)).toEqual(['Pleural Effusion/r6/missed', 'No Finding/r6/spurious']);
    expect(run.predictions[1]!.texts.r6).toContain('costophrenic');
    expect(run.predictions[0]!.texts.r6).toBeUndefined();
  });

  it('filters by label and type and draws a seeded sample stratified by label', async () => {
    const f = await evaluateLabelFiles({ gold: GOLD, preds: [A], iterations: 10, errors: { types: ['wrong assertion'] } });
    expect(f.predictions[0]!.disagreements.every((d) => d.type === 'wrong assertion')).toBe(true);
    expect(f.predictions[0]!.disagreementCount).toBe(7);
    const s1 = await evaluateLabelFiles({ gold: GOLD, preds: [A], iterations: 10, errors: { sample: 4, seed: 3 } });
    const s2 = await evaluateLabelFiles({ gold: GOLD, preds: [A], iterations: 10, errors: { sample: 4, seed: 3 } });
    const picked = s1.predictions[0]!.disagreements;
    expect(picked).toHaveLength(4);
    expect(picked).toEqual(s2.predictions[0]!.disagreements);
    // 5 labels have errors; round-robin over labels gives 4 different labels
    expect(new Set(picked.map((d) => d.label)).size).toBe(4);
  });
});

describe('evidence in the error browser', () => {
  it('carries the deciding mention and highlights its phrase and trigger in the report text', async () => {
    const { evaluationDocument } = await import('../../../src/evaluate/labels/to-document.js');
    // pred-a as the reference, the JSONL run as the prediction: r2 "Possible atelectasis" is uncertain in the run, positive in pred-a
    const run = await evaluateLabelFiles({ gold: A, preds: [B], iterations: 10 });
    const d = run.predictions[0]!.disagreements.find((x) => x.label === 'Atelectasis' && x.id === 'r2')!;
    expect(d).toMatchObject({ type: 'wrong assertion', gold: 'positive', pred: 'uncertain' });
    expect(d.evidence?.trigger?.text).toBe('Possible');
    const rec = evaluationDocument(run).records![0]!;
    const item = rec.items.find((i) => i.fields.report === 'r2' && i.facets.label === 'Atelectasis')!;
    const text = rec.texts[item.textRef!]!;
    expect(item.highlights!.map((h) => `${h.kind}:${text.slice(h.start, h.end)}`)).toEqual(['evidence:atelectasis', 'trigger:Possible']);
    expect(item.fields.decided_by).toContain('possible-existence');
  });

  it('a 0/1 gold never lists uncertain predictions as disagreements', async () => {
    const run = await evaluateLabelFiles({ gold: fx('gold-binary.csv'), preds: [B], iterations: 10 });
    expect(run.policy.uncertain).toBe('negative');
    // r7 Pleural Effusion: gold 0, run uncertain → agreement; r6 effusion missed and No Finding spurious remain
    expect(run.predictions[0]!.disagreements.map((x) => `${x.label}/${x.id}/${x.type}`)).toEqual(['Pleural Effusion/r6/missed', 'No Finding/r6/spurious']);
  });
});
