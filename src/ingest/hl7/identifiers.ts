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
  const d = msg.delimiters;
  const pid = firstSegment(msg, 'PID');
  const idList = (seg: Segment | undefined, n: number) => reps(seg, n, d, readId);

  const pid3 = idList(pid, 3);
  const patientIds = unique([...pid3, ...idList(pid, 2), ...idList(pid, 4), ...idList(pid, 19), ...idList(pid, 20)]);
  const otherIds = unique([
    ...every(msg, 'OBR', [2, 3], d, readId),
    ...every(msg, 'ORC', [2, 3, 4], d, readId),
    ...every(msg, 'PV1', [19, 50], d, readId),
    ...idList(pid, 18),
    ...every(msg, 'TXA', [12, 13, 14, 15], d, readId),
  ]);

  const phones: string[] = [];
  const emails: string[] = [];
  for (const [seg, n] of [[pid, 13], [pid, 14], [firstSegment(msg, 'ORC'), 14], [firstSegment(msg, 'OBR'), 17]] as const) {
    for (const t of reps(seg, n, d, readXtn)) {
      if (t.phone) phones.push(t.phone);
      if (t.email) emails.push(t.email);
    }
  }

  const identifiers: KnownIdentifiers = {
    patientNames: uniqueNames(PATIENT_XPN.flatMap(([s, ns]) => every(msg, s, ns, d, readXpn))),
    providerNames: uniqueNames([
      ...PROVIDER_XCN.flatMap(([s, ns]) => every(msg, s, ns, d, readXcn)),
      ...PROVIDER_NDL.flatMap(([s, ns]) => every(msg, s, ns, d, readNdl)),
    ]),
    patientIds,
    otherIds: otherIds.filter((id) => !patientIds.includes(id)),
    addresses: unique(reps(pid, 11, d, readXad)),
    phones: unique(phones),
    emails: unique(emails),
    organizations: unique(
      [
        ...every(msg, 'MSH', [4], d, readOrgNames).flat(),
        ...every(msg, 'PV1', [3], d, readPlFacility),
        ...every(msg, 'PV1', [39], d, readOrgNames).flat(),
        ...every(msg, 'ORC', [21], d, readOrgNames).flat(),
        ...every(msg, 'OBX', [23], d, readOrgNames).flat(),
      ].filter((v) => /\p{L}/u.test(v)),
    ),
  };
  const birthDate = toIsoDate(field(pid, 7), d);
  if (birthDate) identifiers.birthDate = birthDate;
  const patientId = pid3[0] ?? patientIds[0];
  return patientId ? { identifiers, patientId } : { identifiers };
}

function reps<T>(seg: Segment | undefined, n: number, d: Delimiters, read: Reader<T>, out: T[] = []): T[] {
  const raw = seg?.fields[n];
  if (!raw) return out;
  for (const rep of raw.split(d.repetition)) {
    const v = read(rep, d);
    if (v !== undefined && v !== '') out.push(v);
  }
  return out;
}

function every<T>(msg: Hl7Message, name: string, fields: readonly number[], d: Delimiters, read: Reader<T>): T[] {
  const out: T[] = [];
  for (const seg of allSegments(msg, name)) for (const n of fields) reps(seg, n, d, read, out);
  return out;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

function uniqueNames(names: PersonName[]): PersonName[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = JSON.stringify([n.family, n.given, n.prefix, n.suffix, n.text]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
