import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { openStore } from '../../src/store/open-store.js';
import { openReviewStore } from '../../src/review/store/open-review-store.js';
import { cli } from '../helpers/run-cli.js';
import { seedWithRules } from './seed.js';

const dir = mkdtempSync(join(tmpdir(), 'rl-review-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('radlabel review / keys --role adjudicate / export --gold', () => {
  it('creates and lists a worklist, exports the reviewed set as gold that radlabel eval reads', async () => {
    const db = join(dir, 'db.sqlite');
    const labels = openStore(db);
    await labels.migrate();
    const ontology = loadOntology('chexpert');
    await seedWithRules(labels, ontology, 40);
    await labels.close();

    const key = await cli('keys', 'create', '--role', 'adjudicate', '--name', 'cleo', '--db', db);
    expect(key.code, key.err).toBe(0);
    expect(key.err).toMatch(/created key_[0-9a-f]+ \(adjudicate, cleo\)/);
    const rev = await cli('keys', 'create', '--role', 'review', '--name', 'ana', '--db', db);
    const reviewer = /created (key_[0-9a-f]+)/.exec(rev.err)![1]!;
    expect((await cli('keys', 'create', '--role', 'judge', '--db', db)).code).toBe(2);

    const bad = await cli('review', 'worklist', 'create', '--name', 'x', '--reviewers', 'key_nobody', '--db', db);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('REVIEW_BAD_WORKLIST');
    const made = await cli('review', 'worklist', 'create', '--name', 'April spot check', '--margin', '0.1', '--reviewers', reviewer, '--db', db);
    expect(made.code, made.err).toBe(0);
    // ±10 % at 95 % of 40 reports: n0 = 96.0, n = 96.0 / (1 + 95.0 / 40) = 28.5 → 29.
    expect(made.out).toMatch(/^wl_[0-9a-f]{16} {2}spot-check {2}29 reports {2}April spot check/);
    expect(made.out).toContain('→ 29');
    const wlId = made.out.split(/\s+/)[0]!;
    const listed = await cli('review', 'worklist', 'list', '--db', db);
    expect(listed.out).toContain(`${wlId}  spot-check`);
    expect(listed.out).toMatch(/0\/29\s+done/);

    // The reviewer accepts 10 reports and corrects one label on the first.
    const store = await openReviewStore(db);
    const items = await store.itemsAfter(wlId, 0, 10);
    const first = items[0]!;
    const flipped = first.machine.Cardiomegaly === 'positive' ? 'negative' : 'positive';
    await store.addCorrection({ itemId: first.id, labelId: 'Cardiomegaly', reviewer, value: flipped, machine: first.machine.Cardiomegaly!, at: new Date().toISOString() });
    for (const it of items) await store.accept(it, reviewer, it.machine, new Date().toISOString());
    await store.close();

    const gold = join(dir, 'gold.csv');
    const ex = await cli('export', '--gold', '--worklist', wlId, '--out', gold, '--db', db);
    expect(ex.code, ex.err).toBe(0);
    expect(ex.out).toContain('wrote 10 reviewed reports');
    expect(ex.out).toContain('19 not yet settled');
    expect(readFileSync(gold, 'utf8').trim().split('\n')).toHaveLength(11);
    const pred = join(dir, 'pred.csv');
    expect((await cli('export', '--out', pred, '--db', db)).code).toBe(0);
    const ev = await cli('eval', '--gold', gold, '--pred', pred, '--json', join(dir, 'eval.json'), '--bootstrap', '50');
    expect(ev.code, ev.err).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'eval.json'), 'utf8'));
    // 40 stored reports, 10 of them reviewed: the other 30 predictions are outside the gold.
    expect(report.notes).toContain('pred.csv: 30 predicted reports are not in the gold and are ignored');
    expect(report.provenance.gold.kind).toBe('four-valued');
    const jsonl = join(dir, 'gold.jsonl');
    expect((await cli('export', '--gold', '--format', 'jsonl', '--out', jsonl, '--db', db)).code).toBe(0);
    const line = JSON.parse(readFileSync(jsonl, 'utf8').split('\n')[0]!);
    expect(line.review.worklist).toBe(wlId);
    expect(Object.keys(line.labels)).toHaveLength(ontology.labels.length);
    expect((await cli('export', '--worklist', wlId, '--out', gold, '--db', db)).code).toBe(2);
  }, 120_000);
});
