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

/** Whether the ontology's No Finding needs to know about abnormalities outside its labels. */
export function wantsOtherAbnormalities(ontology: Ontology): boolean {
  return ontology.noFindingSemantics === 'no-abnormality' && ontology.labels.some((l) => l.noFinding);
}

/**
 * The one output schema, generated from the ontology: label ids as an enum, assertion,
 * temporality, the evidence quote and the section. It drives the request (JSON schema / grammar),
 * the validation of the answer and, after evidence verification, the stored mentions.
 *
 * For an ontology whose No Finding means "nothing abnormal of any kind" (`no-abnormality`), the
 * answer also lists `otherAbnormalities`: findings outside the ontology, quoted like mentions, which
 * feed No Finding exactly as the rules engine's abnormal-findings lexicon does. `chexpert`
 * semantics never look beyond the labels, so their schema has no such field.
 */
export function buildOutputSchema(ontology: Ontology, opts: OutputSchemaOptions = {}) {
  const ids = claimableLabelIds(ontology);
  const label = z.enum(ids as [string, ...string[]]).describe('Label id from the ontology');
  const evidence = z.string().describe('Exact quote from the report, copied verbatim, that states the finding');
  const quote = opts.bounded ? evidence.max(160) : evidence;
  const claim = z
    .object({
      label,
      assertion: AssertionSchema.describe('present, absent (negated) or uncertain (possible, cannot exclude)'),
      temporality: TemporalitySchema.describe('current, historical (prior, resolved) or hypothetical (rule out, if)'),
      evidence: quote,
      section: SectionNameSchema.describe('Report section containing the quote'),
    })
    .strict();
  const mentions = z.array(claim).describe('One entry per mention of an ontology finding');
  const other = z
    .object({
      finding: (opts.bounded ? z.string().max(80) : z.string()).describe('Short name of an abnormal finding that is not an ontology label'),
      assertion: AssertionSchema.describe('present, absent (negated) or uncertain'),
      evidence: quote,
      section: SectionNameSchema.describe('Report section containing the quote'),
    })
    .strict();
  const others = z.array(other).describe('Abnormal findings outside the ontology (devices, surgery, granuloma, scoliosis…)');
  return z
    .object({
      mentions: opts.bounded ? mentions.max(Math.max(4, ids.length * 2)) : mentions,
      ...(wantsOtherAbnormalities(ontology) ? { otherAbnormalities: opts.bounded ? others.max(12) : others } : {}),
    })
    .strict();
}

export type OutputSchema = ReturnType<typeof buildOutputSchema>;
/** One claimed mention of an ontology label. */
export type Claim = z.infer<OutputSchema>['mentions'][number];
/** One claimed abnormality outside the ontology (`no-abnormality` semantics only). */
export interface OtherClaim {
  finding: string;
  assertion: Claim['assertion'];
  evidence: string;
  section: Claim['section'];
}

/** JSON schema of the output, as sent to providers (draft 2020-12 from zod 4). */
export function outputJsonSchema(schema: OutputSchema): Record<string, unknown> {
  const js = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  delete js.$schema;
  return js;
}

/** Result of validating a model answer against the output schema. */
export interface ParsedClaims {
  claims: Claim[];
  /** Abnormalities outside the ontology (empty when the schema has no such field). */
  others: OtherClaim[];
  /** Entries rejected by the schema (unknown label id, bad enum value, missing field). */
  rejected: number;
}

/**
 * Validates an answer. The envelope must be `{ mentions: [...] }` (plus `otherAbnormalities` when
 * the schema has it; a missing list reads as empty, so answers cached before the field existed stay
 * usable); each entry is checked on its own so that one unknown label id is rejected without
 * discarding the rest. Returns undefined when the envelope itself is wrong (malformed output).
 */
export function parseClaims(schema: OutputSchema, value: unknown): ParsedClaims | undefined {
  const envelope = z.object({ mentions: z.array(z.unknown()), otherAbnormalities: z.array(z.unknown()).optional() }).safeParse(value);
  if (!envelope.success) return undefined;
  const claimSchema = schema.shape.mentions.element;
  const otherList = (schema.shape as { otherAbnormalities?: z.ZodArray<z.ZodType<OtherClaim>> }).otherAbnormalities;
  const claims: Claim[] = [];
  const others: OtherClaim[] = [];
  let rejected = 0;
  for (const m of envelope.data.mentions) {
    const r = claimSchema.safeParse(m);
    if (r.success) claims.push(r.data);
    else rejected++;
  }
  for (const o of envelope.data.otherAbnormalities ?? []) {
    const r = otherList?.element.safeParse(o);
    if (r?.success) others.push(r.data);
    else rejected++;
  }
  return { claims, others, rejected };
}
