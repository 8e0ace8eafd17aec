import type { ReportStatus } from '../../domain/report.js';

/**
 * Small code tables for HL7 v2 radiology messages. Kept as data so the mapping logic stays a lookup.
 */

/** Own-key lookup: message content must never reach inherited keys such as `constructor`. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** OBR-25 result status (HL7 table 0123) and OBX-11 (table 0085), plus TXA-17 (table 0271). */
export const STATUS_CODES: Readonly<Record<string, ReportStatus>> = {
  F: 'final',
  P: 'preliminary',
  I: 'preliminary',
  R: 'preliminary',
  S: 'preliminary',
  C: 'corrected',
  X: 'cancelled',
  D: 'cancelled',
  // TXA-17 document completion status
  AU: 'final',
  LA: 'final',
  DI: 'preliminary',
  DO: 'preliminary',
  IN: 'preliminary',
  IP: 'preliminary',
  PA: 'preliminary',
  CA: 'cancelled',
};

/** OBR-24 diagnostic service section id (HL7 table 0074, plus common local codes) to modality. */
export const SERVICE_SECTION_MODALITY: Readonly<Record<string, string>> = {
  CT: 'CT',
  CAT: 'CT',
  NMR: 'MR',
  MR: 'MR',
  MRI: 'MR',
  NMS: 'NM',
  NM: 'NM',
  RX: 'XR',
  XR: 'XR',
  CR: 'XR',
  DX: 'XR',
  XRC: 'RF',
  RF: 'RF',
  US: 'US',
  VUS: 'US',
  OUS: 'US',
  CUS: 'US',
  PET: 'PET',
  PT: 'PET',
  MG: 'MG',
  MAM: 'MG',
  XA: 'XA',
  DXA: 'DXA',
};

/**
 * Procedure-text patterns to modality, tried in order (PET before CT so "PET/CT" is PET; CTA and
 * MRA are cross-sectional before the generic angiography pattern).
 */
export const PROCEDURE_MODALITY: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bPET\b|POSITRON/i, 'PET'],
  [/\bCTA?\b|\bCAT SCAN\b|COMPUTED TOMOGRAPH/i, 'CT'],
  [/\bMR[IA]?\b|MAGNETIC RESONANCE/i, 'MR'],
  [/\bMAMMO|\bMG\b|TOMOSYNTHESIS/i, 'MG'],
  [/\bDXA\b|\bDEXA\b|DENSITOMETR/i, 'DXA'],
  [/\bNM\b|NUCLEAR|SCINTIGRA|\bSPECT\b|BONE SCAN/i, 'NM'],
  [/\bUS\b|ULTRASOUND|SONOGRA|DOPPLER|\bECHO/i, 'US'],
  [/FLUORO|\bRF\b|BARIUM|SWALLOW STUDY/i, 'RF'],
  [/ANGIOGRA|\bXA\b/i, 'XA'],
  [/\bXR\b|X-?RAY|RADIOGRAPH|\bCXR\b|\bKUB\b|\bPA AND LAT/i, 'XR'],
];

/** Procedure-text patterns to body part, tried in order (more specific first). */
export const PROCEDURE_BODY_PART: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bCHEST\b|\bTHORA|\bCXR\b|\bLUNGS?\b|PULMONARY/i, 'chest'],
  [/\bABD(OMEN|OMINAL)?\b|\bKUB\b|\bLIVER\b|RENAL|\bKIDNEY/i, 'abdomen'],
  [/\bPELVI[SC]\b/i, 'pelvis'],
  [/\bHEAD\b|\bBRAIN\b|\bSKULL\b|CRANI/i, 'head'],
  [/\bNECK\b|THYROID|CAROTID/i, 'neck'],
  [/\bSPINE\b|SPINAL|\b[CLT]-?SPINE\b|LUMBAR|CERVICAL|VERTEBR/i, 'spine'],
  [/\bBREASTS?\b|MAMMO/i, 'breast'],
  [/\bHEART\b|CARDIAC|CORONARY|\bECHO/i, 'heart'],
  [/\bSHOULDER|\bELBOW|\bWRIST|\bHAND\b|\bHUMERUS|\bFOREARM|\bFINGER/i, 'upper extremity'],
  [/\bHIP\b|\bKNEE|\bANKLE|\bFOOT\b|\bFEMUR|\bTIBIA|\bLEG\b|\bTOE/i, 'lower extremity'],
];

/** Report heading that splitSections recognises, per section an OBX-3 observation id can name. */
export type SectionHeading = 'INDICATION' | 'TECHNIQUE' | 'COMPARISON' | 'FINDINGS' | 'IMPRESSION' | 'ADDENDUM';

/**
 * OBX-3 observation identifiers that name a report section: HL7 v2 radiology suffixes
 * (`&GDT` general diagnostic text, `&IMP` impression, `&ADT` addendum — chapter 7, "diagnostic study
 * observation ids"), LOINC radiology report sections and DICOM SR concept codes (DCM).
 */
export const SECTION_OBSERVATION_IDS: Readonly<Record<string, SectionHeading>> = {
  '&GDT': 'FINDINGS',
  '&IMP': 'IMPRESSION',
  '&ADT': 'ADDENDUM',
  '18782-3': 'FINDINGS',
  '59776-5': 'FINDINGS',
  '19005-8': 'IMPRESSION',
  '18785-6': 'INDICATION',
  '11329-0': 'INDICATION',
  '55111-9': 'TECHNIQUE',
  '18834-2': 'COMPARISON',
  '121060': 'INDICATION',
  '121064': 'TECHNIQUE',
  '121065': 'TECHNIQUE',
  '121070': 'FINDINGS',
  '121071': 'FINDINGS',
  '121072': 'IMPRESSION',
  '121073': 'IMPRESSION',
  '121076': 'IMPRESSION',
};

/** OBX-3 observation texts that name a section when no code matched (compared lower-cased). */
export const SECTION_OBSERVATION_TEXTS: Readonly<Record<string, SectionHeading>> = {
  findings: 'FINDINGS',
  impression: 'IMPRESSION',
  impressions: 'IMPRESSION',
  conclusion: 'IMPRESSION',
  addendum: 'ADDENDUM',
  indication: 'INDICATION',
  history: 'INDICATION',
  'clinical history': 'INDICATION',
  'reason for study': 'INDICATION',
  technique: 'TECHNIQUE',
  comparison: 'COMPARISON',
};

/** OBX-3 codes / texts of the DICOM Study Instance UID (DCM 113014; common local codes). */
export const STUDY_UID_CODES = new Set(['113014', 'STUDYUID', 'STUDY_UID', 'IUID', 'STUDYINSTANCEUID']);
export const STUDY_UID_HINT = /uid|113014|dicom/i;
export const STUDY_UID_TEXT = /study\s*instance\s*uid|dicom\s*study/i;
// Dotted digits; leading-zero components are invalid DICOM but occur in the wild, so they pass.
export const DICOM_UID = /^\d+(?:\.\d+)+$/;

/** OBX-2 value types that carry narrative report text. */
export const TEXT_VALUE_TYPES = new Set(['TX', 'FT', 'ST']);
