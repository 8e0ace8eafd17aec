import { keyedHex as hmacHex } from './keyed-hash.js';

/** Keyed-HMAC pseudonym of an identifier: stable for one key, unlinkable without it. */
export function pseudonym(key: string, kind: 'patient' | 'accession' | 'id', value: string, length = 20): string {
  return hmacHex(key, `${kind}:${value}`).slice(0, length);
}

/**
 * Remaps a DICOM Study Instance UID to `2.25.<decimal>` (PS3.5 §B.2, UUID-derived UIDs) from the
 * first 128 bits of HMAC(key, 'uid:' + uid), so an image pipeline holding the same key derives the
 * same UID for the same study.
 */
export function remapUid(key: string, uid: string): string {
  const hex = hmacHex(key, `uid:${uid}`).slice(0, 32);
  return `2.25.${BigInt(`0x${hex}`).toString(10)}`;
}
