import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as yamlParse } from 'yaml';
import { parseYaml, parseYamlText, readYamlData, yamlCacheName, YAML_CACHE_DIR } from '../../src/util/yaml-data.js';
import { shippedYamlTexts } from '../../src/util/build-yaml-cache.js';
import { loadPromptTemplate } from '../../src/extract/llm/prompt.js';
import { repoPath } from '../../src/util/paths.js';

const written: string[] = [];
afterEach(() => {
  for (const f of written.splice(0)) rmSync(f, { force: true });
});

const shipped = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? shipped(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));

describe('YAML data with the build cache', () => {
  it('the JSON form of every shipped ontology and rules file is the parsed YAML, value for value', () => {
    const files = [...shipped(repoPath('ontologies')), ...shipped(repoPath('rules'))];
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const parsed = parseYamlText(readFileSync(f, 'utf8'));
      expect(parsed.ok, f).toBe(true);
      if (parsed.ok) expect(JSON.parse(JSON.stringify(parsed.value)), f).toEqual(parsed.value);
    }
  });

  it('uses a cache entry only for the exact text it was made from', () => {
    const text = 'id: invented-for-the-cache-test\nlabels: []\n';
    mkdirSync(YAML_CACHE_DIR, { recursive: true });
    const entry = join(YAML_CACHE_DIR, yamlCacheName(text));
    written.push(entry);
    writeFileSync(entry, JSON.stringify({ id: 'from-cache' }));
    expect(readYamlData(text)).toEqual({ ok: true, value: { id: 'from-cache' } });
    expect(readYamlData(text + '# edited\n')).toEqual({ ok: true, value: { id: 'invented-for-the-cache-test', labels: [] } });
  });

  it('reports a syntax error (with the yaml error code) when there is no cache entry', () => {
    const r = readYamlData('id: x\nlabels: [unclosed\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toMatch(/^[A-Z_]+$/);
  });

  it('the build caches the prompts\' YAML too: every prompt template\'s front matter, value for value', () => {
    const texts = shippedYamlTexts();
    const promptDir = repoPath('prompts');
    const templates = readdirSync(join(promptDir, 'label-extraction')).filter((f) => f.endsWith('.md'));
    expect(templates.length).toBeGreaterThanOrEqual(1);
    for (const f of templates) {
      const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(readFileSync(join(promptDir, 'label-extraction', f), 'utf8'))?.[1];
      expect(front, f).toBeDefined();
      expect(texts, f).toContain(front);
      expect(JSON.parse(JSON.stringify(yamlParse(front!))), f).toEqual(yamlParse(front!));
    }
  });

  it('parseYaml is YAML.parse, from a cache entry only for the exact text it was made from', () => {
    const text = 'id: invented-front-matter\nversion: 9.9.9\n';
    expect(parseYaml(text)).toEqual(yamlParse(text));
    mkdirSync(YAML_CACHE_DIR, { recursive: true });
    const entry = join(YAML_CACHE_DIR, yamlCacheName(text));
    written.push(entry);
    writeFileSync(entry, JSON.stringify({ id: 'from-cache' }));
    expect(parseYaml(text)).toEqual({ id: 'from-cache' });
    expect(parseYaml(`${text}user: x\n`)).toEqual({ id: 'invented-front-matter', version: '9.9.9', user: 'x' });
    expect(parseYaml('')).toBeNull();
    writeFileSync(entry, '{"id":');
    expect(parseYaml(text)).toEqual(yamlParse(text));
    expect(() => parseYaml('id: x\nlabels: [unclosed\n')).toThrow();
  });

  it('a shipped prompt template reads the same from the cache and from its YAML', () => {
    const t = loadPromptTemplate('label-extraction');
    expect(t.user.length).toBeGreaterThan(0);
    expect(t.id).toBe('label-extraction');
  });
});
