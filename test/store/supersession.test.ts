import { describe, expect, it } from 'vitest';
import { compareVersions, decideVersion, type VersionRank } from '../../src/store/supersession.js';

const v = (status: VersionRank['status'], arrival: number, reportDateTime?: string): VersionRank => ({ status, arrival, reportDateTime });

describe('supersession rule', () => {
  it('inserts when there is no current version', () => {
    expect(decideVersion(undefined, v('preliminary', 1))).toBe('inserted');
  });

  it('ranks by status before time and arrival', () => {
    expect(decideVersion(v('final', 1, '2024-01-02T00:00:00Z'), v('preliminary', 2, '2024-01-03T00:00:00Z'))).toBe('stale');
    expect(decideVersion(v('preliminary', 2), v('final', 1))).toBe('superseded');
    expect(decideVersion(v('corrected', 1), v('final', 2))).toBe('stale');
    expect(decideVersion(v('corrected', 1), v('cancelled', 2))).toBe('superseded');
    expect(decideVersion(v('cancelled', 1), v('corrected', 2))).toBe('stale');
  });

  it('treats unknown like final', () => {
    expect(decideVersion(v('final', 1), v('unknown', 2))).toBe('superseded');
    expect(decideVersion(v('unknown', 1), v('final', 2))).toBe('superseded');
    expect(decideVersion(v('unknown', 2), v('final', 1))).toBe('stale');
  });

  it('uses report time only when both versions have one, across time zones', () => {
    expect(decideVersion(v('final', 1, '2024-01-02T10:00:00+02:00'), v('final', 2, '2024-01-02T09:00:00Z'))).toBe('superseded');
    expect(decideVersion(v('final', 1, '2024-01-02T10:00:00Z'), v('final', 2, '2024-01-02T09:00:00Z'))).toBe('stale');
    expect(decideVersion(v('final', 1, '2024-01-02T10:00:00Z'), v('final', 2))).toBe('superseded');
    expect(decideVersion(v('final', 2, '2024-01-02T10:00:00Z'), v('final', 1))).toBe('stale');
  });

  it('falls back to arrival for equal or unparseable times', () => {
    expect(decideVersion(v('final', 1, '2024-01-02'), v('final', 2, '2024-01-02'))).toBe('superseded');
    expect(decideVersion(v('final', 1, 'not a date'), v('final', 2, '2024-01-01'))).toBe('superseded');
    expect(compareVersions(v('final', 3), v('final', 3))).toBe(0);
  });
});
