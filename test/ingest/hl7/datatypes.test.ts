import { describe, expect, it } from 'vitest';
import { readCoded, readNdl, readXad, readXcn, readXpn, readXtn, toIsoDate, toIsoDateTime } from '../../../src/ingest/hl7/datatypes.js';
import type { Delimiters } from '../../../src/ingest/hl7/hl7-message.js';

const d: Delimiters = { field: '|', component: '^', repetition: '~', escape: '\\', subcomponent: '&' };

describe('toIsoDateTime (TS / DTM)', () => {
  it.each([
    ['2024', '2024'],
    ['202403', '2024-03'],
    ['20240305', '2024-03-05'],
    ['2024030512', '2024-03-05T12:00:00'],
    ['202403051230', '2024-03-05T12:30:00'],
    ['20240305123045', '2024-03-05T12:30:45'],
    ['20240305123045.123', '2024-03-05T12:30:45.123'],
    ['20240305123045+0100', '2024-03-05T12:30:45+01:00'],
    ['202403051230-0215', '2024-03-05T12:30:00-02:15'],
    ['20240305123045^S', '2024-03-05T12:30:45'],
  ])('%s → %s', (raw, iso) => {
    expect(toIsoDateTime(raw, d)).toBe(iso);
  });

  it.each(['', '2024-03-05', '196203520', '20241305', '20240230', '20240305256000', 'yesterday'])('rejects %j', (raw) => {
    expect(toIsoDateTime(raw, d)).toBeUndefined();
  });

  it('toIsoDate needs a full date and drops the time', () => {
    expect(toIsoDate('19800229', d)).toBe('1980-02-29');
    expect(toIsoDate('198002291030', d)).toBe('1980-02-29');
    expect(toIsoDate('198002', d)).toBeUndefined();
    expect(toIsoDate('19810229', d)).toBeUndefined();
  });
});

describe('names', () => {
  it('reads XPN family^given^middle^suffix^prefix, FN surname only', () => {
    expect(readXpn('DOE&&&&SYNTH^JANE^Q^III^MS^MD', d)).toEqual({ family: 'DOE', given: ['JANE', 'Q'], suffix: 'III', prefix: 'MS' });
    expect(readXpn('^^', d)).toBeUndefined();
  });

  it('reads XCN after the id component, and a multi-word name written in the id component as text', () => {
    expect(readXcn('1234^SMITHSYN^ANNA^B^JR^DR^MD', d)).toEqual({ family: 'SMITHSYN', given: ['ANNA', 'B'], suffix: 'JR', prefix: 'DR' });
    expect(readXcn('Anna Smithsyn', d)).toEqual({ given: [], text: 'Anna Smithsyn' });
    expect(readXcn('MS', d)).toBeUndefined();
    expect(readXcn('12345', d)).toBeUndefined();
  });

  it('reads NDL both as CNN subcomponents and as XCN-style components', () => {
    expect(readNdl('7777&READERSYN&RUTH&&&DR^20240101', d)).toEqual({ family: 'READERSYN', given: ['RUTH'], prefix: 'DR' });
    expect(readNdl('444-44-4444^READERSYN^ROB^^^^MD', d)).toEqual({ family: 'READERSYN', given: ['ROB'] });
  });

  it('decodes escapes inside names', () => {
    expect(readXpn('O\\T\\BRIEN^ANN', d)).toEqual({ family: 'O&BRIEN', given: ['ANN'] });
  });
});

describe('addresses, phones, codes', () => {
  it('joins XAD parts into one line, SAD street line first', () => {
    expect(readXad('1 TEST LANE&TEST LANE&1^APT 2^FAKEVILLE^ZZ^99999^USA^H', d)).toBe('1 TEST LANE, APT 2, FAKEVILLE, ZZ, 99999, USA');
    expect(readXad('&Test Lane&12^^Fakeville', d)).toBe('12 Test Lane, Fakeville');
    expect(readXad('^^^^^^H', d)).toBeUndefined();
  });

  it('reads XTN phone from component 1, or from components 5-8, and e-mail from component 4', () => {
    expect(readXtn('(555)010-0001^PRN^PH', d)).toEqual({ phone: '(555)010-0001' });
    expect(readXtn('^PRN^PH^^1^555^0100002^12', d)).toEqual({ phone: '1 555 0100002 x12' });
    expect(readXtn('^NET^Internet^someone@example.invalid', d)).toEqual({ email: 'someone@example.invalid' });
    expect(readXtn('^^^^^905', d)).toEqual({});
  });

  it('reads CE / CWE with the alternate triplet as fallback', () => {
    expect(readCoded('71046^XR CHEST^CPT4', d)).toEqual({ code: '71046', text: 'XR CHEST', system: 'CPT4' });
    expect(readCoded('^^^L1^LOCAL CHEST^99LOC', d)).toEqual({ code: 'L1', text: 'LOCAL CHEST', system: '99LOC' });
  });
});
