import type { LabelTable } from './label-table.js';

/** Distinct extractor / ontology / prompt / model / rules versions found in a run JSONL's provenance. */
export interface RunProvenance {
  extractors: string[];
  ontologies: string[];
  prompts: string[];
  models: string[];
  rules: string[];
}

/** Collects the distinct versions named by the records' provenance (empty lists for a CSV). */
export function summarizeProvenance(t: LabelTable): RunProvenance {
  const sets = { extractors: new Set<string>(), ontologies: new Set<string>(), prompts: new Set<string>(), models: new Set<string>(), rules: new Set<string>() };
  for (const r of t.records.values()) {
    const p = r.provenance;
    if (!p) continue;
    if (p.extractor) sets.extractors.add(`${p.extractor.name}@${p.extractor.version}`);
    if (p.ontology) sets.ontologies.add(`${p.ontology.id}@${p.ontology.version}`);
    if (p.prompt) sets.prompts.add(`${p.prompt.id}@${p.prompt.version} (${p.prompt.hash.slice(0, 12)})`);
    if (p.model) sets.models.add(`${p.model.provider}/${p.model.id}`);
    if (p.rules) sets.rules.add(`${p.rules.id} (${p.rules.hash.slice(0, 12)})`);
  }
  return {
    extractors: [...sets.extractors],
    ontologies: [...sets.ontologies],
    prompts: [...sets.prompts],
    models: [...sets.models],
    rules: [...sets.rules],
  };
}
