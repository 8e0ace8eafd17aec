import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { patientFolds, runDeidEvalWithTexts } from '../../../src/evaluate/deid/run-deid-eval.js';
import { isRadlabelError } from '../../../src/errors/index.js';

// Three invented patients; "Quorvath" is a surname no lexicon holds, written in a name-like position.
const NOTES: [string, string, string][] = [
  ['1', '1', 'Pt stable. ABG reviewed as per J. Quorvath today.'],
  ['1', '2', 'Sedation held. Pt calm, vitals stable.'],
  ['2', '1', 'Family updated. Lasix given as per K. Dremmick.'],
  ['3', '1', 'Pt stable overnight. Sedation held, vitals stable, family updated.'],
];

function corpus(): { text: string; gold: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'deid-cv-'));
  const text = NOTES.map(([p, n, t]) => `START_OF_RECORD=${p}||||${n}||||\n${t}\n||||END_OF_RECORD\n`).join('');
  const gold: string[] = [];
  for (const [p, n, t] of NOTES) {
    for (const name of ['J. Quorvath', 'K. Dremmick']) {
      const at = `\n${t}\n`.indexOf(name);
      if (at >= 0) gold.push(`${p} ${n} ${at} ${at + name.length} HCPName ${name}`);
    }
  }
  writeFileSync(path.join(dir, 'id.text'), text);
  writeFileSync(path.join(dir, 'id-phi.phrase'), `${gold.join('\n')}\n`);
  return { text: path.join(dir, 'id.text'), gold: path.join(dir, 'id-phi.phrase') };
}

describe('deid-eval --cv: patient-grouped cross-validation (issue 11)', () => {
  it('keeps every note of a patient in one fold, independent of order', () => {
    const folds = patientFolds(['p3', 'p1', 'p2', 'p1', 'p10'], 2);
    expect([...folds.keys()]).toEqual(['p1', 'p2', 'p3', 'p10']);
    expect(patientFolds(['p10', 'p2', 'p1', 'p3'], 2)).toEqual(folds);
  });

  it('scores every note once, reports each fold and what each rule contributed', async () => {
    const files = corpus();
    const run = await runDeidEvalWithTexts(files.text, files.gold, { cv: 3, syntheticNotes: 30, writerNotes: 5 });
    expect(run.evaluation.documents).toBe(4);
    expect(run.folds!.map((f) => f.patients)).toEqual([1, 1, 1]);
    expect(run.evaluation.span.overall.recall).toBe(1);
    expect(Object.keys(run.evaluation.byRule).some((id) => id.startsWith('keep-list:'))).toBe(true);
    const all = Object.values(run.evaluation.byRule).reduce((a, r) => a + r.predicted, 0);
    expect(all).toBeGreaterThanOrEqual(2);
  });

  it('builds the learned vocabulary from the training folds only', async () => {
    const files = corpus();
    const run = await runDeidEvalWithTexts(files.text, files.gold, { cv: 3, syntheticNotes: 30, writerNotes: 5 });
    // Patient 3's words ("overnight") are learned for folds 1 and 2 only; each fold's vocabulary differs.
    expect(new Set(run.folds!.map((f) => f.vocabularyWords)).size).toBeGreaterThan(1);
  });

  it('trains the learned layer per fold on the other folds (and generated notes), and can run without it', async () => {
    const files = corpus();
    const run = await runDeidEvalWithTexts(files.text, files.gold, { cv: 3, syntheticNotes: 30, writerNotes: 5 });
    const examples = run.folds!.map((f) => f.learnedExamples);
    expect(examples.every((n) => typeof n === 'number' && n > 0)).toBe(true);
    // Each fold leaves a different patient out of its training set, so the training sets differ.
    expect(new Set(examples).size).toBeGreaterThan(1);
    // The independent writers' notes join every fold's training set (generators/), as they join the shipped model's.
    const noWriters = await runDeidEvalWithTexts(files.text, files.gold, { cv: 3, syntheticNotes: 30, writerNotes: 0 });
    noWriters.folds!.forEach((f, k) => expect(f.learnedExamples!).toBeLessThan(examples[k]!));
    const rulesOnly = await runDeidEvalWithTexts(files.text, files.gold, { cv: 3, learned: false });
    expect(rulesOnly.folds!.every((f) => f.learnedExamples === undefined)).toBe(true);
    expect(rulesOnly.evaluation.byRule.learned).toBeUndefined();
  });

  it('scores each held-out fold rewritten by every style transform, and trains on augmented copies unless told not to', async () => {
    const files = corpus();
    const run = await runDeidEvalWithTexts(files.text, files.gold, { cv: 3, syntheticNotes: 30, writerNotes: 5, transforms: ['upper', 'lower', 'lines', 'names', 'dates', 'icu'] });
    expect(run.transformed!.map((t) => t.transform)).toEqual(['upper', 'lower', 'lines', 'names', 'dates', 'icu']);
    const upper = run.transformed![0]!;
    // Case changes keep the gold spans (two names of two words each in this corpus).
    expect(upper.goldSpans).toBe(2);
    for (const t of run.transformed!) {
      expect(t.goldSpans).toBeGreaterThan(0);
      expect(t.spanRecall).toBeGreaterThanOrEqual(0);
      expect(t.spanRecall).toBeLessThanOrEqual(1);
    }
    const plain = await runDeidEvalWithTexts(files.text, files.gold, { cv: 3, syntheticNotes: 30, writerNotes: 5, augment: false });
    expect(plain.transformed).toBeUndefined();
    // Augmentation adds a capitals copy and a surrogate copy of every training note: more examples per fold.
    run.folds!.forEach((f, k) => expect(f.learnedExamples!).toBeGreaterThan(plain.folds![k]!.learnedExamples!));
  });

  it('refuses a fold count below 2', async () => {
    const files = corpus();
    await expect(runDeidEvalWithTexts(files.text, files.gold, { cv: 1 })).rejects.toSatisfy((e) => isRadlabelError(e, 'EVAL_BAD_INPUT'));
  });
});
