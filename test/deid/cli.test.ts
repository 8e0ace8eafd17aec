import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { seededRandom, syntheticCase, syntheticCaseFhir, syntheticCaseHl7 } from '../../src/deid/synthetic-phi.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/deid');

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  const chunks: string[] = [];
  const orig = process.stderr.write.bind(process.stderr);
  const origOut = process.stdout.write.bind(process.stdout);
  process.stderr.write = ((c: string) => (chunks.push(String(c)), true)) as typeof process.stderr.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    const code = await main(['node', 'radlabel', ...args]);
    return { code, stderr: chunks.join('') };
  } finally {
    process.stderr.write = orig;
    process.stdout.write = origOut;
  }
}

describe('radlabel deid', () => {
  it('de-identifies a folder mixing HL7 and FHIR, recognising each format, one JSON line per report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-deid-'));
    const inDir = path.join(dir, 'in');
    mkdirSync(inDir);
    const r = seededRandom(5);
    const cases = [syntheticCase(1, r), syntheticCase(2, r)];
    writeFileSync(path.join(inDir, 'a.hl7'), syntheticCaseHl7(cases[0]!, 1));
    writeFileSync(path.join(inDir, 'b.json'), syntheticCaseFhir(cases[1]!, 2));
    writeFileSync(path.join(inDir, 'broken.hl7'), 'MSH|^~\\&|X\rPID|1');
    const out = path.join(dir, 'deid.jsonl');
    const res = await run(['deid', inDir, '--out', out, '--key', 'cli-key-0123456789abcdef', '--mode', 'tag']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/broken\.hl7.*HL7_/);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; source: string; text: string });
    expect(lines.map((l) => path.basename(l.source)).sort()).toEqual(['a.hl7', 'b.json']);
    for (const [i, l] of lines.entries()) {
      expect(l.id).toMatch(/^acc-[0-9a-f]{20}$/);
      expect(l.text).toContain('[NAME]');
      const c = cases[path.basename(l.source) === 'a.hl7' ? 0 : 1]!;
      for (const s of c.secrets) expect(l.text.toLowerCase(), `line ${i}`).not.toContain(s.toLowerCase());
    }
  });

  it('reads the PhysioNet layout with ids patient-note', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-deid-'));
    const out = path.join(dir, 'p.jsonl');
    const res = await run(['deid', path.join(fixtures, 'notes.text'), '--format', 'physionet', '--out', out, '--key', 'cli-key-0123456789abcdef']);
    expect(res.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    expect(lines.map((l) => l.id)).toEqual(['7-1', '7-2']);
    expect(lines[0]!.text).not.toMatch(/kowalczyk|Imogen|555-201-3344|3\/14/);
  });
});

describe('radlabel deid-eval', () => {
  it('prints recall / precision / F1 as JSON', async () => {
    const writes: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((c: string) => (writes.push(String(c)), true)) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main(['node', 'radlabel', 'deid-eval', '--text', path.join(fixtures, 'notes.text'), '--gold', path.join(fixtures, 'notes-phi.phrase'), '--json']);
    } finally {
      process.stdout.write = orig;
    }
    expect(code).toBe(0);
    const doc = JSON.parse(writes.join('')) as { format: string; data: { evaluation: { span: { overall: { recall: number; precision: number; f1: number } } } } };
    expect(doc.format).toBe('radlabel-metrics-report/1');
    expect(doc.data.evaluation.span.overall).toMatchObject({ recall: 1, precision: 1, f1: 1 });
  });
});
