import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { readValidatedCopy, schemaFingerprint, VALIDATED_CACHE_DIR, validatedCacheName, writeValidatedCopy } from '../../src/util/validated-data.js';
import { parseYamlText } from '../../src/util/yaml-data.js';
import { deidRulesDir, readDeidRules } from '../../src/deid/rules/deid-rules.js';
import { SHIPPED_DEID_RULES } from '../../src/deid/rules/build-rules-cache.js';
import { RadlabelError } from '../../src/errors/index.js';

const written: string[] = [];
afterEach(() => {
  for (const f of written.splice(0)) rmSync(f, { force: true });
});

// Invented schemas: a word list lower-cased, a bounded count, a default.
const lowerWords = () => z.array(z.string().min(1).transform((s) => s.toLowerCase()));
const shape = () => z.object({ kind: z.string(), words: lowerWords(), limit: z.number().int().max(9), extra: lowerWords().default([]) }).strict();

describe('schema fingerprints', () => {
  it('are the same for schemas written alike and for one schema asked twice', () => {
    const a = shape();
    expect(schemaFingerprint(a)).toBe(schemaFingerprint(shape()));
    expect(schemaFingerprint(a)).toBe(schemaFingerprint(a));
    expect(schemaFingerprint(a)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('change with a limit, a key, strictness, a default, a transform, a pattern or a refinement', () => {
    const base = schemaFingerprint(shape());
    const variants = [
      z.object({ kind: z.string(), words: lowerWords(), limit: z.number().int().max(8), extra: lowerWords().default([]) }).strict(),
      z.object({ kind: z.string(), terms: lowerWords(), limit: z.number().int().max(9), extra: lowerWords().default([]) }).strict(),
      z.object({ kind: z.string(), words: lowerWords(), limit: z.number().int().max(9), extra: lowerWords().default([]) }),
      z.object({ kind: z.string(), words: lowerWords(), limit: z.number().int().max(9), extra: lowerWords().default(['x']) }).strict(),
      z.object({ kind: z.string(), words: z.array(z.string().min(1).transform((s) => s.toUpperCase())), limit: z.number().int().max(9), extra: lowerWords().default([]) }).strict(),
      z.object({ kind: z.string().regex(/^[a-z]+$/), words: lowerWords(), limit: z.number().int().max(9), extra: lowerWords().default([]) }).strict(),
      z.object({ kind: z.string().regex(/^[a-y]+$/), words: lowerWords(), limit: z.number().int().max(9), extra: lowerWords().default([]) }).strict(),
      shape().refine((v) => v.words.length > 0),
    ];
    const prints = variants.map(schemaFingerprint);
    expect(prints).not.toContain(base);
    expect(new Set(prints).size).toBe(prints.length);
  });
});

describe('validated copies', () => {
  it('refuse data JSON does not carry exactly', () => {
    for (const data of [{ a: new Set(['x']) }, { a: undefined }, { a: -0 }, { a: /x/ }]) expect(writeValidatedCopy('invented: text\n', shape(), data)).toBe(false);
  });

  it('are read only for the exact text and the same schema', () => {
    const text = 'kind: invented-for-the-copy-test\nwords: [Quill]\nlimit: 3\n';
    mkdirSync(VALIDATED_CACHE_DIR, { recursive: true });
    written.push(path.join(VALIDATED_CACHE_DIR, validatedCacheName(text, shape())));
    expect(writeValidatedCopy(text, shape(), { kind: 'from-copy', words: [], limit: 1, extra: [] })).toBe(true);
    expect(readValidatedCopy(text, shape())).toEqual({ kind: 'from-copy', words: [], limit: 1, extra: [] });
    expect(readValidatedCopy(`${text}# edited\n`, shape())).toBeUndefined();
    expect(readValidatedCopy(text, shape().refine(() => true))).toBeUndefined();
  });

  it('stand in for validation in readDeidRules, which validates an edited file in full and names its bad key', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'validated-copy-'));
    const file = path.join(dir, 'deid-invented.yaml');
    const text = 'kind: invented-rules\nwords: [Quill, Marrow]\nlimit: 3\n';
    writeFileSync(file, text);
    expect(readDeidRules(file, shape())).toEqual({ kind: 'invented-rules', words: ['quill', 'marrow'], limit: 3, extra: [] });
    mkdirSync(VALIDATED_CACHE_DIR, { recursive: true });
    written.push(path.join(VALIDATED_CACHE_DIR, validatedCacheName(text, shape())));
    writeValidatedCopy(text, shape(), { kind: 'from-copy', words: [], limit: 1, extra: [] });
    expect(readDeidRules(file, shape()).kind).toBe('from-copy');
    writeFileSync(file, text.replace('limit: 3', 'limit: 12'));
    try {
      readDeidRules(file, shape());
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RadlabelError);
      expect((err as RadlabelError).message).toMatch(/^limit: /);
      expect((err as RadlabelError).locator.file).toBe(file);
    }
  });

  it('cover every shipped de-identification rules file, and each copy reads back as its schema validates the file', () => {
    const shipped = readdirSync(deidRulesDir()).filter((f) => /^deid-.*\.ya?ml$/.test(f)).sort();
    expect(SHIPPED_DEID_RULES.map(([f]) => f).sort()).toEqual(shipped);
    mkdirSync(VALIDATED_CACHE_DIR, { recursive: true });
    for (const [name, schema] of SHIPPED_DEID_RULES) {
      const file = path.join(deidRulesDir(), name);
      const text = readFileSync(file, 'utf8');
      const parsed = parseYamlText(text);
      expect(parsed.ok, name).toBe(true);
      if (!parsed.ok) continue;
      const data = schema.parse(parsed.value);
      // The build's own copy when this schema's fingerprint is the build's (same compiled source), else one made here.
      const copy = path.join(VALIDATED_CACHE_DIR, validatedCacheName(text, schema));
      if (!existsSync(copy)) {
        written.push(copy);
        expect(writeValidatedCopy(text, schema, data), name).toBe(true);
      }
      expect(readValidatedCopy(text, schema), name).toStrictEqual(data);
      expect(readDeidRules(file, schema), name).toStrictEqual(data);
    }
  });
});
