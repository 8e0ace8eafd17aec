import { hmacSha256Hex } from '../util/hmac-sha256.js';

// Reports of one feed share most identifiers (the same radiologists sign them, a patient has many
// studies), so keyed hashes are memoised per key; each cache is bounded and dropped when full.
const MAX_ENTRIES = 50_000;
const caches = new Map<string, Map<string, string>>();

/** HMAC-SHA256(key, value) as hex, memoised per (key, value). */
export function keyedHex(key: string, value: string): string {
  let cache = caches.get(key);
  if (!cache) {
    if (caches.size >= 8) caches.clear();
    cache = new Map();
    caches.set(key, cache);
  }
  let hex = cache.get(value);
  if (hex === undefined) {
    hex = hmacSha256Hex(key, value);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(value, hex);
  }
  return hex;
}
