import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { evalCommand } from '../../../src/cli/commands/eval.js';
import { isRadlabelError } from '../../../src/errors/index.js';

const fx = (f: string) => fileURLToPath(new URL(`../../fixtures/eval/${f}`, import.meta.url));

async function runEval(args: string[]): Promise<{ out: string; err: string }> {
  const program = new Command('radlabel').exitOverride();
  evalCommand.register(program);
  for (const c of program.commands) c.exitOverride();
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    await program.parseAsync(['node', 'radlabel', 'eval', ...args]);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  return { out, err };
}

describe('radlabel eval', () => {
  const dirP = mkdtemp(join(tmpdir(), 'radlabel-cli-eval-'));
  afterEach(() => {
    process.exitCode = undefined;
  });
  afterAll(async () => rm(await dirP, { recursive: true, force: true }));

  it('prints the per-label table with policies, warns on stderr, and writes JSON / Markdown / HTML files', async () => {
    const dir = await dirP;
    const { out, err } = await runEval([
      '--gold', fx('gold.csv'), '--pred', fx('pred-a.csv'), '--bootstrap', '100',
      '--json', join(dir, 'r.json'), '--md', join(dir, 'r.md'), '--html', join(dir, 'r.html'),
    ]);
    expect(out).toContain('policy: uncertain (-1) is its own class');
    expect(out).toMatch(/micro avg\s+7\s+0\.667\s+0\.571\s+0\.615/);
    expect(out).toMatch(/No Finding\s+2\s+0\.667\s+1\.000\s+0\.800/);
    expect(err).toContain('warning: pred-a.csv: prediction labels not in the gold');
    expect(process.exitCode).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(json.provenance.codeVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(json.provenance.gold.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.provenance.parameters).toMatchObject({ iterations: 100, seed: 42, policy: { uncertain: 'class', blank: 'negative' } });
    expect(json.data.predictions[0].evaluation.micro.f1).toBeCloseTo(8 / 13, 12);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('| micro avg | 7 | 0.667 | 0.571 | 0.615 |');
    expect(existsSync(join(dir, 'r.html'))).toBe(true);
  });

  it('--json without a file prints JSON instead of the table', async () => {
    const { out } = await runEval(['--gold', fx('gold.csv'), '--pred', fx('pred-a.csv'), '--bootstrap', '20', '--json']);
    expect(JSON.parse(out).format).toBe('radlabel-metrics-report/1');
  });

  it('--errors with filters prints the matching disagreements', async () => {
    const { out } = await runEval(['--gold', fx('gold.csv'), '--pred', fx('pred-b.jsonl'), '--bootstrap', '20', '--errors', '--error-type', 'missed']);
    expect(out).toContain('disagreements — pred-b.jsonl: 1 listed of 2');
    expect(out).toContain('Pleural Effusion | missed | r6 | gold positive → pred not_mentioned');
  });

  it('--nofinding-label and --ontology choose the label reported apart from the averages', async () => {
    const { out } = await runEval(['--gold', fx('gold.csv'), '--pred', fx('pred-a.csv'), '--bootstrap', '20', '--nofinding-label', 'edema']);
    expect(out).toMatch(/Edema\s+2\s+1\.000\s+0\.500\s+0\.667.*no-finding label: not averaged/);
    expect(out).toMatch(/No Finding\s+2\s+0\.667\s+1\.000\s+0\.800\s/);
    const viaOntology = await runEval(['--gold', fx('gold.csv'), '--pred', fx('pred-a.csv'), '--bootstrap', '20', '--ontology', 'chestxray14']);
    expect(viaOntology.out).toMatch(/No Finding.*no-finding label: not averaged/);
  });

  it('--strict fails with EVAL_LABEL_MISMATCH; bad numbers are usage errors', async () => {
    await expect(runEval(['--gold', fx('gold.csv'), '--pred', fx('pred-a.csv'), '--strict'])).rejects.toSatisfy((e) => isRadlabelError(e, 'EVAL_LABEL_MISMATCH'));
    await expect(runEval(['--gold', fx('gold.csv'), '--pred', fx('pred-a.csv'), '--bootstrap', 'x'])).rejects.toSatisfy((e) => isRadlabelError(e, 'USAGE'));
    await expect(runEval(['--gold', fx('missing.csv'), '--pred', fx('pred-a.csv')])).rejects.toSatisfy((e) => isRadlabelError(e, 'EVAL_BAD_INPUT'));
  });
});
