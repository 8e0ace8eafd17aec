import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ConfigSchema } from '../../src/config/config-schema.js';
import { loadConfig, stripCommentKeys } from '../../src/config/load-config.js';
import { LlmConfigSchema } from '../../src/extract/llm/llm-config.js';
import { repoPath } from '../../src/util/paths.js';

const EXAMPLE = repoPath('radlabel.config.example.json');
const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, Record<string, unknown>>;

/** Keys of a zod object schema (through defaults, optionals and refinements). */
function keysOf(schema: z.ZodType): string[] {
  let s = schema as unknown as { def: { type: string; innerType?: unknown; in?: unknown; shape?: Record<string, unknown> } };
  while (!s.def.shape && (s.def.innerType || s.def.in)) s = (s.def.innerType ?? s.def.in) as typeof s;
  return Object.keys(s.def.shape ?? {});
}

/** Every key of `keys` must be set or documented (`// key`) in `obj`. */
const undocumented = (keys: string[], obj: Record<string, unknown>): string[] => keys.filter((k) => !(k in obj) && !(`// ${k}` in obj));

describe('radlabel.config.example.json', () => {
  it('is a valid configuration as it stands (comment keys ignored)', () => {
    const config = loadConfig({}, { RADLABEL_CONFIG: EXAMPLE });
    expect(config.db).toBe('.radlabel/radlabel.db');
    expect(config.deid.mode).toBe('surrogate');
    expect(LlmConfigSchema.safeParse(config.llm).success).toBe(true);
  });

  it('documents every setting of the config schema and of the llm object', () => {
    const shape = (ConfigSchema as unknown as { shape: Record<string, z.ZodType> }).shape;
    expect(undocumented(Object.keys(shape), example)).toEqual([]);
    expect(undocumented(keysOf(shape.deid!), example.deid!)).toEqual([]);
    expect(undocumented(keysOf(LlmConfigSchema), example.llm!)).toEqual([]);
  });

  it('strips comment keys at any depth and nothing else', () => {
    expect(stripCommentKeys({ '//': 'x', a: { '// b': 1, b: [{ '//': 2, c: 3 }] } })).toEqual({ a: { b: [{ c: 3 }] } });
  });
});
