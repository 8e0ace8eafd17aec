import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { deidentify } from '../../src/deid/deidentify.js';
import { parsePhysionet } from '../../src/ingest/physionet/parse-physionet.js';
import { trimFacilityHeads } from '../../src/deid/facility-heads.js';
import type { PhiSpan } from '../../src/deid/phi-span.js';

const facilities = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'INSTITUTION' || s.category === 'LOCATION')
    .map((s) => text.slice(s.start, s.end));

describe('facility spans end before their generic head words', () => {
  it.each([
    ['Transferred from Oakhurst Hospital for chest pain.', 'Oakhurst', 'Hospital'],
    ['PT TAKEN TO BRELLING HOSPITAL BY EMS.', 'BRELLING', 'HOSPITAL'],
    ['she was admitted to tamsworth hosp last week', 'tamsworth', 'hosp'],
    ['Follow up at Wexcombe Medical Center in 2 weeks.', 'Wexcombe', 'Medical Center'],
    ['Seen at St. Ardwyn Hospital ED.', 'St. Ardwyn', 'Hospital'],
    ['plan for discharge to greyfield rehab hospital tomorrow', 'greyfield', 'rehab hospital'],
    // Name modifiers stay in the name: a facility may be called by them alone.
    ['TAKEN TO DUNMORE REGIONAL HOSPITAL', 'DUNMORE REGIONAL', 'HOSPITAL'],
    ['Admitted from Ashby Memorial Medical Center overnight.', 'Ashby Memorial', 'Medical Center'],
  ])('%j', (text, name, head) => {
    const found = facilities(text);
    expect(found).toContain(name);
    // The head stays in the text as written; it identifies nobody.
    expect(found.some((f) => f.includes(head))).toBe(false);
  });

  it('keeps a span of head words whole, and the feed’s known organisations whole', () => {
    const text = 'at the Medical Center';
    const generic: PhiSpan[] = [{ start: 3, end: text.length, category: 'INSTITUTION', source: 'institution' }];
    expect(trimFacilityHeads(text, generic)[0]!.end).toBe(text.length);
    const t2 = 'seen at Oakhurst Hospital';
    const known: PhiSpan[] = [{ start: 8, end: t2.length, category: 'INSTITUTION', source: 'known' }];
    expect(trimFacilityHeads(t2, known)[0]!.end).toBe(t2.length);
  });

  it('keeps a possessive with the name and leaves names and dates alone', () => {
    const text = "Seen at St. Ardwyn's Hospital by Dr. Hospital.";
    const spans: PhiSpan[] = [
      { start: 8, end: 29, category: 'INSTITUTION', source: 'institution' },
      { start: 37, end: 45, category: 'NAME', source: 'title' },
    ];
    const out = trimFacilityHeads(text, spans).map((s) => text.slice(s.start, s.end));
    expect(out).toEqual(["St. Ardwyn's", 'Hospital']);
  });

  it('writes a surrogate for the name only, so the head is not doubled', () => {
    const [item] = parsePhysionet('START_OF_RECORD=1||||1||||\nTransferred from Oakhurst Hospital for chest pain.\n||||END_OF_RECORD\n');
    if (item?.kind !== 'report') throw new Error('expected a report');
    const out = deidentify(item.report, { key: 'facility-heads-test-key-0123456789', mode: 'surrogate', keepStudyUids: false });
    const text = out.text;
    expect(text).not.toContain('Oakhurst');
    expect(text).not.toMatch(/(Hospital|Clinic|Center) Hospital/);
    expect(text).toContain(' Hospital for chest pain.');
  });
});
