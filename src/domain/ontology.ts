import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

export const LabelCodesSchema = z
  .object({
    radlex: z.string().optional(),
    snomed: z.string().optional(),
    umls: z.string().optional(),
    icd10: z.string().optional(),
  })
  .strict();

/** One label of an ontology. `id` is the exported column name. */
export const LabelSchema = z
  .object({
    id: nonEmpty,
    name: nonEmpty,
    description: z.string().default(''),
    /** Phrases that name the finding, matched on tokens with inflections. */
    synonyms: z.array(nonEmpty).default([]),
    /**
     * Phrase patterns without regular expressions: `{aorta|aortic arch} * tortuous`,
     * `hemidiaphragm ~3 elevated`, `elevation of the ? hemidiaphragm` (see docs/ontologies.md).
     */
    phrases: z.array(nonEmpty).default([]),
    /** Regular expressions (case-insensitive) for phrasings synonyms cannot express. */
    patterns: z.array(nonEmpty).default([]),
    /**
     * Phrases (or phrase patterns) that look like this label's synonym but are another thing
     * ("pericardial effusion"); they block this label only.
     */
    exclusions: z.array(nonEmpty).default([]),
    /** Phrases that by themselves state the finding is absent ("normal heart size"). */
    absentPhrases: z.array(nonEmpty).default([]),
    /** Words that qualify a mention ("small", "left", "trace"); kept in the matched phrase. */
    modifiers: z.array(nonEmpty).default([]),
    codes: LabelCodesSchema.default({}),
    parent: z.string().optional(),
    modalities: z.array(nonEmpty).default([]),
    bodyParts: z.array(nonEmpty).default([]),
    /** The label is the ontology's "no finding" label: computed from the others, never matched. */
    noFinding: z.boolean().default(false),
  })
  .strict();
export type Label = z.infer<typeof LabelSchema>;

/** How study label values are written in a CheXpert-style CSV export. */
export const ExportConventionSchema = z
  .object({
    positive: z.string().default('1'),
    negative: z.string().default('0'),
    uncertain: z.string().default('-1'),
    notMentioned: z.string().default(''),
  })
  .strict();

export const OntologySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case id of letters, digits, - and _'),
    version: nonEmpty,
    name: nonEmpty,
    description: z.string().default(''),
    /**
     * What "No Finding" means: `chexpert` — positive when no pathology label (other than Support
     * Devices) is positive or uncertain; `no-abnormality` — positive only when nothing abnormal of any
     * kind is described (uses the abnormal-findings lexicon); `none` — the ontology has no such label.
     */
    noFindingSemantics: z.enum(['chexpert', 'no-abnormality', 'none']).default('none'),
    /** Labels that do not count against No Finding (CheXpert: Support Devices). */
    noFindingIgnores: z.array(z.string()).default([]),
    /**
     * Whether hedges tagged `likely` in the trigger rules ("likely", "probable", "X versus Y") make a
     * finding positive rather than uncertain. Suits ontologies whose gold has no uncertain class and
     * whose annotators code probable findings (ChestX-ray14); a run may override it.
     */
    likelyIsPositive: z.boolean().default(false),
    export: ExportConventionSchema.default({ positive: '1', negative: '0', uncertain: '-1', notMentioned: '' }),
    labels: z.array(LabelSchema).min(1),
  })
  .strict()
  .superRefine((o, ctx) => {
    const seen = new Set<string>();
    o.labels.forEach((l, i) => {
      if (seen.has(l.id)) ctx.addIssue({ code: 'custom', path: ['labels', i, 'id'], message: `duplicate label id "${l.id}"` });
      seen.add(l.id);
    });
    o.labels.forEach((l, i) => {
      if (l.parent && !seen.has(l.parent))
        ctx.addIssue({ code: 'custom', path: ['labels', i, 'parent'], message: `unknown parent label "${l.parent}"` });
    });
    for (const [i, id] of o.noFindingIgnores.entries())
      if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['noFindingIgnores', i], message: `unknown label "${id}"` });
  });
export type Ontology = z.infer<typeof OntologySchema>;
