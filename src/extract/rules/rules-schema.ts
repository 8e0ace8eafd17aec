import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

/** ConText trigger categories; {@link CATEGORY_EFFECT} maps each to what it changes on a mention. */
export const TriggerCategorySchema = z.enum([
  'negated-existence',
  'possible-existence',
  'historical',
  'hypothetical',
  'experiencer-other',
  'pseudo',
  'termination',
]);
export type TriggerCategory = z.infer<typeof TriggerCategorySchema>;

export const DirectionSchema = z.enum(['forward', 'backward', 'bidirectional', 'terminate', 'pseudo']);
export type Direction = z.infer<typeof DirectionSchema>;

/** One ConText trigger rule (after medspaCy's `ConTextRule`). */
export const TriggerRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case id'),
    category: TriggerCategorySchema,
    /** Phrase matched on tokens (inflections folded). */
    literal: nonEmpty.optional(),
    /** Token pattern: `a|b` alternatives, `_` any token, `?` optional (see compilePattern). */
    pattern: nonEmpty.optional(),
    direction: DirectionSchema,
    /** Maximum distance in words (punctuation not counted) between trigger and target; default `defaults.maxScope`. */
    maxScope: z.number().int().positive().optional(),
    /** Further categories the trigger also sets ("family history of" is other and historical). */
    also: z.array(TriggerCategorySchema).default([]),
    /** For termination rules: the categories whose scope it ends (default: all). */
    appliesTo: z.array(TriggerCategorySchema).optional(),
    /**
     * For termination rules: trigger ids whose scope it also ends, whatever `appliesTo` says
     * ("with" ends the scope of "removal of" but not of "no").
     */
    appliesToRules: z.array(z.string()).optional(),
    /** Free tags; `likely` marks hedges that `likelyIsPositive` turns off. */
    tags: z.array(nonEmpty).default([]),
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.literal === undefined) === (r.pattern === undefined))
      ctx.addIssue({ code: 'custom', path: ['literal'], message: 'give exactly one of literal or pattern' });
    const needs: Partial<Record<TriggerCategory, Direction>> = { pseudo: 'pseudo', termination: 'terminate' };
    const want = needs[r.category];
    if (want && r.direction !== want) ctx.addIssue({ code: 'custom', path: ['direction'], message: `category ${r.category} needs direction ${want}` });
    if (r.also.some((c) => c === 'pseudo' || c === 'termination')) ctx.addIssue({ code: 'custom', path: ['also'], message: 'also may not name pseudo or termination' });
    if (r.appliesTo && r.category !== 'termination') ctx.addIssue({ code: 'custom', path: ['appliesTo'], message: 'appliesTo is only for termination rules' });
    if (r.appliesToRules && r.category !== 'termination') ctx.addIssue({ code: 'custom', path: ['appliesToRules'], message: 'appliesToRules is only for termination rules' });
    if (!want && (r.direction === 'pseudo' || r.direction === 'terminate'))
      ctx.addIssue({ code: 'custom', path: ['direction'], message: `direction ${r.direction} is only for category ${r.direction === 'pseudo' ? 'pseudo' : 'termination'}` });
  });
export type TriggerRule = z.infer<typeof TriggerRuleSchema>;

/** `rules/<lang>/context.yaml`. */
export const ContextRulesSchema = z
  .object({
    language: nonEmpty,
    version: nonEmpty,
    defaults: z.object({ maxScope: z.number().int().positive().default(20) }).strict().default({ maxScope: 20 }),
    /** Words that end with a period without ending the sentence ("approx.", "Dr."). */
    abbreviations: z.array(nonEmpty).default([]),
    triggers: z.array(z.unknown()),
  })
  .strict();

/** `rules/<lang>/abnormal-findings.yaml`: findings beyond an ontology's labels that are abnormal. */
export const AbnormalFindingsSchema = z
  .object({
    language: nonEmpty,
    version: nonEmpty,
    groups: z.array(z.object({ id: nonEmpty, phrases: z.array(nonEmpty).min(1) }).strict()),
  })
  .strict();
export type AbnormalFindings = z.infer<typeof AbnormalFindingsSchema>;
