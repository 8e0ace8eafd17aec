// HMAC-SHA256 of short strings under a few fixed keys, in JavaScript (issue 11, speed). The
// de-identification stage hashes a dozen or more short values per report (pseudonyms, the date
// shift, guard fingerprints); `createHmac` builds a key object and a native hash per call, which
// costs several times the hashing itself. Here the key's inner and outer pad blocks are compressed
// once per key (the midstates), so a value of up to 55 bytes costs two block compressions. The
// digest is the standard one: `test/util/hmac-sha256.test.ts` compares it with node:crypto.
import { createHash } from 'node:crypto';

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/** The message schedule, reused by every compression (nothing is allocated per block). */
const W = new Int32Array(64);

/** One SHA-256 block compression of `W[0..16)` (already filled) into `state`. */
function compress(state: Int32Array): void {
  for (let t = 16; t < 64; t++) {
    const a = W[t - 15]!;
    const b = W[t - 2]!;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    W[t] = (W[t - 16]! + s0 + W[t - 7]! + s1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + S1 + ch + K[t]! + W[t]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/** Fills `W[0..16)` from 64 bytes of `bytes` at `at`, big-endian. */
function loadBlock(bytes: Uint8Array, at: number): void {
  for (let i = 0; i < 16; i++, at += 4) W[i] = (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
}

/** The key's midstates: SHA-256 state after the inner (key ⊕ 0x36) and outer (key ⊕ 0x5c) pad blocks. */
interface KeyStates {
  inner: Int32Array;
  outer: Int32Array;
}

function keyStates(key: string): KeyStates {
  let k: Uint8Array = Buffer.from(key, 'utf8');
  // RFC 2104: a key longer than the block is hashed first.
  if (k.length > 64) k = createHash('sha256').update(k).digest();
  const pad = new Uint8Array(64);
  const states = { inner: INITIAL.slice(), outer: INITIAL.slice() };
  for (let i = 0; i < 64; i++) pad[i] = (k[i] ?? 0) ^ 0x36;
  loadBlock(pad, 0);
  compress(states.inner);
  for (let i = 0; i < 64; i++) pad[i] = (k[i] ?? 0) ^ 0x5c;
  loadBlock(pad, 0);
  compress(states.outer);
  return states;
}

// A run uses one key (the de-identification key); a handful are kept, more clear the map.
const keys = new Map<string, KeyStates>();
const state = new Int32Array(8);
/** The message bytes and their padding, grown for a long value. */
let buf = new Uint8Array(256);
const encoder = new TextEncoder();
const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lower-case hex of one 32-bit word. */
function hexWord(w: number): string {
  return HEX[(w >>> 24) & 255]! + HEX[(w >>> 16) & 255]! + HEX[(w >>> 8) & 255]! + HEX[w & 255]!;
}

/**
 * HMAC-SHA256(key, value) as lower-case hex, the key and the value read as UTF-8: the same string
 * as `createHmac('sha256', key).update(value, 'utf8').digest('hex')`.
 */
export function hmacSha256Hex(key: string, value: string): string {
  let ks = keys.get(key);
  if (!ks) {
    if (keys.size >= 8) keys.clear();
    ks = keyStates(key);
    keys.set(key, ks);
  }
  // The value's UTF-8 bytes (ASCII copied by hand; anything else through the encoder, which
  // writes a lone surrogate as U+FFFD as Buffer does).
  let n = value.length;
  if (buf.length < 3 * n + 72) buf = new Uint8Array(3 * n + 136);
  let ascii = true;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    buf[i] = c;
  }
  if (!ascii) n = encoder.encodeInto(value, buf).written;
  // Padding: 0x80, zeros, then the bit length of pad block + value as a 64-bit big-endian number.
  const blocks = Math.floor((n + 8) / 64) + 1;
  const end = blocks * 64;
  buf[n] = 0x80;
  buf.fill(0, n + 1, end);
  const bits = (64 + n) * 8;
  buf[end - 5] = Math.floor(bits / 2 ** 32) & 255;
  buf[end - 4] = (bits >>> 24) & 255;
  buf[end - 3] = (bits >>> 16) & 255;
  buf[end - 2] = (bits >>> 8) & 255;
  buf[end - 1] = bits & 255;
  state.set(ks.inner);
  for (let at = 0; at < end; at += 64) {
    loadBlock(buf, at);
    compress(state);
  }
  // Outer hash: the inner digest (8 words), 0x80, zeros, bit length of (64 + 32) bytes.
  for (let i = 0; i < 8; i++) W[i] = state[i]!;
  W[8] = 0x80000000;
  for (let i = 9; i < 15; i++) W[i] = 0;
  W[15] = (64 + 32) * 8;
  state.set(ks.outer);
  compress(state);
  return hexWord(state[0]!) + hexWord(state[1]!) + hexWord(state[2]!) + hexWord(state[3]!) + hexWord(state[4]!) + hexWord(state[5]!) + hexWord(state[6]!) + hexWord(state[7]!);
}
