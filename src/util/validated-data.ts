// The build's validated copies of shipped data files (issue: first-report start-up). The
// de-identification rules are five YAML files checked by zod schemas of some hundred word lists;
// zod's first parse of them cost a rules run about 50 ms of CPU before its first report. The
// build validates each shipped file once and stores the schema's output, named by the text's
// content hash and a fingerprint of the schema: a file edited after the build, or read with a
// schema changed since, finds no copy and is read and validated in full, with the usual errors.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { buildCopyDir, buildCopyName, readBuildCopy } from './build-copy.js';
import { sha256 } from './hash.js';

/** Where the build leaves the validated copies (see `src/deid/rules/build-rules-cache.ts`). */
export const VALIDATED_CACHE_DIR = buildCopyDir('validated-cache');

const fingerprints = new WeakMap<object, string>();

/**
 * A fingerprint of what a zod schema accepts and returns: a hash of its definition tree (types,
 * shapes, checks and their limits, patterns, defaults, and the source of its transforms and
 * refinements). Two schemas written alike share it; a changed limit, key, default or transform
 * changes it. (Values a refinement reads from outside its own source are not seen.)
 */
export function schemaFingerprint(schema: z.ZodType): string {
  let fp = fingerprints.get(schema);
  if (fp === undefined) {
    fp = sha256(describe(schema)).slice(0, 32);
    fingerprints.set(schema, fp);
  }
  return fp;
}

/** The definition tree as text; a node met again (a shared sub-schema, a cycle) is written by number. */
function describe(root: unknown): string {
  const seen = new Map<object, number>();
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'function') {
      out.push(`f${JSON.stringify(String(v))}`);
      return;
    }
    if (v === null || typeof v !== 'object') {
      out.push(v === undefined ? 'u' : typeof v === 'bigint' || typeof v === 'symbol' ? `${typeof v}:${String(v)}` : JSON.stringify(v));
      return;
    }
    const at = seen.get(v);
    if (at !== undefined) {
      out.push(`#${at}`);
      return;
    }
    seen.set(v, seen.size);
    if (v instanceof RegExp) {
      out.push(`r${JSON.stringify(String(v))}`);
      return;
    }
    // A schema or check: its definition (the rest of `_zod` is derived state).
    const zod = (v as { _zod?: { def?: unknown } })._zod;
    if (zod && typeof zod === 'object' && 'def' in zod) {
      out.push('Z');
      walk(zod.def);
      return;
    }
    if (Array.isArray(v)) {
      out.push('[');
      for (const x of v) walk(x);
      out.push(']');
      return;
    }
    out.push('{');
    for (const k of Object.keys(v)) {
      out.push(JSON.stringify(k));
      walk((v as Record<string, unknown>)[k]);
    }
    out.push('}');
  };
  walk(root);
  return out.join(' ');
}

/** File name of the validated copy of `text` under `schema`. */
export const validatedCacheName = (text: string, schema: z.ZodType): string => buildCopyName(text, `.${schemaFingerprint(schema)}.json`);

/** The build's validated copy of `text` under `schema`, or undefined when there is none (or it does not read). */
export function readValidatedCopy<T>(text: string, schema: z.ZodType<T>): T | undefined {
  return readBuildCopy(VALIDATED_CACHE_DIR, validatedCacheName(text, schema), (bytes) => JSON.parse(bytes.toString('utf8')) as T);
}

/**
 * Build step: stores `data`, the output of `schema` on `text`, as its validated copy. Refuses
 * (returns false) data that JSON does not carry exactly (a Set, a RegExp, `undefined`, -0).
 */
export function writeValidatedCopy(text: string, schema: z.ZodType, data: unknown): boolean {
  const json = JSON.stringify(data);
  if (json === undefined || !isDeepStrictEqual(JSON.parse(json), data)) return false;
  writeFileSync(join(VALIDATED_CACHE_DIR, validatedCacheName(text, schema)), json);
  return true;
}
