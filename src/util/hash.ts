import * as crypto from 'node:crypto';
import { createHash, createHmac } from 'node:crypto';

// One-shot `crypto.hash` (Node ≥ 20.12) skips the Hash object that `createHash` builds per call,
// about half the cost on report-sized text (every labelled report hashes its text once). The
// engines field still allows 20.11, which falls back to `createHash`; both give the same digest.
const oneShot: ((algorithm: string, data: string, encoding: 'hex') => string) | undefined = typeof crypto.hash === 'function' ? crypto.hash : undefined;

export function sha256(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Keyed HMAC-SHA256, hex. The key is the de-identification key from config. */
export function hmacHex(key: string | Buffer, value: string): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex');
}
