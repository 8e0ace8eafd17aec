// The person slots of the de-identification detector as data (rules/en/deid-person-slots.yaml): the
// words around places in running text where a person's initials or name stand. Apart from
// deid-name-cues.yaml `cues`, which the learned layer reads whole as features.
import { z } from 'zod';
import { shippedDeidRules } from './deid-rules.js';

const words = z.array(z.string().min(1).regex(/^[^A-Z]*$/, 'lower case'));

/** The schema of `rules/<lang>/deid-person-slots.yaml`. */
export const PersonSlotsSchema = z
  .object({
    language: z.string().min(2),
    version: z.string().min(1),
    // "Pt (A.P.) called", "pt LJ seen", "pt initials on montage WS" (patient-initials.ts).
    patientInitials: z.object({ leads: words, verbs: words, holders: words, holderChecks: words, nonInitials: words, beforeVerb: words, labelWords: words, codeLabels: words }).strict(),
    // "older sib Joonas", "maternal GM Conti", "sister june at …" (relation-names.ts).
    relationNames: z.object({ relations: words, nonNames: words }).strict(),
    // "RT IVY AT BEDSIDE", "pharmacist sunny confirmed" (role-names.ts).
    roleNames: z.object({ roles: words, verbs: words, wordNameAfter: words, nonNames: words }).strict(),
    // "Renal (Halvorsen) following", "GI (FISHER) scoping" (service-consultants.ts).
    serviceConsultants: z.object({ services: words }).strict(),
    // "Printed by LOVEC", "Last edited … by mfoley", audit-trail rows and user columns (user-ids.ts).
    userIds: z.object({ actions: words, handsOnActions: words, leads: words, auditVerbs: words, columns: words, nonUsers: words }).strict(),
  })
  .strict();
/** The validated person slots. */
export type PersonSlots = z.infer<typeof PersonSlotsSchema>;

const load = shippedDeidRules('deid-person-slots.yaml', PersonSlotsSchema);
/** The shipped person slots (loaded once). */
export function personSlots(): PersonSlots {
  return load();
}
