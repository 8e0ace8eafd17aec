import { describe, expect, it } from 'vitest';
import { scoreFeatures, type Weights } from '../../src/deid/learned/perceptron.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): scoreFeatures reads the weights laid out flat. The scores must be those of the
// per-feature vectors summed in feature order, whichever map was scored before.
function mapScores(weights: Weights, features: readonly string[], width: number): number[] {
  const scores = new Float64Array(width);
  for (const f of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let c = 0; c < width; c++) scores[c]! += w[c]!;
  }
  return [...scores];
}

function randomWeights(r: () => number, n: number, width: number): Weights {
  const w: Weights = new Map();
  for (let f = 0; f < n; f++) w.set(`f${f}`, Float64Array.from({ length: width }, () => Math.round((r() - 0.5) * 1e4) / 97));
  return w;
}

describe('scoreFeatures', () => {
  it('gives the per-feature sums for random weights and features, across maps and widths', () => {
    const r = seededRandom(11);
    // More features than the first layout holds (64 rows), so it grows while scoring.
    const maps = [randomWeights(r, 50, 3), randomWeights(r, 300, 3), randomWeights(r, 30, 2)];
    for (let n = 0; n < 400; n++) {
      const weights = maps[Math.floor(r() * maps.length)]!;
      const width = weights.values().next().value!.length;
      const features = Array.from({ length: Math.floor(r() * 40) }, () => `f${Math.floor(r() * 400)}`);
      expect([...scoreFeatures(weights, features, new Float64Array(width))]).toEqual(mapScores(weights, features, width));
    }
  });

  it('lays a map out again when it has grown since it was scored', () => {
    const weights: Weights = new Map([['a', Float64Array.of(1, 2, 3)]]);
    expect([...scoreFeatures(weights, ['a', 'b'], new Float64Array(3))]).toEqual([1, 2, 3]);
    weights.set('b', Float64Array.of(10, 20, 30));
    expect([...scoreFeatures(weights, ['a', 'b'], new Float64Array(3))]).toEqual([11, 22, 33]);
  });

  it('reads NaN past the end of a vector shorter than the scores, as the vectors did', () => {
    const weights: Weights = new Map([['a', Float64Array.of(1, 2)]]);
    const scores = scoreFeatures(weights, ['a'], new Float64Array(3));
    expect([scores[0], scores[1]]).toEqual([1, 2]);
    expect(scores[2]).toBeNaN();
  });
});
