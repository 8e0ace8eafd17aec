import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Mention } from '../domain/labels.js';
import type { Ontology } from '../domain/ontology.js';
import { RadlabelError } from '../errors/index.js';
import { parseLabelTable } from '../evaluate/labels/read-label-table.js';
import type { LabelTable } from '../evaluate/labels/label-table.js';
import { mulberry32 } from '../util/prng.js';
import type { NewItem, OtherSource, ReviewStore, WorklistRecord } from './review-store.js';
import type { LabelValue, WorklistSpec } from './review-schemas.js';
import { sampleSize, type SampleSize } from './sample-size.js';
import { findingCounts, shuffle, stratifiedSample, stratumKey } from './stratified-sample.js';
import { disagreeingLabels, entropyOf, lowConfidenceReasons, otherSide, passesFilter, summaryOf, valuesOf, type Candidate } from './worklist-candidates.js';

export const newWorklistId = (): string => `wl_${randomBytes(8).toString('hex')}`;
export const newItemId = (): string => `itm_${randomBytes(10).toString('hex')}`;

export interface BuiltWorklist {
  record: WorklistRecord;
  items: NewItem[];
  /** Spot checks: the sample-size computation (shown to the QA lead). */
  sampleSize?: SampleSize;
}

const PAGE = 2000;

const bad = (message: string, cause?: unknown): RadlabelError => new RadlabelError('REVIEW_BAD_WORKLIST', message, cause ? { cause } : undefined);

/** A labels file named by a worklist request (run JSONL / CheXpert CSV / combine output). */
async function readTable(file: string): Promise<LabelTable> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (cause) {
    throw bad(`the labels file ${file} cannot be read`, cause);
  }
  return parseLabelTable(content, file);
}

interface Side {
  name: string;
  get(c: Candidate): { values: Record<string, LabelValue>; evidence?: Record<string, Mention[]> } | undefined;
}

/**
 * A disagreement side. The label store keeps one label set per report version and ontology (with its
 * extractor in the provenance), so a second extractor's labels come from its output file:
 * `store` = current stored labels, `store:<extractor>` = those an extractor made, else a file.
 */
async function side(spec: string): Promise<Side> {
  if (spec === 'store' || spec.startsWith('store:')) {
    const want = spec.slice('store:'.length);
    return {
      name: spec === 'store' ? 'store' : want,
      get: (c) => (spec === 'store' || c.extractor === want ? { values: c.values, ...(c.labels ? { evidence: Object.fromEntries(Object.entries(c.labels).map(([k, v]) => [k, v.evidence])) } : {}) } : undefined),
    };
  }
  const t = await readTable(spec);
  const name = [...t.records.values()][0]?.provenance?.extractor?.name ?? spec.split(/[\\/]/).pop()!;
  return {
    name,
    get: (c) => {
      const r = t.records.get(c.reportId);
      return r ? { values: r.values, ...(r.evidence ? { evidence: r.evidence } : {}) } : undefined;
    },
  };
}

/** Reads the store's current label sets of the ontology page by page (cancelled reports left out). */
async function* population(store: ReviewStore, ontology: string, withText: boolean): AsyncIterable<Candidate> {
  let after: string | null = null;
  for (;;) {
    const page = await store.population(ontology, after, PAGE, withText);
    for (const r of page) yield { ...r, values: valuesOf(r.labels) };
    if (page.length < PAGE) return;
    after = page.at(-1)!.reportId;
  }
}

/**
 * Builds a worklist from the store (and, for disagreement / informative lists, the named files):
 * spot check = seeded stratified sample sized from the margin of error; disagreement = reports on
 * which two sources differ; low-confidence = reports with a reason from {@link lowConfidenceReasons};
 * filter = the reports matching the filter; informative = reports ranked by combined entropy.
 * The filter narrows every kind; `size` caps the non-spot-check kinds (a seeded sample for
 * disagreement / filter, the top of the ranking for low-confidence / informative).
 */
export async function buildWorklist(spec: WorklistSpec, store: ReviewStore, ontology: Ontology, createdBy: string): Promise<BuiltWorklist> {
  if (spec.filter.label && !ontology.labels.some((l) => l.id === spec.filter.label)) throw bad(`ontology ${ontology.id} has no label ${spec.filter.label}`);
  const keep = new Set(ontology.labels.map((l) => l.id));
  const onlyOntology = (v: Record<string, LabelValue>) => Object.fromEntries(Object.entries(v).filter(([k]) => keep.has(k)));
  const probs = spec.combineFile ? await readTable(spec.combineFile) : undefined;
  if (probs && ![...probs.records.values()].some((r) => r.probabilities)) throw bad(`${spec.combineFile} has no probabilities (expected the output of radlabel combine --out: P(label) columns or "probabilities")`);
  const [a, b] = spec.kind === 'disagreement' ? await Promise.all([side(spec.runA!), side(spec.runB!)]) : [undefined, undefined];

  type Pick = { c: Candidate; reasons: string[]; score: number; other: OtherSource | null; machine: Record<string, LabelValue>; extractor: string; stratum?: string };
  const picks: Pick[] = [];
  let populationSize = 0;
  const withText = spec.kind === 'low-confidence';
  for await (const c of population(store, ontology.id, withText)) {
    if (!passesFilter(c, spec.filter)) continue;
    populationSize++;
    const slim: Candidate = { reportId: c.reportId, versionKey: c.versionKey, extractor: c.extractor, values: onlyOntology(c.values), sourceFormat: c.sourceFormat, examDate: c.examDate };
    switch (spec.kind) {
      case 'spot-check':
      case 'filter':
        picks.push({ c: slim, reasons: [], score: 0, other: null, machine: slim.values, extractor: c.extractor });
        break;
      case 'disagreement': {
        const x = a!.get(c);
        const y = b!.get(c);
        if (!x || !y) break;
        const labels = disagreeingLabels(onlyOntology(x.values), onlyOntology(y.values));
        if (!labels.length) break;
        picks.push({ c: slim, reasons: labels.map((l) => `${l}: ${x.values[l]} vs ${y.values[l]}`), score: labels.length, other: otherSide(b!.name, onlyOntology(y.values), y.evidence), machine: onlyOntology(x.values), extractor: a!.name === 'store' ? c.extractor : a!.name });
        break;
      }
      case 'low-confidence': {
        const reasons = lowConfidenceReasons(c, probs?.records.get(c.reportId)?.probabilities, spec.nearHalf);
        if (reasons.length) picks.push({ c: slim, reasons, score: reasons.length, other: null, machine: slim.values, extractor: c.extractor });
        break;
      }
      case 'informative': {
        const p = probs!.records.get(c.reportId)?.probabilities;
        if (p) picks.push({ c: slim, reasons: [`entropy ${entropyOf(p).toFixed(3)} bits`], score: entropyOf(p), other: null, machine: slim.values, extractor: c.extractor });
        break;
      }
    }
  }
  if (!picks.length) throw bad(`no report matches the ${spec.kind} worklist (${populationSize} current reports of ontology ${ontology.id} pass the filter)`);

  let chosen: Pick[];
  let strata: WorklistRecord['strata'] = [];
  let ss: SampleSize | undefined;
  if (spec.kind === 'spot-check') {
    ss = sampleSize(picks.length, spec.marginOfError, spec.confidence);
    const n = Math.min(spec.size ?? ss.n, picks.length);
    const counts = findingCounts(picks.map((p) => p.c));
    for (const p of picks) p.stratum = stratumKey(p.c, spec.stratifyBy, counts);
    const s = stratifiedSample(picks, (p) => p.stratum!, n, spec.seed);
    chosen = s.sample;
    strata = s.strata;
  } else if (spec.kind === 'low-confidence' || spec.kind === 'informative') {
    chosen = picks.sort((x, y) => y.score - x.score || (x.c.reportId < y.c.reportId ? -1 : 1)).slice(0, spec.size ?? picks.length);
  } else {
    chosen = spec.size && spec.size < picks.length ? shuffle(picks, mulberry32(spec.seed)).slice(0, spec.size) : picks;
  }
  const items: NewItem[] = chosen.map((p, i) => ({
    id: newItemId(),
    position: i + 1,
    reportId: p.c.reportId,
    versionKey: p.c.versionKey,
    stratum: p.stratum ?? spec.kind,
    extractor: p.extractor,
    machine: p.machine,
    other: p.other,
    reasons: p.reasons,
    summary: summaryOf(p.machine),
  }));
  if (spec.kind !== 'spot-check') strata = [{ key: spec.kind, population: picks.length, sampled: items.length }];
  const record: WorklistRecord = {
    id: newWorklistId(),
    name: spec.name,
    ontologyId: ontology.id,
    kind: spec.kind,
    params: { ...spec, ...(ss ? { sampleSize: { n0: ss.n0, n: ss.n, z: ss.z, population: ss.population, explanation: ss.explanation } } : {}) },
    size: items.length,
    marginOfError: spec.kind === 'spot-check' ? spec.marginOfError : null,
    confidence: spec.kind === 'spot-check' ? spec.confidence : null,
    strata,
    reviewers: spec.reviewers,
    adjudicator: spec.adjudicator ?? null,
    createdBy,
    createdAt: new Date().toISOString(),
  };
  return { record, items, ...(ss ? { sampleSize: ss } : {}) };
}
