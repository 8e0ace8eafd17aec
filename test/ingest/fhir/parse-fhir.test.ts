import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RawReportSchema, type RawReport } from '../../../src/domain/report.js';
import type { IngestItem } from '../../../src/ingest/ingest-item.js';
import { parseFhir } from '../../../src/ingest/fhir/parse-fhir.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/fhir/${name}`, import.meta.url)), 'utf8');
const reports = (items: IngestItem[]): RawReport[] => items.flatMap((i) => (i.kind === 'report' ? [i.report] : []));
const sectionText = (r: RawReport, name: string): string[] =>
  r.sections.filter((s) => s.name === name).map((s) => r.text.slice(s.start, s.end));

const RAD = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'RAD' }] };
const dr = (extra: Record<string, unknown>): string =>
  JSON.stringify({ resourceType: 'DiagnosticReport', id: 'x1', status: 'final', category: [RAD], code: { text: 'XR chest' }, ...extra });

describe('parseFhir: Bundle with contained and bundled resources', () => {
  const items = parseFhir(fixture('bundle-contained.json'), { file: 'bundle.json' });

  it('yields the radiology reports and skips the lab report', () => {
    expect(items.map((i) => i.kind)).toEqual(['report', 'skipped', 'report']);
    const skipped = items[1]!;
    expect(skipped.kind === 'skipped' && skipped.reason).toBe('not-radiology');
    expect(skipped.kind === 'skipped' && skipped.locator).toMatchObject({ messageId: 'lab-1', path: '/entry/4/resource', file: 'bundle.json' });
  });

  it('fills the report fields from the resource and the resolved references', () => {
    const r = reports(items)[0]!;
    expect(() => RawReportSchema.parse(r)).not.toThrow();
    expect(r.source).toEqual({ format: 'fhir', system: 'urn:synthetic:ris', file: 'bundle.json', messageId: 'dr-1', version: '3' });
    expect(r.status).toBe('corrected');
    expect(r.accession).toBe('ACC-2024-0001');
    expect(r.studyInstanceUid).toBe('2.25.1234567890');
    // DICOM DX and SNOMED "Chest" in the vocabulary shared with the HL7 ingest.
    expect(r.modality).toBe('XR');
    expect(r.bodyPart).toBe('chest');
    expect(r.procedure).toEqual({ code: '36643-5', system: 'http://loinc.org', text: 'XR chest two views' });
    expect(r.examDateTime).toBe('2024-03-01T10:00:00Z');
    expect(r.reportDateTime).toBe('2024-03-01T11:00:00Z');
    expect(r.patientId).toBe('MRN-000123');
  });

  it('collects the known identifiers of patient, practitioner, organization and order', () => {
    const ids = reports(items)[0]!.identifiers;
    expect(ids.patientNames).toEqual([{ family: 'Testperson', given: ['Alma', 'Q'], prefix: 'Ms' }]);
    expect(ids.patientIds).toEqual(['MRN-000123', '999-00-1234']);
    expect(ids.birthDate).toBe('1950-04-03');
    expect(ids.addresses).toEqual(['12 Sample Street, Springfield, ZZ, 00001']);
    expect(ids.phones).toEqual(['555-0100']);
    expect(ids.emails).toEqual(['alma@example.org']);
    expect(ids.organizations).toEqual(['Sample County Imaging Center']);
    expect(ids.providerNames).toEqual([
      { given: [], text: 'Imager, Quentin' },
      { family: 'Imager', given: ['Quentin'], text: 'Dr Quentin Imager' },
    ]);
    expect(ids.otherIds).toEqual(expect.arrayContaining(['RIS-77', 'ACC-2024-0001', 'PLACER-55', '0000000001']));
  });

  it('uses the text/plain presentedForm as is and does not repeat a conclusion it already contains', () => {
    const r = reports(items)[0]!;
    expect(r.text.startsWith('EXAMINATION: XR CHEST 2 VIEWS')).toBe(true);
    expect(r.text.match(/No acute cardiopulmonary process/g)).toHaveLength(1);
    expect(sectionText(r, 'findings')).toEqual(['The lungs are clear. No pleural effusion. No pneumothorax.']);
    expect(sectionText(r, 'impression')).toEqual(['1. No acute cardiopulmonary process.']);
    expect(sectionText(r, 'indication')).toEqual(['Cough for two weeks.']);
  });

  it('accepts a report without category by its imaging code and uses conclusionCode as impression', () => {
    const r = reports(items)[1]!;
    expect(r.source.messageId).toBe('ct-1');
    expect(r.status).toBe('preliminary');
    expect(r.text).toBe('IMPRESSION:\nPneumonia');
    expect(sectionText(r, 'impression')).toEqual(['Pneumonia']);
    expect(r.patientId).toBe('MRN-000456');
    expect(r.identifiers.patientNames).toEqual([{ family: 'Sample', given: ['Bertram'] }, { given: [], text: 'Bertram Sample' }]);
  });
});

describe('parseFhir: bulk-export NDJSON', () => {
  const items = parseFhir(fixture('bulk.ndjson'), { file: 'DiagnosticReport.ndjson' });

  it('keeps going after a bad line and numbers rows by line', () => {
    const summary = items.map((i) =>
      i.kind === 'report' ? ['report', i.report.source.row] : i.kind === 'skipped' ? [i.reason, i.locator.row] : [i.error.code, i.error.locator.row],
    );
    expect(summary).toEqual([
      ['report', 1],
      ['FHIR_INVALID_JSON', 2],
      ['not-radiology', 3],
      ['FHIR_INVALID_RESOURCE', 6],
      ['FHIR_WRONG_TYPE', 7],
      ['not-radiology', 8],
    ]);
  });

  it('recognises NDJSON whose first line is the bad one', () => {
    const items = parseFhir(`{"resourceType":\n${dr({ conclusion: 'Normal.' })}\n`);
    expect(items.map((i) => (i.kind === 'error' ? i.error.code : i.kind))).toEqual(['FHIR_INVALID_JSON', 'report']);
  });

  it('resolves a Patient given on a later line', () => {
    const r = reports(items)[0]!;
    expect(r.identifiers.patientNames).toEqual([{ family: 'Ndjsonperson', given: ['Cora'] }]);
    expect(r.patientId).toBe('MRN-000789');
  });

  it('keeps the bad line as raw and names the element of an invalid resource without copying values', () => {
    const bad = items[1]!;
    expect(bad.kind === 'error' && bad.raw).toBe('{"resourceType":"DiagnosticReport","id":"nd-2", "status": ');
    const invalid = items[3]!;
    expect(invalid.kind === 'error' && invalid.error.message).toMatch(/\/category/);
  });
});

describe('parseFhir: presentedForm decoding', () => {
  it('honours a latin1 charset on text/plain', () => {
    const [item] = parseFhir(fixture('latin1-text-plain.json'));
    const r = item!.kind === 'report' ? item!.report : undefined;
    expect(r?.text).toContain('Lésion de 5 mm au lobe supérieur droit, angle 30°.');
    expect(sectionText(r!, 'impression')).toEqual(['Nodule stable (±1 mm).']);
  });

  it('strips HTML: entities, breaks, blocks; scripts, styles and head dropped', () => {
    const [item] = parseFhir(fixture('html-entities.json'));
    const r = item!.kind === 'report' ? item!.report : undefined;
    expect(r).toBeDefined();
    const t = r!.text;
    expect(t).toContain('INDICATION: Pain & fever');
    expect(t).toContain('Liver measures 15 cm — normal.\nGallbladder: wall <3 mm, no stones. Café — test.');
    expect(t).toContain('Spleen 11 cm');
    expect(t).not.toMatch(/fake|Report title|color|hidden|<\/?[a-z]|&\w+;/);
    expect(sectionText(r!, 'impression')).toEqual(['Normal abdominal ultrasound.']);
    expect(t.match(/Normal abdominal ultrasound/g)).toHaveLength(1);
  });

  it('decodes utf-8 by default and falls back to the narrative only when nothing else exists', () => {
    const data = Buffer.from('FINDINGS: Niño, 5 mm nodule.', 'utf8').toString('base64');
    const [a] = parseFhir(dr({ presentedForm: [{ contentType: 'text/plain', data }], text: { div: '<div>NARRATIVE</div>' } }));
    expect(a!.kind === 'report' && a!.report.text).toBe('FINDINGS: Niño, 5 mm nodule.');
    const [b] = parseFhir(dr({ text: { div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>FINDINGS: clear&#160;lungs</p></div>' } }));
    expect(b!.kind === 'report' && b!.report.text).toBe('FINDINGS: clear lungs');
  });

  it('uses narrative result Observations when there is no presentedForm', () => {
    const obs = (id: string, code: Record<string, unknown>, valueString: string, status = 'final') => ({ resource: { resourceType: 'Observation', id, status, code, valueString } });
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: JSON.parse(dr({ result: [{ reference: 'Observation/f' }, { reference: 'Observation/i' }, { reference: 'Observation/e' }, { reference: 'Observation/missing' }] })) },
        obs('f', { coding: [{ system: 'http://loinc.org', code: '59776-5' }] }, 'Lungs clear.\r\nNo effusion.'),
        obs('i', { text: 'Chest X-ray impression' }, 'Normal chest.'),
        obs('e', { text: 'Findings' }, 'WRONG', 'entered-in-error'),
      ],
    };
    const [i] = parseFhir(JSON.stringify(bundle));
    const r = i!.kind === 'report' ? i!.report : undefined;
    expect(r?.text).toBe('FINDINGS:\nLungs clear.\nNo effusion.\n\nIMPRESSION:\nNormal chest.');
    expect(sectionText(r!, 'impression')).toEqual(['Normal chest.']);
  });

  it('reads undeclared non-UTF-8 text/plain as latin1', () => {
    const data = Buffer.from('IMPRESSION: 5 mm lésion.', 'latin1').toString('base64');
    const [a] = parseFhir(dr({ presentedForm: [{ contentType: 'text/plain', data }] }));
    expect(a!.kind === 'report' && a!.report.text).toBe('IMPRESSION: 5 mm lésion.');
  });

  it('skips a radiology report whose only form is a PDF, or a URL it cannot read', () => {
    const pdf = parseFhir(dr({ presentedForm: [{ contentType: 'application/pdf', data: 'JVBERi0=' }] }))[0]!;
    expect(pdf.kind === 'skipped' && [pdf.reason, pdf.detail.startsWith('PDF-only')]).toEqual(['no-text', true]);
    const url = parseFhir(dr({ presentedForm: [{ contentType: 'text/plain', url: 'http://example.org/r.txt' }] }))[0]!;
    expect(url.kind === 'skipped' && url.reason).toBe('no-text');
  });
});

describe('parseFhir: radiology decision, status and errors', () => {
  const kindOf = (extra: Record<string, unknown>): string => {
    const [i] = parseFhir(dr({ conclusion: 'Normal.', ...extra }));
    return i!.kind === 'skipped' ? i!.reason : i!.kind;
  };

  it('decides radiology from category, then from the code', () => {
    expect(kindOf({})).toBe('report');
    expect(kindOf({ category: [{ coding: [{ system: 'http://loinc.org', code: 'LP29684-5' }] }] })).toBe('report');
    expect(kindOf({ category: [{ coding: [{ system: 'http://loinc.org', code: 'LP29708-2' }] }] })).toBe('not-radiology');
    expect(kindOf({ category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'CUS' }] }] })).toBe('not-radiology');
    expect(kindOf({ category: [{ coding: [{ system: 'http://loinc.org', code: 'LP7839-6' }] }] })).toBe('not-radiology');
    expect(kindOf({ category: undefined, code: { text: 'US pelvis' } })).toBe('report');
    expect(kindOf({ category: undefined, code: { text: 'Mammogram screening' } })).toBe('report');
    expect(kindOf({ category: undefined, code: { coding: [{ system: 'http://loinc.org', code: '18748-4' }] } })).toBe('report');
    expect(kindOf({ category: undefined, code: { text: 'Discuss with us' } })).toBe('not-radiology');
    expect(kindOf({ category: undefined, code: { text: 'Lipid panel' } })).toBe('not-radiology');
  });

  it('maps the status', () => {
    const status = (s: string): string | undefined => {
      const [i] = parseFhir(dr({ status: s, conclusion: 'Normal.' }));
      return i!.kind === 'report' ? i!.report.status : undefined;
    };
    expect(['registered', 'partial', 'preliminary', 'final', 'amended', 'corrected', 'appended', 'cancelled', 'entered-in-error', 'unknown'].map(status)).toEqual([
      'preliminary', 'preliminary', 'preliminary', 'final', 'corrected', 'corrected', 'corrected', 'cancelled', 'cancelled', 'unknown',
    ]);
  });

  it('reports invalid JSON, wrong types and wrong shapes as typed errors without report text', () => {
    const code = (text: string): string | undefined => {
      const [i] = parseFhir(text, { file: 'in.json' });
      return i!.kind === 'error' ? i!.error.code : undefined;
    };
    expect(code('{"resourceType": "DiagnosticReport", ')).toBe('FHIR_INVALID_JSON');
    expect(code('[1, 2]')).toBe('FHIR_WRONG_TYPE');
    expect(code('{"resourceType":"Patient","id":"p"}')).toBe('FHIR_WRONG_TYPE');
    const [bad] = parseFhir(dr({ conclusion: 42, presentedForm: [{ contentType: 'text/plain', data: Buffer.from('SECRET TEXT').toString('base64') }] }), { file: 'in.json' });
    expect(bad!.kind === 'error' && bad!.error.code).toBe('FHIR_INVALID_RESOURCE');
    expect(bad!.kind === 'error' && bad!.error.describe()).toBe(
      'in.json id x1: FHIR_INVALID_RESOURCE: DiagnosticReport element /conclusion does not match FHIR R4 (invalid_type)',
    );
  });

  it('infers modality and body part from the code text when there is no ImagingStudy', () => {
    const [a] = parseFhir(dr({ conclusion: 'Normal.', code: { text: 'MRI lumbar spine without contrast' } }));
    expect(a!.kind === 'report' && [a!.report.modality, a!.report.bodyPart]).toEqual(['MR', 'spine']);
    const [b] = parseFhir(dr({ conclusion: 'Normal.', category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'CT' }] }], code: { text: 'Head study' } }));
    expect(b!.kind === 'report' && [b!.report.modality, b!.report.bodyPart]).toEqual(['CT', 'head']);
  });

  it('follows a PractitionerRole to its practitioner and organization', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { fullUrl: 'urn:uuid:r1', resource: JSON.parse(dr({ conclusion: 'Normal.', resultsInterpreter: [{ reference: 'PractitionerRole/role-1' }] })) },
        { resource: { resourceType: 'PractitionerRole', id: 'role-1', practitioner: { reference: 'Practitioner/d1' }, organization: { reference: 'Organization/o1', display: 'Sample Radiology Group' } } },
        { resource: { resourceType: 'Practitioner', id: 'd1', name: [{ family: 'Readerdoc', given: ['Pat'] }] } },
      ],
    };
    const [i] = parseFhir(JSON.stringify(bundle));
    const ids = i!.kind === 'report' ? i!.report.identifiers : undefined;
    expect(ids?.providerNames).toEqual([{ family: 'Readerdoc', given: ['Pat'] }]);
    expect(ids?.organizations).toEqual(['Sample Radiology Group']);
  });

  it('skips a Bundle without reports and never throws on odd input', () => {
    const [b] = parseFhir(JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient' } }] }));
    expect(b!.kind === 'skipped' && b!.reason).toBe('no-diagnostic-report');
    for (const odd of ['', 'null', '"x"', '{"resourceType":"Bundle","entry":"nope"}', '{"resourceType":"DiagnosticReport","presentedForm":[null]}']) {
      expect(() => parseFhir(odd)).not.toThrow();
    }
  });
});
