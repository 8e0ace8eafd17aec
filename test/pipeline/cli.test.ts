import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/run-cli.js';
import { repoPath } from '../../src/util/paths.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'radlabel-cli-'));


describe('radlabel CLI', () => {
  it('run exits 0 and writes a CheXpert-style CSV in input order', async () => {
    const dir = tmp();
    const r = await cli('run', repoPath('samples/csv/archive.csv'), '--db', join(dir, 'db.sqlite'), '--out', join(dir, 'pred.csv'), '--no-progress');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/labelled\s+6/);
    expect(r.out).toMatch(/reports\/s/);
    const csv = readFileSync(join(dir, 'pred.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('id,No Finding,Enlarged Cardiomediastinum,Cardiomegaly,Lung Lesion,Lung Opacity,Edema,Consolidation,Pneumonia,Atelectasis,Pneumothorax,Pleural Effusion,Pleural Other,Fracture,Support Devices');
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(['arch-001', 'arch-002', 'arch-003', 'arch-004', 'arch-005', 'arch-006']);
  });

  it('run exits 1 when inputs were quarantined, and the batch goes on', async () => {
    const dir = tmp();
    const r = await cli('run', repoPath('test/fixtures/bad'), '--db', join(dir, 'db.sqlite'), '--no-progress');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/quarantined\s+7/);
    expect(r.out).toMatch(/labelled\s+3/);
    const q = await cli('quarantine', '--db', join(dir, 'db.sqlite'));
    expect(q.out).toMatch(/HL7_NO_MSH .*no-msh\.hl7/);
  });

  it('exits 2 on usage and configuration errors', async () => {
    expect((await cli('run')).code).toBe(2);
    expect((await cli('run', 'x.hl7', '--ontology', 'no-such-ontology', '--db', join(tmp(), 'db.sqlite'))).code).toBe(2);
    expect((await cli('run', 'x.hl7', '--out', 'labels.txt')).code).toBe(2);
  });

  it('writes JSONL with evidence and provenance, and no identifiers', async () => {
    const dir = tmp();
    const r = await cli('run', repoPath('samples/hl7'), '--db', join(dir, 'db.sqlite'), '--out', join(dir, 'labels.jsonl'), '--no-progress');
    expect(r.code).toBe(0);
    const lines = readFileSync(join(dir, 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBe(5);
    const effusion = lines.find((l) => l.labels['Pleural Effusion']?.value === 'positive');
    expect(effusion.labels['Pleural Effusion'].evidence[0]).toMatchObject({ label: 'Pleural Effusion', assertion: 'present' });
    expect(effusion.provenance).toMatchObject({ extractor: { name: 'rules' }, ontology: { id: 'chexpert' } });
    expect(JSON.stringify(lines)).not.toMatch(/QUILLFEATHER|Quillfeather|HARLOWE|Harlowe|ACC100/);
  });
});

describe('de-identification key', () => {
  it('refuses a database written with another key (exit 2), and accepts the same key again', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    const csv = repoPath('samples/csv/archive.csv');
    const prev = process.env.RADLABEL_DEID_KEY;
    try {
      process.env.RADLABEL_DEID_KEY = 'first-key-0123456789abcdef';
      expect((await cli('run', csv, '--db', db, '--no-progress')).code).toBe(0);
      process.env.RADLABEL_DEID_KEY = 'other-key-0123456789abcdef';
      const r = await cli('run', csv, '--db', db, '--no-progress');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/DEID_KEY_MISMATCH/);
      expect(r.err).not.toMatch(/first-key|other-key/);
      process.env.RADLABEL_DEID_KEY = 'first-key-0123456789abcdef';
      expect((await cli('run', csv, '--db', db, '--no-progress')).out).toMatch(/unchanged\s+6/);
    } finally {
      if (prev === undefined) delete process.env.RADLABEL_DEID_KEY;
      else process.env.RADLABEL_DEID_KEY = prev;
    }
  });
});
