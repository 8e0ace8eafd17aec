import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigSchema, type Config } from './config-schema.js';
import { RadlabelError } from '../errors/index.js';
import { DEPRECATED_MLLP_ALIASES, serviceEnv } from './service-config.js';

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
  const mllp: Record<string, string> = {};
  for (const [name, key] of [['RADLABEL_MLLP_PORT', 'port'], ['RADLABEL_MLLP_HOST', 'host'], ['RADLABEL_MLLP_MAX_FRAME_BYTES', 'maxFrameBytes'], ['RADLABEL_MLLP_IDLE_TIMEOUT_MS', 'idleTimeoutMs']] as const) {
    if (env[name]) mllp[key] = env[name];
  }
  if (Object.keys(mllp).length) out.feeds = { mllp };
  return out;
}

/**
 * Moves the deprecated `service.mllp*` settings to `feeds.mllp` (the one MLLP configuration),
 * warning once per setting. The same setting given both ways with different values is an error.
 */
function resolveMllpAliases(raw: Record<string, unknown>, warn: (message: string) => void): Record<string, unknown> {
  const service = raw.service as Record<string, unknown> | undefined;
  if (!service || typeof service !== 'object') return raw;
  const present = Object.keys(DEPRECATED_MLLP_ALIASES).filter((k) => service[k] !== undefined) as Array<keyof typeof DEPRECATED_MLLP_ALIASES>;
  if (!present.length) return raw;
  const feeds = { ...((raw.feeds as Record<string, unknown> | undefined) ?? {}) };
  const mllp = { ...((feeds.mllp as Record<string, unknown> | undefined) ?? {}) };
  const rest = { ...service };
  for (const old of present) {
    const key = DEPRECATED_MLLP_ALIASES[old];
    const value = rest[old];
    delete rest[old];
    if (mllp[key] !== undefined && String(mllp[key]) !== String(value)) {
      throw new RadlabelError('CONFIG_INVALID', `invalid configuration: service.${old} (${String(value)}) and feeds.mllp.${key} (${String(mllp[key])}) disagree; service.${old} is deprecated, set only feeds.mllp.${key}`);
    }
    mllp[key] = value;
    warn(`service.${old} (or RADLABEL_SERVICE_${old.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}) is deprecated: use feeds.mllp.${key} (RADLABEL_MLLP_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}); it was applied as feeds.mllp.${key}`);
  }
  return { ...raw, service: rest, feeds: { ...feeds, mllp } };
}

const warned = new Set<string>();
/** A Node warning (printed once per message and process: `radlabel: … DeprecationWarning`). */
function deprecationWarning(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  process.emitWarning(message, { type: 'DeprecationWarning', code: 'RADLABEL_DEPRECATED_SETTING' });
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
  const parsed = ConfigSchema.safeParse(resolveMllpAliases(merge(merge(fromFile, fromEnv(env)), overrides), deprecationWarning));
  if (!parsed.success) {
    throw new RadlabelError('CONFIG_INVALID', `invalid configuration:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
