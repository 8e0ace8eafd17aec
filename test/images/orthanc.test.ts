import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deidentifiedUid } from '../../src/images/shared-keys.js';
import { openImageStore } from '../../src/store/images/open-image-store.js';
import { cli, keyBeside, readCsv } from './cli-helpers.js';
import { REPORTS_HL7, STUDIES, studyImages, writeStudyFiles } from './image-fixtures.js';
import { orthancBinary, startOrthanc, type RunningOrthanc } from './orthanc.js';

const ci = process.env.CI === 'true';
const installed = orthancBinary() !== undefined;

if (!installed && ci) {
  describe('Orthanc DICOMweb integration', () => {
    it('needs Orthanc with the DICOMweb plugin in CI', () => {
      throw new Error('Orthanc is not installed; CI=true requires it (.ci/run installs orthanc and orthanc-dicomweb).');
    });
  });
} else if (!installed) {
  console.warn('[images] Orthanc not installed: skipping the DICOMweb integration test (set CI=true to fail instead).');
}

/** What train.csv must hold per study: the label cells the HL7 reports decide. */
const EXPECTED: Record<string, Record<string, string>> = {
  A: { Pneumothorax: '1', 'Pleural Effusion': '0' },
  B: { Pneumothorax: '0', 'Pleural Effusion': '1' }, // the corrected report wins over the preliminary "no effusion"
  C: { Cardiomegaly: '1', Edema: '1' },
  D: { Pneumothorax: '1', 'Pleural Effusion': '0' }, // another study UID under A's accession: A's report
};

const tmp = () => mkdtempSync(join(tmpdir(), 'radlabel-orthanc-test-'));

describe.skipIf(!installed)('Orthanc DICOMweb integration', () => {
  let orthanc: RunningOrthanc;
  const files = tmp();
  let fileList: string[] = [];

  beforeAll(async () => {
    orthanc = await startOrthanc();
    fileList = writeStudyFiles(files);
    for (const f of fileList) await orthanc.upload(readFileSync(f));
  }, 60_000);
  afterAll(async () => {
    await orthanc?.stop();
  });

  /** Expected (image_id → study key, view) for the default export: images of labelled studies, no SR, no localiser. */
  function expectedRows(key: string): Map<string, { study: string; view: string }> {
    const out = new Map<string, { study: string; view: string }>();
    for (const img of studyImages()) {
      const study = STUDIES.find((s) => s.studyUid === img.studyInstanceUid)!;
      if (!EXPECTED[study.key] || img.modality === 'SR' || !img.viewPosition) continue;
      out.set(deidentifiedUid(img.sopInstanceUid, key), { study: study.key, view: img.viewPosition });
    }
    return out;
  }

  function checkTrainCsv(file: string, key: string): Array<Record<string, string>> {
    const rows = readCsv(file);
    const expected = expectedRows(key);
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((r) => r.image_id))).toEqual(new Set(expected.keys()));
    for (const r of rows) {
      const e = expected.get(r.image_id!)!;
      const study = STUDIES.find((s) => s.key === e.study)!;
      expect(r.study_id).toBe(deidentifiedUid(study.studyUid, key));
      expect(r.view).toBe(e.view);
      for (const [label, cell] of Object.entries(EXPECTED[e.study]!)) expect([e.study, label, r[label]]).toEqual([e.study, label, cell]);
    }
    const text = readFileSync(file, 'utf8');
    for (const s of STUDIES) for (const raw of [s.accession, s.patientId, s.studyUid, 'QUILLON', 'FARNSWORTH']) expect(text).not.toContain(raw);
    return rows;
  }

  it('pull over DICOMweb, then export --level image: exactly the expected rows and labels', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    expect((await cli('run', REPORTS_HL7, '--db', db, '--no-progress')).code).toBe(0);
    const pull = await cli('images', 'pull', '--dicomweb', orthanc.dicomweb, '--user', orthanc.user, '--password', orthanc.password, '--page-size', '2', '--db', db);
    expect(pull.err).toBe('');
    expect(pull.code).toBe(0);
    expect(pull.out).toMatch(/pulled 5 studies, 12 series, 12 instances indexed/);
    const exp = await cli('export', '--level', 'image', '--out', join(dir, 'train.csv'), '--db', db);
    expect(exp.code).toBe(0);
    expect(exp.out).toMatch(/wrote 7 images .* 4 by view \/ modality, 1 without a labelled report/);
    const rows = checkTrainCsv(join(dir, 'train.csv'), keyBeside(db));
    // Locations are WADO-RS URLs on the same server, with remapped UIDs only.
    for (const r of rows) expect(r.Path).toMatch(new RegExp(`^${orthanc.dicomweb}/studies/2\\.25\\.\\d+/series/2\\.25\\.\\d+/instances/${r.image_id!.replace(/\./g, '\\.')}$`));
    for (const out of [pull.out, exp.out]) for (const s of STUDIES) expect(out).not.toContain(s.studyUid);

    // The same through images scan on the files.
    const dir2 = tmp();
    const db2 = join(dir2, 'db.sqlite');
    expect((await cli('run', REPORTS_HL7, '--db', db2, '--no-progress')).code).toBe(0);
    const scan = await cli('images', 'scan', files, '--db', db2);
    expect(scan.out).toMatch(/scanned 12 files: 12 images indexed, 0 skipped/);
    expect((await cli('export', '--level', 'image', '--out', join(dir2, 'train.csv'), '--db', db2)).code).toBe(0);
    const scanned = checkTrainCsv(join(dir2, 'train.csv'), keyBeside(db2));
    const strip = (rs: Array<Record<string, string>>) => rs.map(({ Path: _p, ...rest }) => rest);
    // Both databases created their own key: compare after mapping ids back through each key.
    const byStudyView = (rs: Array<Record<string, string>>, key: string) =>
      strip(rs).map((r) => {
        const s = STUDIES.find((x) => deidentifiedUid(x.studyUid, key) === r.study_id)!;
        return JSON.stringify({ ...r, image_id: '', study_id: s.key });
      }).sort();
    expect(byStudyView(scanned, keyBeside(db2))).toEqual(byStudyView(rows, keyBeside(db)));
  });

  it('resumes an interrupted pull at the next study, and reports refused credentials', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    expect((await cli('run', REPORTS_HL7, '--db', db, '--no-progress')).code).toBe(0);
    const store = openImageStore(db);
    await store.putSyncState(`dicomweb:${orthanc.dicomweb}`, JSON.stringify({ offset: 3, query: {}, complete: false }));
    await store.close();
    const resumed = await cli('images', 'pull', '--dicomweb', orthanc.dicomweb, '--user', orthanc.user, '--password', orthanc.password, '--page-size', '2', '--db', db);
    expect(resumed.out).toMatch(/pulled 2 studies, .* \(resumed at study 4\)/);
    const again = await cli('images', 'pull', '--dicomweb', orthanc.dicomweb, '--user', orthanc.user, '--password', orthanc.password, '--db', db);
    expect(again.out).toMatch(/pulled 5 studies, 12 series, 12 instances indexed\n$/);

    const bad = await cli('images', 'pull', '--dicomweb', orthanc.dicomweb, '--user', orthanc.user, '--password', 'wrong', '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/DICOMWEB_AUTH/);
    expect(bad.err).not.toContain('wrong');
    expect(readdirSync(files).length).toBeGreaterThan(0);
  });
});
