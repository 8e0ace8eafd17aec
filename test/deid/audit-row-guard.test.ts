import { describe, expect, it } from 'vitest';
import { auditRowMatches, auditRowPossible } from '../../src/deid/free-text/user-ids.js';
import { personSlots } from '../../src/deid/rules/person-slot-rules.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): the audit-row pattern (tried from every line start) runs only when an action
// stands between a blank and two blanks or more somewhere in the report. That guard must never
// refuse a report the row pattern finds a row in: checked on generated audit-like texts (actions
// in any case, glued to letters or not, one to three blanks or tabs around them, invented users,
// digits, line breaks), and it must refuse texts of actions written as prose.
const verbs = personSlots().userIds.auditVerbs;
const pieces = [' ', '  ', '   ', '\t', ' \t ', '\n', '1/6', '2340', '12:05', 'WS-4412', 'QORVANT', 'lmedrick', 'x', 'note', '|', '.'];

function randomText(r: () => number): string {
  let t = '';
  const n = 2 + Math.floor(r() * 18);
  for (let i = 0; i < n; i++) {
    const w = r() < 0.35 ? verbs[Math.floor(r() * verbs.length)]! : pieces[Math.floor(r() * pieces.length)]!;
    t += r() < 0.4 ? w.toUpperCase() : w;
  }
  return t;
}

describe('auditRowPossible', () => {
  it('holds on every generated text where the row pattern finds a row (40,000 texts)', () => {
    const r = seededRandom(2814);
    let rows = 0;
    let refused = 0;
    for (let k = 0; k < 40_000; k++) {
      const t = randomText(r);
      const found = auditRowMatches(t).length > 0;
      const possible = auditRowPossible(t);
      if (found) {
        rows++;
        expect(possible, JSON.stringify(t)).toBe(true);
      }
      if (!possible) refused++;
    }
    // Both sides are reached: rows are found, and the guard refuses texts.
    expect(rows).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(5_000);
  });

  it('refuses actions in prose and accepts an action in its own column (invented rows)', () => {
    expect(auditRowPossible('Report electronically signed by Dr. Qorvant on 7/9/2024.')).toBe(false);
    expect(auditRowPossible('Reviewed and printed 3/4 at 10:15')).toBe(false);
    const row = '1/6 2340  VIEW    QORVN    WS-4412';
    expect(auditRowPossible(row)).toBe(true);
    expect(auditRowMatches(row).map((m) => m[1])).toEqual(['QORVN']);
  });
});
