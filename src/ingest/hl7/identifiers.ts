import type { KnownIdentifiers, PersonName } from '../../domain/report.js';
import { readId, readNdl, readOrgNames, readPlFacility, readXad, readXcn, readXpn, readXtn, toIsoDate } from './datatypes.js';
import type { Delimiters, Hl7Message, Segment } from './hl7-message.js';
import { allSegments, field, firstSegment } from './hl7-message.js';

type Reader<T> = (rep: string, d: Delimiters) => T | undefined;

/** [segment, field numbers] lists of where each kind of identifier lives (HL7 v2.5 chapters 3, 4, 7, 9). */
const PROVIDER_XCN: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PV1', [7, 8, 9, 17, 52]], // attending, referring, consulting, admitting, other provider
  ['ORC', [10, 11, 12]], // entered by, verified by, ordering provider
  ['OBR', [16, 28]], // ordering provider, result copies to
  ['OBX', [16]], // responsible observer
  ['TXA', [5, 9, 10, 11, 22]], // activity provider, originator, authenticator, transcriptionist, authenticating person
  ['EVN', [5]], // operator
  ['PRT', [5]], // participation person
];
const PROVIDER_NDL: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['OBR', [32, 33, 34, 35]], // principal / assistant result interpreter, technician, transcriptionist
];
const PATIENT_XPN: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PID', [5, 6, 9]], // patient name, mother's maiden name, alias
  ['NK1', [2]], // next of kin: a relative's name is as identifying as the patient's
];

/**
 * Collects the identifiers known from the structured context of one message: PID identity
 * (PID-2/3/4/19 ids, PID-5 names, PID-7 birth date, PID-11 addresses, PID-13/14 phones and e-mails),
 * provider names (PV1-7/8/9/17, ORC-12, OBR-16, OBR-32 …), order / visit numbers (OBR-2/3, ORC-2/3,
 * PV1-19, PID-18, TXA-12..15) and facilities (MSH-4, PV1-3, PV1-39, ORC-21, OBX-23). All values are
 * decoded, de-duplicated and kept in first-seen order. They feed de-identification only.
 */
export function collectIdentifiers(msg: Hl7Message): { identifiers: KnownIdentifiers; patientId?: string } {
  // Every message of a feed passes here: values are appended to one list per kind (no
  // intermediate arrays per field or segment), then de-duplicated once.
  const d = msg.delimiters;
  const pid = firstSegment(msg, 'PID');

  const pid3: string[] = [];
  addReps(pid3, pid, 3, d, readId);
  const patientIdList = pid3.slice();
  for (const n of [2, 4, 19, 20]) addReps(patientIdList, pid, n, d, readId);
  const patientIds = unique(patientIdList);

  const otherIdList: string[] = [];
  addEvery(otherIdList, msg, 'OBR', [2, 3], d, readId);
  addEvery(otherIdList, msg, 'ORC', [2, 3, 4], d, readId);
  addEvery(otherIdList, msg, 'PV1', [19, 50], d, readId);
  addReps(otherIdList, pid, 18, d, readId);
  addEvery(otherIdList, msg, 'TXA', [12, 13, 14, 15], d, readId);
  const patientIdSet = new Set(patientIds);
  const otherIds = unique(otherIdList).filter((id) => !patientIdSet.has(id));

  const phones: string[] = [];
  const emails: string[] = [];
  const telecoms: Array<{ phone?: string; email?: string }> = [];
  addReps(telecoms, pid, 13, d, readXtn);
  addReps(telecoms, pid, 14, d, readXtn);
  addReps(telecoms, firstSegment(msg, 'ORC'), 14, d, readXtn);
  addReps(telecoms, firstSegment(msg, 'OBR'), 17, d, readXtn);
  for (const t of telecoms) {
    if (t.phone) phones.push(t.phone);
    if (t.email) emails.push(t.email);
  }

  const patientNames: PersonName[] = [];
  for (const [s, ns] of PATIENT_XPN) addEvery(patientNames, msg, s, ns, d, readXpn);
  const providerNames: PersonName[] = [];
  for (const [s, ns] of PROVIDER_XCN) addEvery(providerNames, msg, s, ns, d, readXcn);
  for (const [s, ns] of PROVIDER_NDL) addEvery(providerNames, msg, s, ns, d, readNdl);

  const addresses: string[] = [];
  addReps(addresses, pid, 11, d, readXad);

  const orgNames: string[][] = [];
  addEvery(orgNames, msg, 'MSH', [4], d, readOrgNames);
  const organizations = orgNames.flat();
  addEvery(organizations, msg, 'PV1', [3], d, readPlFacility);
  orgNames.length = 0;
  addEvery(orgNames, msg, 'PV1', [39], d, readOrgNames);
  addEvery(orgNames, msg, 'ORC', [21], d, readOrgNames);
  addEvery(orgNames, msg, 'OBX', [23], d, readOrgNames);
  for (const names of orgNames) for (const v of names) organizations.push(v);

  const identifiers: KnownIdentifiers = {
    patientNames: uniqueNames(patientNames),
    providerNames: uniqueNames(providerNames),
    patientIds,
    otherIds,
    addresses: unique(addresses),
    phones: unique(phones),
    emails: unique(emails),
    organizations: unique(organizations.filter((v) => /\p{L}/u.test(v))),
  };
  const birthDate = toIsoDate(field(pid, 7), d);
  if (birthDate) identifiers.birthDate = birthDate;
  const patientId = pid3[0] ?? patientIds[0];
  return patientId ? { identifiers, patientId } : { identifiers };
}

/** Appends the non-empty values `read` finds in the repetitions of field `n` of `seg`. */
function addReps<T>(out: T[], seg: Segment | undefined, n: number, d: Delimiters, read: Reader<T>): void {
  const raw = seg?.fields[n];
  if (!raw) return;
  // Most fields hold one repetition: no split, no array, for them.
  if (!raw.includes(d.repetition)) {
    const v = read(raw, d);
    if (v !== undefined && v !== '') out.push(v);
    return;
  }
  for (const rep of raw.split(d.repetition)) {
    const v = read(rep, d);
    if (v !== undefined && v !== '') out.push(v);
  }
}

/** {@link addReps} over `fields` of every segment named `name`, segment by segment. */
function addEvery<T>(out: T[], msg: Hl7Message, name: string, fields: readonly number[], d: Delimiters, read: Reader<T>): void {
  for (const seg of allSegments(msg, name)) for (const n of fields) addReps(out, seg, n, d, read);
}

/** The distinct non-empty values, in first-seen order. */
function unique(values: string[]): string[] {
  // Most kinds hold no value or one: no set for them.
  if (values.length <= 1) return values.length === 1 && values[0] !== '' ? [values[0]!] : [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (v === '' || seen.has(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

/** The distinct names (equal family, given names, prefix, suffix and text), in first-seen order. */
function uniqueNames(names: PersonName[]): PersonName[] {
  // A message names a handful of people: pairwise field comparison, no key string per name.
  const out: PersonName[] = [];
  for (const n of names) if (!out.some((o) => sameName(o, n))) out.push(n);
  return out;
}

function sameName(a: PersonName, b: PersonName): boolean {
  if (a.family !== b.family || a.prefix !== b.prefix || a.suffix !== b.suffix || a.text !== b.text || a.given.length !== b.given.length) return false;
  for (let i = 0; i < a.given.length; i++) if (a.given[i] !== b.given[i]) return false;
  return true;
}
