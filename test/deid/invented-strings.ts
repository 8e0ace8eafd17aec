import { seededRandom } from '../../src/deid/synthetic-phi.js';

/**
 * `count` invented strings of one to `maxParts` pieces drawn from `parts` (seeded, so a failure
 * repeats): the inputs of the property tests that compare a fast scan with the pattern it replaces.
 */
export function inventedStrings(parts: readonly string[], count: number, maxParts: number, seed: number): string[] {
  const r = seededRandom(seed);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    const n = 1 + Math.floor(r() * maxParts);
    for (let j = 0; j < n; j++) text += parts[Math.floor(r() * parts.length)];
    out.push(text);
  }
  return out;
}
