import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { LineCounter as LineCounterT, parseDocument as ParseDocumentT } from 'yaml';
import type { z } from 'zod';
import { LabelSchema, OntologySchema, type Ontology } from '../domain/ontology.js';
import { RadlabelError } from '../errors/index.js';
import { REPO_ROOT } from '../util/paths.js';
import { suggestion } from '../util/nearest.js';
import { formatProblems, ontologyProblems } from './ontology-errors.js';
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
  // Fast path: the build's parse of the shipped files (no yaml package at start-up); any problem
  // is re-read below with line numbers.
  const fast = readYamlData(text);
  if (fast.ok) {
    const quick = OntologySchema.safeParse(fast.value);
    if (quick.success) return quick.data;
  }
  const yaml = createRequire(import.meta.url)('yaml') as { LineCounter: typeof LineCounterT; parseDocument: typeof ParseDocumentT };
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { prettyErrors: false, lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
    const what = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new RadlabelError('ONTOLOGY_INVALID', `YAML syntax error${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${what}`, { locator: { file } });
  }
  const data: unknown = doc.toJS();
  const parsed = OntologySchema.safeParse(data);
  if (!parsed.success) {
    const keys = { root: Object.keys(OntologySchema.shape), label: Object.keys(LabelSchema.shape) };
    const lines = formatProblems(ontologyProblems(parsed.error, doc, lineCounter, data, keys));
    throw new RadlabelError('ONTOLOGY_INVALID', lines.length === 1 ? lines[0]! : `${lines.length} problems:\n  ${lines.join('\n  ')}`, {
      locator: { file },
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
  if (!existsSync(file)) {
    if (/\.ya?ml$/i.test(idOrPath)) throw new RadlabelError('ONTOLOGY_NOT_FOUND', `no ontology file "${idOrPath}"`, { locator: { file } });
    const known = listOntologies(dir).map((o) => o.id);
    throw new RadlabelError('ONTOLOGY_NOT_FOUND', `no ontology "${idOrPath}" in ${resolveDir(dir)}; ${suggestion(idOrPath, known)}`);
  }
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
