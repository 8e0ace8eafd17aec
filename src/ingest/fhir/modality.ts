import { PROCEDURE_BODY_PART, PROCEDURE_MODALITY, SERVICE_SECTION_MODALITY, lookup } from '../hl7/vocab.js';

// The HL7 ingest's vocabulary is reused so that every input format names modalities and body
// parts alike (XR, CT, MR, US…; chest, abdomen…), which the evaluation strata rely on.

const firstMatch = (table: ReadonlyArray<readonly [RegExp, string]>, texts: ReadonlyArray<string | undefined>): string | undefined => {
  for (const t of texts) {
    if (!t) continue;
    for (const [re, value] of table) if (re.test(t)) return value;
  }
  return undefined;
};

/**
 * Modality in the shared vocabulary: from the structured modality code (DICOM, e.g. DX / CR / CT),
 * else an imaging service-section code (HL7 table 0074, e.g. CT / NMR / RUS), else the procedure
 * texts; a structured code outside the vocabulary is kept as written when nothing else is known.
 */
export function inferModality(
  modalityCode: string | undefined,
  texts: ReadonlyArray<string | undefined>,
  sectionCodes: ReadonlyArray<string> = [],
): string | undefined {
  const code = modalityCode?.trim();
  const known = (c: string): string | undefined => lookup(SERVICE_SECTION_MODALITY, c.toUpperCase());
  return (
    (code ? known(code) : undefined) ??
    sectionCodes.map(known).find((m) => m !== undefined) ??
    firstMatch(PROCEDURE_MODALITY, texts) ??
    (code || undefined)
  );
}

/** Body part from a structured body-site text or procedure texts, in the shared vocabulary. */
export function inferBodyPart(site: string | undefined, texts: ReadonlyArray<string | undefined>): string | undefined {
  return firstMatch(PROCEDURE_BODY_PART, [site, ...texts]) ?? (site?.trim() ? site.trim().toLowerCase() : undefined);
}
