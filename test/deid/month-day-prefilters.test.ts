import { describe, expect, it } from 'vitest';
import { pairNumbers, prefilteredExpressions } from '../../src/deid/month-day.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): the month/day tests ask a cheap test of a character before some expressions ("-"
// before the pair, a digit after the blanks). Each cheap test must be a necessary condition: asked
// together they answer what the expression alone answers, on any text.
const PIECES = ['1', '12', '0', '7', '2026', '/', '-', '–', '.', ':', ' ', '\t', '\n', '\u00a0', '\u2028', '@', 'at', 'AT', 'to', 'TO', 'thru', 'through', 'until', 'till', 'and', 'of', 'OF', 'week', 'D', 'T', 'mg', 'ML', '%', 'x', 'full', 'Empty', 'l', 'pm', 'jan', 'é', 'K', '😀', '(', ')', 'D: ', '3/18', ' T:', ' T '];

const SEEDS = ['D: 3/18  T: ', 'D 12/28/21 0930 T ', '3/1- ', ' - 2/9', '4/4 thru ', ' to 2/2', '5-11-25 to ', '5-11-25 UNTIL ', 'jan 3 through ', '4/4/24 thru', '2025-03-08 – ', 'APR 13-', ' 12:30 pm', ' @ 0600', 'week of ', ' mg', ' full'];

function generated(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)]!;
  return s;
}

describe('month-day prefilters', () => {
  const exprs = Object.entries(prefilteredExpressions());

  it('answer what their expressions answer on generated texts', () => {
    expect(exprs.length).toBeGreaterThan(10);
    const r = seededRandom(29);
    const hits = new Map<string, number>();
    for (let n = 0; n < 20000; n++) {
      // Some texts around known matches ("D: 3/18  T:"), the others pieces alone.
      const seed = SEEDS[(n >> 2) % SEEDS.length]!;
      const s = n % 4 === 0 ? generated(r, 2) + seed + generated(r, 2) : n % 4 === 1 ? seed + generated(r, 2) : n % 4 === 2 ? generated(r, 2) + seed : generated(r, Math.floor(r() * 9));
      for (const [name, p] of exprs) {
        const want = p.re.test(s);
        if (want) hits.set(name, (hits.get(name) ?? 0) + 1);
        if (p.test(s) !== want || p.exec(s)?.[0] !== p.re.exec(s)?.[0]) expect([p.test(s), p.exec(s)?.[0]], `${name} on ${JSON.stringify(s)}`).toEqual([want, p.re.exec(s)?.[0]]);
      }
    }
    // The generated texts reach every expression's matches, so the comparison means something.
    for (const [name] of exprs) expect(hits.get(name) ?? 0, name).toBeGreaterThan(0);
  });

  it('answer what their expressions answer with any BMP character at the place the cheap test reads', () => {
    const templates = [(c: string) => `${c}mg`, (c: string) => ` ${c}%`, (c: string) => `${c}${c}full`, (c: string) => `1/2 -${c}`, (c: string) => `3/4 t${c}`, (c: string) => `5/6 ${c} `, (c: string) => ` ${c}12:30`, (c: string) => `${c}t 1200`, (c: string) => `week o${c} `];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const t of templates) {
        const s = t(c);
        for (const [name, p] of exprs) if (p.test(s) !== p.re.test(s)) expect(p.test(s), `${name} on ${JSON.stringify(s)}`).toBe(p.re.test(s));
      }
    }
  });

  it('read a pair\'s numbers as split and Number read them', () => {
    const r = seededRandom(31);
    const pieces = ['1', '2', '12', '07', '/', '-', '.', 'a', ' ', '', '1e3', '0x1'];
    for (let n = 0; n < 5000; n++) {
      let s = '';
      for (let k = Math.floor(r() * 6); k > 0; k--) s += pieces[Math.floor(r() * pieces.length)]!;
      for (const sep of ['/', '-', '.']) {
        const want = s.split(sep).map(Number);
        const got = pairNumbers(s, sep);
        expect([Object.is(got[0], want[0]), Object.is(got[1], want[1])], `${JSON.stringify(s)} at ${sep}`).toEqual([true, true]);
      }
    }
  });
});
