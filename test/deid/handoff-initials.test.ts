import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of two classes of staff initials: the groups of a hand-off and the group of a
// staff member who called (src/deid/free-text/handoff-initials.ts, rules/en/deid-name-cues.yaml
// handoffInitials), and the group after a Spanish signature label or a consent's initialling
// (staffInitials.labels: "firma", "initialed").
const bySource = (text: string, source: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.source === source)
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end));

describe('the staff groups of a hand-off or a call', () => {
  it.each([
    ['15:31 handoff sc -> ync: 6 alarms overnight.', ['sc', 'ync']],
    ['0306 HANDOFF ALE -> ADS: 7 ALARMS OVERNIGHT.', ['ALE', 'ADS']],
    ['1328 Report JT -> MKR: stable overnight.', ['JT', 'MKR']],
    ['13:30 ALARM BRADY. TECH UG CALLED RN L. UNDERHILL.', ['UG']],
    ['3:13 AM Tech HA phoned unit re: leads off.', ['HA']],
  ])('%j', (text, groups) => {
    expect(bySource(text, 'handoff-initials')).toEqual(groups);
  });

  it('leaves the hand-off word out of the name', () => {
    const text = '15:31 handoff sc -> ync: 6 alarms overnight.';
    const names = detectFreeTextNames(text, { profile: 'balanced', model: null }).map((s) => text.slice(s.start, s.end));
    expect(names.join(' ')).not.toMatch(/handoff/);
  });
});

describe('units, credentials, shifts and tests in the same places', () => {
  it.each(['Report ICU -> CCU: stable.', 'handoff RN -> MD: aware.', 'Tech ECG called unit.', 'handoff am -> pm: no events.'])('%j', (text) => {
    expect(bySource(text, 'handoff-initials')).toEqual([]);
  });
});

describe('the group after a signature label or a consent initialled', () => {
  it.each([
    ['Firma: BDS', 'BDS'],
    ['firma: om', 'om'],
    ['Consent initialed RBC.', 'RBC'],
    ['Consent initialed by fjw.', 'fjw'],
  ])('%j', (text, group) => {
    expect(bySource(text, 'staff-initials')).toEqual([group]);
  });

  it.each(['Firma: N/A', 'Consent initialed ok.', 'Firma: pending'])('%j', (text) => {
    expect(bySource(text, 'staff-initials')).toEqual([]);
  });
});
