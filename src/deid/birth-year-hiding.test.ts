import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../util/prng.js';
import { birthYearHiding } from './deidentify.js';

// The reference: birthYearHiding as it stood with Date objects, before it moved to addDays.
const DAY_MS = 86_400_000;
const ymdOf = (s: string | undefined) => {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(s ?? '');
  return m ? ([+m[1]!, +m[2]!, +m[3]!] as const) : undefined;
};
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const ageAt = (b: Date, at: Date) =>
  at.getUTCFullYear() - b.getUTCFullYear() - (at.getUTCMonth() * 100 + at.getUTCDate() < b.getUTCMonth() * 100 + b.getUTCDate() ? 1 : 0);
function reference(birthDate: string | undefined, examDate: string | undefined, shiftDays: number) {
  const b = ymdOf(birthDate);
  const e = ymdOf(examDate);
  if (!b || !e || ageAt(utc(...b), utc(...e)) < 90) return undefined;
  const exam = new Date(utc(...e).getTime() + shiftDays * DAY_MS);
  let dayAdjust = 0;
  let birth = new Date(utc(...b).getTime() + shiftDays * DAY_MS);
  let target = exam.getUTCFullYear() - 90 - (ageAt(utc(exam.getUTCFullYear(), birth.getUTCMonth() + 1, birth.getUTCDate()), exam) < 0 ? 1 : 0);
  if (birth.getUTCMonth() === 1 && birth.getUTCDate() === 29 && utc(target, 2, 29).getUTCMonth() !== 1) {
    dayAdjust = -1;
    birth = new Date(birth.getTime() - DAY_MS);
    target = exam.getUTCFullYear() - 90 - (ageAt(utc(exam.getUTCFullYear(), 2, 28), exam) < 0 ? 1 : 0);
  }
  const iso = `${String(b[0]).padStart(4, '0')}-${String(b[1]).padStart(2, '0')}-${String(b[2]).padStart(2, '0')}`;
  return { iso, yearShift: target - birth.getUTCFullYear(), dayAdjust };
}

// The project's seeded generator, so a failure can be replayed.
const rng = mulberry32;
const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('birthYearHiding gives what the Date-object version gave', () => {
  it.each([
    ['1930-01-28', '2024-07-09', -100],
    ['1932-02-29', '2024-03-01', -1],
    ['1932-03-01', '2022-03-01', -1],
    ['19320229', '20230301T1200', -365],
    ['0050-06-15', '2024-06-15', -30],
    ['1930-13-45', '2024-00-00', -7],
    ['1934-01-01', '2024-01-01', -1],
    ['1950-01-01', '2024-01-01', -1],
  ])('%s at %s, shift %i', (b, e, shift) => {
    expect(birthYearHiding(b, e, shift)).toEqual(reference(b, e, shift));
  });

  it('on invented dates (valid and out of range, two-digit years, leap days), shifts of a year back and more', () => {
    const next = rng(1206);
    const year = () => {
      const r = next();
      return r < 0.05 ? Math.floor(next() * 200) : r < 0.1 ? Math.floor(next() * 10_000) : 1880 + Math.floor(next() * 160);
    };
    const month = () => (next() < 0.9 ? 1 + Math.floor(next() * 12) : Math.floor(next() * 100));
    // Days 1-31 in every month (so Feb 29-31 and Apr 31 roll over), now and then 0 or up to 99.
    const day = () => (next() < 0.9 ? 1 + Math.floor(next() * 31) : Math.floor(next() * 100));
    for (let n = 0; n < 50_000; n++) {
      const bm = month();
      const em = month();
      const b = `${pad(year(), 4)}-${pad(bm, 2)}-${pad(day(), 2)}`;
      const e = next() < 0.5 ? `${pad(year(), 4)}-${pad(em, 2)}-${pad(day(), 2)}` : `${pad(1970 + Math.floor(next() * 70), 4)}${pad(em, 2)}${pad(day(), 2)}`;
      const shift = next() < 0.9 ? -1 - Math.floor(next() * 365) : Math.floor(next() * 4000) - 2000;
      expect(birthYearHiding(b, e, shift), `${b} ${e} ${shift}`).toEqual(reference(b, e, shift));
    }
  });

  it('with a patient aged 90 to 91 around every day of a leap year', () => {
    for (let d = 0; d < 366; d++) {
      const birth = new Date(Date.UTC(1932, 0, 1 + d)).toISOString().slice(0, 10);
      for (const exam of ['2022-02-28', '2022-03-01', '2023-02-28', '2024-02-29', '2024-12-31']) {
        for (const shift of [-1, -59, -60, -365]) expect(birthYearHiding(birth, exam, shift)).toEqual(reference(birth, exam, shift));
      }
    }
  });
});
