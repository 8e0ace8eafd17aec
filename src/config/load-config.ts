import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigSchema, type Config } from './config-schema.js';
import { RadlabelError } from '../errors/index.js';
import { serviceEnv } from './service-config.js';

/** Reads `RADLABEL_*` variables into the nested config shape (`RADLABEL_DEID_KEY` → deid.key). */
function fromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const map: Record<string, string[]> = {
    RADLABEL_DB: ['db'],
    RADLABEL_ONTOLOGY_DIR: ['ontologyDir'],
    RADLABEL_ONTOLOGY: ['ontology'],
    RADLABEL_EXTRACTOR: ['extractor'],
    RADLABEL_DEID_KEY: ['deid', 'key'],
    RADLABEL_DEID_MODE: ['deid', 'mode'],
    RADLABEL_DEID_PROFILE: ['deid', 'profile'],
    RADLABEL_LOG_LEVEL: ['logLevel'],
  };
  for (const [name, path] of Object.entries(map)) {
    const v = env[name];
    if (v === undefined || v === '') continue;
    let node = out;
    for (const k of path.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = v;
  }
  const llm: Record<string, unknown> = {};
  if (env.RADLABEL_LLM_PROVIDER) llm.provider = env.RADLABEL_LLM_PROVIDER;
  if (env.RADLABEL_LLM_MODEL) llm.model = env.RADLABEL_LLM_MODEL;
  if (env.RADLABEL_LLM_BASE_URL) llm.baseUrl = env.RADLABEL_LLM_BASE_URL;
  if (Object.keys(llm).length) out.llm = llm;
  const service = serviceEnv(env);
  if (Object.keys(service).length) out.service = service;
  return out;
}

function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (v === undefined) continue;
    const prev = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && prev && typeof prev === 'object'
        ? merge(prev as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

/**
 * Drops comment keys (those starting with `//`, as in `radlabel.config.example.json`) at any
 * depth, so a documented file is a valid file.
 */
export function stripCommentKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripCommentKeys);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !k.startsWith('//')).map(([k, v]) => [k, stripCommentKeys(v)]));
}

/**
 * Loads and validates the configuration. Throws `CONFIG_INVALID` listing every problem with its path.
 * @param overrides values from CLI flags (highest precedence)
 */
export function loadConfig(overrides: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const file = env.RADLABEL_CONFIG ?? 'radlabel.config.json';
  let fromFile: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      fromFile = stripCommentKeys(JSON.parse(readFileSync(file, 'utf8'))) as Record<string, unknown>;
    } catch (e) {
      throw new RadlabelError('CONFIG_INVALID', `${file} is not valid JSON: ${(e as Error).message}`, { locator: { file } });
    }
  }
  const parsed = ConfigSchema.safeParse(merge(merge(fromFile, fromEnv(env)), overrides));
  if (!parsed.success) {
    throw new RadlabelError('CONFIG_INVALID', `invalid configuration:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
