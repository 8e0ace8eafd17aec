import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { repoPath } from '../../src/util/paths.js';


const LABELS = 'Edema,Pleural Effusion,Pneumothorax';
/** Invented external labeller output (CheXpert layout) for the six sample archive reports. */
const EXTERNAL = `id,${LABELS}\narch-001,1,,\narch-002,,1,0\narch-003,0,0,\narch-004,,,1\narch-005,,-1,\narch-006,0,,\n`;
const KEYWORDS = `functions:\n  - label: Edema\n    positive: [edema]\n  - label: Pleural Effusion\n    positive: [effusion]\n  - label: Pneumothorax\n    positive: [pneumothorax]\nnegate: [no]\n`;

describe('radlabel combine', () => {
  it('combines a store, a run JSONL, an external CSV and label functions; eval reads the result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'radlabel-combine-'));
    const db = join(dir, 'db.sqlite');
    const run = await cli('run', repoPath('samples/csv/archive.csv'), '--db', db, '--out', join(dir, 'rules.jsonl'), '--no-progress');
    expect(run.code).toBe(0);
    writeFileSync(join(dir, 'external.csv'), EXTERNAL);
    writeFileSync(join(dir, 'kw.yaml'), KEYWORDS);
    const gold = `id,${LABELS}\narch-001,1,0,0\narch-002,0,1,0\narch-003,0,0,0\narch-004,0,0,1\narch-005,0,1,0\narch-006,0,0,0\n`;
    writeFileSync(join(dir, 'gold.csv'), gold);
    const r = await cli(
      'combine',
      '--source', `store=db:${db}`,
      '--source', `run=${join(dir, 'rules.jsonl')}`,
      '--source', join(dir, 'external.csv'),
      '--source', join(dir, 'kw.yaml'),
      '--group', 'store,run',
      '--labels', LABELS,
      '--gold', join(dir, 'gold.csv'),
      '--out', join(dir, 'probs.csv'),
      '--review-out', join(dir, 'review.csv'),
      '--html', join(dir, 'combine.html'),
      '--json', join(dir, 'combine.json'),
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Sources — estimated accuracy and measured against gold/);
    expect(r.out).toMatch(/^store\s+store\s+6\s/m);
    expect(r.out).toMatch(/^kw\s+label-functions\s+6\s/m);
    expect(r.out).toMatch(/rules@\S+ context-en@/);
    expect(r.out).toContain('dependent sources are modelled jointly: store + run');
    const csv = readFileSync(join(dir, 'probs.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe(`id,${LABELS},P(Edema),P(Pleural Effusion),P(Pneumothorax)`);
    expect(csv).toHaveLength(7);
    for (const line of csv.slice(1)) {
      const cells = line.split(',');
      const hard = cells.slice(1, 4).map(Number);
      const p = cells.slice(4).map(Number);
      p.forEach((x, i) => {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        expect(hard[i]).toBe(x >= 0.5 ? 1 : 0);
      });
    }
    const review = readFileSync(join(dir, 'review.csv'), 'utf8').trim().split('\n');
    expect(review[0]).toBe('rank,id,entropy,disagreement,labels');
    expect(review.slice(1).map((l) => l.split(',')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    const html = readFileSync(join(dir, 'combine.html'), 'utf8');
    expect(html).toContain('<svg class="reliability"');
    const json = JSON.parse(readFileSync(join(dir, 'combine.json'), 'utf8'));
    expect(json.data.sources).toHaveLength(4);
    expect(json.provenance.gold.sha256).toMatch(/^[0-9a-f]{64}$/);

    const ev = await cli('eval', '--gold', join(dir, 'gold.csv'), '--pred', join(dir, 'probs.csv'), '--bootstrap', '20', '--html', join(dir, 'eval.html'));
    expect(ev.code).toBe(0);
    expect(ev.out).toMatch(/Probabilities — probs\.csv/);
    expect(ev.out).toMatch(/^pooled\s+18\s+4\s/m);
    expect(readFileSync(join(dir, 'eval.html'), 'utf8')).toContain('<svg class="reliability"');

    const jsonl = await cli('combine', '--source', join(dir, 'external.csv'), '--source', `run=${join(dir, 'rules.jsonl')}`, '--source', join(dir, 'kw.yaml'), '--out', join(dir, 'probs.jsonl'), '--threshold', '0.3');
    expect(jsonl.code).toBe(0);
    const first = JSON.parse(readFileSync(join(dir, 'probs.jsonl'), 'utf8').split('\n')[0]!);
    expect(first.id).toBe('arch-001');
    expect(Object.keys(first.probabilities)).toContain('Edema');
    expect(first.labels.Edema).toBe(first.probabilities.Edema >= 0.3 ? 'positive' : 'negative');
  });

  it('names the problem: missing store, label functions without text, unknown group member', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'radlabel-combine-'));
    writeFileSync(join(dir, 'a.csv'), EXTERNAL);
    writeFileSync(join(dir, 'kw.yaml'), KEYWORDS);
    const out = join(dir, 'p.csv');
    const noStore = await cli('combine', '--source', `db:${join(dir, 'none.db')}`, '--source', join(dir, 'a.csv'), '--out', out);
    // COMBINE_* codes exit 1 until src/cli/main.ts lists them with the usage-like codes (exit 2).
    expect(noStore.code).toBeGreaterThan(0);
    expect(noStore.err).toMatch(/none\.db: COMBINE_BAD_SOURCE: no store at this path/);
    const noText = await cli('combine', '--source', join(dir, 'a.csv'), '--source', join(dir, 'kw.yaml'), '--out', out);
    expect(noText.err).toMatch(/label functions need de-identified report text/);
    const badGroup = await cli('combine', '--source', `x=${join(dir, 'a.csv')}`, '--source', `y=${join(dir, 'a.csv')}`, '--group', 'x,z', '--out', out);
    expect(badGroup.err).toMatch(/--group names "z", which is not a source/);
    writeFileSync(join(dir, 'bad.csv'), `id,Edema\narch-001,1\narch-002,7\n`);
    const badValue = await cli('combine', '--source', join(dir, 'bad.csv'), '--source', join(dir, 'a.csv'), '--out', out);
    expect(badValue.err).toMatch(/bad\.csv row 3 at Edema: COMBINE_BAD_SOURCE: label value is not 1, 0, -1/);
    const one = await cli('combine', '--source', join(dir, 'a.csv'), '--out', out);
    expect(one.err).toMatch(/at least two --source/);
    const badAbstain = await cli('combine', '--source', `x=${join(dir, 'a.csv')}`, '--source', `y=${join(dir, 'a.csv')}`, '--source-abstain', 'x=maybe', '--out', out);
    expect(badAbstain.err).toMatch(/--source-abstain expects NAME=negative\|ignore\|distinct, got "x=maybe"/);
    const unknownAbstain = await cli('combine', '--source', `x=${join(dir, 'a.csv')}`, '--source', `y=${join(dir, 'a.csv')}`, '--source-abstain', 'z=ignore', '--out', out);
    expect(unknownAbstain.err).toMatch(/--source-abstain names "z", which is not a source/);
  });

  it('--dependence auto reports the estimated dependence and weights; --source-abstain is a policy of that source', async () => {
    // Five invented label files on 400 reports: "base" and its near-copy "echo", three independent others.
    const dir = mkdtempSync(join(tmpdir(), 'radlabel-combine-'));
    let seed = 5;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    const names = ['base', 'echo', 'other1', 'other2', 'other3'];
    const acc = [0.8, 0.8, 0.85, 0.8, 0.75];
    const rows = names.map(() => ['id,Edema']);
    for (let i = 0; i < 400; i++) {
      const y = rand() < 0.3 ? 1 : 0;
      const votes = acc.map((a) => (rand() < a ? y : 1 - y));
      if (rand() < 0.9) votes[1] = votes[0]!;
      votes.forEach((v, s) => rows[s]!.push(`r${i},${v}`));
    }
    names.forEach((n, s) => writeFileSync(join(dir, `${n}.csv`), rows[s]!.join('\n') + '\n'));
    const args = names.flatMap((n) => ['--source', join(dir, `${n}.csv`)]);
    const r = await cli('combine', ...args, '--dependence', 'auto', '--source-abstain', 'other3=ignore', '--out', join(dir, 'p.csv'), '--json', join(dir, 'c.json'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Dependence between sources \(estimated, --dependence auto\)/);
    expect(r.out).toMatch(/not mentioned, per source: other3 ignore/);
    const json = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'));
    const d = json.data.dependence;
    expect(d.matrix[0][1]).toBeGreaterThan(0.5);
    expect(d.weights[0]).toBeLessThan(0.75);
    expect(d.weights[2]).toBeGreaterThan(0.8);
    expect(json.provenance.parameters.dependence).toBe('auto');
    const none = await cli('combine', ...args, '--out', join(dir, 'p2.csv'));
    expect(none.out).toMatch(/taken as independent given the class \(--dependence none\)/);
  });
});
