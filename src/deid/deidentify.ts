import type { DeidentifiedReport, RawReport, Section } from '../domain/report.js';
import { RadlabelError, type Locator } from '../errors/index.js';
import { sha256 } from '../util/hash.js';
import { keyedHex as hmacHex } from './keyed-hash.js';
import { compileKnown, detectKnown, nameParts, normName, type KnownMatcher } from './known-identifiers.js';
import { detectPhi, DETECTOR_VERSION } from './detect.js';
import { dateShiftDays, shiftIsoDateTime } from './date-shift.js';
import { pseudonym, remapUid } from './pseudonyms.js';
import { scrubText, mapOffset } from './scrub-text.js';
import type { SurrogateContext } from './surrogates.js';
import { buildGuard } from './guard-fingerprints.js';
import { assertNoLeakCompiled } from './leak-guard.js';

/** Settings of the de-identification stage. */
export interface DeidSettings {
  /** Secret key for HMAC pseudonyms, date shifts and surrogates (see `resolveDeidKey`). */
  key: string;
  /** `surrogate` (default): realistic replacements; `tag`: `[NAME]`, `[DATE]`, … */
  mode: 'surrogate' | 'tag';
  /** Keep DICOM Study Instance UIDs as they are (in-house use) instead of remapping them to `2.25.…`. */
  keepStudyUids: boolean;
}

function locatorOf(raw: RawReport): Locator {
  return { file: raw.source.file, row: raw.source.row, messageId: raw.source.messageId };
}

function reportIdOf(raw: RawReport, key: string): string {
  if (raw.archiveId) return raw.archiveId;
  if (raw.accession) return `acc-${pseudonym(key, 'accession', raw.accession)}`;
  const msg = raw.source.messageId ?? sha256(raw.text).slice(0, 16);
  return `${raw.source.format}-${hmacHex(key, `${raw.source.system}|${msg}`).slice(0, 20)}`;
}

// Message control ids are sender sequence numbers, not PHI: kept, unless one happens to carry a
// known identifier (some senders build them from the accession or MRN), then pseudonymised.
function versionKeyOf(raw: RawReport, key: string, rules: KnownMatcher): string {
  const v = raw.source.messageControlId ?? raw.source.version;
  if (v === undefined) return sha256(raw.text).slice(0, 16);
  return detectKnown(v, rules).length > 0 ? `v-${hmacHex(key, `version:${v}`).slice(0, 16)}` : v;
}

function refYearOf(raw: RawReport): number {
  const y = /^(\d{4})/.exec(raw.examDateTime ?? raw.reportDateTime ?? '');
  return y ? Number(y[1]) : 2001;
}

/**
 * De-identifies one report (issue 4): scrubs the text (known identifiers, patterns, free-text
 * names and places), pseudonymises ids with the keyed HMAC, shifts dates per patient, re-maps the
 * sections and runs the leak guard on its own output. Throws `DEID_FAILED` (no report text in the
 * message) or `DEID_LEAK`.
 */
export function deidentify(raw: RawReport, settings: DeidSettings): DeidentifiedReport {
  const locator = locatorOf(raw);
  const { key } = settings;
  try {
    if (!key) throw new RadlabelError('DEID_NO_KEY', 'No de-identification key is configured.', { locator });
    const known = raw.identifiers;
    const rules = compileKnown(known);
    const reportId = reportIdOf(raw, key);
    const patientKey = raw.patientId ?? known.patientIds[0] ?? `report:${reportId}`;
    // The shift stays derivable only from the key: it is never written to the record, which would
    // let anyone holding the output undo it.
    const shiftDays = dateShiftDays(key, patientKey);
    const avoid = new Set<string>();
    for (const n of [...known.patientNames, ...known.providerNames]) for (const p of nameParts(n)) avoid.add(normName(p));
    const ctx: SurrogateContext = { key, scope: hmacHex(key, `scope:${patientKey}`).slice(0, 16), shiftDays, refYear: refYearOf(raw), avoid };

    const hasPatient = raw.patientId !== undefined || known.patientIds.length > 0;
    const result = scrubText(raw.text, detectPhi(raw.text, rules, hasPatient ? ctx.scope : undefined), settings.mode, ctx);
    const sections: Section[] = raw.sections.map((s) => ({
      ...s,
      start: mapOffset(s.start, result.replacements, 'start'),
      end: mapOffset(s.end, result.replacements, 'end'),
    }));
    const counts = { ...result.counts };
    let procedure = raw.procedure;
    if (procedure?.text) {
      const p = scrubText(procedure.text, detectPhi(procedure.text, rules), settings.mode, ctx);
      procedure = { ...procedure, text: p.text };
      for (const [c, n] of Object.entries(p.counts)) counts[c] = (counts[c] ?? 0) + n;
    }

    const out: DeidentifiedReport = {
      source: raw.source,
      modality: raw.modality,
      bodyPart: raw.bodyPart,
      procedure,
      status: raw.status,
      sections,
      text: result.text,
      reportId,
      versionKey: versionKeyOf(raw, key, rules),
      accession: raw.accession === undefined ? undefined : pseudonym(key, 'accession', raw.accession),
      patientId: raw.patientId === undefined ? undefined : pseudonym(key, 'patient', raw.patientId),
      studyInstanceUid:
        raw.studyInstanceUid === undefined ? undefined : settings.keepStudyUids ? raw.studyInstanceUid : remapUid(key, raw.studyInstanceUid),
      examDateTime: raw.examDateTime === undefined ? undefined : shiftIsoDateTime(raw.examDateTime, shiftDays),
      reportDateTime: raw.reportDateTime === undefined ? undefined : shiftIsoDateTime(raw.reportDateTime, shiftDays),
      deid: { mode: settings.mode, detectorVersion: DETECTOR_VERSION, counts },
      guard: buildGuard(known, key),
    };
    assertNoLeakCompiled(out.text, rules, locator);
    if (out.procedure?.text) assertNoLeakCompiled(out.procedure.text, rules, locator);
    return out;
  } catch (err) {
    if (err instanceof RadlabelError && (err.code === 'DEID_LEAK' || err.code === 'DEID_NO_KEY')) throw err;
    throw new RadlabelError('DEID_FAILED', 'De-identification failed; the report was quarantined.', { locator, cause: err });
  }
}
