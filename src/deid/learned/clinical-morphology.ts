// Clinical morphology of the learned layer (issue 11, session 30): a word ending in a drug stem
// (USAN / INN: "-pramine", "-statin", "-mycin") or a clinical suffix ("-crit", "-geminy", "-ectomy")
// is a drug, a test or a clinical state, never a name or a place, whether or not a list holds it.
// The endings are data (rules/en/deid-clinical-morphology.yaml).
import { z } from 'zod';
import { shippedDeidRules } from '../rules/deid-rules.js';

const endings = z.array(z.string().regex(/^[a-z]{3,}$/, 'a lower-case ending of three letters or more')).min(1);

/** The schema of `rules/<lang>/deid-clinical-morphology.yaml`. */
export const ClinicalMorphologySchema = z
  .object({
    language: z.string().min(2),
    version: z.string().min(1),
    minStem: z.number().int().min(1).max(8),
    drugStems: endings,
    clinicalSuffixes: endings,
  })
  .strict();
export type ClinicalMorphology = z.infer<typeof ClinicalMorphologySchema>;

const load = shippedDeidRules('deid-clinical-morphology.yaml', ClinicalMorphologySchema);
/** The shipped clinical morphology (loaded once). */
export function clinicalMorphology(): ClinicalMorphology {
  return load();
}

let ending: RegExp | undefined;
/**
 * The ending of `word` (lower case) that makes it a drug or a clinical term, or undefined: a
 * listed ending after at least `minStem` letters, the word all letters ("imipramine",
 * "hematocrit", "trigeminy"; not "april", not "crit").
 */
export function clinicalEnding(word: string): string | undefined {
  if (!ending) {
    const d = clinicalMorphology();
    const all = [...new Set([...d.drugStems, ...d.clinicalSuffixes])].sort((a, b) => b.length - a.length);
    ending = new RegExp(`^[a-z]{${d.minStem},}(${all.join('|')})$`);
  }
  return ending.exec(word)?.[1];
}
