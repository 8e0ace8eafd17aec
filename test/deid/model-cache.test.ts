import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeModelCache, encodeModelCache, MODEL_CACHE_DIR, modelCacheName, type CachedModelHeader } from '../../src/deid/learned/model-cache.js';
import { compactModelFile, readLearnedModel, SHIPPED_MODEL_PATH } from '../../src/deid/learned/model-file.js';
import { FEATURE_SET } from '../../src/deid/learned/features.js';
import type { Weights } from '../../src/deid/learned/perceptron.js';

const written: string[] = [];
afterEach(() => {
  for (const f of written.splice(0)) rmSync(f, { force: true });
});

const header = (over: Partial<CachedModelHeader> = {}): CachedModelHeader => ({ format: 'radlabel-deid-perceptron/1', featureSet: FEATURE_SET, width: 3, thresholds: { balanced: 6, strict: 2 }, ...over });
const weightsOf = (entries: [string, number[]][]): Weights => new Map(entries.map(([f, w]) => [f, Float64Array.from(w)]));
const plain = (w: Weights) => [...w].map(([f, v]) => [f, [...v]]);

// Invented features and weights, with the awkward values a rounded weight can take.
// An integer-like name first: a JSON object lists those first, so the file keeps this order.
const INVENTED: [string, number[]][] = [
  ['7', [1, 2, 3]],
  ['w=quillon', [0.1, -2.5, 3]],
  ['suf3=ton', [0, 1e-4, -0.0003]],
  ['shape=Xx', [123456.789, -0, 7]],
  ['cue-l=ést', [1 / 3, 2 / 3, -1 / 7]],
];

// What a reader of the JSON file gets back (JSON writes -0 as 0).
const FROM_FILE = plain(weightsOf(JSON.parse(JSON.stringify(INVENTED)) as [string, number[]][]));

/** A model file of invented weights in a fresh directory. */
function inventedModelFile(entries: [string, number[]][]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'model-cache-')), 'model.json');
  const base = JSON.parse(readFileSync(SHIPPED_MODEL_PATH, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...base, weights: Object.fromEntries(entries) }));
  return file;
}

describe('compact model copies', () => {
  it('decode what they encode: every feature, in order, with its exact weights and the thresholds', () => {
    const w = weightsOf(INVENTED);
    const back = decodeModelCache(encodeModelCache(header(), w)!)!;
    expect(plain(back.weights)).toEqual(plain(w));
    expect(Object.is(back.weights.get('shape=Xx')![1], -0)).toBe(true);
    expect(back.header).toEqual(header());
    expect(decodeModelCache(encodeModelCache(header(), new Map())!)!.weights.size).toBe(0);
  });

  it('decode from a buffer that is not 8-byte aligned', () => {
    const enc = encodeModelCache(header(), weightsOf(INVENTED))!;
    const shifted = Buffer.alloc(enc.length + 3);
    enc.copy(shifted, 3);
    expect(plain(decodeModelCache(shifted.subarray(3))!.weights)).toEqual(plain(weightsOf(INVENTED)));
  });

  it('refuse what they cannot hold exactly, and read nothing from a buffer of another shape', () => {
    expect(encodeModelCache(header(), weightsOf([['w=two\nlines', [1, 2, 3]]]))).toBeUndefined();
    expect(encodeModelCache(header(), weightsOf([['w=short', [1, 2]]]))).toBeUndefined();
    const enc = encodeModelCache(header(), weightsOf(INVENTED))!;
    expect(decodeModelCache(enc.subarray(0, enc.length - 8))).toBeUndefined();
    expect(decodeModelCache(Buffer.from('{"format":"radlabel-deid-perceptron/1"}'))).toBeUndefined();
    expect(decodeModelCache(Buffer.alloc(2))).toBeUndefined();
  });

  it('the shipped model read through its copy equals the model read and validated from its JSON', () => {
    const fromJson = decodeModelCache(compactModelFile(SHIPPED_MODEL_PATH)!)!;
    const model = readLearnedModel(SHIPPED_MODEL_PATH);
    expect(model.weights.size).toBe(fromJson.weights.size);
    expect([...model.weights.keys()]).toEqual([...fromJson.weights.keys()]);
    for (const [f, w] of fromJson.weights) expect([...model.weights.get(f)!]).toEqual([...w]);
    expect(model.thresholds).toEqual(fromJson.header.thresholds);
  });

  it('a model file is read from the copy stored under its exact bytes, and from itself once edited', () => {
    const file = inventedModelFile(INVENTED);
    const bytes = readFileSync(file);
    mkdirSync(MODEL_CACHE_DIR, { recursive: true });
    const entry = path.join(MODEL_CACHE_DIR, modelCacheName(bytes));
    written.push(entry);
    // A copy that differs from the file (one weight, the thresholds) shows which one was read.
    writeFileSync(entry, encodeModelCache(header({ thresholds: { balanced: 9, strict: 1 } }), weightsOf([['w=quillon', [5, 5, 5]]]))!);
    const cached = readLearnedModel(file);
    expect(plain(cached.weights)).toEqual([['w=quillon', [5, 5, 5]]]);
    expect(cached.thresholds).toEqual({ balanced: 9, strict: 1 });
    writeFileSync(file, Buffer.concat([bytes, Buffer.from('\n')]));
    expect(plain(readLearnedModel(file).weights)).toEqual(FROM_FILE);
  });

  it('a copy of another feature set, format or width is ignored: the file itself is read', () => {
    const file = inventedModelFile(INVENTED);
    mkdirSync(MODEL_CACHE_DIR, { recursive: true });
    const entry = path.join(MODEL_CACHE_DIR, modelCacheName(readFileSync(file)));
    written.push(entry);
    for (const over of [{ featureSet: 'deid-tokens/0' }, { format: 'radlabel-deid-years/1' }]) {
      writeFileSync(entry, encodeModelCache(header(over), weightsOf([['w=quillon', [5, 5, 5]]]))!);
      expect(plain(readLearnedModel(file).weights)).toEqual(FROM_FILE);
    }
    writeFileSync(entry, encodeModelCache(header({ width: 2 }), weightsOf([['w=quillon', [5, 5]]]))!);
    expect(plain(readLearnedModel(file).weights)).toEqual(FROM_FILE);
    writeFileSync(entry, 'damaged');
    expect(plain(readLearnedModel(file).weights)).toEqual(FROM_FILE);
  });
});
