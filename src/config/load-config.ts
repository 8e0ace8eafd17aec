import { existsSync, readFileSync } from 'node:fs';
import { ConfigSchema, type Config } from './config-schema.js';
import { RadlabelError } from '../errors/index.js';
import { DEPRECATED_MLLP_ALIASES, serviceEnv, serviceEnvNames } from './service-config.js';
import { configProblems, envTypos } from './config-problems.js';

/** `RADLABEL_*` variable → the config path it sets (`RADLABEL_DEID_KEY` → deid.key). */
const ENV_PATHS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['RADLABEL_DB', ['db']],
  ['RADLABEL_ONTOLOGY_DIR', ['ontologyDir']],
  ['RADLABEL_ONTOLOGY', ['ontology']],
  ['RADLABEL_EXTRACTOR', ['extractor']],
  ['RADLABEL_DEID_KEY', ['deid', 'key']],
  ['RADLABEL_DEID_MODE', ['deid', 'mode']],
  ['RADLABEL_DEID_PROFILE', ['deid', 'profile']],
  ['RADLABEL_LOG_LEVEL', ['logLevel']],
  ['RADLABEL_LLM_PROVIDER', ['llm', 'provider']],
  ['RADLABEL_LLM_MODEL', ['llm', 'model']],
  ['RADLABEL_LLM_BASE_URL', ['llm', 'baseUrl']],
  ['RADLABEL_MLLP_PORT', ['feeds', 'mllp', 'port']],
  ['RADLABEL_MLLP_HOST', ['feeds', 'mllp', 'host']],
  ['RADLABEL_MLLP_MAX_FRAME_BYTES', ['feeds', 'mllp', 'maxFrameBytes']],
  ['RADLABEL_MLLP_IDLE_TIMEOUT_MS', ['feeds', 'mllp', 'idleTimeoutMs']],
  ...serviceEnvNames().map(([name, key]) => [name, ['service', key]] as const),
];

/** Every `RADLABEL_*` variable radlabel reads (settings, the config file's name, image-source credentials). */
export const KNOWN_ENV_NAMES: readonly string[] = [
  ...ENV_PATHS.map(([name]) => name),
  'RADLABEL_CONFIG',
  'RADLABEL_DICOMWEB_USER',
  'RADLABEL_DICOMWEB_PASSWORD',
  'RADLABEL_DICOMWEB_TOKEN',
];

/** Reads `RADLABEL_*` variables into the nested config shape (`RADLABEL_DEID_KEY` → deid.key). */
function fromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, path] of ENV_PATHS) {
    if (path[0] === 'service') continue;
    const v = env[name];
    if (v === undefined || v === '') continue;
    let node = out;
    for (const k of path.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = v;
  }
  const service = serviceEnv(env);
  if (Object.keys(service).length) out.service = service;
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

const hasPath = (o: Record<string, unknown>, path: ReadonlyArray<PropertyKey>): boolean => {
  let node: unknown = o;
  for (const k of path) {
    if (!node || typeof node !== 'object' || !(String(k) in node)) return false;
    node = (node as Record<string, unknown>)[String(k)];
  }
  return node !== undefined;
};

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
  let fileText: string | undefined;
  if (existsSync(file)) {
    try {
      fileText = readFileSync(file, 'utf8');
      fromFile = stripCommentKeys(JSON.parse(fileText)) as Record<string, unknown>;
    } catch (e) {
      throw new RadlabelError('CONFIG_INVALID', `${file} is not valid JSON: ${(e as Error).message}`, { locator: { file } });
    }
  }
  const envValues = fromEnv(env);
  const parsed = ConfigSchema.safeParse(resolveMllpAliases(merge(merge(fromFile, envValues), overrides), deprecationWarning));
  if (!parsed.success) {
    const problems = configProblems(parsed.error, {
      schema: ConfigSchema,
      file,
      fileText,
      sourceOf(path) {
        if (hasPath(overrides, path)) return { kind: 'flag' };
        const set = ENV_PATHS.find(([name, p]) => env[name] !== undefined && env[name] !== '' && p.every((k, i) => path[i] === k));
        if (set && hasPath(envValues, set[1])) return { kind: 'env', name: set[0] };
        return { kind: 'file', file };
      },
    });
    throw new RadlabelError('CONFIG_INVALID', `invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  return parsed.data;
}

/** Warnings for `RADLABEL_*` variables one typo away from a setting (printed once by the CLI). */
export function configEnvWarnings(env: NodeJS.ProcessEnv = process.env): string[] {
  return envTypos(env, KNOWN_ENV_NAMES);
}
