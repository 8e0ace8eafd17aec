// The perceptron's costs (issue 11): per-example update sizes and a margin on "not PHI" examples,
// and the recipe's dev-negative weight that uses them. Invented toy problems and notes only.
import { describe, expect, it } from 'vitest';
import { scoreFeatures, trainPerceptron, type Example } from '../../src/deid/learned/perceptron.js';
import { devNotes, noteExamples, type TrainingNote } from '../../src/deid/learned/train-model.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';

// Class 0 and class 1 share the bias and an ambiguous feature 'm'; 'n' and 'p' tell them apart.
const toy: Example[] = [
  ...Array.from({ length: 12 }, (_, i) => ({ features: ['bias', 'm', i % 2 === 0 ? 'n' : 'n2'], label: 0 })),
  ...Array.from({ length: 6 }, (_, i) => ({ features: ['bias', 'm', i % 2 === 0 ? 'p' : 'p2'], label: 1 })),
  ...Array.from({ length: 6 }, () => ({ features: ['bias', 'q'], label: 2 })),
];
const gap0 = (w: ReturnType<typeof trainPerceptron>, e: Example) => {
  const s = scoreFeatures(w, e.features, new Float64Array(3));
  return s[0]! - Math.max(s[1]!, s[2]!);
};
const flat = (w: ReturnType<typeof trainPerceptron>) => [...w.entries()].map(([f, v]) => [f, [...v]]);

describe('perceptron: update sizes', () => {
  it('no weight and weight 1 give the same weights; a uniform weight k scales them by k', () => {
    const plain = trainPerceptron(toy, { classes: 3, epochs: 4, seed: 2 });
    const one = trainPerceptron(toy.map((e) => ({ ...e, weight: 1 })), { classes: 3, epochs: 4, seed: 2 });
    expect(flat(one)).toEqual(flat(plain));
    for (const k of [2, 3, 0.5]) {
      const scaled = trainPerceptron(toy.map((e) => ({ ...e, weight: k })), { classes: 3, epochs: 4, seed: 2 });
      for (const [f, v] of plain) for (let c = 0; c < 3; c++) expect(scaled.get(f)![c]).toBeCloseTo(v[c]! * k, 9);
    }
  });

  it('weighing the negatives more widens their lead, and weighing them less narrows it', () => {
    const at = (k: number) => trainPerceptron(toy.map((e) => (e.label === 0 ? { ...e, weight: k } : e)), { classes: 3, epochs: 6, seed: 4 });
    const neg = toy.filter((e) => e.label === 0);
    const lead = (k: number) => Math.min(...neg.map((e) => gap0(at(k), e)));
    expect(lead(3)).toBeGreaterThan(lead(1));
    expect(lead(1)).toBeGreaterThanOrEqual(lead(0.25));
  });
});

describe('perceptron: a margin on class 0', () => {
  it('margin 0 is the plain perceptron', () => {
    expect(flat(trainPerceptron(toy, { classes: 3, epochs: 4, seed: 2, negativeMargin: 0 }))).toEqual(flat(trainPerceptron(toy, { classes: 3, epochs: 4, seed: 2 })));
  });

  it('every negative ends further from the PHI classes with a margin, and the positives stay right', () => {
    for (const seed of [1, 2, 3]) {
      const plain = trainPerceptron(toy, { classes: 3, epochs: 8, seed });
      const wide = trainPerceptron(toy, { classes: 3, epochs: 8, seed, negativeMargin: 6 });
      for (const e of toy.filter((x) => x.label === 0)) expect(gap0(wide, e)).toBeGreaterThan(gap0(plain, e));
      for (const e of toy.filter((x) => x.label !== 0)) {
        const s = scoreFeatures(wide, e.features, new Float64Array(3));
        expect(s.indexOf(Math.max(...s))).toBe(e.label);
      }
    }
  });

  it('a margin does not touch the positives when nothing is a negative', () => {
    const positives = toy.filter((e) => e.label !== 0);
    expect(flat(trainPerceptron(positives, { classes: 3, epochs: 4, seed: 2, negativeMargin: 6 }))).toEqual(flat(trainPerceptron(positives, { classes: 3, epochs: 4, seed: 2 })));
  });
});

describe('recipe: the dev notes\' negatives weigh devNegativeWeight', () => {
  const note: TrainingNote = { patient: 'p1', text: 'Seen by Dr. Quillfeather today. Pt resting, NAD, afebrile. Call Dr. Ostrowicz with labs.', phi: [] };
  note.phi.push({ start: note.text.indexOf('Quillfeather'), end: note.text.indexOf('Quillfeather') + 12, category: 'HCPName' });
  note.phi.push({ start: note.text.indexOf('Ostrowicz'), end: note.text.indexOf('Ostrowicz') + 9, category: 'HCPName' });
  const vocab = shippedVocabulary();

  it('weight 1 (or none) leaves the notes and their examples as they were', () => {
    expect(devNotes([note], { seed: 1, epochs: 1, thresholds: { balanced: 0, strict: 0 } })).toEqual([note]);
    expect(devNotes([note], { seed: 1, epochs: 1, thresholds: { balanced: 0, strict: 0 }, devNegativeWeight: 1 })).toEqual([note]);
    expect(noteExamples(note, vocab).every((e) => e.weight === undefined)).toBe(true);
  });

  it('weight k: every "not PHI" example of the notes weighs k, every name example 1', () => {
    const [weighed] = devNotes([note], { seed: 1, epochs: 1, thresholds: { balanced: 0, strict: 0 }, devNegativeWeight: 2 });
    const examples = noteExamples(weighed!, vocab);
    const names = examples.filter((e) => e.label !== 0);
    const others = examples.filter((e) => e.label === 0);
    expect(names.length).toBe(2);
    expect(others.length).toBeGreaterThan(0);
    expect(names.every((e) => e.weight === undefined)).toBe(true);
    expect(others.every((e) => e.weight === 2)).toBe(true);
    // The same features as the unweighed note's: only the update size changes.
    expect(examples.map((e) => e.features)).toEqual(noteExamples(note, vocab).map((e) => e.features));
  });
});
