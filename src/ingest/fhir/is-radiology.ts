import type { CodeableConcept, DiagnosticReport } from './fhir-schemas.js';

const V2_0074 = 'http://terminology.hl7.org/CodeSystem/v2-0074';
const LOINC = 'http://loinc.org';
const SNOMED = 'http://snomed.info/sct';

/**
 * Diagnostic service sections (HL7 v2 table 0074) that are imaging: radiology, radiograph, CT,
 * MR, nuclear medicine, radiology / OB / vascular ultrasound, cineradiograph. Cardiac ultrasound
 * (CUS) belongs to cardiology and is not here.
 */
const V2_IMAGING = new Set(['RAD', 'RX', 'CT', 'NMR', 'NMS', 'RUS', 'OUS', 'VUS', 'XRC']);
/** LOINC LP29684-5 "Radiology" (US Core note category). LP7839-6 is Pathology, LP29708-2 Cardiology. */
const LOINC_IMAGING_CATEGORY = new Set(['LP29684-5']);
/** SNOMED 394914008 "Radiology (specialty)", 363679005 "Imaging (procedure)". */
const SNOMED_IMAGING = new Set(['394914008', '363679005']);

/**
 * Generic LOINC imaging report codes: 18748-4 Diagnostic imaging study, 18782-3 Radiology study
 * observation, 18726-0 Radiology studies (set), 19005-8 Radiology imaging study impression,
 * 18747-6 CT study, 18755-9 MR study, 18760-9 US study.
 */
const LOINC_IMAGING_CODES = new Set(['18748-4', '18782-3', '18726-0', '19005-8', '18747-6', '18755-9', '18760-9']);

// Modality words in a code's text / display. Abbreviations must be in capitals ("US", "CT") so
// that "us" or "ct" inside words never match; full words match in any case.
const MODALITY_ABBR = /\b(?:XR|CR|DX|CT|CTA|MR|MRI|MRA|US|PET|DXA|DEXA|SPECT)\b/;
const MODALITY_WORD =
  /\b(?:x-?ray|radiograph\w*|radiolog\w*|computed tomography|tomograph\w*|magnetic resonance|ultrasound|ultrason\w*|sonogra\w*|doppler|mammo\w*|fluoro\w*|angiogra\w*|nuclear medicine|scintigra\w*|imaging)\b/i;

/** True when a category names radiology / imaging. */
function isImagingCategory(c: CodeableConcept): boolean {
  for (const coding of c.coding ?? []) {
    const code = coding.code ?? '';
    if ((coding.system === V2_0074 || coding.system === undefined) && V2_IMAGING.has(code)) return true;
    if (coding.system === LOINC && LOINC_IMAGING_CATEGORY.has(code)) return true;
    if (coding.system === SNOMED && SNOMED_IMAGING.has(code)) return true;
  }
  const words = [c.text, ...(c.coding ?? []).map((x) => x.display)].filter(Boolean).join(' ');
  return /\b(?:radiology|imaging)\b/i.test(words);
}

/** True when a report code is a generic LOINC imaging code or names an imaging modality. */
export function isImagingCode(c: CodeableConcept | undefined): boolean {
  if (!c) return false;
  if (c.coding?.some((x) => x.system === LOINC && LOINC_IMAGING_CODES.has(x.code ?? ''))) return true;
  const texts = [c.text, ...(c.coding ?? []).map((x) => x.display)].filter((t): t is string => !!t);
  return texts.some((t) => MODALITY_ABBR.test(t) || MODALITY_WORD.test(t));
}

/**
 * Decides whether a DiagnosticReport is a radiology report
 * (https://hl7.org/fhir/R4/diagnosticreport-definitions.html#DiagnosticReport.category):
 * with categories, any imaging category (v2-0074 RAD and other imaging sections, LOINC LP29684-5,
 * SNOMED Radiology) qualifies and anything else (cardiology, lab, pathology) does not; without a
 * category, the report code must be a LOINC imaging code or name an imaging modality.
 */
export function isRadiologyReport(dr: DiagnosticReport): boolean {
  const categories = dr.category ?? [];
  const meaningful = categories.filter((c) => (c.coding?.length ?? 0) > 0 || !!c.text);
  if (meaningful.length > 0) return meaningful.some(isImagingCategory);
  return isImagingCode(dr.code);
}

