import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tmp } from './run-cli.js';

function badArchive(dir: string): string {
  const f = join(dir, 'a.csv');
  writeFileSync(f, 'id,text\na1,No pleural effusion.\n,row without id\na3,Heart size normal.\n,another without id\n');
  return f;
}

describe('run ids and run-scoped quarantine', () => {
  it('prints the run id; re-running the same bad input adds no rows; lists newest first with a count', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    const csv = badArchive(dir);
    const first = await cli('run', csv, '--db', db, '--no-progress');
    expect(first.code).toBe(1);
    const runId = /^run\s+(r-\S+)$/m.exec(first.out)?.[1];
    expect(runId).toBeDefined();
    expect((await cli('run', csv, '--db', db, '--no-progress')).code).toBe(1);

    const all = await cli('quarantine', '--db', db);
    expect(all.code).toBe(0);
    const rows = all.out.split('\n').filter((l) => l.includes('CSV_PARSE'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/CSV_PARSE {2}.*a\.csv row 4: the id column "id" is empty {2}\(seen 2 times\)$/);
    expect(rows[1]).toMatch(/a\.csv row 2: /);
    expect(all.out).toContain('2 of 2 quarantined item(s)\n');

    const limited = await cli('quarantine', '--db', db, '--limit', '1');
    expect(limited.out).toContain('1 of 2 quarantined item(s) (--limit 2 shows all)');

    const ofFirst = await cli('quarantine', '--db', db, '--run', runId!);
    expect(ofFirst.out).toContain(`2 of 2 quarantined item(s) of run ${runId}`);
    expect((await cli('quarantine', '--db', db, '--run', 'last', '--file', 'a.csv', '--code', 'CSV_PARSE')).out).toMatch(/2 of 2 quarantined item\(s\) of run r-/);
    expect((await cli('quarantine', '--db', db, '--code', 'HL7_NO_MSH')).out).toBe('nothing quarantined\n');

    const json = await cli('quarantine', '--db', db, '--json');
    const items = json.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(items.map((i) => [i.locator.row, i.count])).toEqual([[4, 2], [2, 2]]);
    expect(json.out).not.toContain('row without id');
  });

  it('an unknown --run is a usage error', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    await cli('run', badArchive(dir), '--db', db, '--no-progress');
    const r = await cli('quarantine', '--db', db, '--run', 'r-nope');
    expect(r.code).toBe(2);
    expect(r.err).toContain('USAGE: no run "r-nope" in this database');
  });

  it('retry runs the files again; fixed items are resolved and no longer listed', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    const csv = badArchive(dir);
    await cli('run', csv, '--db', db, '--no-progress');
    writeFileSync(csv, 'id,text\na1,No pleural effusion.\na2,Fixed row.\na3,Heart size normal.\na4,Fixed too.\n');
    const r = await cli('quarantine', 'retry', '--db', db, '--no-progress');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/retrying 1 file\(s\)\n/);
    expect(r.out).toMatch(/labelled\s+2/);
    expect((await cli('quarantine', '--db', db)).out).toBe('nothing quarantined\n');
    expect((await cli('quarantine', '--db', db, '--all')).out).toMatch(/\[resolved /);
  });

  it('retry reads the sections the run read (--sections is recorded with the run)', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    const csv = badArchive(dir);
    await cli('run', csv, '--db', db, '--no-progress', '--sections', 'impression');
    writeFileSync(csv, 'id,text\na1,No pleural effusion.\na2,"FINDINGS: Large pneumothorax.\nIMPRESSION: Normal chest."\na3,Heart size normal.\na4,Fixed too.\n');
    expect((await cli('quarantine', 'retry', '--db', db, '--no-progress')).code).toBe(0);
    const out = join(dir, 'labels.jsonl');
    await cli('export', '--db', db, '--format', 'jsonl', '--out', out);
    const a2 = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; labels: Record<string, { value: string }>; provenance: { sections?: string[] } }).find((l) => l.id === 'a2')!;
    expect(a2.provenance.sections).toEqual(['impression']);
    expect(a2.labels.Pneumothorax!.value).toBe('not_mentioned');
  });

  it('--json-summary writes the summary for scripts', async () => {
    const dir = tmp();
    const file = join(dir, 'out', 'summary.json');
    const r = await cli('run', badArchive(dir), '--db', join(dir, 'db.sqlite'), '--no-progress', '--json-summary', file);
    const s = JSON.parse(readFileSync(file, 'utf8'));
    expect(s).toMatchObject({ exitCode: 1, read: 4, labelled: 2, quarantined: { CSV_PARSE: 2 }, reports: 2 });
    expect(r.out).toContain(`run          ${s.runId}`);
    expect(s.quarantineSample[0]).toMatchObject({ code: 'CSV_PARSE', locator: { row: 2 } });
  });
});
