import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { remapUid } from '../../src/deid/pseudonyms.js';
import { accessionPseudonym, deidentifiedUid, reportIdOfAccession } from '../../src/images/shared-keys.js';

const KEY = 'radlabel-shared-key-test-vector-0001';

describe('shared keys with an image de-identifier', () => {
  it('matches the documented test vector (docs/shared-keys.md)', () => {
    expect(deidentifiedUid('1.2.826.0.1.3680043.8.498.12345', KEY)).toBe('2.25.178937332007458527589074145259375419693');
    expect(deidentifiedUid('1.2.840.113619.2.55.3.604688119.969.1268071029.320', KEY)).toBe('2.25.257865153320402419279696481077096080934');
    expect(accessionPseudonym('ACC0001234', KEY)).toBe('f856e98890f313044ab0');
    expect(reportIdOfAccession('ACC0001234', KEY)).toBe('acc-f856e98890f313044ab0');
  });

  it('is the report side\'s remapping, equals the documented recipe, and is a valid UID for any input', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[12](\.\d{1,8}){2,9}$/), fc.string({ minLength: 16, maxLength: 40 }), (uid, key) => {
        const out = deidentifiedUid(uid, key);
        expect(out).toBe(remapUid(key, uid));
        const hex = createHmac('sha256', Buffer.from(key, 'utf8')).update(`uid:${uid}`).digest('hex').slice(0, 32);
        expect(out).toBe(`2.25.${BigInt(`0x${hex}`).toString()}`);
        expect(out.length).toBeLessThanOrEqual(64);
        expect(out).toMatch(/^2\.25\.(0|[1-9]\d*)$/);
      }),
      { numRuns: 200 },
    );
  });

  it('gives different UIDs under different keys', () => {
    expect(deidentifiedUid('1.2.3.4.5', KEY)).not.toBe(deidentifiedUid('1.2.3.4.5', `${KEY}x`));
  });
});
