import { createRequire } from 'node:module';
import { buildCopyDir, buildCopyName, readBuildCopy } from './build-copy.js';

/** Where the build leaves the parsed form of the shipped YAML files (see `build-yaml-cache.ts`). */
export const YAML_CACHE_DIR = buildCopyDir('yaml-cache');

export type YamlData = { ok: true; value: unknown } | { ok: false; line?: number; code: string };

/** File name of the cached parse of `text`: its content hash, so an edited file never hits a stale entry. */
export const yamlCacheName = (text: string): string => buildCopyName(text, '.json');

/** The yaml package, loaded on first use: it is a good part of start-up. */
const yamlPackage = (): typeof import('yaml') => createRequire(import.meta.url)('yaml') as typeof import('yaml');

/** The YAML front matter of a Markdown file (`---` lines around it, at the very start), and the rest. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;

/** Parses YAML text with the yaml package. */
export function parseYamlText(text: string): YamlData {
  const { parseDocument } = yamlPackage();
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return { ok: false, line: e.linePos?.[0]?.line, code: e.code };
  }
  return { ok: true, value: doc.toJS() };
}

/**
 * The data in YAML `text`: from the build's cache when the exact text was parsed at build time
 * (the shipped ontologies and rules), else parsed now. Same result either way; validation stays
 * with the caller.
 */
export function readYamlData(text: string): YamlData {
  const cached = readBuildCopy(YAML_CACHE_DIR, yamlCacheName(text), (bytes): YamlData => ({ ok: true, value: JSON.parse(bytes.toString('utf8')) as unknown }));
  return cached ?? parseYamlText(text);
}

/**
 * `YAML.parse(text)` of the yaml package (throwing its errors), from the build's cache when the
 * exact text was parsed at build time (the shipped prompts' front matter and YAML files): an LLM
 * run then does not load the yaml package before its first request.
 */
export function parseYaml(text: string): unknown {
  const cached = readBuildCopy(YAML_CACHE_DIR, yamlCacheName(text), (bytes) => ({ value: JSON.parse(bytes.toString('utf8')) as unknown }));
  return cached ? cached.value : yamlPackage().parse(text);
}
