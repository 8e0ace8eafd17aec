import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCopyDir, buildCopyName, readBuildCopy } from '../../src/util/build-copy.js';
import { repoPath } from '../../src/util/paths.js';
import { MODEL_CACHE_DIR, modelCacheName } from '../../src/deid/learned/model-cache.js';
import { VALIDATED_CACHE_DIR } from '../../src/util/validated-data.js';
import { YAML_CACHE_DIR, yamlCacheName } from '../../src/util/yaml-data.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const scratch = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'radlabel-build-copy-'));
  dirs.push(d);
  return d;
};
const hex = (x: string | Uint8Array): string => createHash('sha256').update(x).digest('hex');

describe('build copies', () => {
  it('each kind has its own folder under dist/ (the folders the build writes)', () => {
    expect(buildCopyDir('model-cache')).toBe(repoPath('dist', 'model-cache'));
    expect([MODEL_CACHE_DIR, VALIDATED_CACHE_DIR, YAML_CACHE_DIR]).toEqual(['model-cache', 'validated-cache', 'yaml-cache'].map((k) => repoPath('dist', k)));
  });

  it('a copy is named by the SHA-256 of the content (text as UTF-8) and a suffix', () => {
    const text = 'Zoë: invented “text”\n';
    expect(buildCopyName(text, '.json')).toBe(`${hex(Buffer.from(text, 'utf8'))}.json`);
    expect(buildCopyName(Buffer.from(text, 'utf8'), '.json')).toBe(buildCopyName(text, '.json'));
    expect(buildCopyName(text, '.abc.json')).toMatch(/^[0-9a-f]{64}\.abc\.json$/);
    expect(buildCopyName(`${text} `, '.json')).not.toBe(buildCopyName(text, '.json'));
    // The users keep their names: content hash and their own extension.
    expect(yamlCacheName(text)).toBe(`${hex(text)}.json`);
    expect(modelCacheName(Buffer.from(text))).toBe(`${hex(text)}.bin`);
  });

  it('reads a copy through its decoder', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.json'), '{"n":1}');
    expect(readBuildCopy(dir, 'a.json', (b) => JSON.parse(b.toString('utf8')) as unknown)).toEqual({ n: 1 });
  });

  it('a missing, damaged or foreign copy reads as undefined (the caller falls back to the source)', () => {
    const dir = scratch();
    const json = (b: Buffer): unknown => JSON.parse(b.toString('utf8'));
    expect(readBuildCopy(dir, 'missing.json', json)).toBeUndefined();
    expect(readBuildCopy(join(dir, 'no-such-folder'), 'a.json', json)).toBeUndefined();
    writeFileSync(join(dir, 'damaged.json'), '{"n":');
    expect(readBuildCopy(dir, 'damaged.json', json)).toBeUndefined();
    writeFileSync(join(dir, 'foreign.bin'), 'not this format');
    expect(readBuildCopy(dir, 'foreign.bin', () => undefined)).toBeUndefined();
  });
});
