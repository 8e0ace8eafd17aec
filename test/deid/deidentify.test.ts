import { describe, expect, it } from 'vitest';
import { parseHl7 } from '../../src/ingest/hl7/parse-hl7.js';
import { parseFhir } from '../../src/ingest/fhir/parse-fhir.js';
import type { RawReport } from '../../src/domain/report.js';
import { DeidRecordSchema, RawReportSchema } from '../../src/domain/report.js';
import { birthYearHiding, deidentify, type DeidSettings } from '../../src/deid/deidentify.js';
import { dateShiftDays } from '../../src/deid/date-shift.js';
import { createDeidStage } from '../../src/deid/deid-stage.js';
import { assertNoLeakByGuard } from '../../src/deid/leak-guard.js';
import { isRadlabelError } from '../../src/errors/index.js';
import { hmacHex } from '../../src/util/hash.js';
import { seededRandom, syntheticCase, syntheticCaseFhir, syntheticCaseHl7, type SyntheticCase } from '../../src/deid/synthetic-phi.js';

const settings: DeidSettings = { key: 'test-key-0123456789abcdef0123456789', mode: 'surrogate', keepStudyUids: false };

function reportOf(items: ReturnType<typeof parseHl7>): RawReport {
  const item = items[0];
  if (item?.kind !== 'report') throw new Error(`expected a report, got ${item?.kind}`);
  return item.report;
}

function expectNoSecrets(text: string, c: SyntheticCase): void {
  const lower = text.toLowerCase();
  for (const s of c.secrets) expect(lower, `leaked ${s}`).not.toContain(s.toLowerCase());
}

describe('deidentify on a generated HL7 / FHIR feed with PHI in every usual place', () => {
  const r = seededRandom(20261126);
  const cases = Array.from({ length: 40 }, (_, i) => syntheticCase(i, r));

  it.each(['surrogate', 'tag'] as const)('leaks no identifier and keeps the clinical content (%s mode)', (mode) => {
    cases.forEach((c, i) => {
      for (const raw of [reportOf(parseHl7(syntheticCaseHl7(c, i))), reportOf(parseFhir(syntheticCaseFhir(c, i)))]) {
        const out = deidentify(raw, { ...settings, mode });
        expectNoSecrets(out.text, c);
        for (const phrase of c.clinical) expect(out.text).toContain(phrase);
        expect(JSON.stringify(out.deid)).not.toMatch(new RegExp(c.phi.family, 'i'));
        expect(out.guard.length).toBeGreaterThan(0);
        expect(() => assertNoLeakByGuard(out.text, out.guard, settings.key)).not.toThrow();
        expect(() => assertNoLeakByGuard(raw.text, out.guard, settings.key)).toThrow(/NAME|ID|DATE|PHONE|ADDRESS|EMAIL|INSTITUTION/);
      }
    });
  });

  it('pseudonymises ids with the keyed HMAC and remaps or keeps the study UID', () => {
    const raw = reportOf(parseHl7(syntheticCaseHl7(cases[0]!, 0)));
    const out = deidentify(raw, settings);
    expect(out.reportId).toBe(`acc-${hmacHex(settings.key, `accession:${raw.accession}`).slice(0, 20)}`);
    expect(out.accession).not.toBe(raw.accession);
    expect(out.patientId).toBe(hmacHex(settings.key, `patient:${raw.patientId}`).slice(0, 20));
    expect(out.studyInstanceUid).toMatch(/^2\.25\.\d+$/);
    expect(out.studyInstanceUid).toBe(deidentify(raw, settings).studyInstanceUid);
    expect(deidentify(raw, { ...settings, keepStudyUids: true }).studyInstanceUid).toBe(raw.studyInstanceUid);
    expect(out.versionKey).toBe(raw.source.messageControlId);
    expect(out.deid).toMatchObject({ mode: 'surrogate', detectorVersion: expect.stringMatching(/^radlabel-deid\//) });
    expect(out.deid.counts.NAME).toBeGreaterThan(0);
  });

  it('shifts dates per patient, consistently across reports, keeping intervals', () => {
    const raw = reportOf(parseHl7(syntheticCaseHl7(cases[1]!, 1)));
    const a = deidentify({ ...raw, text: 'Exam 03/14/2024, prior 03/04/2024.' }, settings);
    const b = deidentify({ ...raw, text: 'Follow-up 03/24/2024.', accession: 'OTHER1' }, settings);
    const days = (s: string) => Date.parse(s.replace(/(\d+)\/(\d+)\/(\d+)/, '$3-$1-$2')) / 86400000;
    const [d1, d2] = [...a.text.matchAll(/\d+\/\d+\/\d{4}/g)].map((m) => days(m[0]));
    const [d3] = [...b.text.matchAll(/\d+\/\d+\/\d{4}/g)].map((m) => days(m[0]));
    expect(d1! - d2!).toBe(10);
    expect(d3! - d1!).toBe(10);
    // The shift is derivable from the key only; the record must not carry it.
    const shift = dateShiftDays(settings.key, raw.patientId!);
    expect(shift).not.toBe(0);
    expect(Date.parse(a.examDateTime!) - Date.parse(raw.examDateTime!)).toBe(shift * 86400000);
    expect(Date.parse(b.examDateTime!) - Date.parse(raw.examDateTime!)).toBe(shift * 86400000);
    expect(d1! - days('03/14/2024')).toBe(shift);
  });

  it('keeps the date shift out of the de-id record (it would undo the shift)', () => {
    const raw = reportOf(parseHl7(syntheticCaseHl7(cases[1]!, 1)));
    const out = deidentify(raw, settings);
    expect(Object.keys(out.deid).sort()).toEqual(['counts', 'detectorVersion', 'mode', 'profile']);
    expect(JSON.stringify(out.deid)).not.toMatch(/shift/i);
    expect(DeidRecordSchema.parse({ mode: 'tag', detectorVersion: 'x', counts: {}, dateShiftDays: -5 })).not.toHaveProperty('dateShiftDays');
  });

  it('shifts both of two adjacent dates in surrogate mode (no second date kept as a "time part")', () => {
    const base = { source: { format: 'text' as const, system: 't' }, sections: [], identifiers: {}, patientId: 'ADJ-1' };
    const shift = dateShiftDays(settings.key, 'ADJ-1');
    const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) + shift * 86400000).toISOString().slice(0, 10);
    const first = iso(2024, 3, 1);
    for (const [text, kept] of [
      ['Comparison: 2024-03-01 Mar 3, 2024.', 'Mar 3'],
      ['Comparison: 2024-03-01 14:20 Mar 3, 2024.', 'Mar 3'],
      ['Comparison: 2024-03-01 Sept 3, 2024.', 'Sept 3'],
      ['Comparison: 2024-03-01 March 2024.', 'March 2024'],
    ] as const) {
      const out = deidentify(RawReportSchema.parse({ ...base, text }), settings).text;
      expect(out, text).toContain(first);
      expect(out, text).not.toContain(kept);
      expect(out, text).not.toContain('2024-03-01');
      expect(out, text).toMatch(/\.$/);
    }
    expect(deidentify(RawReportSchema.parse({ ...base, text: 'Comparison: 2024-03-01 14:20 Mar 3, 2024.' }), settings).text).toContain(`${first} 14:20 `);
  });

  it('keeps the full stop after a time in tag mode ("9:05 AM." is a time and a sentence end)', () => {
    const base = { source: { format: 'text' as const, system: 't' }, sections: [], identifiers: {} };
    const tag = (text: string) => deidentify(RawReportSchema.parse({ ...base, text }), { ...settings, mode: 'tag' }).text;
    expect(tag('Called at 9:05 AM. Then rested.')).toBe('Called at [TIME]. Then rested.');
    expect(tag('Called at 9 pm. Then rested.')).toBe('Called at [TIME]. Then rested.');
    expect(tag('Called at 9:05 am.')).toBe('Called at [TIME].');
    // The dotted form owns its final dot.
    expect(tag('Called at 9:05 a.m. Then rested.')).toBe('Called at [TIME] Then rested.');
    const sur = deidentify(RawReportSchema.parse({ ...base, text: 'Called at 9:05 AM. Then rested.' }), settings).text;
    expect(sur).toBe('Called at 9:05 AM. Then rested.');
  });

  it('re-maps section offsets onto the scrubbed text, headings kept', () => {
    const raw = reportOf(parseFhir(syntheticCaseFhir(cases[2]!, 2)));
    const out = deidentify(raw, settings);
    expect(out.sections.map((s) => s.heading)).toEqual(raw.sections.map((s) => s.heading));
    const findings = out.sections.find((s) => s.name === 'findings')!;
    expect(out.text.slice(findings.start, findings.end)).toBe(cases[2]!.clinical.join('\n'));
  });

  it('uses surrogates consistently within a patient', () => {
    const raw = RawReportSchema.parse({
      source: { format: 'text', system: 't' },
      sections: [],
      text: 'Dr. Okonkwo reviewed. Later Dr. Okonkwo called.',
      patientId: 'P1',
      identifiers: {},
    });
    const out = deidentify(raw, settings);
    const names = [...out.text.matchAll(/Dr\. (\w+)/g)].map((m) => m[1]);
    expect(names[0]).toBe(names[1]);
    expect(names[0]).not.toBe('Okonkwo');
  });

  it('quarantines with DEID_FAILED (no report text in the message) when anything goes wrong', () => {
    const raw = { ...reportOf(parseHl7(syntheticCaseHl7(cases[3]!, 3))), identifiers: undefined } as unknown as RawReport;
    try {
      deidentify(raw, settings);
      expect.unreachable();
    } catch (e) {
      expect(isRadlabelError(e, 'DEID_FAILED')).toBe(true);
      expect((e as Error).message).not.toMatch(new RegExp(cases[3]!.phi.family, 'i'));
    }
  });

  it('runs as a pipeline stage', async () => {
    const stage = createDeidStage(settings);
    const out = await stage.run(reportOf(parseHl7(syntheticCaseHl7(cases[4]!, 4))));
    expect(stage.name).toBe('deid');
    expectNoSecrets(out.text, cases[4]!);
  });
});

describe('surrogate mode: red-team findings', () => {
  const base = { source: { format: 'text' as const, system: 't' }, sections: [] };
  const run = (text: string, extra: Record<string, unknown> = {}, s: DeidSettings = settings) =>
    deidentify(RawReportSchema.parse({ ...base, identifiers: {}, patientId: 'RT-1', text, ...extra }), s);
  const shift = dateShiftDays(settings.key, 'RT-1');
  const shifted = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) + shift * 86400000);
  const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  it("gives 'Dr. Quillfeather' and 'Quillfeather's' one surrogate, keeping the 's", () => {
    const out = run("Dr. Quillfeather reviewed. Dr. Quillfeather's note follows.").text;
    const m = /^Dr\. (\w+) reviewed\. Dr\. (\w+)'s note follows\.$/.exec(out);
    expect(m, out).not.toBeNull();
    expect(m![1]).toBe(m![2]);
    expect(out).not.toContain('Quillfeather');
  });

  it('links a study UID written in the text to the remapped header UID (kept with keepStudyUids, [ID] in tag mode)', () => {
    const uid = '1.2.840.113619.2.55.3.604688119.971.1234567890.123';
    const text = `Images: Study UID ${uid}. Compared.`;
    const out = run(text, { studyInstanceUid: uid });
    expect(out.studyInstanceUid).toMatch(/^2\.25\.\d+$/);
    expect(out.text).toBe(`Images: Study UID ${out.studyInstanceUid}. Compared.`);
    expect(run(text, { studyInstanceUid: uid }, { ...settings, keepStudyUids: true }).text).toBe(text);
    expect(run(text, { studyInstanceUid: uid }, { ...settings, mode: 'tag' }).text).toBe('Images: Study UID [ID]. Compared.');
  });

  it('keeps letters and separators of a phone extension', () => {
    const out = run('Call 555-123-4567 ext. 1234 with results.').text;
    expect(out).toMatch(/^Call \d{3}-\d{3}-\d{4} ext\. \d{4} with results\.$/);
    expect(out).not.toContain('555-123-4567');
  });

  it('rewrites a weekday written before a date as the weekday of the shifted date', () => {
    const d = shifted(2024, 3, 5);
    const want = `${WEEKDAY[d.getUTCDay()]}, ${MONTH[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
    expect(run('Seen Tuesday, March 5, 2024 in clinic.').text).toBe(`Seen ${want} in clinic.`);
    const short = run('Seen Tue 3/5/2024.').text;
    expect(short).toBe(`Seen ${WEEKDAY[d.getUTCDay()]!.slice(0, 3)} ${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}.`);
    // Not adjacent, or not a weekday: untouched.
    expect(run('Seen Tuesday; then March 5, 2024.').text).toMatch(/^Seen Tuesday; then /);
    // Tag mode is unchanged.
    expect(run('Seen Tuesday, March 5, 2024.', {}, { ...settings, mode: 'tag' }).text).toBe('Seen Tuesday, [DATE].');
  });

  const dob = 'DOB: 03/14/1930. Born March 14, 1930 (1930-03-14).';
  const datesOf = (text: string) => {
    const mdy = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text)!;
    const named = new RegExp(`(${MONTH.join('|')}) (\\d{1,2}), (\\d{4})`).exec(text)!;
    const iso = /\((\d{4})-(\d{2})-(\d{2})\)/.exec(text)!;
    return [
      [+mdy[3]!, +mdy[1]!, +mdy[2]!],
      [+named[3]!, MONTH.indexOf(named[1]!) + 1, +named[2]!],
      [+iso[1]!, +iso[2]!, +iso[3]!],
    ];
  };
  const ageOn = (b: number[], at: Date) =>
    at.getUTCFullYear() - b[0]! - (at.getUTCMonth() + 1 < b[1]! || (at.getUTCMonth() + 1 === b[1]! && at.getUTCDate() < b[2]!) ? 1 : 0);

  it('writes the birth date of a patient of 90 or more as a patient of exactly 90 at the shifted exam', () => {
    const out = run(dob, { examDateTime: '2024-03-05T10:00:00', identifiers: { birthDate: '1930-03-14' } });
    expect(out.text).not.toMatch(/1930|1929/);
    const exam = new Date(Date.parse(out.examDateTime!));
    const dates = datesOf(out.text);
    for (const b of dates) expect(ageOn(b, exam), out.text).toBe(90);
    expect(new Set(dates.map((b) => b.join('-'))).size).toBe(1);
    // The month and day move with the patient's shift, like every other date.
    const s = shifted(1930, 3, 14);
    expect(dates[0]!.slice(1)).toEqual([s.getUTCMonth() + 1, s.getUTCDate()]);
    // Tag mode hides it anyway.
    expect(run(dob, { examDateTime: '2024-03-05', identifiers: { birthDate: '1930-03-14' } }, { ...settings, mode: 'tag' }).text).not.toMatch(/19\d\d/);
  });

  it('leaves the birth date of a patient under 90 shifted as usual', () => {
    const out = run(dob, { examDateTime: '2019-03-13T10:00:00', identifiers: { birthDate: '1930-03-14' } });
    const s = shifted(1930, 3, 14);
    for (const b of datesOf(out.text)) expect(b).toEqual([s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate()]);
  });

  it('birthYearHiding: 90 exactly at the shifted exam, a shifted Feb 29 becomes Feb 28 in a common target year', () => {
    expect(birthYearHiding('1935-06-01', '2024-06-01', -10)).toBeUndefined();
    expect(birthYearHiding(undefined, '2024-06-01', -10)).toBeUndefined();
    expect(birthYearHiding('1934-06-01', '2024-06-01', -10)).toEqual({ iso: '1934-06-01', yearShift: 0, dayAdjust: 0 });
    expect(birthYearHiding('1920-06-01', '2024-06-01', -10)).toEqual({ iso: '1920-06-01', yearShift: 14, dayAdjust: 0 });
    // Born 1920-06-02: not yet 90 on the shifted exam day in 1934 + 90, so one year earlier.
    expect(birthYearHiding('1920-06-02', '2024-06-01', -10)).toEqual({ iso: '1920-06-02', yearShift: 13, dayAdjust: 0 });
    expect(birthYearHiding('1932-03-01', '2024-06-01', -1)).toEqual({ iso: '1932-03-01', yearShift: 2, dayAdjust: -1 });
    expect(birthYearHiding('1928-03-01', '2022-06-01', -1)).toEqual({ iso: '1928-03-01', yearShift: 4, dayAdjust: 0 });
  });
});

describe('DICOM UIDs detected in pieces', () => {
  // "2.25.<decimal>" has too few arcs for the UID pattern; the id rule takes its long digit run and
  // deidentify widens that piece to the whole UID before substitution.
  const raw = RawReportSchema.parse({ source: { format: 'text', system: 't' }, sections: [], text: 'Prior study 2.25.12345678901234567890 reviewed.', identifiers: {} });
  it('replaces the whole UID, in tag and in surrogate mode', () => {
    expect(deidentify(raw, { key: 'uid-key-0123456789abcdef', mode: 'tag', keepStudyUids: false }).text).toBe('Prior study [ID] reviewed.');
    const out = deidentify(raw, { key: 'uid-key-0123456789abcdef', mode: 'surrogate', keepStudyUids: false }).text;
    expect(out).toMatch(/^Prior study 2\.25\.\d{20,} reviewed\.$/);
    expect(out).not.toContain('12345678901234567890');
  });
});
