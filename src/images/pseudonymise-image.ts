import type { ImageRecord, ImageSource, RawImageHeader } from '../domain/image.js';
import { buildGuard, fingerprint, normAlnum } from '../deid/guard-fingerprints.js';
import { pseudonym } from '../deid/pseudonyms.js';
import { accessionPseudonym, deidentifiedUid, reportIdOfAccession } from './shared-keys.js';

export interface ImagePseudonymSettings {
  key: string;
  /** Keep UIDs as they are, as the report side does with `deid.keepStudyUids` (in-house use). */
  keepStudyUids: boolean;
}

/** Why a header cannot be indexed (no SOP Instance UID or no Study Instance UID). */
export type MissingUid = 'sopInstanceUid' | 'studyInstanceUid';

function upper(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t ? t.toUpperCase() : undefined;
}

/** `PA`, `AP`, `LL`… from View Position; `LOCALIZER` for a localiser / scout without one. */
export function viewOf(h: Pick<RawImageHeader, 'viewPosition' | 'imageType'>): string | undefined {
  const v = upper(h.viewPosition);
  if (v) return v;
  return h.imageType && /(^|\\)LOCALIZER(\\|$)/i.test(h.imageType) ? 'LOCALIZER' : undefined;
}

/** DICOM person name `FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX` as the guard's person name shape. */
function personName(pn: string): { family?: string; given: string[] } | undefined {
  const [family, ...rest] = pn.split('=')[0]!.split('^').map((p) => p.trim());
  const given = rest.slice(0, 2).filter(Boolean);
  if (!family && given.length === 0) return undefined;
  return family ? { family, given } : { given };
}

/**
 * Replaces every raw identifier of the image in a file path or URL by its pseudonym (UIDs by their
 * remapped `2.25.` form, accession and patient id by their keyed pseudonyms), longest first, so a
 * folder laid out by UID or accession is stored and exported in the names a de-identifier holding
 * the same key gives those files.
 */
export function pseudonymiseLocation(location: string, replacements: ReadonlyArray<readonly [string, string]>): string {
  let out = location;
  for (const [raw, alias] of [...replacements].filter(([r]) => r.length >= 4).sort((a, b) => b[0].length - a[0].length)) {
    out = out.split(raw).join(alias);
  }
  return out;
}

/** Raw identifiers of a header and the pseudonyms that replace them in a path or URL. */
export function locationReplacements(h: RawImageHeader, s: ImagePseudonymSettings): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (!s.keepStudyUids) {
    for (const u of [h.sopInstanceUid, h.studyInstanceUid, h.seriesInstanceUid]) if (u) out.push([u, deidentifiedUid(u, s.key)]);
  }
  const accession = h.accession?.trim();
  const patientId = h.patientId?.trim();
  if (accession) out.push([accession, accessionPseudonym(accession, s.key)]);
  if (patientId) out.push([patientId, pseudonym(s.key, 'patient', patientId)]);
  return out;
}

// A run of four or more dot-separated numbers, not inside a longer number ('.dcm' may follow).
const UID_RUN = /(?<!\d)(?<!\d\.)[0-2](?:\.(?:0|[1-9]\d*)){3,}(?!\d|\.\d)/g;

/**
 * The path of a file the scan could not index, as it is printed and quarantined: the header's
 * identifiers (when it was read) and every other DICOM-UID-shaped run replaced by their
 * pseudonyms, since PACS exports name folders and files by UID.
 */
export function maskSkippedPath(path: string, h: RawImageHeader | undefined, s: ImagePseudonymSettings): string {
  // UIDs first (the header's among them map to the same remapped values), then accession / patient id.
  const masked = s.keepStudyUids ? path : path.replace(UID_RUN, (u) => deidentifiedUid(u, s.key));
  return h ? pseudonymiseLocation(masked, locationReplacements({ ...h, sopInstanceUid: undefined, studyInstanceUid: undefined, seriesInstanceUid: undefined }, s)) : masked;
}

/**
 * Turns a raw DICOM header (plus where it was found) into an image index row holding only keyed
 * pseudonyms, with guard fingerprints of the raw identifiers for the export-time leak check.
 * Returns which UID is missing when the header cannot be indexed.
 */
export function pseudonymiseImage(
  h: RawImageHeader,
  location: string | undefined,
  source: ImageSource,
  s: ImagePseudonymSettings,
): ImageRecord | MissingUid {
  if (!h.sopInstanceUid) return 'sopInstanceUid';
  if (!h.studyInstanceUid) return 'studyInstanceUid';
  const uid = (u: string) => (s.keepStudyUids ? u : deidentifiedUid(u, s.key));
  const replacements = locationReplacements(h, s);
  const uids = [h.sopInstanceUid, h.studyInstanceUid, h.seriesInstanceUid].filter((u): u is string => !!u);
  const accession = h.accession?.trim() || undefined;
  const patientId = h.patientId?.trim() || undefined;

  const name = h.patientName ? personName(h.patientName) : undefined;
  const guard = new Set(
    buildGuard(
      {
        patientNames: name ? [name] : [],
        providerNames: [],
        patientIds: patientId ? [patientId] : [],
        otherIds: accession ? [accession] : [],
        addresses: [],
        phones: [],
        emails: [],
        organizations: [],
      },
      s.key,
    ),
  );
  // A UID's pieces are short numbers found everywhere: only the whole UID is fingerprinted.
  if (!s.keepStudyUids) for (const u of uids) guard.add(fingerprint(s.key, 'ID', `a${normAlnum(u).length}`, normAlnum(u)));

  const rec: ImageRecord = {
    imageId: uid(h.sopInstanceUid),
    studyId: uid(h.studyInstanceUid),
    source,
    guard: [...guard].sort(),
  };
  if (h.seriesInstanceUid) rec.seriesId = uid(h.seriesInstanceUid);
  if (accession) {
    rec.accession = accessionPseudonym(accession, s.key);
    rec.reportKey = reportIdOfAccession(accession, s.key);
  }
  if (patientId) rec.patientId = pseudonym(s.key, 'patient', patientId);
  const set = <K extends keyof ImageRecord>(k: K, v: ImageRecord[K] | undefined) => {
    if (v !== undefined && v !== '') rec[k] = v;
  };
  set('modality', upper(h.modality));
  set('sopClassUid', h.sopClassUid?.trim());
  set('view', viewOf(h));
  set('laterality', upper(h.laterality));
  set('bodyPart', upper(h.bodyPart));
  set('seriesDescription', h.seriesDescription?.trim());
  set('imageType', upper(h.imageType));
  if (location !== undefined) rec.location = pseudonymiseLocation(location, replacements);
  return rec;
}
