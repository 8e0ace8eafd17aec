import { createHmac } from 'node:crypto';

// Reports of one feed share most identifiers (the same radiologists sign them, a patient has many
// studies), so keyed hashes are memoised; the cache is bounded and simply dropped when full.
const MAX_ENTRIES = 50_000;
let cache = new Map<string, string>();

/** HMAC-SHA256(key, value) as hex, memoised per (key, value). */
export function keyedHex(key: string, value: string): string {
  const id = `${key}\u0000${value}`;
  let hex = cache.get(id);
  if (hex === undefined) {
    hex = createHmac('sha256', key).update(value, 'utf8').digest('hex');
    if (cache.size >= MAX_ENTRIES) cache = new Map();
    cache.set(id, hex);
  }
  return hex;
}
