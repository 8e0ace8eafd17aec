import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticDicom } from '../../src/bench/synthetic-dicom.js';
import { deidentifiedUid, reportIdOfAccession } from '../../src/images/shared-keys.js';
import { openImageStore } from '../../src/store/images/open-image-store.js';
import { cli, keyBeside, readCsv } from './cli-helpers.js';
import { REPORTS_HL7, STUDIES, studyImages, writeStudyFiles } from './image-fixtures.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'radlabel-scan-'));

/** Every raw identifier of the fixtures: none may appear in an export. */
const RAW = [...new Set(STUDIES.flatMap((s) => [s.accession, s.patientId, s.studyUid, ...s.patientName.split('^')]))].concat(
  studyImages().flatMap((i) => [i.sopInstanceUid, i.seriesInstanceUid]),
);

async function labelledDb(): Promise<{ dir: string; db: string; files: string }> {
  const dir = tmp();
  const db = join(dir, 'db.sqlite');
  expect((await cli('run', REPORTS_HL7, '--db', db, '--no-progress')).code).toBe(0);
  const files = join(dir, 'dicom');
  writeStudyFiles(files);
  return { dir, db, files };
}

describe('images scan → export --level image', () => {
  it('reports non-DICOM, corrupt and UID-less files with their reason and indexes the rest', async () => {
    const { dir, db, files } = await labelledDb();
    writeFileSync(join(files, 'notes.txt'), 'not an image\n');
    const dcm = syntheticDicom(studyImages()[0]!);
    // In a folder named by its raw study UID, as PACS exports are: the report masks the UID.
    const a = STUDIES[0]!;
    writeFileSync(join(files, a.patientId, a.studyUid, 'cut.dcm'), dcm.subarray(0, dcm.length - 9));
    writeFileSync(join(files, 'nouid.dcm'), syntheticDicom({ ...studyImages()[0]!, sopInstanceUid: '' }));
    // A media directory index is not an image: not counted, not reported.
    writeFileSync(join(files, 'DICOMDIR'), syntheticDicom({ ...studyImages()[0]!, sopInstanceUid: '', studyInstanceUid: '' }));
    const r = await cli('images', 'scan', files, '--db', db);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/scanned 15 files: 12 images indexed, 3 skipped/);
    expect(r.err).toMatch(/notes\.txt: IMAGE_NOT_DICOM: /);
    expect(r.err).toMatch(/cut\.dcm: IMAGE_CORRUPT: the header cannot be parsed/);
    expect(r.err).toMatch(/nouid\.dcm: IMAGE_NO_UID: no SOP Instance UID/);
    expect(r.err).toContain(`${deidentifiedUid(a.studyUid, keyBeside(db))}/cut.dcm`);
    // UIDs are recognisable by shape even in the path of an unreadable file (a folder named by a
    // patient id is not, without a header to say so).
    for (const raw of RAW.filter((x) => x.includes('.'))) expect(r.err).not.toContain(raw);
    const q = await cli('quarantine', '--db', db);
    expect(q.out).toMatch(/IMAGE_CORRUPT/);
    // Re-scanning is idempotent.
    await cli('images', 'scan', files, '--db', db);
    const store = openImageStore(db);
    expect(await store.counts()).toEqual({ images: 12, studies: 5 });
    // Stored rows hold pseudonyms only, and the study UID is the report side's.
    const key = keyBeside(db);
    const all = await store.imagePage(undefined, 100);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(all)).not.toMatch(new RegExp(RAW.map((x) => x.replace(/[.^]/g, '\\$&')).join('|')));
    const aImages = await store.imagesOfStudy(deidentifiedUid(a.studyUid, key));
    expect(aImages.map((i) => i.reportKey)).toEqual([reportIdOfAccession(a.accession, key), reportIdOfAccession(a.accession, key), reportIdOfAccession(a.accession, key)]);
    const joined = await store.labelsForImages('chexpert', [], [deidentifiedUid(a.studyUid, key)]);
    expect(joined.map((j) => j.reportId)).toEqual([reportIdOfAccession(a.accession, key)]);
    await store.close();
    expect(dir).toBeTruthy();
  });

  it('writes CSV, MONAI datalist and worklist without any raw identifier, filtered by view and --where', async () => {
    const { dir, db, files } = await labelledDb();
    await cli('images', 'scan', files, '--db', db);
    const key = keyBeside(db);

    const pa = await cli('export', '--level', 'image', '--views', 'PA,AP', '--out', join(dir, 'pa.csv'), '--db', db);
    expect(pa.code).toBe(0);
    const rows = readCsv(join(dir, 'pa.csv'));
    expect(rows.map((r) => r.view).sort()).toEqual(['AP', 'PA', 'PA', 'PA']);
    const lat = readCsv((await cli('export', '--level', 'image', '--views', 'LATERAL', '--out', join(dir, 'lat.csv'), '--db', db), join(dir, 'lat.csv')));
    expect(lat.map((r) => r.view)).toEqual(['LL', 'LL', 'LL']);
    const withScouts = readCsv((await cli('export', '--level', 'image', '--views', 'LOCALIZER', '--out', join(dir, 'loc.csv'), '--db', db), join(dir, 'loc.csv')));
    expect(withScouts).toHaveLength(1);
    const sr = readCsv((await cli('export', '--level', 'image', '--modalities', 'SR', '--out', join(dir, 'sr.csv'), '--db', db), join(dir, 'sr.csv')));
    expect(sr).toHaveLength(3);

    await cli('export', '--level', 'image', '--format', 'monai-datalist', '--out', join(dir, 'dl.json'), '--db', db);
    const dl = JSON.parse(readFileSync(join(dir, 'dl.json'), 'utf8')) as { labels: string[]; training: Array<{ image: string; label: number[]; study_id: string }> };
    expect(dl.training).toHaveLength(7);
    const px = dl.labels.indexOf('Pneumothorax');
    const bStudy = deidentifiedUid(STUDIES[1]!.studyUid, key);
    expect(dl.training.filter((t) => t.study_id === bStudy).map((t) => t.label[px])).toEqual([0, 0]);
    expect(dl.training.every((t) => t.image.endsWith('.dcm'))).toBe(true);

    const wl = await cli('export', '--level', 'image', '--format', 'worklist', '--where', 'pneumothorax=1', '--out', join(dir, 'wl.csv'), '--db', db);
    expect(wl.code).toBe(0);
    const work = readCsv(join(dir, 'wl.csv'));
    expect(work.map((w) => [w.study_id, w.report_id, w.images, w.Pneumothorax]).sort()).toEqual(
      [
        [deidentifiedUid(STUDIES[0]!.studyUid, key), reportIdOfAccession('ACCIMG1001', key), '2', '1'],
        [deidentifiedUid(STUDIES[3]!.studyUid, key), reportIdOfAccession('ACCIMG1001', key), '1', '1'],
      ].sort(),
    );
    for (const f of ['pa.csv', 'lat.csv', 'loc.csv', 'sr.csv', 'dl.json', 'wl.csv']) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const raw of RAW) expect([f, text.includes(raw)]).toEqual([f, false]);
    }
    for (const out of [pa.out, pa.err, wl.out, wl.err]) for (const raw of RAW) expect(out).not.toContain(raw);
    expect((await cli('export', '--level', 'image', '--where', 'Nonsense=1', '--out', join(dir, 'x.csv'), '--db', db)).code).toBe(2);
    expect((await cli('export', '--level', 'image', '--format', 'worklist', '--out', join(dir, 'x.csv'), '--db', db)).code).toBe(2);
  });

  it('the leak guard withholds a row whose path carries a raw identifier the pseudonymisation did not replace', async () => {
    const { dir, db, files } = await labelledDb();
    // Plant the patient's name as a folder and the accession with separators in a file name.
    const a = STUDIES[0]!;
    const src = join(files, a.patientId, a.studyUid);
    const named = join(files, 'QUILLON ABIGAIL');
    mkdirSync(named);
    renameSync(join(src, `${a.studyUid}.1.1.dcm`), join(named, 'chest.dcm'));
    renameSync(join(src, `${a.studyUid}.2.1.dcm`), join(src, 'ACC-IMG-1001 lateral.dcm'));
    // Study B: the patient id in lower case, and the SOP UID written with dashes.
    const b = STUDIES[1]!;
    const bDir = join(files, b.patientId, b.studyUid);
    mkdirSync(join(files, b.patientId.toLowerCase()));
    renameSync(join(bDir, `${b.studyUid}.1.1.dcm`), join(files, b.patientId.toLowerCase(), 'pa.dcm'));
    renameSync(join(bDir, `${b.studyUid}.2.1.dcm`), join(bDir, `${b.studyUid}.2.1`.replace(/\./g, '-') + '.dcm'));
    await cli('images', 'scan', files, '--db', db);
    const r = await cli('export', '--level', 'image', '--out', join(dir, 'train.csv'), '--db', db);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/wrote 3 images .* 4 withheld by the leak guard/);
    const text = readFileSync(join(dir, 'train.csv'), 'utf8');
    expect(text).not.toMatch(/QUILLON|ABIGAIL|ACC-IMG-1001|mrnimg102|1-2-826-0-1/i);
    const q = await cli('quarantine', '--db', db);
    expect(q.out.match(/DEID_LEAK/g)).toHaveLength(4);
    expect(q.out).not.toMatch(/QUILLON|ACC-IMG|mrnimg|1-2-826/i);
  });
});
