import { describe, expect, it } from 'vitest';
import { allWriterNotes, NOTES_PER_WRITER, WRITERS, writerNotes, WRITER_TEST_SEED } from '../../src/deid/learned/generators/index.js';
import { noteExamples } from '../../src/deid/learned/train-model.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';

describe('the independent writers of training notes', () => {
  it('are fourteen, each giving seeded notes whose patients carry the writer, never shared between writers', () => {
    expect(Object.keys(WRITERS).sort()).toEqual(['acute', 'behavioural', 'community', 'diagnostics', 'family', 'hospitalops', 'letters', 'longterm', 'medicines', 'nursing', 'outpatient', 'physician', 'surgical', 'therapy']);
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
});
