import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { CREDENTIALS, STOP, TITLES } from '../../src/deid/free-text/vocabulary.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { FEATURE_SET, lineIndex, tokenFeatures } from '../../src/deid/learned/features.js';
import { markBar, SOFT_LIMITS, WORD_NAME_MARGIN } from '../../src/deid/learned/learned-names.js';
import { LearnedModelFileSchema, readLearnedModel, SHIPPED_MODEL_PATH, type LearnedModel } from '../../src/deid/learned/model-file.js';
import { trainPerceptron } from '../../src/deid/learned/perceptron.js';
import { nameCues } from '../../src/deid/rules/deid-rules.js';
import { syntheticTrainingNotes } from '../../src/deid/learned/synthetic-notes.js';
import { trainModel } from '../../src/deid/learned/train-model.js';
import { readFileSync } from 'node:fs';
import { refusedModelFile } from './model-file-errors.js';
import { eagerModel, learnedScan, scanNote } from '../helpers/learned-models.js';

/** Every feature of every token of a text. */
function allFeatures(text: string): string[] {
  const s = scanNote(text);
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
  const eager = eagerModel(1);
  const marked = (text: string) => {
    const s = learnedScan(text, eager, 'balanced');
    return s.spans.map((x) => text.slice(x.start, x.end));
  };

  it.each([
    ['SISTER FROM CALIFORNIA CALLED.', 'CALIFORNIA'],
    ['Her Niece called; Radiologist aware.', 'Niece'],
    ['Foley in place, Kerley B lines.', 'Foley'],
    ['No Zorbakian sign; Quellmark hump absent.', 'Zorbakian'],
    ['Quellmark hump absent.', 'Quellmark'],
    ['Transferred to Maple Crest Nursing Home.', 'Home'],
    ['Hep B, Hep C negative.', 'B'],
    ['Study dated XXXXPM, compared with prior.', 'XXXXPM'],
    ['Withdrawal from Zolvarex, now calm.', 'Zolvarex'],
  ])('leaves states, cue and clinical words, vocabulary in capitals and lone letters: %s', (text, word) => {
    expect(marked(text)).not.toContain(word);
  });

  // Capitals acronyms are a soft limit since detector 2.10.0 (margin 8): the model decides them,
  // so only the shipped model shows what it does with them.
  it.each([
    ['Known DORV, post surgery. Prior CT at outside institution: HCH.', [], ['DORV']],
    ['Known TAPVR, s/p repair. Echo at outside hospital: LVMC.', ['LVMC'], ['TAPVR']],
    ['PMH: HTN, HLD, DM2, CKD, OSA on CPAP. Known HOCM.', [], ['HTN', 'HLD', 'CKD', 'OSA', 'CPAP', 'HOCM']],
  ])('shipped model: facility acronyms after a facility cue, clinical acronyms kept: %s', (text, taken, kept) => {
    const found = detectPhi(text).map((x) => text.slice(x.start, x.end));
    for (const w of taken) expect(found).toContain(w);
    for (const w of kept) expect(found).not.toContain(w);
  });

  it.each([
    ['SEEN BY QUENWICK OKAFRO TODAY.', ['QUENWICK', 'OKAFRO']],
    ['Transferred to Maple Crest Nursing Home.', ['Maple', 'Crest']],
    ['Spoke with J Vantrasky this am.', ['J', 'Vantrasky']],
  ])('marks unknown words, facility names and an initial beside a name: %s', (text, words) => {
    expect(marked(text)).toEqual(expect.arrayContaining(words));
  });

  it.each([
    ['NIECE CALLED FROM WI, WILL VISIT', 'WI'],
    ['Son flying in from NJ tomorrow.', 'NJ'],
    ['pt lives in vt half the year', 'vt'],
    ['DAUGHTER MOVED TO MN LAST YR', 'MN'],
    ['grandson near AZ base, calls weekly', 'AZ'],
  ])('leaves a state code after a place preposition (a state is no Safe Harbor identifier): %s', (text, code) => {
    expect(marked(text)).not.toContain(code);
  });

  it.each([
    ['Handoff given to WI at 0700.', 'WI'],
    ['Seen with NJ (scribe).', 'NJ'],
    ['NIECE CALLED FROM QORVILLE, WILL VISIT', 'QORVILLE'],
  ])('still reaches initials that spell a state code elsewhere, and towns after the preposition: %s', (text, word) => {
    expect(marked(text)).toContain(word);
  });

  // Strict, mixed case: a Title-case word a name list holds is left to the model only beside a name cue.
  const markedStrict = (text: string) => {
    const s = learnedScan(text, eager, 'strict');
    return s.spans.map((x) => text.slice(x.start, x.end));
  };
  it.each([
    ['Strict I & O. Check K+ and replace.', 'Check'],
    ['Reviewed H&P. Hope to discharge.', 'Hope'],
    ['Monitor K+. Rose slowly overnight.', 'Rose'],
    ['Blood type B+. Bishop score unfavourable.', 'Bishop'],
  ])('a letter of a code ("K+", "I & O", "H&P") is no initial, so no name cue: %s', (text, word) => {
    expect(markedStrict(text)).not.toContain(word);
  });

  it.each([
    ['Seen today. Rose K. at bedside.', 'Rose'],
    ['Seen today. J. Hope called back.', 'Hope'],
    ['Family: H. Bishop & sons.', 'Bishop'],
  ])('still reads a real initial beside a word-name as a cue: %s', (text, word) => {
    expect(markedStrict(text)).toContain(word);
  });

  it.each([
    ['sero/san drainage from the wound', 'san'],
    ['drsg c/d/i, serous/sang ooze', 'sang'],
    ['pt tol/amb well, ambul/trsf w/ assist', 'amb'],
    ['sat up, neuro/resp unchanged', 'resp'],
    ['abd soft/ntnd, lungs cta/dim bases', 'ntnd'],
  ])('leaves a lower-case word glued by a slash to a vocabulary word (shorthand pairs): %s', (text, word) => {
    expect(marked(text)).not.toContain(word);
  });

  it.each([
    ['dictated jrs/kmw', ['jrs', 'kmw']],
    ['Per Okafor/Vantrasky', ['Okafor', 'Vantrasky']],
  ])('still reaches slash pairs of words no vocabulary holds: %s', (text, words) => {
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
  it('refuses a file that is missing, not JSON or off the schema, naming the file and key', () => {
    const bad = refusedModelFile(readLearnedModel, 'deid-model-');
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

describe('learned layer: case-invariant features (deid-tokens/2)', () => {
  // The features that claim case invariance read only lower-cased words, lists and roles.
  const INVARIANT = /^(?:name-run|cue-l|cue-r|cue)=/;
  const invariant = (text: string) => {
    const s = scanNote(text);
    const lines = lineIndex(s);
    const buf: string[] = [];
    return s.tokens.map((_, i) => {
      tokenFeatures(s, shippedVocabulary(), lines, i, buf);
      return buf.filter((f) => INVARIANT.test(f)).join(' ');
    });
  };

  it.each([
    'Seen today by Quenwick T. Okafro RN, plan discussed.',
    'Report given to Marvella Dunstrop at change of shift.',
    'Daughter Ysolde Brackwin called, updated on plan.',
    'Extubated per Dr. Halvorsk, tolerating 4L NC.',
    'Sig: Tamsin R. Ojukwe RRT / P. Varnholt SN',
  ])('gives the same values in mixed case, capitals and lower case: %s', (text) => {
    const mixed = invariant(text);
    expect(mixed.some((f) => f.includes('cue'))).toBe(true);
    expect(invariant(text.toUpperCase())).toEqual(mixed);
    expect(invariant(text.toLowerCase())).toEqual(mixed);
  });

  it('marks the case of each line: a shouted sign-off line in a mixed-case note is a capitals line', () => {
    const text = 'Patient resting, BP stable, HR 80s, no events.\nPLAN REVIEWED WITH TEAM BY ODALYS K. VERNE RN\n';
    const s = scanNote(text);
    const lines = lineIndex(s);
    const buf: string[] = [];
    const at = (word: string) => {
      tokenFeatures(s, shippedVocabulary(), lines, s.tokens.findIndex((t) => t.word === word), buf);
      return buf.filter((f) => f.startsWith('line-case='));
    };
    expect(at('resting')).toContain('line-case=M');
    expect(at('VERNE')).toContain('line-case=U');
    expect(at('VERNE')).toContain('line-case=U|m');
  });

  it('the shipped model was trained with this feature set', () => {
    expect(JSON.parse(readFileSync(SHIPPED_MODEL_PATH, 'utf8')).featureSet).toBe(FEATURE_SET);
  });
});

describe('learned layer: word-names where the case says nothing', () => {
  const bar = (text: string, word: string, profile: 'balanced' | 'strict' = 'balanced') => {
    const s = scanNote(text);
    return markBar(s, s.tokens.findIndex((t) => t.word === word), shippedVocabulary(), profile);
  };

  it.each([
    ['SIG: GRACE T. MILLS RN / A. BROOK SN', 'MILLS'],
    ['SIG: GRACE T. MILLS RN / A. BROOK SN', 'BROOK'],
    ['NEURO CHECKS Q1H PER HOPE RN', 'HOPE'],
    ['BRONCH BY FRANK D. IN AM', 'FRANK'],
    ['report given to dawn k. reed rn at 1900', 'reed'],
  ])('a word a name list holds, beside a name cue, is left to the model with a wider margin: %s (%s)', (text, word) => {
    expect(bar(text, word)).toBe(WORD_NAME_MARGIN);
  });

  it.each([
    ['WELL. STRONG COUGH. GRAND DAUGHTER VISITED.', 'STRONG'],
    ['CHEST PAIN SHARP, RADIATING TO BACK.', 'SHARP'],
    ['skin warm, pink, good hope for discharge', 'hope'],
    ['ABD SOFT, GRACE PERIOD FOR TF ENDS TODAY.', 'GRACE'],
  ])('the same words away from a name cue are left to the model with the wider margin SOFT_LIMITS.uncuedWordName: %s (%s)', (text, word) => {
    expect(bar(text, word)).toBe(SOFT_LIMITS.uncuedWordName);
    expect(SOFT_LIMITS.uncuedWordName).toBeGreaterThan(WORD_NAME_MARGIN);
  });

  it.each([
    'WELL. STRONG COUGH. GRAND DAUGHTER VISITED.',
    'CHEST PAIN SHARP, RADIATING TO BACK.',
    'PLAN: WILL CONT SAME, REASSESS IN AM.',
    'skin warm, pink, hope for discharge tomorrow',
    'ABD SOFT, GRACE PERIOD FOR TF ENDS TODAY.',
    'PT IN GOOD SPIRITS. STRONG GRIP BILAT. CALM AND PLEASANT.',
    'lungs clear, sharp pain with deep breath, mood brighter, faith important to her',
  ])('the shipped model leaves word-names used as words away from a cue: %s', (text) => {
    expect(detectPhi(text, undefined, {}).filter((x) => x.category === 'NAME' || x.category === 'LOCATION')).toEqual([]);
  });

  it('a word-name opening a line of a mixed-case note is left to the model in strict only (sentence starts cost balanced precision)', () => {
    const text = 'Films reviewed with the team today.\nDawn T. Okaforo, RN';
    expect(bar(text, 'Dawn', 'balanced')).toBe(Infinity);
    expect(bar(text, 'Dawn', 'strict')).toBe(WORD_NAME_MARGIN);
  });

  it('an eager model marks a capitals word-name beside a cue, and one away from a cue only while SOFT_LIMITS.uncuedWordName is finite', () => {
    const eager = eagerModel(1);
    const marked = (text: string) => {
      const s = learnedScan(text, eager, 'balanced');
      return s.spans.map((x) => text.slice(x.start, x.end));
    };
    expect(marked('SIG: GRACE T. MILLS RN / A. BROOK SN')).toEqual(expect.arrayContaining(['MILLS', 'BROOK']));
    // Away from a cue only a margin stands between an eager model and the word; with the limit closed it stays.
    expect(marked('CHEST PAIN SHARP, RADIATING TO BACK. WELL. STRONG COUGH.')).toEqual(expect.arrayContaining(['SHARP', 'STRONG']));
    const saved = SOFT_LIMITS.uncuedWordName;
    SOFT_LIMITS.uncuedWordName = Infinity;
    try {
      expect(marked('CHEST PAIN SHARP, RADIATING TO BACK. WELL. STRONG COUGH.')).toEqual([]);
    } finally {
      SOFT_LIMITS.uncuedWordName = saved;
    }
  });
});

describe('learned layer: generated training notes', () => {
  it('are seeded, and every gold span lies inside its note and holds a value', () => {
    const a = syntheticTrainingNotes({ seed: 21, count: 50 });
    const b = syntheticTrainingNotes({ seed: 21, count: 50 });
    expect(a.map((n) => n.text)).toEqual(b.map((n) => n.text));
    for (const n of a) {
      for (const p of n.phi) {
        expect(p.start).toBeGreaterThanOrEqual(0);
        expect(p.end).toBeLessThanOrEqual(n.text.length);
        expect(n.text.slice(p.start, p.end).trim()).not.toBe('');
      }
    }
  });

  it('include hand-over and sign-off lines whose names are also words, in capitals and in mixed case', () => {
    const notes = syntheticTrainingNotes({ seed: 5, count: 100 });
    const lex = loadLexicons();
    const wordNames = notes.flatMap((n) => n.phi.map((p) => n.text.slice(p.start, p.end)).filter((v) => lex.ambiguousNames.has(v.toLowerCase())));
    expect(wordNames.some((v) => v === v.toUpperCase())).toBe(true);
    expect(wordNames.some((v) => v !== v.toUpperCase())).toBe(true);
  });
});

describe('learned layer: a lower-case name in a mixed-case note', () => {
  const scores = (margin: number): LearnedModel => ({ weights: new Map([['bias', Float64Array.from([0, margin, 0])]]), thresholds: { balanced: 0, strict: 0 }, origin: 'test' });
  const marked = (text: string, model: LearnedModel) => {
    const s = learnedScan(text, model, 'balanced');
    return s.spans.map((x) => text.slice(x.start, x.end));
  };
  const text = 'Sign-out to night float.\nBed 12 okonjo - AKI, recheck K at 2200.';

  it('is marked only past the wider margin SOFT_LIMITS.lowerCaseName', () => {
    expect(Number.isFinite(SOFT_LIMITS.lowerCaseName)).toBe(true);
    expect(marked(text, scores(SOFT_LIMITS.lowerCaseName - 1))).not.toContain('okonjo');
    expect(marked(text, scores(SOFT_LIMITS.lowerCaseName + 1))).toContain('okonjo');
  });

  it('never reaches a lower-case vocabulary word of a mixed-case note, whatever the score', () => {
    expect(marked('Pt resting, plan to recheck labs.\nMood calm, sleeping well.', scores(1000))).toEqual([]);
  });
});
