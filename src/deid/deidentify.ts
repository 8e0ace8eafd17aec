import type { DeidentifiedReport, RawReport, Section } from '../domain/report.js';
import { RadlabelError, type Locator } from '../errors/index.js';
import { sha256 } from '../util/hash.js';
import { keyedHex as hmacHex } from './keyed-hash.js';
import { compileKnown, detectKnown, type KnownMatcher } from './known-identifiers.js';
import { detectPhi, DETECTOR_VERSION } from './detect.js';
import { addDays, dateShiftDays, shiftIsoDateTime } from './date-shift.js';
import { pseudonym, remapUid } from './pseudonyms.js';
import { scrubText, mapOffset } from './scrub-text.js';
import { isDicomUid, weekdayIndex, type BirthYearHiding, type SurrogateContext } from './surrogates.js';
import type { PhiSpan } from './phi-span.js';
import { buildGuard } from './guard-fingerprints.js';
import { assertNoLeakCompiled } from './leak-guard.js';
import type { PatientContext } from './patient-context.js';
import type { DeidProfile } from './keep-list/keep-list-names.js';

/** Settings of the de-identification stage. */
export interface DeidSettings {
  /** Secret key for HMAC pseudonyms, date shifts and surrogates (see `resolveDeidKey`). */
  key: string;
  /** `surrogate` (default): realistic replacements; `tag`: `[NAME]`, `[DATE]`, … */
  mode: 'surrogate' | 'tag';
  /** Keep DICOM Study Instance UIDs as they are (in-house use) instead of remapping them to `2.25.…`. */
  keepStudyUids: boolean;
  /**
   * The run's explicit per-patient memory (issue 11). Absent (the default), a report's output
   * depends only on the report and the key, whatever the run read before.
   */
  patientContext?: PatientContext;
  /** Detection profile: `balanced` (default) or `strict` (recall first: unknown Title-case words anywhere are names). */
  profile?: DeidProfile;
}

function locatorOf(raw: RawReport): Locator {
  return { file: raw.source.file, row: raw.source.row, messageId: raw.source.messageId };
}

/** The pseudonymous document id de-identification gives a raw report (the service answers it at once, before de-identifying). */
export function reportIdOf(raw: RawReport, key: string): string {
  return reportIdWith(raw, key, raw.archiveId || !raw.accession ? undefined : pseudonym(key, 'accession', raw.accession));
}

/**
 * {@link reportIdOf} with the accession's pseudonym already worked out (de-identification writes
 * it to the record too); it is read only when there is an accession and no archive id.
 */
function reportIdWith(raw: RawReport, key: string, accessionPseudonym: string | undefined): string {
  if (raw.archiveId) return raw.archiveId;
  if (raw.accession) return `acc-${accessionPseudonym!}`;
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

const ymdOf = (s: string | undefined) => {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(s ?? '');
  return m ? ([+m[1]!, +m[2]!, +m[3]!] as const) : undefined;
};
/** A calendar day as [year, month 1-12, day]. */
type Ymd = readonly [number, number, number];
// The day `Date.UTC(y, m - 1, d)` is, moved by `days`, as addDays reads it without a Date object
// (rolling over out-of-range months and days, years 0-99 taken as 1900-1999, as Date.UTC does).
const utcDay = (y: number, m: number, d: number, days = 0): Ymd => addDays(y, m, d, days);
// Whole years from `b` to `at` (the month-and-day comparison of the Date getters, months 1-12 here).
const ageAt = (b: Ymd, at: Ymd) => at[0] - b[0] - (at[1] * 100 + at[2] < b[1] * 100 + b[2] ? 1 : 0);

/**
 * Safe Harbor for ages over 89: when the structured birth date puts the patient at 90 or more on
 * the exam date, how far to move the birth year back so the (shifted) birth date reads as a
 * patient of exactly 90 at the shifted exam. Undefined under 90 or when either date is unknown.
 */
export function birthYearHiding(birthDate: string | undefined, examDate: string | undefined, shiftDays: number): BirthYearHiding | undefined {
  const b = ymdOf(birthDate);
  const e = ymdOf(examDate);
  if (!b || !e || ageAt(utcDay(...b), utcDay(...e)) < 90) return undefined;
  const exam = utcDay(...e, shiftDays);
  let dayAdjust = 0;
  const birth = utcDay(...b, shiftDays);
  let target = exam[0] - 90 - (ageAt(utcDay(exam[0], birth[1], birth[2]), exam) < 0 ? 1 : 0);
  // A shifted birthday on Feb 29 does not exist in a common target year: take Feb 28 (the same
  // year: the year shift below is unchanged).
  if (birth[1] === 2 && birth[2] === 29 && utcDay(target, 2, 29)[1] !== 2) {
    dayAdjust = -1;
    target = exam[0] - 90 - (ageAt(utcDay(exam[0], 2, 28), exam) < 0 ? 1 : 0);
  }
  const iso = `${String(b[0]).padStart(4, '0')}-${String(b[1]).padStart(2, '0')}-${String(b[2]).padStart(2, '0')}`;
  return { iso, yearShift: target - birth[0], dayAdjust };
}

// A weekday name right before a date ("Tuesday, March 5, 2024", "Tue 3/5"): in surrogate mode it
// would reveal the shift modulo 7, so the DATE span takes it in and the surrogate rewrites it.
// Abbreviations count only capitalised ("sat 3 hours" is no weekday).
const WEEKDAY_BEFORE = /(?<![\p{L}\p{N}])(\p{L}{3,9})(\.?)(?:, | )$/u;

// `/[\d.]/` of one character, by its code.
const isDigitOrDot = (c: number) => (c >= 48 && c <= 57) || c === 46;

/**
 * Whether {@link WEEKDAY_BEFORE} may match text ending with the blank at `blank`: the character
 * before it (before a comma there) must be a dot or a letter (any non-ASCII character is let
 * through to the expression).
 */
function mayEndWeekday(text: string, blank: number): boolean {
  let p = blank - 1;
  if (text.charCodeAt(p) === 44) p--;
  const c = text.charCodeAt(p);
  return c >= 128 || c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Adjusts detected spans before substitution: a DICOM UID becomes one ID span (whatever pieces of it
 * were detected), and in surrogate mode a DATE span takes in a weekday name written just before it.
 */
export function adjustDateAndUidSpans(text: string, spans: PhiSpan[], mode: 'surrogate' | 'tag'): PhiSpan[] {
  let out = spans;
  // Only around an id-like span: the pattern layer flags a UID, or pieces of it (long arcs as ids,
  // four short arcs as an IP), so the text itself need not be scanned again.
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    if (s.category !== 'ID' && s.category !== 'IP') continue;
    let a = s.start;
    let b = s.end;
    while (a > 0 && isDigitOrDot(text.charCodeAt(a - 1))) a--;
    while (b < text.length && isDigitOrDot(text.charCodeAt(b))) b++;
    while (text[b - 1] === '.') b--;
    const value = text.slice(a, b);
    if ((a === s.start && b === s.end) || !isDicomUid(value)) continue;
    const uid: PhiSpan = { start: a, end: b, category: 'ID', source: 'uid' };
    const kept: PhiSpan[] = [];
    for (const o of out) {
      if (o.end <= uid.start || o.start >= uid.end) kept.push(o);
      else {
        uid.start = Math.min(uid.start, o.start);
        uid.end = Math.max(uid.end, o.end);
      }
    }
    kept.push(uid);
    out = kept.sort((x, y) => x.start - y.start);
    k = out.indexOf(uid);
  }
  if (mode !== 'surrogate') return out;
  const res: PhiSpan[] = [];
  for (const s of out) {
    const prev = res[res.length - 1];
    if (s.category !== 'DATE') {
      res.push(s);
      continue;
    }
    // A weekday word the name or place layers took ("Tue" is also a given name) is still a weekday here.
    // The weekday pattern ends in a blank: without one right before the date there is none to take.
    if (text.charCodeAt(s.start - 1) !== 32) {
      res.push(s);
      continue;
    }
    // The weekday word (and its optional dot) ends right before the blank, or before ", ": an ASCII
    // character there that is neither a letter nor a dot leaves no weekday to find.
    if (!mayEndWeekday(text, s.start - 1)) {
      res.push(s);
      continue;
    }
    const from = Math.max(prev && prev.category !== 'NAME' && prev.category !== 'LOCATION' ? prev.end : (prev?.start ?? 0), s.start - 12);
    const m = WEEKDAY_BEFORE.exec(text.slice(from, s.start));
    if (!m || weekdayIndex(m[1]!) < 0 || (m[1]!.length < 6 && !/^\p{Lu}/u.test(m[1]!))) {
      res.push(s);
      continue;
    }
    const start = s.start - m[0].length;
    if (prev && prev.end > start) {
      // Only a span that is exactly the weekday word (with or without its dot) is absorbed.
      const wordEnd = start + m[1]!.length;
      if (prev.start !== start || (prev.end !== wordEnd && prev.end !== wordEnd + m[2]!.length)) {
        res.push(s);
        continue;
      }
      res.pop();
    }
    res.push({ ...s, start });
  }
  return res;
}

// The words a report's surrogates must avoid, per address or organisation (the structured names'
// come with the known-identifier matcher). Feeds repeat them (a patient's address, the facilities):
// each value's words are worked out once and memoised by value (bounded, dropped when full).
const MAX_AVOID_CACHED = 20_000;
const placeAvoid = new Map<string, readonly string[]>();

function cached(cache: Map<string, readonly string[]>, k: string, make: () => string[]): readonly string[] {
  const hit = cache.get(k);
  if (hit) return hit;
  if (cache.size >= MAX_AVOID_CACHED) cache.clear();
  const v = make();
  cache.set(k, v);
  return v;
}

/** The lower-cased parts of an address or organisation (three letters or more, no digit) and their words. */
function placeAvoidWords(v: string): readonly string[] {
  return cached(placeAvoid, v, () => {
    const out: string[] = [];
    for (const part of v.split(/[,^\n;]+/)) {
      const p = part.trim().toLowerCase();
      if (p.length < 3 || /\d/.test(p)) continue;
      out.push(p);
      for (const w of p.split(/\s+/)) if (w.length >= 3) out.push(w);
    }
    return out;
  });
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
    const accession = raw.accession === undefined ? undefined : pseudonym(key, 'accession', raw.accession);
    const reportId = reportIdWith(raw, key, accession);
    const patientKey = raw.patientId ?? known.patientIds[0] ?? `report:${reportId}`;
    // The shift stays derivable only from the key: it is never written to the record, which would
    // let anyone holding the output undo it.
    const shiftDays = dateShiftDays(key, patientKey);
    const avoid = new Set<string>();
    // The structured names' parts, normalised as the matcher has them (it worked them out already).
    for (const words of rules.nameWords) for (const w of words) avoid.add(w);
    // Towns and facilities of the structured context too: a city or hospital surrogate drawn from
    // the whole places lexicon could otherwise land on the patient's own town.
    for (const v of known.addresses) for (const w of placeAvoidWords(v)) avoid.add(w);
    for (const v of known.organizations) for (const w of placeAvoidWords(v)) avoid.add(w);
    const ctx: SurrogateContext = {
      key,
      scope: hmacHex(key, `scope:${patientKey}`).slice(0, 16),
      shiftDays,
      refYear: refYearOf(raw),
      avoid,
      keepStudyUids: settings.keepStudyUids,
      birth: birthYearHiding(known.birthDate, raw.examDateTime ?? raw.reportDateTime, shiftDays),
    };

    const hasPatient = raw.patientId !== undefined || known.patientIds.length > 0;
    const context = hasPatient ? settings.patientContext : undefined;
    // The state the report is read with, before it adds its own words: recorded so a re-delivery
    // that reads differently is visible in the record.
    const contextRecord = context ? { id: context.id, state: context.digest(ctx.scope) } : undefined;
    const scrub = (text: string, scope?: string) =>
      scrubText(text, adjustDateAndUidSpans(text, detectPhi(text, rules, { context: scope ? context : undefined, scope, profile: settings.profile }), settings.mode), settings.mode, ctx);
    const result = scrub(raw.text, context ? ctx.scope : undefined);
    const sections: Section[] = raw.sections.map((s) => ({
      ...s,
      start: mapOffset(s.start, result.replacements, 'start'),
      end: mapOffset(s.end, result.replacements, 'end'),
    }));
    const counts = { ...result.counts };
    let procedure = raw.procedure;
    if (procedure?.text) {
      const p = scrub(procedure.text);
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
      accession,
      patientId: raw.patientId === undefined ? undefined : pseudonym(key, 'patient', raw.patientId),
      studyInstanceUid:
        raw.studyInstanceUid === undefined ? undefined : settings.keepStudyUids ? raw.studyInstanceUid : remapUid(key, raw.studyInstanceUid),
      examDateTime: raw.examDateTime === undefined ? undefined : shiftIsoDateTime(raw.examDateTime, shiftDays),
      reportDateTime: raw.reportDateTime === undefined ? undefined : shiftIsoDateTime(raw.reportDateTime, shiftDays),
      deid: { mode: settings.mode, detectorVersion: DETECTOR_VERSION, profile: settings.profile ?? 'balanced', counts, ...(contextRecord ? { context: contextRecord } : {}) },
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
