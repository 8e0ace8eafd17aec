import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cli } from '../helpers/run-cli.js';
import { auditLog } from '../../src/audit/audit-log.js';
import { openSqlHandle } from '../../src/store/sql-handle.js';
import { repoPath } from '../../src/util/paths.js';


describe('radlabel audit', () => {
  it('lists rows, verifies an intact log, and exits non-zero naming the first broken row after tampering', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'audit-cli-')), 'a.db');
    const handle = await openSqlHandle(db);
    const log = auditLog(handle);
    for (let i = 1; i <= 5; i++) await log.appendAudit({ actor: 'key:admin', action: i === 3 ? 'key.revoke' : 'report.read', target: `acc-${i}`, from: '10.0.0.7' });
    await handle.close();

    const list = await cli('audit', 'list', '--db', db, '--action', 'key.revoke');
    expect(list.code).toBe(0);
    expect(list.out.trim().split('\n')).toHaveLength(1);
    expect(list.out).toMatch(/^3\t\S+\tkey:admin\tkey\.revoke\tacc-3\t10\.0\.0\.7$/m);

    const ok = await cli('audit', 'verify', '--db', db);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toMatch(/intact: 5 rows/);

    const raw = new Database(db);
    raw.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'key:someone-else' WHERE seq = 2");
    raw.close();
    const edited = await cli('audit', 'verify', '--db', db);
    expect(edited.code).toBe(3);
    expect(edited.err).toMatch(/AUDIT_CHAIN_BROKEN: audit row 2 was edited.*first broken row: 2/);

    const raw2 = new Database(db);
    raw2.exec("DROP TRIGGER audit_log_no_delete; UPDATE audit_log SET actor = 'key:admin' WHERE seq = 2; DELETE FROM audit_log WHERE seq = 4");
    raw2.close();
    const deleted = await cli('audit', 'verify', '--db', db);
    expect(deleted.code).toBe(3);
    expect(deleted.err).toMatch(/audit row 4 is missing/);
  });
});

describe('radlabel export is audited', () => {
  it('appends a labels.export row naming the format, ontology, row count and file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-export-'));
    const db = join(dir, 'db.sqlite');
    expect((await cli('run', repoPath('samples/csv/archive.csv'), '--db', db, '--no-progress')).code).toBe(0);
    const out = join(dir, 'labels.ndjson');
    expect((await cli('export', '--format', 'fhir-ndjson', '--db', db, '--out', out)).code).toBe(0);
    const list = await cli('audit', 'list', '--db', db, '--json');
    const rows = list.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ seq: 1, action: 'labels.export', from: 'cli' });
    expect(rows[0].actor).toMatch(/^cli:/);
    expect(rows[0].target).toMatch(/^format=fhir-ndjson ontology=chexpert rows=\d+ out=/);
    expect((await cli('audit', 'verify', '--db', db)).code).toBe(0);
  });
});
