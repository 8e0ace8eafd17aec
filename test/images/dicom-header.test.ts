import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticDicom, writeSyntheticDicom, type SyntheticImage } from '../../src/bench/synthetic-dicom.js';
import { parseDicomHeader } from '../../src/images/dicom-header.js';
import { DicomHeaderReader, FIRST_READ_BYTES } from '../../src/images/read-dicom-file.js';

const IMG: SyntheticImage = {
  sopInstanceUid: '1.2.826.0.1.3680043.8.498.9.1.1',
  studyInstanceUid: '1.2.826.0.1.3680043.8.498.9',
  seriesInstanceUid: '1.2.826.0.1.3680043.8.498.9.1',
  accession: 'ACCHDR01',
  patientId: 'MRNHDR01',
  patientName: 'TESTER^HEADER',
  modality: 'DX',
  viewPosition: 'pa',
  imageType: ['ORIGINAL', 'PRIMARY'],
  bodyPart: 'CHEST',
  seriesDescription: 'Chest PA',
  laterality: 'L',
};
const tmp = () => mkdtempSync(join(tmpdir(), 'radlabel-hdr-'));

describe('parseDicomHeader', () => {
  it('reads the identifying and descriptive fields of a Part 10 header', () => {
    const r = parseDicomHeader(syntheticDicom(IMG, { rows: 4, columns: 4, mode: 'fill' }), true);
    expect(r).toEqual({
      kind: 'header',
      header: {
        sopInstanceUid: IMG.sopInstanceUid, studyInstanceUid: IMG.studyInstanceUid, seriesInstanceUid: IMG.seriesInstanceUid,
        accession: 'ACCHDR01', patientId: 'MRNHDR01', patientName: 'TESTER^HEADER', modality: 'DX',
        sopClassUid: '1.2.840.10008.5.1.4.1.1.1.1', viewPosition: 'pa', laterality: 'L', bodyPart: 'CHEST',
        seriesDescription: 'Chest PA', imageType: 'ORIGINAL\\PRIMARY',
      },
    });
  });

  it('asks for more bytes when a prefix ends inside the header, at any cut', () => {
    const full = syntheticDicom(IMG, { rows: 4, columns: 4, mode: 'fill' });
    const pixelAt = full.indexOf(Buffer.from([0xe0, 0x7f, 0x10, 0x00]));
    for (let cut = 0; cut < pixelAt; cut += 7) expect([cut, parseDicomHeader(full.subarray(0, cut), false).kind]).toEqual([cut, 'more']);
  });

  it('reports non-DICOM and corrupt input with a reason that holds no header value', () => {
    expect(parseDicomHeader(Buffer.from('just a text file'), true)).toMatchObject({ kind: 'invalid', code: 'IMAGE_NOT_DICOM' });
    expect(parseDicomHeader(Buffer.alloc(2000, 0x41), true)).toMatchObject({ kind: 'invalid', code: 'IMAGE_NOT_DICOM', reason: expect.stringMatching(/DICM/) });
    const full = syntheticDicom(IMG);
    const cut = parseDicomHeader(full.subarray(0, full.length - 9), true);
    expect(cut).toMatchObject({ kind: 'invalid', code: 'IMAGE_CORRUPT' });
    const garbled = Buffer.concat([full.subarray(0, 132), Buffer.alloc(400, 0xff)]);
    const g = parseDicomHeader(garbled, true);
    expect(g).toMatchObject({ kind: 'invalid', code: 'IMAGE_CORRUPT' });
    for (const r of [cut, g]) for (const v of ['ACCHDR01', 'MRNHDR01', IMG.studyInstanceUid]) expect(JSON.stringify(r)).not.toContain(v);
  });
});

describe('DicomHeaderReader', () => {
  it('reads only the first block of a 512×512 16-bit image', () => {
    const dir = tmp();
    const f = join(dir, 'a.dcm');
    writeSyntheticDicom(f, IMG, { rows: 512, columns: 512, mode: 'fill' });
    expect(readFileSync(f).length).toBeGreaterThan(512 * 512 * 2);
    const reader = new DicomHeaderReader();
    expect(reader.read(f)).toMatchObject({ kind: 'header', header: { accession: 'ACCHDR01' } });
    expect(reader.bytesRead).toBe(FIRST_READ_BYTES);
  });

  it('grows the read only when a header is longer than the first block, then shrinks back', () => {
    const dir = tmp();
    const f = join(dir, 'long.dcm');
    writeSyntheticDicom(f, { ...IMG, comments: 'x'.repeat(3 * FIRST_READ_BYTES) }, { rows: 512, columns: 512, mode: 'fill' });
    const reader = new DicomHeaderReader();
    const r = reader.read(f);
    expect(r).toMatchObject({ kind: 'header', header: { sopInstanceUid: IMG.sopInstanceUid, viewPosition: 'pa' } });
    expect(reader.bytesRead).toBeGreaterThan(3 * FIRST_READ_BYTES);
    expect(reader.bytesRead).toBeLessThanOrEqual(8 * FIRST_READ_BYTES);
    // A small file after it is read with one first block again.
    const g = join(dir, 'small.dcm');
    writeSyntheticDicom(g, IMG, { rows: 512, columns: 512, mode: 'sparse' });
    const before = reader.bytesRead;
    expect(reader.read(g).kind).toBe('header');
    expect(reader.bytesRead - before).toBe(FIRST_READ_BYTES);
  });

  it('reads a file without pixel data (a dose SR) to its end, and reports unreadable paths', () => {
    const dir = tmp();
    const f = join(dir, 'sr.dcm');
    writeFileSync(f, syntheticDicom({ ...IMG, modality: 'SR' }));
    expect(new DicomHeaderReader().read(f)).toMatchObject({ kind: 'header', header: { modality: 'SR' } });
    mkdirSync(join(dir, 'sub'));
    expect(new DicomHeaderReader().read(join(dir, 'missing.dcm'))).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/ENOENT/) });
  });
});
