import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { LabelValue, Provenance } from '../domain/labels.js';
import { RadlabelError } from '../errors/index.js';
import { parseLabelTable } from '../evaluate/labels/read-label-table.js';
import { loadOntology } from '../ontology/load-ontology.js';
import { openStore } from '../store/open-store.js';
import { isPostgresUrl } from '../store/db-target.js';
import { compileLabelFunctions, parseLabelFunctions } from './label-functions.js';
import { VoteRows, type SourceVotes } from './label-matrix.js';
import { readVotesCsv } from './read-votes-csv.js';

/** Where a source's labels come from. */
export type SourceKind = 'file' | 'store' | 'label-functions';

export interface SourceSpec {
  name: string;
  kind: SourceKind;
  target: string;
}

/** A loaded source: its votes, the de-identified texts it carries (run JSONL, store) and what produced it. */
export interface LoadedSource extends SourceVotes {
  kind: SourceKind;
  target: string;
  /** Distinct producers named by provenance: extractor@version, rules setting, model, prompt. */
  runs: string[];
  texts: Map<string, string>;
}


/**
 * Reads a `--source` value: `[NAME=]TARGET`, where TARGET is `db:PATH` (a SQLite store) or a
 * `postgres://` URL (current labels of the ontology), a `.yaml` / `.yml` label-function file (or
 * `lf:PATH`), or a label file: CheXpert-style CSV or radlabel JSONL. NAME defaults to the file name.
 */
export function parseSourceSpec(raw: string): SourceSpec {
  const m = /^([A-Za-z][\w.-]*)=(.+)$/.exec(raw);
  const name = m?.[1];
  let target = m ? m[2]! : raw;
  let kind: SourceKind = 'file';
  if (target.startsWith('db:')) {
    kind = 'store';
    target = target.slice(3);
  } else if (isPostgresUrl(target)) kind = 'store';
  else if (target.startsWith('lf:')) {
    kind = 'label-functions';
    target = target.slice(3);
  } else if (/\.ya?ml$/i.test(target)) kind = 'label-functions';
  if (target === '') throw new RadlabelError('USAGE', `--source "${raw}" names no file or store`);
  const fallback = kind === 'store' && isPostgresUrl(target) ? 'postgres' : basename(target).replace(/\.(csv|jsonl|ndjson|json|ya?ml|db|sqlite)$/i, '');
  return { name: name ?? fallback, kind, target };
}

/** "rules@1.0.0 context-en@1+likely-positive", "llm@1.0.0 openai/gpt-4.1-mini prompt@3". */
export function runKey(p: Partial<Provenance> | undefined): string | undefined {
  if (!p?.extractor) return undefined;
  const parts = [`${p.extractor.name}@${p.extractor.version}`];
  if (p.rules) parts.push(p.rules.id);
  if (p.model) parts.push(`${p.model.provider}/${p.model.id}`);
  if (p.prompt) parts.push(`${p.prompt.id}@${p.prompt.version}`);
  return parts.join(' ');
}

async function loadFile(spec: SourceSpec): Promise<LoadedSource> {
  if (!/\.(jsonl|ndjson|json)$/i.test(spec.target)) {
    return { ...spec, ...(await readVotesCsv(spec.target)), texts: new Map(), runs: [] };
  }
  let content: string;
  try {
    content = await readFile(spec.target, 'utf8');
  } catch (e) {
    throw new RadlabelError('COMBINE_BAD_SOURCE', 'the source file could not be read', { locator: { file: spec.target }, cause: e });
  }
  const table = parseLabelTable(content, spec.target);
  const rows = new VoteRows(table.labels);
  const texts = new Map<string, string>();
  const runs = new Set<string>();
  for (const r of table.records.values()) {
    rows.add(r.id, r.values);
    if (r.text !== undefined && table.format === 'jsonl') texts.set(r.id, r.text);
    const k = runKey(r.provenance);
    if (k) runs.add(k);
  }
  return { ...spec, labels: table.labels, ids: rows.ids, votes: rows.votes(), texts, runs: [...runs] };
}

async function loadStore(spec: SourceSpec, ontologyId: string): Promise<LoadedSource> {
  if (!isPostgresUrl(spec.target) && !existsSync(spec.target))
    throw new RadlabelError('COMBINE_BAD_SOURCE', 'no store at this path', { locator: { file: spec.target } });
  const store = openStore(spec.target);
  const byReport = new Map<string, Record<string, LabelValue>>();
  const texts = new Map<string, string>();
  const runs = new Set<string>();
  const labels = new Set<string>();
  try {
    for await (const s of store.currentLabels(ontologyId, { excludeCancelled: true })) {
      const values: Record<string, LabelValue> = {};
      for (const [l, v] of Object.entries(s.labels.labels)) {
        values[l] = v.value;
        labels.add(l);
      }
      byReport.set(s.reportId, values);
      texts.set(s.reportId, s.report.text);
      const k = runKey(s.labels.provenance);
      if (k) runs.add(k);
    }
  } finally {
    await store.close();
  }
  if (byReport.size === 0) throw new RadlabelError('COMBINE_BAD_SOURCE', `the store has no current labels for ontology ${ontologyId}`, { locator: { file: spec.target } });
  const rows = new VoteRows([...labels]);
  for (const [id, values] of byReport) rows.add(id, values);
  return { ...spec, labels: rows.labels, ids: rows.ids, votes: rows.votes(), texts, runs: [...runs] };
}

async function loadLabelFunctions(spec: SourceSpec, texts: Map<string, string>, ontologyId: string | undefined): Promise<LoadedSource> {
  let content: string;
  try {
    content = await readFile(spec.target, 'utf8');
  } catch (e) {
    throw new RadlabelError('COMBINE_BAD_SOURCE', 'the label-function file could not be read', { locator: { file: spec.target }, cause: e });
  }
  const file = parseLabelFunctions(content, spec.target);
  const ontId = file.ontology ?? ontologyId;
  const lfs = compileLabelFunctions(file, spec.target, file.name ?? spec.name, ontId ? loadOntology(ontId) : undefined);
  if (texts.size === 0)
    throw new RadlabelError('COMBINE_BAD_SOURCE', 'label functions need de-identified report text: give a run JSONL or a store as another source', { locator: { file: spec.target } });
  const rows = new VoteRows(lfs.labels);
  for (const [id, text] of texts) rows.add(id, lfs.apply(text));
  return { ...spec, labels: lfs.labels, ids: rows.ids, votes: rows.votes(), texts: new Map(), runs: [`label-functions ${basename(spec.target)}`] };
}

/**
 * Loads every source. Label functions run last, on the de-identified texts the other sources carry
 * (the first source to carry a report's text wins), so they label exactly the reports being combined.
 * `ontology` selects a store's labels and checks label-function label names.
 */
export async function loadSources(specs: SourceSpec[], opts: { ontology: string; ontologyGiven: boolean }): Promise<LoadedSource[]> {
  const names = new Set<string>();
  for (const s of specs) {
    if (names.has(s.name)) throw new RadlabelError('USAGE', `two sources are named "${s.name}": name them with NAME=SOURCE`);
    names.add(s.name);
  }
  const loaded: Array<LoadedSource | undefined> = [];
  for (const s of specs) loaded.push(s.kind === 'file' ? await loadFile(s) : s.kind === 'store' ? await loadStore(s, opts.ontology) : undefined);
  const texts = new Map<string, string>();
  for (const l of loaded) for (const [id, t] of l?.texts ?? []) if (!texts.has(id)) texts.set(id, t);
  const out: LoadedSource[] = [];
  for (const [i, s] of specs.entries()) out.push(loaded[i] ?? (await loadLabelFunctions(s, texts, opts.ontologyGiven ? opts.ontology : undefined)));
  return out;
}
