import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { evalAssertionCommand } from '../../../src/cli/commands/eval-assertion.js';

describe('radlabel eval-assertion', () => {
  it('writes predictions and prints the metrics report as JSON', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-assert-'));
    const input = path.join(dir, 'in.tsv');
    const out = path.join(dir, 'sub', 'pred.tsv');
    writeFileSync(input, 'line number\tCondition\tsentence\tnegation_status\ttemporality\texperiencer\n1\tcough\tShe denies COUGH.\tNegated\tRecent\tPatient\n');
    const program = new Command().exitOverride();
    evalAssertionCommand.register(program);
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    try {
      await program.parseAsync(['eval-assertion', input, '--out', out, '--json'], { from: 'user' });
    } finally {
      vi.restoreAllMocks();
    }
    process.exitCode = undefined;
    const doc = JSON.parse(stdout) as { format: string; tables: Array<{ id: string }>; data: { metrics: { rows: number; negation: { accuracy: number } } } };
    expect(doc.format).toBe('radlabel-metrics-report/1');
    expect(doc.tables.map((t) => t.id)).toEqual(['table-negation', 'table-temporality', 'table-experiencer']);
    const metrics = doc.data.metrics;
    expect(metrics.rows).toBe(1);
    expect(metrics.negation.accuracy).toBe(1);
    expect(readFileSync(out, 'utf8').split('\n')[1]).toBe('1\tcough\tShe denies COUGH.\tNegated\tRecent\tPatient\tNegated\tRecent\tPatient');
  });
});
