import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/deid/surrogates.js';

// Issue 11 (speed): a name of plain ASCII letters skips Unicode decomposition. The key must be
// the one the full rule gives (NFD, marks / apostrophes / hyphens dropped, lower case) for every
// kind of name word.
const full = (w: string) => w.normalize('NFD').replace(/[\p{M}'’‘`´\-‐‑]/gu, '').toLowerCase();

describe('nameKey', () => {
  it.each(['Smith', 'SMITH', 'smith', 'McDonald', 'Li', 'X', "O'Brien", 'O’Neill', 'Smith-Jones', 'Núñez', 'ÅNGSTRÖM', 'Zoë', 'Nguyễn', 'Jose\u0301', 'D`Arcy', 'Ørsted', 'Łukasz', ''])(
    '%s keys as the full rule does',
    (w) => {
      expect(nameKey(w)).toBe(full(w));
    },
  );
});
