import { describe, expect, it } from 'vitest';
import { allWriterNotes, HELD_OUT_WRITERS, NOTES_PER_WRITER, WRITERS, writerNotes, WRITER_TEST_SEED } from '../../src/deid/learned/generators/index.js';
import { noteExamples } from '../../src/deid/learned/train-model.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';

describe('the independent writers of training notes', () => {
  it('are eight, each giving seeded notes whose patients carry the writer, never shared between writers', () => {
    expect(Object.keys(WRITERS).sort()).toEqual(['community', 'diagnostics', 'letters', 'longterm', 'nursing', 'outpatient', 'physician', 'surgical']);
    const seen = new Map<string, string>();
    for (const w of Object.keys(WRITERS)) {
      const a = writerNotes(w, 20);
      expect(a).toEqual(writerNotes(w, 20));
      expect(writerNotes(w, 20, WRITER_TEST_SEED).map((n) => n.text)).not.toEqual(a.map((n) => n.text));
      for (const n of a) {
        expect(n.patient.startsWith(`${w}:`)).toBe(true);
        expect(seen.get(n.patient) ?? w).toBe(w);
        seen.set(n.patient, w);
      }
    }
  });

  it('give the trainer names and places to learn from in every writer, and leave one writer out on request', () => {
    const vocab = shippedVocabulary();
    for (const w of Object.keys(WRITERS)) {
      const labels = writerNotes(w, 10).flatMap((n) => noteExamples(n, vocab).map((e) => e.label));
      expect(labels.filter((l) => l === 1).length, w).toBeGreaterThan(20);
      expect(labels.filter((l) => l === 2).length, w).toBeGreaterThan(5);
      expect(labels.filter((l) => l === 0).length, w).toBeGreaterThan(200);
    }
    expect(allWriterNotes(3)).toHaveLength(3 * Object.keys(WRITERS).length);
    expect(allWriterNotes(3, 'letters').some((n) => n.patient.startsWith('letters:'))).toBe(false);
    expect(NOTES_PER_WRITER).toBeGreaterThan(0);
  });

  it('keep six held-out writers whose notes no training set holds, but which score like the others', () => {
    const held = Object.keys(HELD_OUT_WRITERS).sort();
    expect(held).toEqual(['acute', 'behavioural', 'family', 'hospitalops', 'medicines', 'therapy']);
    expect(held.some((w) => w in WRITERS)).toBe(false);
    const trained = new Set(allWriterNotes(5).map((n) => n.patient.split(':')[0]));
    for (const w of held) {
      expect(trained.has(w)).toBe(false);
      const notes = writerNotes(w, 5, WRITER_TEST_SEED);
      expect(notes).toHaveLength(5);
      expect(notes.every((n) => n.patient.startsWith(`${w}:`) && n.phi.length > 0)).toBe(true);
    }
  });
});
