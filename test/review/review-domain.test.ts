import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalQuantile, sampleSize } from '../../src/review/sample-size.js';
import { allocate, stratifiedSample, stratumKey, findingCounts } from '../../src/review/stratified-sample.js';
import { pairAgreement } from '../../src/review/agreement.js';
import { finalValues, openDisagreements, answerOf } from '../../src/review/review-values.js';
import { disagreeingLabels, lowConfidenceReasons, passesFilter, type Candidate } from '../../src/review/worklist-candidates.js';
import { safeStaticPath } from '../../src/service/http/routes-review-static.js';
import type { ReviewState } from '../../src/review/review-store.js';
import type { LabelValue } from '../../src/review/review-schemas.js';

describe('sample size from a margin of error', () => {
  it('matches the textbook figures, with the finite population correction', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
    expect(sampleSize(1_000_000, 0.05).n).toBe(384);
    expect(sampleSize(1e12, 0.05).n).toBe(385);
    expect(sampleSize(10_000, 0.05).n).toBe(370);
    expect(sampleSize(100, 0.05).n).toBe(80);
    expect(sampleSize(10_000, 0.03, 0.99).n).toBe(1557);
    expect(sampleSize(10_000, 0.05).explanation).toContain('→ 370');
  });
  it('never exceeds the population and shrinks with a wider margin', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.double({ min: 0.005, max: 0.3, noNaN: true }), (n, e) => {
        const s = sampleSize(n, e);
        expect(s.n).toBeLessThanOrEqual(n);
        expect(s.n).toBeGreaterThanOrEqual(1);
        expect(sampleSize(n, Math.min(0.5, e * 2)).n).toBeLessThanOrEqual(s.n);
      }),
    );
  });
});

describe('stratified seeded sampling', () => {
  it('allocates proportionally, at least one per stratum, exactly n in total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 2000 }), (sizes, n) => {
        const m = new Map(sizes.map((s, i) => [`s${i}`, s]));
        const a = allocate(m, n);
        const total = sizes.reduce((x, y) => x + y, 0);
        expect([...a.values()].reduce((x, y) => x + y, 0)).toBe(Math.min(n, total));
        for (const [k, v] of a) expect(v).toBeLessThanOrEqual(m.get(k)!);
        if (n >= sizes.length) for (const v of a.values()) expect(v).toBeGreaterThanOrEqual(1);
      }),
    );
  });
  it('is reproducible from the seed and keeps rare strata', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: i, k: i < 5 ? 'rare' : i % 2 ? 'a' : 'b' }));
    const s1 = stratifiedSample(items, (x) => x.k, 50, 9);
    const s2 = stratifiedSample(items, (x) => x.k, 50, 9);
    expect(s1.sample.map((x) => x.id)).toEqual(s2.sample.map((x) => x.id));
    expect(stratifiedSample(items, (x) => x.k, 50, 10).sample.map((x) => x.id)).not.toEqual(s1.sample.map((x) => x.id));
    expect(s1.sample).toHaveLength(50);
    expect(s1.strata.find((s) => s.key === 'rare')).toEqual({ key: 'rare', population: 5, sampled: 1 });
    expect(new Set(s1.sample.map((x) => x.id)).size).toBe(50);
  });
  it('files a report under its rarest finding, its most severe value, its extractor', () => {
    const rows = [
      { extractor: 'rules', values: { A: 'positive', B: 'positive' } as Record<string, LabelValue> },
      { extractor: 'rules', values: { A: 'positive', B: 'negative' } as Record<string, LabelValue> },
      { extractor: 'llm', values: { A: 'uncertain', B: 'negative' } as Record<string, LabelValue> },
    ];
    const counts = findingCounts(rows);
    expect(stratumKey(rows[0]!, ['label', 'value', 'extractor'], counts)).toBe('B=positive | rules');
    expect(stratumKey(rows[2]!, ['value'], counts)).toBe('uncertain');
    expect(stratumKey({ extractor: 'x', values: { A: 'negative' } }, ['label'], counts)).toBe('none');
    expect(stratumKey(rows[1]!, [], counts)).toBe('all');
  });
});

describe("Cohen's kappa and percent agreement", () => {
  it('equals the longhand formula on invented answers, with the estimate inside its CI', () => {
    const a = ['positive', 'positive', 'negative', 'negative', 'uncertain', 'negative', 'positive', 'not_mentioned'] as LabelValue[];
    const b = ['positive', 'negative', 'negative', 'negative', 'uncertain', 'positive', 'positive', 'not_mentioned'] as LabelValue[];
    const r = pairAgreement({ a: a.map((v) => ({ L: v })), b: b.map((v) => ({ L: v })) }, ['L'], 500, 1);
    // po = 6/8; pe = Σ p_a(c) p_b(c) = (3·3 + 3·3 + 1·1 + 1·1) / 64 = 20/64.
    const po = 6 / 8;
    const pe = 20 / 64;
    expect(r.perLabel[0]!.percentAgreement).toBeCloseTo(po, 12);
    expect(r.perLabel[0]!.kappa).toBeCloseTo((po - pe) / (1 - pe), 12);
    expect(r.perLabel[0]!.kappaCi[0]).toBeLessThanOrEqual(r.perLabel[0]!.kappa);
    expect(r.perLabel[0]!.kappaCi[1]).toBeGreaterThanOrEqual(r.perLabel[0]!.kappa);
    expect(pairAgreement({ a: [], b: [] }, ['L']).perLabel[0]!.kappa).toBeNaN();
  });
});

describe('final values', () => {
  const item = { id: 'i1', machine: { A: 'positive', B: 'negative' } as Record<string, LabelValue> };
  const base: ReviewState = { corrections: [], accepts: [], adjudications: [] };
  const accept = (reviewer: string) => ({ itemId: 'i1', reviewer, values: {}, at: 't' });
  const correct = (reviewer: string, labelId: string, value: LabelValue, version = 1) => ({ itemId: 'i1', labelId, reviewer, version, value, previous: 'positive' as LabelValue, machine: 'positive' as LabelValue, reason: null, at: 't' });
  it('adjudication over agreement over a single review; disagreement leaves the label open', () => {
    expect(finalValues(item, base)).toEqual({});
    const one: ReviewState = { ...base, accepts: [accept('r1')], corrections: [correct('r1', 'A', 'negative')] };
    expect(finalValues(item, one)).toEqual({ A: { value: 'negative', by: 'review' }, B: { value: 'negative', by: 'review' } });
    const two: ReviewState = { ...one, accepts: [accept('r1'), accept('r2')] };
    expect(openDisagreements(item, two)).toEqual(['A']);
    expect(finalValues(item, two)).toEqual({ B: { value: 'negative', by: 'agreement' } });
    const settled: ReviewState = { ...two, adjudications: [{ itemId: 'i1', labelId: 'A', adjudicator: 'j', value: 'uncertain', reason: null, at: 't' }] };
    expect(finalValues(item, settled).A).toEqual({ value: 'uncertain', by: 'adjudication' });
    expect(openDisagreements(item, settled)).toEqual([]);
    // The latest correction is the reviewer's word; a correction without an accept is not an answer.
    const later: ReviewState = { ...one, corrections: [correct('r1', 'A', 'negative'), correct('r1', 'A', 'positive', 2), correct('r3', 'B', 'positive')] };
    expect(answerOf(item, later, 'r1')).toEqual({ A: 'positive', B: 'negative' });
    expect(answerOf(item, later, 'r3')).toBeUndefined();
  });
});

describe('worklist candidates', () => {
  const c = (over: Partial<Candidate> = {}): Candidate => ({ reportId: 'r', versionKey: 'v', extractor: 'rules', values: { A: 'positive', B: 'negative' }, sourceFormat: 'hl7v2', examDate: '2024-03-05T10:00:00Z', ...over });
  it('filters by label, value, extractor, source and exam date', () => {
    expect(passesFilter(c(), {})).toBe(true);
    expect(passesFilter(c(), { label: 'A', value: 'positive' })).toBe(true);
    expect(passesFilter(c(), { label: 'A', value: 'negative' })).toBe(false);
    expect(passesFilter(c(), { value: 'uncertain' })).toBe(false);
    expect(passesFilter(c(), { extractor: 'llm' })).toBe(false);
    expect(passesFilter(c(), { source: 'fhir' })).toBe(false);
    expect(passesFilter(c(), { from: '2024-03-05', to: '2024-03-05' })).toBe(true);
    expect(passesFilter(c(), { from: '2024-03-06' })).toBe(false);
    expect(passesFilter(c({ examDate: null }), { to: '2030-01-01' })).toBe(false);
  });
  it('finds disagreeing labels only where both sides have a value', () => {
    expect(disagreeingLabels({ A: 'positive', B: 'negative', C: 'uncertain' }, { A: 'negative', B: 'negative' })).toEqual(['A']);
  });
  it('gives low-confidence reasons from what the store keeps', () => {
    const m = (assertion: 'present' | 'absent', verified = true) => ({
      label: 'A', assertion, temporality: 'current' as const, experiencer: 'patient' as const, section: 'findings' as const,
      sentence: { text: 's', start: 0, end: 1 }, span: { start: 0, end: 1 }, phrase: 'p', trigger: null, verified,
    });
    const labels = { A: { value: 'uncertain' as const, evidence: [m('present'), m('absent'), m('present', false)] }, B: { value: 'negative' as const, evidence: [] } };
    expect(lowConfidenceReasons(c({ labels }), { A: 0.55, B: 0.9 }, 0.1)).toEqual(['uncertain:A', 'conflict:A', 'unverified:A', 'p≈0.5:A']);
    const text = 'FINDINGS: There is a new opacity at the base.';
    expect(lowConfidenceReasons(c({ labels: { B: { value: 'negative', evidence: [] } }, text, sections: [] }), undefined, 0.1)).toEqual(['unrecognised']);
    expect(lowConfidenceReasons(c({ labels: { B: { value: 'negative', evidence: [] } }, text: 'No acute abnormality.', sections: [] }), undefined, 0.1)).toEqual([]);
  });
});

describe('static files under /review', () => {
  it('refuses traversal, dot files and encoded tricks; serves plain paths inside the root', () => {
    const root = '/srv/web/review';
    expect(safeStaticPath(root, 'assets/app-1a2b3c4d.js')).toBe('/srv/web/review/assets/app-1a2b3c4d.js');
    for (const bad of ['../secret', 'a/../../x', '%2e%2e/x', '.env', 'a/.git/config', 'x%00.js', '..%2fx', 'a\\..\\b', '%E0%A4%A']) expect(safeStaticPath(root, bad), bad).toBeUndefined();
  });
});
