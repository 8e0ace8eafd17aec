import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chexpertRow, listRow, mimicRow, parseMapping, type ListSettings } from '../../src/images/lists/image-list-layouts.js';
import { reportIdOfAccession } from '../../src/images/shared-keys.js';
import { cli, keyBeside, readCsv } from './cli-helpers.js';
import { REPORTS_HL7 } from './image-fixtures.js';

const F = 'test/fixtures/images';
const tmp = () => mkdtempSync(join(tmpdir(), 'radlabel-lists-'));
const S: ListSettings = { key: 'k'.repeat(32), keepStudyUids: false, studyPrefix: 's', extension: 'jpg', mapping: {} };

describe('image-list layouts', () => {
  it('MIMIC-CXR metadata: study s<study_id>, the archive path, the view; the subject id only as a pseudonym', () => {
    const r = mimicRow({ dicom_id: 'abc', subject_id: '10900001', study_id: '59000001', ViewPosition: 'pa' }, S);
    expect(r).toEqual({
      ok: true,
      image: expect.objectContaining({ imageId: 'abc', studyId: 's59000001', reportKey: 's59000001', view: 'PA', location: 'files/p10/p10900001/s59000001/abc.jpg', source: 'mimic-cxr' }),
    });
    expect(r.ok && r.image.patientId).toMatch(/^[0-9a-f]{20}$/);
    expect(mimicRow({ dicom_id: '', subject_id: '1', study_id: '2' }, S)).toEqual({ ok: false, reason: 'missing dicom_id' });
  });

  it('CheXpert: patient, study and view from the path; AP/PA for frontal images', () => {
    expect(chexpertRow({ Path: 'CheXpert-v1.0-small/valid/patient64541/study1/view1_frontal.jpg', 'AP/PA': 'AP' })).toEqual({
      ok: true,
      image: expect.objectContaining({ imageId: 'CheXpert-v1.0-small/valid/patient64541/study1/view1_frontal.jpg', studyId: 'patient64541/study1', view: 'AP' }),
    });
    expect(chexpertRow({ Path: 'x/patient1/study2/view2_lateral.jpg' })).toMatchObject({ ok: true, image: { view: 'LATERAL', studyId: 'patient1/study2' } });
    expect(chexpertRow({ Path: 'x/y.jpg' })).toMatchObject({ ok: false });
  });

  it('generic list: accession pseudonymised (report acc-…), raw accession and UIDs replaced in ids and paths', () => {
    const m = parseMapping('image=f,accession=a,view=v,path=f');
    expect(typeof m).toBe('object');
    const r = listRow({ f: '/x/ACC77/1.2.840.1.2.3.dcm', a: 'ACC77', v: 'pa' }, { ...S, mapping: m as object });
    expect(r).toMatchObject({ ok: true, image: { reportKey: reportIdOfAccession('ACC77', S.key), view: 'PA' } });
    expect(JSON.stringify(r)).not.toContain('ACC77');
    const uid = listRow({ img: '1.2.840.1.2.3.4', st: '1.2.840.1.2.3' }, { ...S, mapping: { image: 'img', study: 'st' } });
    expect(uid).toMatchObject({ ok: true, image: { imageId: expect.stringMatching(/^2\.25\./), studyId: expect.stringMatching(/^2\.25\./) } });
    expect(parseMapping('image=a')).toMatch(/study=COLUMN or accession=COLUMN/);
    expect(parseMapping('imgae=a,study=b')).toMatch(/KEY=COLUMN/);
  });
});

describe('radlabel images import → export --level image', () => {
  it('MIMIC-CXR: metadata CSV joined to the report archive on s<study_id>', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    expect((await cli('run', `${F}/mimic-cxr-reports.csv`, '--db', db, '--no-progress')).code).toBe(0);
    const imp = await cli('images', 'import', `${F}/mimic-cxr-metadata.csv`, '--layout', 'mimic-cxr', '--db', db);
    expect(imp.out).toMatch(/read 5 rows: 4 images indexed, 1 skipped/);
    expect(imp.err).toMatch(/row 5.*IMAGE_LIST_ROW: missing dicom_id/);
    expect(imp.code).toBe(1);
    await cli('export', '--level', 'image', '--out', join(dir, 'train.csv'), '--db', db);
    const rows = readCsv(join(dir, 'train.csv'));
    expect(rows.map((r) => [r.Path, r.study_id, r.view, r.Pneumothorax, r.Cardiomegaly])).toEqual([
      ['files/p10/p10900001/s59000001/7e1b0a52-3c19a4f0-9d2e6b71-4a8c0f13-5b6d2e90.jpg', 's59000001', 'PA', '1', ''],
      ['files/p10/p10900001/s59000001/b2c4d6e8-11aa22bb-33cc44dd-55ee66ff-77009911.jpg', 's59000001', 'LATERAL', '1', ''],
      ['files/p10/p10900002/s59000002/c0ffee00-12345678-9abcdef0-0fedcba9-87654321.jpg', 's59000002', 'AP', '0', '1'],
    ]);
    const u = await cli('images', 'unmatched', '--json', '--db', db);
    const un = JSON.parse(u.out) as { imagesWithoutReport: number; reportIdsWithoutImages: string[] };
    expect(un.imagesWithoutReport).toBe(1);
    expect(un.reportIdsWithoutImages).toEqual(['s59000004']);
  });

  it('CheXpert: train.csv paths joined to reports keyed patientNNNNN/studyN', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    await cli('run', `${F}/chexpert-reports.csv`, '--db', db, '--no-progress');
    const imp = await cli('images', 'import', `${F}/chexpert-train.csv`, '--layout', 'chexpert', '--db', db);
    expect(imp.out).toMatch(/read 4 rows: 3 images indexed, 1 skipped/);
    await cli('export', '--level', 'image', '--views', 'FRONTAL', '--out', join(dir, 'frontal.csv'), '--db', db);
    const rows = readCsv(join(dir, 'frontal.csv'));
    expect(rows.map((r) => [r.Path, r.study_id, r.view, r['Pleural Effusion'], r['Support Devices'], r['No Finding']])).toEqual([
      ['CheXpert-v1.0-small/train/patient90001/study1/view1_frontal.jpg', 'patient90001/study1', 'AP', '1', '1', ''],
      ['CheXpert-v1.0-small/train/patient90002/study2/view1_frontal.jpg', 'patient90002/study2', 'PA', '', '', '1'],
    ]);
  });

  it('generic list: accession column joined to HL7 reports through the accession pseudonym', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    await cli('run', REPORTS_HL7, '--db', db, '--no-progress');
    const imp = await cli('images', 'import', `${F}/generic-list.csv`, '--layout', 'list', '--map', 'path=file,accession=accession_no,view=projection', '--db', db);
    expect(imp.out).toMatch(/read 4 rows: 3 images indexed, 1 skipped/);
    const key = keyBeside(db);
    await cli('export', '--level', 'image', '--out', join(dir, 'train.csv'), '--db', db);
    const text = readFileSync(join(dir, 'train.csv'), 'utf8');
    expect(text).not.toMatch(/ACCIMG/);
    const rows = readCsv(join(dir, 'train.csv'));
    const c = reportIdOfAccession('ACCIMG1003', key);
    expect(rows.map((r) => [r.study_id, r.view, r.Cardiomegaly, r['Pleural Effusion']]).sort()).toEqual(
      [
        [c, 'AP', '1', ''],
        [c, 'LAT', '1', ''],
        [reportIdOfAccession('ACCIMG1002', key), 'PA', '', '1'],
      ].sort(),
    );
    expect(rows.find((r) => r.view === 'AP')!.Path).toBe(`/archive/${reportIdOfAccession('ACCIMG1003', key).slice(4)}/frontal.png`);
    expect((await cli('images', 'import', `${F}/generic-list.csv`, '--layout', 'list', '--map', 'image=file', '--db', db)).code).toBe(2);
  });
});
