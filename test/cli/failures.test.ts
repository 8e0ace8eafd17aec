import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../src/util/paths.js';
import { cli, tmp } from './run-cli.js';

describe('usage errors stop before any work (exit 2)', () => {
  it('a path that does not exist', async () => {
    const dir = tmp();
    const r = await cli('run', join(dir, 'missing.csv'), '--db', join(dir, 'db.sqlite'), '--no-progress');
    expect(r.code).toBe(2);
    expect(r.err).toBe(`radlabel: USAGE: no such file or folder: ${join(dir, 'missing.csv')}\n`);
    expect(existsSync(join(dir, 'db.sqlite'))).toBe(false);
  });

  it('an empty folder (hidden files and READMEs do not count)', async () => {
    const dir = tmp();
    const inputs = join(dir, 'inputs');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'README.md'), '# notes\n');
    const r = await cli('run', inputs, '--db', join(dir, 'db.sqlite'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`USAGE: the folder ${inputs} has no input files`);
  });

  it('an unknown --preset, with the nearest known one', async () => {
    const r = await cli('run', repoPath('samples/csv/archive.csv'), '--preset', 'opnei', '--db', join(tmp(), 'db.sqlite'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/USAGE: unknown --preset "opnei"; did you mean openi\? known: .*openi/);
  });

  it('an unknown --ontology, with the nearest known id', async () => {
    const r = await cli('run', repoPath('samples/csv/archive.csv'), '--ontology', 'chexpret', '--db', join(tmp(), 'db.sqlite'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ONTOLOGY_NOT_FOUND: no ontology "chexpret" in .*; did you mean chexpert\? known: chestxray14, chexpert/);
  });
});

describe('the run summary says why', () => {
  it('names the first quarantined items with file, row / message id and reason, and how to see the rest', async () => {
    const dir = tmp();
    const csv = join(dir, 'ids.csv');
    writeFileSync(csv, `id,text\n${Array.from({ length: 8 }, (_, i) => `,report ${i}`).join('\n')}\nok1,no effusion\n`);
    const r = await cli('run', csv, '--db', join(dir, 'db.sqlite'), '--no-progress');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/quarantined\s+8 — CSV_PARSE 8\n/);
    expect(r.out).toContain(`  ${csv} row 1: CSV_PARSE: the id column "id" is empty\n`);
    expect(r.out).toContain(`  ${csv} row 5: CSV_PARSE`);
    expect(r.out).not.toContain(`${csv} row 6:`);
    expect(r.out).toMatch(/ {2}… 3 more: radlabel quarantine --run r-\d{8}-\d{6}-[0-9a-f]{4} --db \S+\n/);
  });

  it('rows without report text are no-text skips and the run exits 0', async () => {
    const dir = tmp();
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, 'id,text\na1,No pleural effusion.\na2,\na3,"  "\n');
    const r = await cli('run', csv, '--db', join(dir, 'db.sqlite'), '--no-progress');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/skipped\s+2 — no-text 2/);
    expect(r.out).toMatch(/quarantined\s+0\n/);
  });
});

describe('read commands', () => {
  it('--db with a typo does not create a database (exit 2)', async () => {
    const dir = tmp();
    for (const args of [['export', '--out', join(dir, 'x.csv')], ['quarantine']]) {
      const r = await cli(...args, '--db', join(dir, 'typo.db'));
      expect(r.code).toBe(2);
      expect(r.err).toContain(`USAGE: no database at ${join(dir, 'typo.db')}`);
    }
    expect(existsSync(join(dir, 'typo.db'))).toBe(false);
  });

  it('export of an ontology without labels names the ontologies that have some', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    expect((await cli('run', repoPath('samples/csv/archive.csv'), '--ontology', 'chestxray14', '--db', db, '--no-progress')).code).toBe(0);
    const r = await cli('export', '--db', db, '--out', join(dir, 'x.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toBe('radlabel: USAGE: the store has no labels for ontology "chexpert"; it has labels for: chestxray14 (pass --ontology chestxray14)\n');
  });

  it('a JSONL export of thousands of reports adds no listener per write (no MaxListenersExceededWarning)', async () => {
    const dir = tmp();
    const db = join(dir, 'db.sqlite');
    const csv = join(dir, 'many.csv');
    writeFileSync(csv, `id,text\n${Array.from({ length: 3000 }, (_, i) => `r${i},No pleural effusion. Heart size normal ${i}.`).join('\n')}\n`);
    expect((await cli('run', csv, '--db', db, '--no-progress')).code).toBe(0);
    const r = await cli('export', '--format', 'jsonl', '--db', db, '--out', join(dir, 'all.jsonl'));
    expect(r.code).toBe(0);
    expect(r.warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
    expect(readFileSync(join(dir, 'all.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3000);
  }, 60_000);
});

describe('eval refuses results that would be a table of zeros', () => {
  const gold = repoPath('test/fixtures/eval/gold.csv');
  it('no report id in common', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'p.csv'), 'id,Atelectasis\nzz1,1\nzz2,0\n');
    const r = await cli('eval', '--gold', gold, '--pred', join(dir, 'p.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('EVAL_BAD_INPUT: no report id in common between the gold (8 reports) and the prediction (2 reports)');
    expect(r.out).toBe('');
  });

  it('an --error-label that is not a label', async () => {
    const r = await cli('eval', '--gold', gold, '--pred', repoPath('test/fixtures/eval/pred-a.csv'), '--errors', '--error-label', 'Atelectasiss');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/USAGE: --error-label "Atelectasiss" is not an evaluated label; did you mean Atelectasis\?/);
  });

  it('a value it cannot read, with file, row and column', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'p.csv'), 'id,Atelectasis\nr1,1\nr2,yes please\n');
    const r = await cli('eval', '--gold', gold, '--pred', join(dir, 'p.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/p\.csv row 3 at Atelectasis: EVAL_BAD_INPUT: label value is not 1, 0, -1, blank or a value word/);
  });
});

describe('a closed pipe', () => {
  it('`radlabel quarantine | head -1` ends quietly with exit 0, no stack trace', async () => {
    const dir = tmp();
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, `id,text\n${Array.from({ length: 3000 }, (_, i) => `,x ${i}`).join('\n')}\n`);
    const db = join(dir, 'db.sqlite');
    expect((await cli('run', csv, '--db', db, '--no-progress')).code).toBe(1);
    const child = spawn(process.execPath, [repoPath('bin/radlabel.js'), 'quarantine', '--db', db, '--limit', '5000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
