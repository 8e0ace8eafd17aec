import { z } from 'zod';
import { CodeableConceptSchema, type AnyResource, type Reference } from './fhir-schemas.js';

/** The Observation elements that carry narrative results (https://hl7.org/fhir/R4/observation.html). */
const TextObservationSchema = z.looseObject({
  resourceType: z.literal('Observation'),
  status: z.string().optional().catch(undefined),
  code: CodeableConceptSchema.optional().catch(undefined),
  valueString: z.string().optional().catch(undefined),
});

/** LOINC codes of imaging report sections (the LOINC / DICOM SR document sections). */
const LOINC_HEADING: Readonly<Record<string, string>> = {
  '19005-8': 'IMPRESSION',
  '59776-5': 'FINDINGS',
  '18782-3': 'FINDINGS',
  '18834-2': 'COMPARISON',
  '55752-0': 'CLINICAL INFORMATION',
  '18785-6': 'INDICATION',
  '55111-9': 'TECHNIQUE',
  '18783-1': 'ADDENDUM',
};

function headingFor(code: z.infer<typeof CodeableConceptSchema> | undefined): string {
  for (const c of code?.coding ?? []) {
    const h = LOINC_HEADING[c.code ?? ''];
    if (h) return h;
  }
  const words = [code?.text, ...(code?.coding ?? []).map((c) => c.display)].filter(Boolean).join(' ');
  if (/impression|conclusion/i.test(words)) return 'IMPRESSION';
  if (/indication|history|reason/i.test(words)) return 'INDICATION';
  if (/comparison/i.test(words)) return 'COMPARISON';
  if (/technique|procedure/i.test(words)) return 'TECHNIQUE';
  if (/addendum/i.test(words)) return 'ADDENDUM';
  return 'FINDINGS';
}

/**
 * Text from the report's `result` Observations that carry narrative (`valueString`), for reports
 * that put findings and impression there instead of in `presentedForm`: one "HEADING:\n<text>"
 * block per Observation, the heading taken from its LOINC section code or code text. Unresolvable
 * references and entered-in-error / cancelled Observations are left out.
 */
export function resultObservationText(results: readonly Reference[], resolve: (ref: Reference) => AnyResource | undefined): string[] {
  const blocks: string[] = [];
  for (const ref of results) {
    const parsed = TextObservationSchema.safeParse(resolve(ref));
    if (!parsed.success) continue;
    const o = parsed.data;
    if (o.status === 'entered-in-error' || o.status === 'cancelled') continue;
    const value = o.valueString?.replace(/\r\n?/g, '\n').trim();
    if (value) blocks.push(`${headingFor(o.code)}:\n${value}`);
  }
  return blocks;
}
