import { z } from 'zod';
import { LabelValueSchema, type LabelValue } from '../domain/labels.js';

export { LabelValueSchema, type LabelValue };

export const WorklistKindSchema = z.enum(['spot-check', 'disagreement', 'low-confidence', 'filter', 'informative']);
export type WorklistKind = z.infer<typeof WorklistKindSchema>;

export const StratifyBySchema = z.enum(['label', 'value', 'extractor']);
export type StratifyBy = z.infer<typeof StratifyBySchema>;

/** Narrows any worklist's population (and is the whole selection of a `filter` worklist). */
export const ReviewFilterSchema = z
  .object({
    label: z.string().min(1).optional(),
    value: LabelValueSchema.optional(),
    extractor: z.string().min(1).optional(),
    /** Source format of the report (`hl7v2`, `fhir`, `csv`, `jsonl`). */
    source: z.string().min(1).optional(),
    /** Exam date (de-identified, i.e. shifted when the profile shifts dates) from / to, inclusive, YYYY-MM-DD. */
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected YYYY-MM-DD').optional(),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected YYYY-MM-DD').optional(),
  })
  .strict();
export type ReviewFilter = z.infer<typeof ReviewFilterSchema>;

/** Key ids look like `key_<hex>`; anything else is refused before it reaches the store. */
const KeyId = z.string().regex(/^key_[A-Za-z0-9_-]{1,64}$/, 'expected an API key id (key_…)');

/** `POST /v1/review/worklists` and `radlabel review worklist create`: one schema for both. */
export const CreateWorklistSchema = z
  .object({
    name: z.string().min(1).max(200),
    ontology: z.string().min(1).max(200),
    kind: WorklistKindSchema,
    seed: z.number().int().min(0).max(2 ** 32 - 1).default(42),
    /** Fixed sample size; without it a spot check derives it from the margin of error. */
    size: z.number().int().min(1).max(1_000_000).optional(),
    marginOfError: z.number().gt(0).lt(1).default(0.05),
    confidence: z.number().gt(0).lt(1).default(0.95),
    stratifyBy: z.array(StratifyBySchema).max(3).default(['label', 'value', 'extractor']),
    /** Disagreement: each side is `store` (current stored labels), `store:<extractor>`, or a labels file (run JSONL / CheXpert CSV) on the server. */
    runA: z.string().min(1).max(1000).optional(),
    runB: z.string().min(1).max(1000).optional(),
    filter: ReviewFilterSchema.default({}),
    /** Probabilities from `radlabel combine --out` (CSV with P(label) columns, or JSONL). */
    combineFile: z.string().min(1).max(1000).optional(),
    /** Low-confidence: P(positive) within this distance of 0.5 counts as near 0.5. */
    nearHalf: z.number().gt(0).max(0.5).default(0.15),
    reviewers: z.array(KeyId).max(2).default([]),
    adjudicator: KeyId.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind === 'disagreement' && (!v.runA || !v.runB)) ctx.addIssue({ code: 'custom', path: ['runA'], message: 'a disagreement worklist needs runA and runB' });
    if (v.kind === 'informative' && !v.combineFile) ctx.addIssue({ code: 'custom', path: ['combineFile'], message: 'an informative worklist needs combineFile (the output of radlabel combine --out)' });
    if (new Set(v.reviewers).size !== v.reviewers.length) ctx.addIssue({ code: 'custom', path: ['reviewers'], message: 'the two reviewers must be different keys' });
  });
export type CreateWorklist = z.input<typeof CreateWorklistSchema>;
export type WorklistSpec = z.output<typeof CreateWorklistSchema>;

/** A reviewer's answer for one label. */
export const LabelAnswerSchema = z.object({ value: LabelValueSchema, reason: z.string().max(2000).optional() }).strict();
export type LabelAnswer = z.infer<typeof LabelAnswerSchema>;
