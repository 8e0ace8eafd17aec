// The hand-over slots of the de-identification detector as data (rules/en/deid-handover-slots.yaml):
// where a person or a carrier stands in the logistics of moving a patient and their things
// (free-text/handover-names.ts, free-text/transport-carriers.ts).
import { z } from 'zod';
import { shippedDeidRules } from './deid-rules.js';

const words = z.array(z.string().min(1).regex(/^[^A-Z]*$/, 'lower case')).min(1);

/** The schema of `rules/<lang>/deid-handover-slots.yaml`. */
export const HandoverSlotsSchema = z
  .object({
    language: z.string().min(2),
    version: z.string().min(1),
    belongings: z.object({ things: words, verbs: words }).strict(),
    meeting: z.object({ verbs: words, objects: words }).strict(),
    crew: z.object({ leads: words }).strict(),
    visitors: z.object({ leads: words }).strict(),
    nonNames: words,
    carriers: z.object({ leads: words, heads: words, modes: words }).strict(),
  })
  .strict();
/** The validated hand-over slots. */
export type HandoverSlots = z.infer<typeof HandoverSlotsSchema>;

const load = shippedDeidRules('deid-handover-slots.yaml', HandoverSlotsSchema);
/** The shipped hand-over slots (loaded once). */
export function handoverSlots(): HandoverSlots {
  return load();
}
