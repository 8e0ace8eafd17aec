import { tokenStream } from '../../src/deid/token-stream.js';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { TokenScanner } from '../../src/deid/free-text/token-scanner.js';
import { clippedWords, commonWords, CREDENTIALS, STOP, TITLES } from '../../src/deid/free-text/vocabulary.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { lineIndex, tokenFeatures } from '../../src/deid/learned/features.js';
import { learnedNames } from '../../src/deid/learned/learned-names.js';
import { LearnedModelFileSchema, readLearnedModel, SHIPPED_MODEL_PATH, type LearnedModel } from '../../src/deid/learned/model-file.js';
import { trainPerceptron } from '../../src/deid/learned/perceptron.js';
import { nameCues } from '../../src/deid/rules/deid-rules.js';
import { syntheticTrainingNotes } from '../../src/deid/learned/synthetic-notes.js';
import { trainModel } from '../../src/deid/learned/train-model.js';
import { RadlabelError } from '../../src/errors/index.js';
import { readFileSync } from 'node:fs';

const scan = (text: string) => new TokenScanner(tokenStream(text), loadLexicons(), commonWords(), clippedWords());

/** Every feature of every token of a text. */
function allFeatures(text: string): string[] {
  const s = scan(text);
  const lines = lineIndex(s);
  const out: string[] = [];
  const buf: string[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    tokenFeatures(s, shippedVocabulary(), lines, i, buf);
    out.push(...buf);
  }
  return out;
}

describe('learned layer: features never name a word outside the vocabulary', () => {
  // Every generated PHI word that no vocabulary holds (names built from syllables, list names, towns).
  const notes = syntheticTrainingNotes({ seed: 7, count: 60 });
  const vocab = shippedVocabulary();
  const cueWords = new Set(Object.values(nameCues().cues).flatMap((c) => c.words));
  const nameable = (w: string) => vocab.has(w) || STOP.has(w) || TITLES.has(w) || CREDENTIALS.has(w) || cueWords.has(w);

  it('no feature of a generated note holds one of its unknown PHI words', () => {
    let checked = 0;
    for (const n of notes) {
      const features = allFeatures(n.text).join('\n').toLowerCase();
      for (const p of n.phi) {
        for (const w of n.text.slice(p.start, p.end).toLowerCase().match(/[a-z][a-z']+/g) ?? []) {
          const bare = w.endsWith("'s") ? w.slice(0, -2) : w;
          if (bare.length < 4 || nameable(bare)) continue;
          checked++;
          expect(features).not.toMatch(new RegExp(`[=|]${bare.replace(/'/g, "\\'")}(?:\\||\\n|$)`));
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('the shipped model names only vocabulary words in its weights', () => {
    const file = LearnedModelFileSchema.parse(JSON.parse(readFileSync(SHIPPED_MODEL_PATH, 'utf8')));
    const named = Object.keys(file.weights).flatMap((f) => [...f.matchAll(/(?:^|\|)(?:w|c-2|c-1|c1|c2|header)=([^<|][^|]*)/g)].map((m) => m[1]!));
    expect(named.length).toBeGreaterThan(100);
    expect(named.filter((w) => !nameable(w))).toEqual([]);
  });

  it('the shipped model file carries its provenance and stays small', () => {
    const file = LearnedModelFileSchema.parse(JSON.parse(readFileSync(SHIPPED_MODEL_PATH, 'utf8')));
    expect(file.provenance.data.join(' ')).toMatch(/PhysioNet/);
    expect(file.provenance.data.join(' ')).toMatch(/generated/);
    expect(file.provenance.seed).toBeTypeOf('number');
    expect(file.provenance.trainedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(statSync(SHIPPED_MODEL_PATH).size).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('learned layer: training is seeded and deterministic', () => {
  const notes = syntheticTrainingNotes({ seed: 3, count: 40 });
  const settings = { seed: 5, epochs: 3, thresholds: { balanced: 0, strict: 0 } };

  it('the same notes and seed give the same weights', () => {
    const a = trainModel(notes, shippedVocabulary(), settings, 'a').model.weights;
    const b = trainModel(notes, shippedVocabulary(), settings, 'b').model.weights;
    expect([...a.entries()].map(([f, w]) => [f, [...w]])).toEqual([...b.entries()].map(([f, w]) => [f, [...w]]));
  });

  it('the perceptron learns a separable toy problem', () => {
    const examples = Array.from({ length: 40 }, (_, i) => ({ features: ['bias', i % 3 === 0 ? 'a' : i % 3 === 1 ? 'b' : 'c'], label: i % 3 }));
    const w = trainPerceptron(examples, { classes: 3, epochs: 5, seed: 1 });
    for (const [f, c] of [['a', 0], ['b', 1], ['c', 2]] as const) {
      const v = w.get(f)!;
      expect(v.indexOf(Math.max(...v))).toBe(c);
    }
  });
});

describe('learned layer: what it may mark', () => {
  // A model that calls every candidate a name: only the layer's own limits stop it.
  const eager: LearnedModel = { weights: new Map([['bias', Float64Array.from([0, 100, 0])]]), thresholds: { balanced: 0, strict: 0 }, origin: 'test' };
  const marked = (text: string) => {
    const s = scan(text);
    learnedNames(s, eager, shippedVocabulary(), 'balanced');
    return s.spans.map((x) => text.slice(x.start, x.end));
  };

  it.each([
    ['SISTER FROM CALIFORNIA CALLED.', 'CALIFORNIA'],
    ['Her Niece called; Radiologist aware.', 'Niece'],
    ['WELL. STRONG COUGH. GRAND DAUGHTER VISITED.', 'STRONG'],
    ['Foley in place, Kerley B lines.', 'Foley'],
    ['No Zorbakian sign; Quellmark hump absent.', 'Zorbakian'],
    ['Quellmark hump absent.', 'Quellmark'],
    ['Transferred to Maple Crest Nursing Home.', 'Home'],
    ['Hep B, Hep C negative.', 'B'],
    ['Known DORV, post surgery. Prior CT at outside institution: HCH.', 'DORV'],
    ['Study dated XXXXPM, compared with prior.', 'XXXXPM'],
    ['Withdrawal from Zolvarex, now calm.', 'Zolvarex'],
  ])('leaves states, cue and clinical words, vocabulary in capitals and lone letters: %s', (text, word) => {
    expect(marked(text)).not.toContain(word);
  });

  it.each([
    ['SEEN BY QUENWICK OKAFRO TODAY.', ['QUENWICK', 'OKAFRO']],
    ['Transferred to Maple Crest Nursing Home.', ['Maple', 'Crest']],
    ['Spoke with J Vantrasky this am.', ['J', 'Vantrasky']],
  ])('marks unknown words, facility names and an initial beside a name: %s', (text, words) => {
    expect(marked(text)).toEqual(expect.arrayContaining(words));
  });

  it('runs after the rules: spans keep the rule that found them, the layer adds the rest with source "learned"', () => {
    const text = 'Dr. Smith notified. Seen by Quenwick Okafro.';
    const spans = detectPhi(text, undefined, { model: eager });
    expect(spans.find((x) => text.slice(x.start, x.end) === 'Smith')?.source).toBe('title');
    expect(detectPhi(text, undefined, { model: null }).some((x) => x.source === 'learned')).toBe(false);
  });
});

describe('learned layer: the model file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'deid-model-'));
  it('refuses a file that is missing, not JSON or off the schema, naming the file and key', () => {
    const bad = (name: string, content?: string) => {
      const file = path.join(dir, name);
      if (content !== undefined) writeFileSync(file, content);
      try {
        readLearnedModel(file);
      } catch (err) {
        expect(err).toBeInstanceOf(RadlabelError);
        expect((err as RadlabelError).code).toBe('DEID_MODEL_INVALID');
        expect((err as RadlabelError).locator.file).toBe(file);
        return (err as RadlabelError).message;
      }
      throw new Error('accepted');
    };
    expect(bad('absent.json')).toMatch(/not found/);
    expect(bad('broken.json', '{')).toMatch(/JSON/);
    const file = JSON.parse(readFileSync(SHIPPED_MODEL_PATH, 'utf8'));
    expect(bad('thresholds.json', JSON.stringify({ ...file, thresholds: { balanced: 'high', strict: 0 } }))).toMatch(/^thresholds\.balanced/);
    expect(bad('features.json', JSON.stringify({ ...file, featureSet: 'other/9' }))).toMatch(/^featureSet/);
    expect(bad('weights.json', JSON.stringify({ ...file, weights: [] }))).toMatch(/^weights: /);
    for (const w of [[1, 2], [1, 2, 'x'], [1, 2, null], 'abc', { 0: 1 }]) {
      expect(bad('weight.json', JSON.stringify({ ...file, weights: { ...file.weights, 'w=zz': w } }))).toMatch(/^weights\.w=zz: expected three finite numbers/);
    }
  });
  it('reads the weights it validates: the shipped file and its map agree', () => {
    const file = LearnedModelFileSchema.parse(JSON.parse(readFileSync(SHIPPED_MODEL_PATH, 'utf8')));
    const model = readLearnedModel(SHIPPED_MODEL_PATH);
    expect(model.weights.size).toBe(Object.keys(file.weights).length);
    for (const [f, w] of Object.entries(file.weights)) expect([...model.weights.get(f)!]).toEqual(w);
    expect(model.thresholds).toEqual(file.thresholds);
  });
});
