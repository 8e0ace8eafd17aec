import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RawReportSchema, type RawReport } from '../../../src/domain/report.js';
import { parseFhir } from '../../../src/ingest/fhir/parse-fhir.js';
import type { IngestItem } from '../../../src/ingest/ingest-item.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = path.resolve(repoRoot, '../shared/data/fhir');

const parse = (name: string): IngestItem[] => parseFhir(readFileSync(path.join(dir, name), 'utf8'), { file: name });
const one = (name: string): RawReport => {
  const items = parse(name);
  expect(items).toHaveLength(1);
  const i = items[0]!;
  if (i.kind !== 'report') throw new Error(`expected a report from ${name}, got ${i.kind}`);
  expect(() => RawReportSchema.parse(i.report)).not.toThrow();
  return i.report;
};
const sections = (r: RawReport): Array<[string, string]> => r.sections.map((s) => [s.name, r.text.slice(s.start, s.end)]);

// Dev data: FHIR R4 examples from the R4 spec and US Core (see ../shared/data/fhir/SOURCE.txt).
describe.skipIf(!existsSync(dir))('parseFhir conformance on the R4 / US Core examples', () => {
  it('US Core chest X-ray: base64 XHTML presentedForm becomes sectioned text', () => {
    const r = one('uscore_DiagnosticReport-chest-xray-report.json');
    const s = sections(r);
    expect(s).toContainEqual(['indication', 'Fever / Pneumonia']);
    expect(s).toContainEqual(['comparison', 'None.']);
    const findings = s.find(([n]) => n === 'findings')?.[1] ?? '';
    expect(findings).toContain('No pleural effusion.\nNo pneumothorax.');
    expect(s.find(([n]) => n === 'impression')?.[1]).toMatch(/^No acute abnormality\./);
    // The sign-off block (radiologist names) is its own section, not part of the impression.
    expect(s.find(([n]) => n === 'impression')?.[1]).not.toContain('Cure');
    expect(r.text).not.toMatch(/<|Chest Portable<\/title>/);
    expect(r.procedure).toEqual({ code: '30746-2', system: 'http://loinc.org', text: 'Portable XR Chest Views' });
    expect(r.identifiers.providerNames.map((n) => n.text)).toEqual(['Ronald Bone', 'Dr Ronald Bone']);
    expect([r.modality, r.bodyPart]).toEqual(['XR', 'chest']);
    expect(r.status).toBe('final');
  });

  it('R4 brain CT: conclusion becomes the impression; the organization performer is known', () => {
    const r = one('r4spec_diagnosticreport-example-f201-brainct.json');
    expect(sections(r)).toEqual([['impression', 'CT brains: large tumor sphenoid/clivus.']]);
    expect(r.identifiers.organizations).toEqual(['Blijdorp MC']);
    expect(r.identifiers.patientNames).toEqual([{ given: [], text: 'Roel' }]);
    expect(r.examDateTime).toBe('2012-12-01T12:00:00+01:00');
    expect([r.modality, r.bodyPart]).toEqual(['CT', 'head']);
  });

  it('R4 abdominal ultrasound: conclusion becomes the impression', () => {
    const r = one('r4spec_diagnosticreport-example-ultrasound.json');
    expect(sections(r)).toEqual([['impression', 'Unremarkable study']]);
    expect(r.procedure?.text).toBe('Abdominal Ultrasound');
    expect([r.modality, r.bodyPart]).toEqual(['US', 'abdomen']);
  });

  it('US Core DXA bone density: category Radiology, but its only text is a base64 PDF and it has no conclusion → skipped no-text', () => {
    const items = parse('uscore_DiagnosticReport-bone-density-report.json');
    expect(items).toHaveLength(1);
    const i = items[0]!;
    expect(i.kind === 'skipped' && [i.reason, i.detail.startsWith('PDF-only')]).toEqual(['no-text', true]);
  });

  it('US Core cardiology report: category LP29708-2 Cardiology → skipped not-radiology', () => {
    const items = parse('uscore_DiagnosticReport-cardiology-report.json');
    expect(items.map((i) => (i.kind === 'skipped' ? i.reason : i.kind))).toEqual(['not-radiology']);
  });

  it('US Core ServiceRequest: FHIR_WRONG_TYPE error', () => {
    const items = parse('uscore_servicerequest-chest-xray.json');
    expect(items.map((i) => (i.kind === 'error' ? i.error.code : i.kind))).toEqual(['FHIR_WRONG_TYPE']);
  });

  it('counts the whole folder: 3 reports, 2 skips by reason, 1 error', () => {
    const counts: Record<string, number> = {};
    for (const f of ['r4spec_diagnosticreport-example-f201-brainct.json', 'r4spec_diagnosticreport-example-ultrasound.json', 'uscore_DiagnosticReport-bone-density-report.json', 'uscore_DiagnosticReport-cardiology-report.json', 'uscore_DiagnosticReport-chest-xray-report.json', 'uscore_servicerequest-chest-xray.json']) {
      for (const i of parse(f)) {
        const k = i.kind === 'report' ? 'report' : i.kind === 'skipped' ? `skipped:${i.reason}` : `error:${i.error.code}`;
        counts[k] = (counts[k] ?? 0) + 1;
      }
    }
    expect(counts).toEqual({ report: 3, 'skipped:no-text': 1, 'skipped:not-radiology': 1, 'error:FHIR_WRONG_TYPE': 1 });
  });
});
