import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (free-text/number-contacts.ts): after a staff role or a relative, the
// name right before the number that reaches them is a person, though it is also a month, a word or a
// place ("April", "Field", "Ashmere"). A phone label, a service word or a date there stays.
const names = (text: string, profile: 'balanced' | 'strict' = 'balanced') =>
  detectPhi(text, undefined, { profile }).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe("a role's or relative's name before its number", () => {
  it.each([
    ['CM April ext 4411: auth pending with the plan.', 'April'],
    ['Financial counselor June 555-201-3344 x1020.', 'June'],
    ['0900 COURIER CONFIRMED, DRIVER FIELD CELL 5550001234.', 'FIELD'],
    ['Job: welder\nsup: Quist cell 555-2201\nClaim # 4411', 'Quist'],
    ['ONCALL COORD COLDBROOK CELL 1 (555) 201-3344', 'COLDBROOK'],
    ['called mother may @ 555.201.3344 re: med list', 'may'],
    ['post-procedure call to brother chance at 555.201.3344 - driver.', 'chance'],
  ])('finds the name in %j', (text, want) => {
    expect(names(text).join(' ')).toContain(want);
  });

  it.each([
    'mother cell 555-201-3344',
    'SW office ext 4411',
    'CM on 5/2 at 555-201-3344',
    'called wife at home 555-201-3344',
    'Charge nurse desk x4411',
    'Supervisor line 555-201-3344',
    'Rep main 555-201-3344 for the pump',
  ])('keeps %j', (text) => {
    expect(names(text, 'strict')).toEqual([]);
  });
});
