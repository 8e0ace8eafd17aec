import { pseudonym, remapUid } from '../deid/pseudonyms.js';

/**
 * The reference function a site's DICOM de-identifier reproduces to name studies, series and
 * instances exactly as radlabel does: `2.25.` followed by the decimal value of the first 128 bits
 * (32 hex digits) of HMAC-SHA256(key, "uid:" + rawUid), the key taken as its UTF-8 bytes. It is the
 * function the report side applies to a report's Study Instance UID (`remapUid`), so a study's
 * images and its de-identified labels meet under one UID. Test vector and a Python version:
 * `docs/shared-keys.md`.
 */
export function deidentifiedUid(rawUid: string, key: string): string {
  return remapUid(key, rawUid);
}

/** The accession pseudonym the report side stores (20 hex digits of HMAC(key, "accession:" + value)). */
export function accessionPseudonym(accession: string, key: string): string {
  return pseudonym(key, 'accession', accession);
}

/** The report id the HL7 / FHIR ingest gives a report with this accession (`acc-<pseudonym>`). */
export function reportIdOfAccession(accession: string, key: string): string {
  return `acc-${accessionPseudonym(accession, key)}`;
}
