import { decodeEscapes } from './escapes.js';
import type { Delimiters, Segment } from './hl7-message.js';
import { field } from './hl7-message.js';
import {
  DICOM_UID,
  SECTION_OBSERVATION_IDS,
  SECTION_OBSERVATION_TEXTS,
  STUDY_UID_CODES,
  STUDY_UID_HINT,
  STUDY_UID_TEXT,
  lookup,
  type SectionHeading,
} from './vocab.js';

/**
 * OBX-3 observation identifier: the decoded identifier (subcomponents re-joined with `&`, so the
 * HL7 radiology suffix form `71020&IMP` survives) and the decoded text component.
 */
export function observationId(obx: Segment, d: Delimiters): { id: string; text: string } {
  // Called for every text OBX: slice by index instead of splitting the whole field.
  const raw = field(obx, 3);
  const r = raw.indexOf(d.repetition);
  const rep = r < 0 ? raw : raw.slice(0, r);
  const c1 = rep.indexOf(d.component);
  const idRaw = c1 < 0 ? rep : rep.slice(0, c1);
  const c2 = c1 < 0 ? -1 : rep.indexOf(d.component, c1 + 1);
  const textRaw = c1 < 0 ? '' : rep.slice(c1 + 1, c2 < 0 ? rep.length : c2);
  const id = idRaw.includes(d.subcomponent) ? idRaw.split(d.subcomponent).join('&') : idRaw;
  return { id: decodeEscapes(id, d).trim(), text: textRaw && decodeEscapes(textRaw, d).trim() };
}

/** OBX-2 value type, upper-cased. */
export function valueType(obx: Segment, d: Delimiters): string {
  return field(obx, 2).split(d.component, 1)[0]!.trim().toUpperCase();
}

/** OBX-1 set id as a number, NaN when absent or not numeric. */
export function setId(obx: Segment): number {
  const v = field(obx, 1).trim();
  return /^\d+$/.test(v) ? Number(v) : NaN;
}

/** The report section an OBX-3 observation id names, if any (`&IMP`, LOINC 19005-8, "Impression"…). */
export function sectionOf(obs: { id: string; text: string }): SectionHeading | undefined {
  const id = obs.id.toUpperCase();
  const byCode = lookup(SECTION_OBSERVATION_IDS, id);
  if (byCode) return byCode;
  const suffix = /(?:^|&)(GDT|IMP|ADT)$/.exec(id);
  if (suffix) return lookup(SECTION_OBSERVATION_IDS, `&${suffix[1]}`);
  return lookup(SECTION_OBSERVATION_TEXTS, obs.text.toLowerCase());
}

/** Whether the OBX-3 observation id denotes the DICOM Study Instance UID (DCM 113014 and local codes). */
export function isStudyUidObservation(obx: Segment, d: Delimiters): boolean {
  // Cheap raw pre-check: almost no OBX-3 mentions a UID, so most calls stop here.
  if (!STUDY_UID_HINT.test(field(obx, 3))) return false;
  const obs = observationId(obx, d);
  return STUDY_UID_CODES.has(obs.id.toUpperCase().replace(/[\s-]/g, '')) || STUDY_UID_TEXT.test(obs.text);
}

/** The first DICOM UID among the decoded components of a field's first repetition (HD / ST / RP values). */
export function uidIn(raw: string, d: Delimiters): string | undefined {
  const parts = raw.split(d.repetition, 1)[0]!.split(d.component);
  for (const p of parts) {
    const v = decodeEscapes(p.split(d.subcomponent, 1)[0]!, d).trim();
    if (DICOM_UID.test(v)) return v;
  }
  return undefined;
}
