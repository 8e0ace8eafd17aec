import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { OntologySchema, type Ontology } from '../domain/ontology.js';
import { RadlabelError } from '../errors/index.js';
import { REPO_ROOT } from '../util/paths.js';
import { readYamlData } from '../util/yaml-data.js';

/** Repository root, so the default folders resolve from any working directory. */
export { REPO_ROOT };
const DEFAULT_DIR = path.join(REPO_ROOT, 'ontologies');

const cache = new Map<string, Ontology>();

// The default name means the repository's own folder, whatever the working directory.
function resolveDir(dir: string | undefined): string {
  return dir === undefined || dir === 'ontologies' ? DEFAULT_DIR : path.resolve(dir);
}

/** Path of an ontology: an id names `<dir>/<id>.yaml`; a `.yaml` / `.yml` path is used as is. */
export function resolveOntologyPath(idOrPath: string, dir?: string): string {
  if (/\.ya?ml$/i.test(idOrPath)) return path.resolve(idOrPath);
  const base = resolveDir(dir);
  const yaml = path.join(base, `${idOrPath}.yaml`);
  return existsSync(yaml) ? yaml : path.join(base, `${idOrPath}.yml`);
}

/** Formats a zod issue path as a YAML key path: `labels[3].synonyms[0]`. */
export function formatIssuePath(p: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const k of p) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`;
  return out || '(root)';
}

/** Describes every zod issue as `path: problem`, joined with `; `. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`).join('; ');
}

/**
 * Parses and validates ontology YAML text. Throws `ONTOLOGY_INVALID` naming the file, the YAML
 * path of the first bad value and every problem found.
 */
export function parseOntology(text: string, file: string): Ontology {
  const doc = readYamlData(text);
  if (!doc.ok) throw new RadlabelError('ONTOLOGY_INVALID', `YAML syntax error${doc.line ? ` at line ${doc.line}` : ''}: ${doc.code}`, { locator: { file } });
  const parsed = OntologySchema.safeParse(doc.value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new RadlabelError('ONTOLOGY_INVALID', describeIssues(parsed.error), {
      locator: { file, path: first ? formatIssuePath(first.path) : undefined },
    });
  }
  return parsed.data;
}

/**
 * Loads an ontology by id (`<dir>/<id>.yaml`) or by path (ends in `.yaml` / `.yml`), validated by
 * {@link OntologySchema}; cached per absolute path. Throws `ONTOLOGY_NOT_FOUND` or `ONTOLOGY_INVALID`.
 */
export function loadOntology(idOrPath: string, dir = 'ontologies'): Ontology {
  const file = resolveOntologyPath(idOrPath, dir);
  const hit = cache.get(file);
  if (hit) return hit;
  if (!existsSync(file)) throw new RadlabelError('ONTOLOGY_NOT_FOUND', `no ontology "${idOrPath}"`, { locator: { file } });
  const ontology = parseOntology(readFileSync(file, 'utf8'), file);
  cache.set(file, ontology);
  return ontology;
}

/** Every ontology file in `dir`, id = file name without extension, sorted by id. */
export function listOntologies(dir = 'ontologies'): Array<{ id: string; file: string }> {
  const base = resolveDir(dir);
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter((f) => /\.ya?ml$/i.test(f))
    .map((f) => ({ id: f.replace(/\.ya?ml$/i, ''), file: path.join(base, f) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
