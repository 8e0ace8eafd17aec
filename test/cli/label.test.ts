import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/run-cli.js';
import { repoPath } from '../../src/util/paths.js';


interface LabelOutput {
  id: string;
  text: string;
  labels: Record<string, { value: string; evidence: Array<{ sentence: string; phrase: string; trigger: { category: string } | null }> }>;
}

const REPORT = 'Patient: Alma Quintero. Seen by Dr. Rufus Okafor on 03/04/2021.\nFINDINGS: Small left pleural effusion. No pneumothorax.\nIMPRESSION: Left effusion.';

describe('radlabel label', () => {
  it('labels one plain-text report with evidence, de-identified, and opens no database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'radlabel-label-'));
    const file = join(dir, 'report.txt');
    writeFileSync(file, REPORT);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await cli('label', file, '--json');
      expect(r.code).toBe(0);
      const j = JSON.parse(r.out) as LabelOutput;
      expect(j.labels['Pleural Effusion']!.value).toBe('positive');
      expect(j.labels['Pleural Effusion']!.evidence[0]!.sentence).toMatch(/pleural effusion/i);
      expect(j.labels.Pneumothorax!.value).toBe('negative');
      expect(j.labels.Pneumothorax!.evidence[0]!.trigger?.category).toMatch(/negat/);
      expect(r.out).not.toMatch(/Quintero|Okafor|03\/04\/2021/);
      expect(existsSync(join(dir, '.radlabel'))).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  it('reads HL7 and FHIR, and refuses an input with no report or with several', async () => {
    const hl7 = await cli('label', repoPath('test/fixtures/bad/good.hl7'), '--json');
    expect(hl7.code).toBe(0);
    expect((JSON.parse(hl7.out) as LabelOutput).id).toMatch(/^acc-/);
    const fhir = await cli('label', repoPath('test/fixtures/fhir/html-entities.json'), '--json');
    expect(fhir.code).toBe(0);
    expect((JSON.parse(fhir.out) as LabelOutput).id).toMatch(/^acc-|^fhir-/);
    const order = await cli('label', repoPath('samples/hl7/order-only.hl7'));
    expect(order.code).toBe(2);
    expect(order.err).toMatch(/USAGE: the hl7 input holds no report/);
    const many = await cli('label', repoPath('samples/hl7/chest-xr-batch.hl7'));
    expect(many.code).toBe(2);
    expect(many.err).toMatch(/reports; label takes one/);
  });

  it('with --db stores the report, so a later run finds it labelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'radlabel-label-db-'));
    const db = join(dir, 'db.sqlite');
    expect((await cli('label', repoPath('test/fixtures/bad/good.hl7'), '--db', db, '--json')).code).toBe(0);
    const run = await cli('run', repoPath('test/fixtures/bad/good.hl7'), '--db', db, '--no-progress');
    expect(run.out).toMatch(/unchanged\s+1 already labelled/);
  });

  it('reads stdin through the bin script (`label -`)', () => {
    const out = execFileSync(process.execPath, [repoPath('bin/radlabel.js'), 'label', '-'], { input: REPORT, encoding: 'utf8', cwd: tmpdir() });
    const j = JSON.parse(out) as LabelOutput;
    expect(j.labels['Pleural Effusion']!.value).toBe('positive');
  }, 60_000);

  it('--version names the package, rules, ontology and detector versions', async () => {
    const r = await cli('--version');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^radlabel \d+\.\d+\.\d+\nrules\s+en \S+ \(sha256 [0-9a-f]{12}\)\nontology\s+.*chexpert \S+.*\ndeid\s+radlabel-deid\/\S+/);
  });
});
