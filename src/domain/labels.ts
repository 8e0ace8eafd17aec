import { z } from 'zod';
import { SectionNameSchema } from './report.js';

export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

export const AssertionSchema = z.enum(['present', 'absent', 'uncertain']);
export const TemporalitySchema = z.enum(['current', 'historical', 'hypothetical']);
export const ExperiencerSchema = z.enum(['patient', 'other']);
export type Assertion = z.infer<typeof AssertionSchema>;
export type Temporality = z.infer<typeof TemporalitySchema>;
export type Experiencer = z.infer<typeof ExperiencerSchema>;

/** The trigger (or model answer) that decided a mention's assertion. */
export const TriggerRefSchema = z.object({
  /** The trigger text as found ("no evidence of"), or the model's own words for an LLM. */
  text: z.string(),
  /** Category of the rule: negated-existence, possible-existence, historical, hypothetical, experiencer-other, … */
  category: z.string(),
  /** Rule id in the triggers file, or `llm`. */
  rule: z.string().optional(),
  span: SpanSchema.optional(),
});
export type TriggerRef = z.infer<typeof TriggerRefSchema>;

/** One mention of an ontology label in the analysed (de-identified) text. */
export const MentionSchema = z.object({
  label: z.string(),
  assertion: AssertionSchema,
  temporality: TemporalitySchema,
  experiencer: ExperiencerSchema,
  section: SectionNameSchema,
  sentence: z.object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  /** Character span of the matched phrase in the analysed text. */
  span: SpanSchema,
  phrase: z.string(),
  /** Trigger that decided the assertion; null when the mention is plainly affirmed. */
  trigger: TriggerRefSchema.nullable(),
  /** For LLM mentions: whether the quoted evidence was found in the text. Rules mentions are always verified. */
  verified: z.boolean().default(true),
});
export type Mention = z.infer<typeof MentionSchema>;

export const LabelValueSchema = z.enum(['positive', 'negative', 'uncertain', 'not_mentioned']);
export type LabelValue = z.infer<typeof LabelValueSchema>;

export const ProvenanceSchema = z.object({
  extractor: z.object({ name: z.string(), version: z.string() }),
  ontology: z.object({ id: z.string(), version: z.string() }),
  /** sha256 of the analysed (de-identified) text. */
  textHash: z.string(),
  /** ISO 8601 time of extraction. */
  at: z.string(),
  prompt: z
    .object({
      id: z.string(),
      version: z.string(),
      hash: z.string(),
      /** Per-ontology prompt material: a file in `prompts/ontologies/` or generated from the ontology (generator version). */
      material: z.object({ source: z.enum(['file', 'generated']), version: z.string(), hash: z.string() }).optional(),
    })
    .optional(),
  model: z.object({ provider: z.string(), id: z.string() }).optional(),
  tokens: z.object({ input: z.number().int(), output: z.number().int(), cached: z.number().int().optional() }).optional(),
  /** Version of the rules / triggers data used (content hash). */
  rules: z.object({ id: z.string(), hash: z.string() }).optional(),
  /** The sections the extractor read (`--sections`); absent: the whole report. */
  sections: z.array(SectionNameSchema).optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const StudyLabelSchema = z.object({
  value: LabelValueSchema,
  /** Mentions that support the value, the deciding one first. */
  evidence: z.array(MentionSchema),
});
export type StudyLabel = z.infer<typeof StudyLabelSchema>;

/** Per-study labels: one value per ontology label, with evidence and provenance. */
export const StudyLabelsSchema = z.object({
  reportId: z.string(),
  labels: z.record(z.string(), StudyLabelSchema),
  provenance: ProvenanceSchema,
});
export type StudyLabels = z.infer<typeof StudyLabelsSchema>;
