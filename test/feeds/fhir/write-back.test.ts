import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fhirWriteBack } from '../../../src/feeds/fhir/write-back.js';
import { labelsToObservations } from '../../../src/export/fhir-observation.js';
import { exportLabels } from '../../../src/export/export-labels.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import type { LabelStore, StoredLabels } from '../../../src/store/label-store.js';
import { isRadlabelError } from '../../../src/errors/index.js';
import { TEST_DEID, directIngestPort } from '../helpers/direct-ingest-port.js';
import { radiologyReport, startFhirStandIn } from '../helpers/fhir-stand-in.js';

const ontology = loadOntology('chexpert');
let store: LabelStore;
let server: Awaited<ReturnType<typeof startFhirStandIn>> | undefined;

async function ingestFhir(n: number, text?: string): Promise<void> {
  const [dr, p, s] = radiologyReport(n, '2026-11-01T00:00:00Z', text ? { text } : {});
  await directIngestPort(store).ingest({ body: JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [dr, p, s].map((resource) => ({ resource })) }), contentType: 'fhir+json', source: { door: 'fhir-push' } });
}

async function current(): Promise<StoredLabels[]> {
  const out: StoredLabels[] = [];
  for await (const s of store.currentLabels('chexpert')) out.push(s);
  return out;
}

beforeEach(async () => {
  store = openSqliteStore(':memory:');
  await store.migrate();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await store.close();
});

describe('labels as FHIR Observations', () => {
  it('maps each positive / uncertain label to an Observation with codes, value, derivedFrom, focus, method and evidence', async () => {
    await ingestFhir(1, 'Small left pleural effusion. Possible pneumonia. No pneumothorax.');
    const [s] = await current();
    const obs = labelsToObservations(s!, ontology);
    const byLabel = Object.fromEntries(obs.map((o) => [o.code.coding.at(-1)!.code, o]));
    expect(Object.keys(byLabel).sort()).toEqual(['Pleural Effusion', 'Pneumonia']);
    const eff = byLabel['Pleural Effusion']!;
    expect(eff.code.coding).toEqual(
      expect.arrayContaining([
        { system: 'http://snomed.info/sct', code: '60046008', display: 'Pleural effusion' },
        { system: 'http://www.nlm.nih.gov/research/umls', code: 'C0032227', display: 'Pleural effusion' },
        { system: 'https://radlabel.dev/fhir/CodeSystem/chexpert', code: 'Pleural Effusion', display: 'Pleural effusion' },
      ]),
    );
    expect(eff.valueCodeableConcept.text).toBe('present');
    expect(byLabel.Pneumonia!.valueCodeableConcept).toMatchObject({ text: 'uncertain', coding: [{ code: '60022001' }, { code: 'uncertain' }] });
    expect(eff.derivedFrom).toEqual([{ type: 'DiagnosticReport', identifier: { system: 'https://radlabel.dev/fhir/report-id', value: s!.reportId } }]);
    // The study UID is the pseudonymised one (2.25.…), never the source UID.
    expect(eff.focus![0]!.identifier.value).toMatch(/^urn:oid:2\.25\.\d+$/);
    expect(eff.focus![0]!.identifier.value).not.toContain('1.2.826.0.1.3680043.8.498.1001');
    expect(eff.method.text).toMatch(/^rules /);
    expect(eff.note![0]!.text).toMatch(/^"Small left pleural effusion\." — matched "(small left )?pleural effusion"/i);
    expect(labelsToObservations(s!, ontology)).toEqual(obs); // deterministic ids
    expect(JSON.stringify(obs)).not.toMatch(/Synthia|Testpatient|MRN-|ACC-7001/);
    expect(eff.code.text).toBe('Pleural effusion');
  });

  it('radlabel export --format fhir-ndjson path: one Observation per line, the leak guard withholding a leaking report', async () => {
    await ingestFhir(1, 'Cardiomegaly. No effusion.');
    await ingestFhir(2, 'Clear lungs. No acute disease.');
    const dir = mkdtempSync(join(tmpdir(), 'ndjson-'));
    const out = join(dir, 'labels.ndjson');
    const res = await exportLabels(store, { format: 'fhir-ndjson', ontology, out, deidKey: TEST_DEID.key });
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.every((o) => o.resourceType === 'Observation')).toBe(true);
    expect(lines.map((o) => o.code.coding.at(-1).code)).toContain('Cardiomegaly');
    expect(res.blocked).toBe(0);

    // A report whose evidence carries the patient's name (as if de-identification had missed it):
    // the guard withholds that report's Observations and quarantines it; the other report is written.
    const leaky: LabelStore = Object.create(store) as LabelStore;
    leaky.currentLabels = async function* (id, o) {
      for await (const s of store.currentLabels(id, o)) {
        const c = s.labels.labels.Cardiomegaly;
        if (c?.value !== 'positive') yield s;
        else yield { ...s, labels: { ...s.labels, labels: { ...s.labels.labels, Cardiomegaly: { ...c, evidence: [{ ...c.evidence[0]!, sentence: { text: 'Cardiomegaly, Synthia Testpatient.', start: 0, end: 10 } }] } } } };
      }
    };
    const out2 = join(dir, 'leaky.ndjson');
    const guarded = await exportLabels(leaky, { format: 'fhir-ndjson', ontology, out: out2, deidKey: TEST_DEID.key });
    expect(guarded).toEqual({ rows: 1, blocked: 1 });
    expect(readFileSync(out2, 'utf8')).not.toMatch(/Synthia|Testpatient|Cardiomegaly/);
    expect((await store.listQuarantine()).map((q) => q.code)).toEqual(['DEID_LEAK']);
  });
});

describe('FHIR write-back', () => {
  it('POSTs a transaction of conditional creates with a literal DiagnosticReport reference, retrying 5xx', async () => {
    server = await startFhirStandIn([], { faults: { 0: [503] } });
    await ingestFhir(1, 'Small left pleural effusion.');
    const [s] = await current();
    const wb = fhirWriteBack({ baseUrl: server.baseUrl, deidKey: TEST_DEID.key, retry: { baseMs: 1, maxMs: 5 } });
    expect(await wb.write(s!, ontology)).toBe(1);
    expect(server.posted).toHaveLength(1);
    const e = server.posted[0]!.entry[0]!;
    expect(e.request).toMatchObject({ method: 'POST', url: 'Observation' });
    expect(e.request!.ifNoneExist).toMatch(/^identifier=https%3A%2F%2Fradlabel\.dev%2Ffhir%2Fobservation\|/);
    expect((e.resource.derivedFrom as Array<{ reference: string }>)[0]!.reference).toBe('DiagnosticReport/dr1');
  });

  it('refuses to send a Bundle the leak guard stops', async () => {
    server = await startFhirStandIn([]);
    const wb = fhirWriteBack({ baseUrl: server.baseUrl, deidKey: TEST_DEID.key });
    await ingestFhir(2, 'Cardiomegaly.');
    const s2 = (await current()).find((x) => x.labels.labels.Cardiomegaly?.value === 'positive')!;
    const tampered = { ...s2, labels: { ...s2.labels, labels: { ...s2.labels.labels, Cardiomegaly: { ...s2.labels.labels.Cardiomegaly!, evidence: [{ ...s2.labels.labels.Cardiomegaly!.evidence[0]!, sentence: { text: 'Cardiomegaly in Synthia Testpatient.', start: 0, end: 10 } }] } } } };
    const err = await wb.write(tampered, ontology).catch((e: unknown) => e);
    expect(isRadlabelError(err, 'DEID_LEAK')).toBe(true);
    expect(server.posted).toHaveLength(0);
  });
});
