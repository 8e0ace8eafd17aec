import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ontologyCommand } from '../../src/cli/commands/ontology.js';
import { EXIT } from '../../src/cli/exit-codes.js';

async function run(args: string[]): Promise<{ code: number | undefined; out: string; err: string }> {
  const program = new Command().exitOverride();
  ontologyCommand.register(program);
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = undefined;
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    vi.restoreAllMocks();
  }
  const code = typeof process.exitCode === 'number' ? process.exitCode : undefined;
  process.exitCode = undefined;
  return { code, out, err };
}

describe('radlabel ontology', () => {
  afterEach(() => vi.restoreAllMocks());

  it('validates every bundled ontology by default', async () => {
    const r = await run(['ontology', 'validate']);
    expect(r.code).toBe(EXIT.OK);
    expect(r.out).toContain('ok  chexpert');
    expect(r.out).toContain('ok  chestxray14');
  });

  it('exits 2 naming file, path and problem for an invalid file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-onto-cli-'));
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'id: Bad Id\nversion: "1"\nname: Bad\nlabels: []\n');
    const r = await run(['ontology', 'validate', bad, 'chexpert']);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.err).toContain(bad);
    expect(r.err).toContain('ONTOLOGY_INVALID');
    expect(r.err).toMatch(/line 1:5 id: lower-case id/);
    expect(r.out).toContain('ok  chexpert');
  });

  it('shows labels with synonyms and codes', async () => {
    const r = await run(['ontology', 'show', 'chestxray14']);
    expect(r.code).toBe(EXIT.OK);
    expect(r.out).toContain('Pneumothorax');
    expect(r.out).toContain('SNOMED 36118008');
    expect(r.out).toContain('synonyms: pneumothorax');
  });
});
