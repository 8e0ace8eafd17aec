import { describe, expect, it } from 'vitest';
import { parseHl7 } from '../../src/ingest/hl7/parse-hl7.js';
import { parseFhir } from '../../src/ingest/fhir/parse-fhir.js';
import type { RawReport } from '../../src/domain/report.js';
import { DeidRecordSchema, RawReportSchema } from '../../src/domain/report.js';
import { deidentify, type DeidSettings } from '../../src/deid/deidentify.js';
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
    expect(Object.keys(out.deid).sort()).toEqual(['counts', 'detectorVersion', 'mode']);
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

  it("remembers a patient's names from earlier reports (later mentions without a cue are scrubbed too)", () => {
    const base = { source: { format: 'text' as const, system: 't' }, sections: [], identifiers: {} };
    const first = deidentify(RawReportSchema.parse({ ...base, text: 'Discussed with Dr. Zorbflax at the bedside.', patientId: 'MEM-1' }), settings);
    const later = deidentify(RawReportSchema.parse({ ...base, text: 'Result given; Zorbflax agrees with the plan.', patientId: 'MEM-1' }), settings);
    const otherPatient = deidentify(RawReportSchema.parse({ ...base, text: 'Result given; Zorbflax agrees with the plan.', patientId: 'MEM-2' }), settings);
    expect(first.text).not.toContain('Zorbflax');
    expect(later.text).not.toContain('Zorbflax');
    expect(otherPatient.text).toContain('Zorbflax');
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
