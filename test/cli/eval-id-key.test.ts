import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../src/util/paths.js';
import { cli, tmp } from './run-cli.js';

describe('eval --id-key accession: a gold keyed by raw accession numbers joins an HL7 / FHIR run', () => {
  it('joins with the run\'s key, never writes the raw ids, and explains the failure without --id-key', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    const pred = join(dir, 'pred.csv');
    expect((await cli('run', repoPath('samples/hl7'), repoPath('samples/fhir'), '--db', db, '--out', pred, '--no-progress')).code).toBe(0);
    const gold = repoPath('samples/gold.csv');

    const without = await cli('eval', '--gold', gold, '--pred', pred);
    expect(without.code).toBe(2);
    expect(without.err).toContain('needs --id-key accession');

    const json = join(dir, 'r.json');
    const r = await cli('eval', '--gold', gold, '--pred', pred, '--id-key', 'accession', '--db', db, '--json', json, '--errors');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Per-label results — pred\.csv \(15 reports\)/);
    expect(r.err).toMatch(/6 gold reports have no prediction/); // the CSV archive's rows were not in this run
    const written = r.out + r.err + readFileSync(json, 'utf8');
    expect(written).not.toMatch(/ACC\d{4}/);
    expect(written).toMatch(/acc-[0-9a-f]{20}/);
  });

  it('without the run\'s key it refuses instead of inventing one', async () => {
    const dir = tmp();
    const prev = process.env.RADLABEL_DEID_KEY;
    const prevDb = process.env.RADLABEL_DB;
    delete process.env.RADLABEL_DEID_KEY;
    process.env.RADLABEL_DB = join(dir, 'none.db');
    try {
      const r = await cli('eval', '--gold', repoPath('samples/gold.csv'), '--pred', repoPath('samples/gold.csv'), '--id-key', 'accession');
      expect(r.code).toBe(2);
      expect(r.err).toContain("--id-key needs the run's de-identification key");
    } finally {
      if (prev !== undefined) process.env.RADLABEL_DEID_KEY = prev;
      if (prevDb === undefined) delete process.env.RADLABEL_DB;
      else process.env.RADLABEL_DB = prevDb;
    }
  });
});

describe('eval --id-key study-uid: a gold keyed by raw Study Instance UIDs joins the run through its store', () => {
  it('remaps the UIDs with the run\'s key, finds the reports, and never writes the raw UIDs', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    const pred = join(dir, 'pred.csv');
    expect((await cli('run', repoPath('samples/hl7/chest-xr-batch.hl7'), '--db', db, '--out', pred, '--no-progress')).code).toBe(0);
    const hl7 = readFileSync(repoPath('samples/hl7/chest-xr-batch.hl7'), 'utf8').replace(/\r/g, '\n');
    const uids = [...hl7.matchAll(/Study Instance UID\^DCM\|\|([0-9.]+)/g)].map((m) => m[1]!);
    expect(uids.length).toBeGreaterThanOrEqual(1);
    const gold = join(dir, 'gold.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(gold, `id,Pleural Effusion\n${uids.map((u) => `${u},0`).join('\n')}\n`);
    const json = join(dir, 'r.json');
    const r = await cli('eval', '--gold', gold, '--pred', pred, '--id-key', 'study-uid', '--db', db, '--json', json);
    expect(r.code).toBe(0);
    expect(r.err).not.toMatch(/no prediction/);
    const written = r.out + r.err + readFileSync(json, 'utf8');
    for (const u of uids) expect(written).not.toContain(u);
  });
});
