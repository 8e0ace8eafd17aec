import type { DeidentifiedReport } from '../../domain/report.js';
import type { Ontology } from '../../domain/ontology.js';
import type { Provenance } from '../../domain/labels.js';
import type { ExtractionResult } from '../extractor.js';
import { sha256 } from '../../util/hash.js';
import { buildOutputSchema, outputJsonSchema, parseClaims, type Claim, type OtherClaim, type OutputSchema } from './output-schema.js';
import { RadlabelError } from '../../errors/index.js';
import { DEFAULT_PROMPT_DIR, renderSystemPrompt, renderUserPrompt, type PromptTemplate } from './prompt.js';
import { ontologyMaterial, type MaterialMeta } from './prompt-material.js';
import { claimsToMentions, othersToAbnormal } from './verify-evidence.js';
import { aggregateStudyLabels } from '../aggregate-labels.js';
import type { LlmCall, LlmUsage } from './providers/provider.js';

export const LLM_EXTRACTOR_VERSION = '1.0.0';
export const OUTPUT_SCHEMA_NAME = 'radiology_labels';

/** Everything about a request that depends only on (prompt, ontology): built once per ontology. */
export interface OntologyRequest {
  schema: OutputSchema;
  jsonSchema: Record<string, unknown>;
  system: string;
  systemHash: string;
  /** Source, version and hash of the per-ontology prompt material (provenance). */
  material: MaterialMeta;
}

/**
 * Builds the schema and system prompt for an ontology. `bounded` adds length limits (local
 * grammars). Few-shot examples are checked against the same output schema, and every example
 * quote must occur in its example report, so a bad example cannot teach the model bad answers.
 * @throws RadlabelError LLM_CONFIG naming the example.
 */
export function prepareOntologyRequest(template: PromptTemplate, ontology: Ontology, promptDir: string | undefined, bounded: boolean): OntologyRequest {
  const schema = buildOutputSchema(ontology, { bounded });
  const { material: extra, meta } = ontologyMaterial(ontology, promptDir ?? DEFAULT_PROMPT_DIR);
  extra.examples.forEach((ex, i) => {
    const where = { file: meta.source === 'file' ? `prompts/ontologies/${ontology.id}.yaml` : `generated prompt material ${meta.version}`, path: `examples.${i}` };
    const parsed = parseClaims(schema, ex.output);
    if (!parsed || parsed.rejected > 0)
      throw new RadlabelError('LLM_CONFIG', 'a few-shot example answer does not match the output schema (unknown label id or value)', { locator: where });
    const folded = ex.report.replace(/\s+/g, ' ').toLowerCase();
    for (const c of [...parsed.claims, ...parsed.others])
      if (!folded.includes(c.evidence.replace(/\s+/g, ' ').toLowerCase().trim()))
        throw new RadlabelError('LLM_CONFIG', 'a few-shot example quote is not in its example report', { locator: where });
  });
  const system = renderSystemPrompt(template, ontology, extra);
  return { schema, jsonSchema: outputJsonSchema(schema), system, systemHash: sha256(system), material: meta };
}

/** The provider-neutral call for one report. */
export function buildCall(template: PromptTemplate, req: OntologyRequest, reportText: string, maxOutputTokens: number, temperature: number): LlmCall {
  return {
    system: req.system,
    user: renderUserPrompt(template, reportText),
    schema: req.schema,
    jsonSchema: req.jsonSchema,
    schemaName: OUTPUT_SCHEMA_NAME,
    maxOutputTokens,
    temperature,
  };
}

/** Provenance facts of an LLM answer. */
export interface AnswerMeta {
  provider: string;
  model: string;
  prompt: PromptTemplate;
  tokens: LlmUsage;
  /** Per-ontology prompt material used in the system prompt. */
  material?: MaterialMeta;
}

/** Verifies the claims against the report and aggregates them into study labels with provenance. */
export function buildExtraction(
  report: DeidentifiedReport,
  ontology: Ontology,
  claims: Claim[],
  meta: AnswerMeta,
  others: OtherClaim[] = [],
): ExtractionResult & { unverified: number } {
  const { mentions, unverified: unverifiedMentions } = claimsToMentions(report, claims);
  const { abnormal, unverified: unverifiedOthers } = othersToAbnormal(report, others);
  const unverified = unverifiedMentions + unverifiedOthers;
  const provenance: Provenance = {
    extractor: { name: 'llm', version: LLM_EXTRACTOR_VERSION },
    ontology: { id: ontology.id, version: ontology.version },
    textHash: sha256(report.text),
    at: new Date().toISOString(),
    prompt: { id: meta.prompt.id, version: meta.prompt.version, hash: meta.prompt.hash, ...(meta.material ? { material: meta.material } : {}) },
    model: { provider: meta.provider, id: meta.model },
    tokens: { input: meta.tokens.input, output: meta.tokens.output, ...(meta.tokens.cached !== undefined ? { cached: meta.tokens.cached } : {}) },
  };
  return { mentions, abnormal, labels: { reportId: report.reportId, labels: aggregateStudyLabels(ontology, mentions, abnormal), provenance }, unverified };
}

/** Every string inside a request body, for the leak guard (JSON escapes would hide tokens). */
export function bodyStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) bodyStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) bodyStrings(v, out);
  return out;
}
