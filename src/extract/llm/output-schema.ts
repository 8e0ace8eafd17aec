import { z } from 'zod';
import { AssertionSchema, TemporalitySchema } from '../../domain/labels.js';
import { SectionNameSchema } from '../../domain/report.js';
import type { Ontology } from '../../domain/ontology.js';

/** Label ids the model may name: every label except the computed "no finding" one. */
export function claimableLabelIds(ontology: Ontology): string[] {
  return ontology.labels.filter((l) => !l.noFinding).map((l) => l.id);
}

/** Options for {@link buildOutputSchema}. */
export interface OutputSchemaOptions {
  /**
   * Add length bounds (quote length, number of mentions). Grammar-constrained local decoding needs
   * them to terminate; hosted strict modes reject some of these keywords, so they are opt-in.
   */
  bounded?: boolean;
}

/**
 * The one output schema, generated from the ontology: label ids as an enum, assertion,
 * temporality, the evidence quote and the section. It drives the request (JSON schema / grammar),
 * the validation of the answer and, after evidence verification, the stored mentions.
 */
export function buildOutputSchema(ontology: Ontology, opts: OutputSchemaOptions = {}) {
  const ids = claimableLabelIds(ontology);
  const label = z.enum(ids as [string, ...string[]]).describe('Label id from the ontology');
  const evidence = z.string().describe('Exact quote from the report, copied verbatim, that states the finding');
  const claim = z
    .object({
      label,
      assertion: AssertionSchema.describe('present, absent (negated) or uncertain (possible, cannot exclude)'),
      temporality: TemporalitySchema.describe('current, historical (prior, resolved) or hypothetical (rule out, if)'),
      evidence: opts.bounded ? evidence.max(160) : evidence,
      section: SectionNameSchema.describe('Report section containing the quote'),
    })
    .strict();
  const mentions = z.array(claim).describe('One entry per mention of an ontology finding');
  return z.object({ mentions: opts.bounded ? mentions.max(Math.max(4, ids.length * 2)) : mentions }).strict();
}

export type OutputSchema = ReturnType<typeof buildOutputSchema>;
export type Claim = z.infer<OutputSchema>['mentions'][number];

/** JSON schema of the output, as sent to providers (draft 2020-12 from zod 4). */
export function outputJsonSchema(schema: OutputSchema): Record<string, unknown> {
  const js = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  delete js.$schema;
  return js;
}

/** Result of validating a model answer against the output schema. */
export interface ParsedClaims {
  claims: Claim[];
  /** Mentions rejected by the schema (unknown label id, bad enum value, missing field). */
  rejected: number;
}

/**
 * Validates an answer. The envelope must be `{ mentions: [...] }`; each mention is checked against
 * the claim schema on its own so that one unknown label id is rejected without discarding the rest.
 * Returns undefined when the envelope itself is wrong (treated as malformed output).
 */
export function parseClaims(schema: OutputSchema, value: unknown): ParsedClaims | undefined {
  const envelope = z.object({ mentions: z.array(z.unknown()) }).safeParse(value);
  if (!envelope.success) return undefined;
  const claimSchema = schema.shape.mentions.element;
  const claims: Claim[] = [];
  let rejected = 0;
  for (const m of envelope.data.mentions) {
    const r = claimSchema.safeParse(m);
    if (r.success) claims.push(r.data);
    else rejected++;
  }
  return { claims, rejected };
}
