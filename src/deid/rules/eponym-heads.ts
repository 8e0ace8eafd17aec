// The eponym heads of the de-identification detector as data (rules/en/deid-eponym-heads.yaml): the
// clinical nouns after which a name word names an instrument, scale, sign, method, finding, body
// part or allergen ("Huber needle", "Katz ADL", "Dix-Hallpike manoeuvre", "Timothy grass"). One
// list, read by the name-list, place, keep-list and learned layers (token-scanner.ts,
// learned-names.ts).
import { z } from 'zod';
import { shippedDeidRules } from './deid-rules.js';

const words = z.array(z.string().min(1).regex(/^[a-z][a-z'-]*$/, 'one lower-case word'));
// A result mark written in the gap beside an eponym: signs and brackets, "+ve" / "-ve".
const marks = z.array(z.string().regex(/^[()+/-]+(?:ve)?$/, 'a result mark of "+", "-", "/", "(", ")" and an optional "ve"'));

/** Eponyms of signs and tests written bare with their result ("neg Murphy", "Romberg neg"), and the words read around them. */
const BareSignsSchema = z
  .object({
    eponyms: words.min(1),
    // Result words on either side; after the eponym only; before it only.
    results: words.min(1),
    resultsAfter: words.default([]),
    resultsBefore: words.default([]),
    // Result marks on either side; after the eponym only.
    marks: marks.default([]),
    marksAfter: marks.default([]),
    qualifiers: words.default([]),
    joinWords: words.default([]),
    joinMarks: z.array(z.string().regex(/^[^\sA-Za-z0-9]$/, 'one punctuation character')).default([]),
    personLeads: words.default([]),
    screenedFor: words.default([]),
  })
  .strict();

/** The schema of `rules/<lang>/deid-eponym-heads.yaml`: groups of head nouns, each a list of words. */
export const EponymHeadsSchema = z
  .object({
    language: z.string().min(2),
    version: z.string().min(1),
    heads: z.record(z.string().min(1), words.min(1)),
    // Heads that count only right after the name, never two words on ("after-hours line").
    adjacentOnly: words.default([]),
    // Eponyms that name a sign without a head word when a result stands beside them.
    bareSigns: BareSignsSchema.optional(),
  })
  .strict();
/** The validated bare-sign lists of the eponym heads file. */
export type BareSigns = z.infer<typeof BareSignsSchema>;
/** The validated eponym heads. */
export type EponymHeads = z.infer<typeof EponymHeadsSchema>;

const load = shippedDeidRules('deid-eponym-heads.yaml', EponymHeadsSchema);
/** The shipped eponym heads (loaded once). */
export function eponymHeadRules(): EponymHeads {
  return load();
}

let all: Set<string> | undefined;
/** Every head word of every group, lower case. */
export function eponymHeadWords(): ReadonlySet<string> {
  all ??= new Set(Object.values(eponymHeadRules().heads).flat());
  return all;
}
