import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configEnvWarnings, KNOWN_ENV_NAMES, loadConfig } from '../../src/config/load-config.js';
import { ConfigSchema } from '../../src/config/config-schema.js';
import { ServiceConfigSchema } from '../../src/config/service-config.js';
import { cli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'radlabel-config-errors-'));
let n = 0;

/** Writes a config file and loads it (no other RADLABEL_* variables), returning the error message. */
function errorOf(config: unknown, env: Record<string, string> = {}): string {
  const file = join(dir, `c${++n}.json`);
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  try {
    loadConfig({}, { RADLABEL_CONFIG: file, ...env });
  } catch (e) {
    return `${(e as { code?: string }).code}: ${(e as Error).message}`;
  }
  throw new Error('the configuration was accepted');
}

// Typos as users make them: a swapped pair, a dropped letter, a doubled letter, a wrong letter.
const typos = (k: string): string[] => {
  const m = Math.floor(k.length / 2);
  return [
    k.slice(0, m - 1) + k[m] + k[m - 1] + k.slice(m + 1),
    k.slice(0, m) + k.slice(m + 1),
    k.slice(0, m) + k[m] + k.slice(m),
    k.slice(0, m) + (k[m] === 'x' ? 'y' : 'x') + k.slice(m + 1),
  ].filter((t) => t !== k);
};

describe('config file errors name the key and the file, and suggest the nearest key', () => {
  const top = Object.keys(ConfigSchema.shape).filter((k) => k.length >= 4);
  const nested: Array<[string, string[]]> = [
    ['deid', ['key', 'mode', 'keepStudyUids', 'profile']],
    ['service', Object.keys(ServiceConfigSchema.shape).filter((k) => k.length >= 4)],
  ];

  it.each(top)('a misspelt top-level key "%s" → did you mean it', (key) => {
    for (const t of typos(key)) {
      const msg = errorOf({ [t]: 'x' });
      expect(msg).toMatch(/^CONFIG_INVALID: /);
      expect(msg).toContain(`c${n}.json:2:3: unknown key "${t}" (did you mean ${key}?`);
    }
  });

  it.each(nested)('a misspelt key under %s → did you mean it, with the keys allowed there', (parent, keys) => {
    for (const key of keys)
      for (const t of typos(key).filter((x) => !keys.includes(x))) {
        const msg = errorOf({ [parent]: { [t]: 1 } });
        expect(msg, t).toContain(`unknown key "${parent}.${t}" (did you mean ${parent}.${key}?`);
        expect(msg).toContain(`known here: ${keys[0]}`);
        expect(msg).toContain(`c${n}.json:3:5: unknown key`);
      }
  });

  it('a key nothing is close to lists the known keys without a guess', () => {
    const msg = errorOf({ deid: { zzzzzz: true } });
    expect(msg).toContain('unknown key "deid.zzzzzz" (known here: key, mode, keepStudyUids, profile)');
    expect(msg).not.toContain('did you mean');
  });

  it.each([
    [{ deid: { keepStudyUids: 'yes' } }, 'deid.keepStudyUids', '3:5', /expected boolean/],
    [{ deid: { mode: 'blur' } }, 'deid.mode', '3:5', /surrogate|tag/],
    [{ extractor: 'gpt' }, 'extractor', '2:3', /rules|llm|hybrid/],
    [{ logLevel: 5 }, 'logLevel', '2:3', /expected one of|Invalid/],
    [{ service: { port: 'eighty' } }, 'service.port', '3:5', /number|NaN/],
    [{ db: ['a'] }, 'db', '2:3', /expected string/],
  ])('a wrong type names the file, its line and column and the key: %j', (config, key, place, why) => {
    const msg = errorOf(config);
    expect(msg).toContain(`c${n}.json:${place}: ${key}: `);
    expect(msg).toMatch(why);
  });

  it('a value from a RADLABEL_* variable names the variable, not the file', () => {
    const msg = errorOf({}, { RADLABEL_DEID_MODE: 'blur', RADLABEL_SERVICE_PORT: 'eighty' });
    expect(msg).toContain('RADLABEL_DEID_MODE: deid.mode: ');
    expect(msg).toContain('RADLABEL_SERVICE_PORT: service.port: ');
  });

  it('the CLI prints it as a configuration error (exit 2), no zod dump', async () => {
    const file = join(dir, 'cli.json');
    writeFileSync(file, JSON.stringify({ deid: { kye: 'a-key-that-is-long-enough' } }, null, 2));
    const prev = process.env.RADLABEL_CONFIG;
    process.env.RADLABEL_CONFIG = file;
    try {
      const r = await cli('quarantine', '--db', join(dir, 'none.db'));
      expect(r.code).toBe(2);
      expect(r.err).toContain('cli.json:3:5: unknown key "deid.kye" (did you mean deid.key?');
      expect(r.err).not.toMatch(/✖|→ at/);
    } finally {
      if (prev === undefined) delete process.env.RADLABEL_CONFIG;
      else process.env.RADLABEL_CONFIG = prev;
    }
  });
});

describe('RADLABEL_* variables one typo away from a setting are warned about', () => {
  it.each(KNOWN_ENV_NAMES.filter((k) => k !== 'RADLABEL_CONFIG'))('%s misspelt → did you mean it', (name) => {
    const suffix = name.replace(/^RADLABEL_/, '');
    for (const t of typos(suffix)) {
      const typo = `RADLABEL_${t}`;
      if (KNOWN_ENV_NAMES.includes(typo)) continue;
      const w = configEnvWarnings({ [typo]: 'x' });
      expect(w, typo).toHaveLength(1);
      expect(w[0]).toMatch(new RegExp(`^${typo} is not a radlabel setting and is ignored; did you mean RADLABEL_`));
    }
  });

  it('names the variable meant for the common typos, and leaves known and unrelated variables alone', () => {
    expect(configEnvWarnings({ RADLABEL_DEID_KYE: 'x' })).toEqual(['RADLABEL_DEID_KYE is not a radlabel setting and is ignored; did you mean RADLABEL_DEID_KEY?']);
    expect(configEnvWarnings({ RADLABEL_DB_: 'x' })[0]).toContain('did you mean RADLABEL_DB?');
    expect(configEnvWarnings({ RADLABEL_LLM_MODLE: 'x' })[0]).toContain('did you mean RADLABEL_LLM_MODEL?');
    expect(configEnvWarnings(Object.fromEntries(KNOWN_ENV_NAMES.map((k) => [k, 'x'])))).toEqual([]);
    expect(configEnvWarnings({ RADLABEL_TEST_PG_URL: 'x', RADLABEL_SOMETHING_ELSE_ENTIRELY: 'x', PATH: '/bin' })).toEqual([]);
  });

  it('the CLI prints the warning on stderr and goes on', async () => {
    process.env.RADLABEL_DEID_KYE = 'x';
    try {
      const r = await cli('ontology', 'new', join(dir, 'mine'));
      expect(r.err).toContain('radlabel: warning: RADLABEL_DEID_KYE is not a radlabel setting and is ignored; did you mean RADLABEL_DEID_KEY?');
    } finally {
      delete process.env.RADLABEL_DEID_KYE;
    }
  });
});
