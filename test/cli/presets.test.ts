import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/ingest/tabular/parse-csv.js';
import { repoPath } from '../../src/util/paths.js';
import { cli, tmp } from './run-cli.js';

const rows = (file: string): string[][] => readFileSync(file, 'utf8').trim().split('\n').map((l) => l.split(','));

describe('presets for the archives users have', () => {
  it('chexpert: the labeler\'s one-column reports file, with or without the Reports header; rows numbered from 1', () => {
    const body = '"Heart size normal. No effusion."\n"1. Left pleural effusion.\n2. No pneumothorax."\n';
    for (const text of [body, `Reports\n${body}`]) {
      const items = parseCsv(text, { preset: 'chexpert', file: 'r.csv' });
      expect(items.map((i) => (i.kind === 'report' ? [i.report.archiveId, i.report.text.slice(0, 12)] : i.kind))).toEqual([
        ['1', 'Heart size n'],
        ['2', '1. Left pleu'],
      ]);
    }
  });

  it('mimic-cxr: the sectioned CSV keyed by study, impression and findings as sections', async () => {
    const dir = tmp();
    const csv = join(dir, 'mimic_cxr_sectioned.csv');
    writeFileSync(csv, 'study,impression,findings,last_paragraph,comparison\ns50000001,No acute process.,Small left pleural effusion.,x,None.\ns50000002,Cardiomegaly.,,y,\n');
    const out = join(dir, 'p.csv');
    const r = await cli('run', csv, '--preset', 'mimic-cxr', '--db', join(dir, 'db.sqlite'), '--out', out, '--no-progress');
    expect(r.code).toBe(0);
    const [header, ...data] = rows(out);
    const col = (name: string) => header!.indexOf(name);
    expect(data.map((d) => [d[0], d[col('Pleural Effusion')], d[col('Cardiomegaly')]])).toEqual([
      ['s50000001', '1', ''],
      ['s50000002', '', '1'],
    ]);
  });

  it('mimic-cxr: the study folders, one plain-text report per sNNNNNNNN.txt, keyed by study', async () => {
    const dir = tmp();
    const { mkdirSync } = await import('node:fs');
    const folder = join(dir, 'files', 'p10', 'p10000032');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 's50414267.txt'), '                FINAL REPORT\n EXAMINATION:  CHEST (PA AND LAT)\n\n FINDINGS:  Small left pleural effusion.\n\n IMPRESSION:  Small left effusion. No pneumothorax.\n');
    writeFileSync(join(folder, 's50000002.txt'), 'FINDINGS: Clear lungs.\nIMPRESSION: Cardiomegaly.\n');
    writeFileSync(join(folder, 's50000003.txt'), '   \n');
    const out = join(dir, 'p.csv');
    const r = await cli('run', join(dir, 'files'), '--preset', 'mimic-cxr', '--sections', 'impression', '--db', join(dir, 'db.sqlite'), '--out', out, '--no-progress');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/skipped\s+1 — no-text 1/);
    const [header, ...data] = rows(out);
    const col = (name: string) => header!.indexOf(name);
    expect(data.map((d) => [d[0], d[col('Pleural Effusion')], d[col('Pneumothorax')], d[col('Cardiomegaly')]])).toEqual([
      ['s50000002', '', '', '1'],
      ['s50414267', '1', '0', ''],
    ]);
  });

  it('--sections impression labels from the impression only; an unknown section is a usage error', async () => {
    const dir = tmp();
    const csv = join(dir, 's.csv');
    writeFileSync(csv, 'id,findings,impression\nm1,Small left pleural effusion.,No acute disease.\nm2,Clear lungs.,Cardiomegaly.\nm3,Edema.,\n');
    const out = join(dir, 'p.csv');
    expect((await cli('run', csv, '--sections', 'impression', '--db', join(dir, 'db.sqlite'), '--out', out, '--no-progress')).code).toBe(0);
    const [header, ...data] = rows(out);
    const col = (name: string) => header!.indexOf(name);
    expect(data.map((d) => [d[0], d[col('Pleural Effusion')], d[col('Cardiomegaly')], d[col('Edema')]])).toEqual([
      ['m1', '', '', ''],
      ['m2', '', '1', ''],
      ['m3', '', '', ''],
    ]);
    const bad = await cli('run', csv, '--sections', 'impresion', '--db', join(dir, 'db2.sqlite'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown section "impresion" in --sections; did you mean impression?');
  });

  it.skipIf(!existsSync(repoPath('../shared/data/chexpert-labeler-sample/sample_reports.csv')))('chexpert preset reads the labeler sample file, rows numbered from 1', async () => {
    const dir = tmp();
    const out = join(dir, 'p.csv');
    const r = await cli('run', repoPath('../shared/data/chexpert-labeler-sample/sample_reports.csv'), '--preset', 'chexpert', '--db', join(dir, 'db.sqlite'), '--out', out, '--no-progress');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/labelled\s+\d+/);
    const ids = rows(out).slice(1).map((d) => d[0]);
    expect(ids.slice(0, 3)).toEqual(['1', '2', '3']);
  });
});
