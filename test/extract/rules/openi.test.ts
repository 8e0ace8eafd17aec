import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENI_DIR, scoreOpeni } from '../../../eval/openi-rules.js';

describe.skipIf(!existsSync(OPENI_DIR))('Open-i dev split (chestxray14, positive vs not)', () => {
  it('reaches micro-F1 ≥ 0.90 over the findings with positives and No Finding F1 ≥ 0.93', () => {
    const { scores } = scoreOpeni({ passes: 1 });
    expect(scores.micro.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores.noFindingF1).toBeGreaterThanOrEqual(0.93);
  });
});
