import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { deidEvalCommand } from '../../../src/cli/commands/deid-eval.js';
import { deidDocument, MAX_DEID_RECORDS } from '../../../src/evaluate/deid/deid-document.js';
import type { DeidSpanError } from '../../../src/evaluate/deid/evaluate-deid.js';
import { runDeidEvalWithTexts } from '../../../src/evaluate/deid/run-deid-eval.js';
import { renderMetricsReport } from '../../../src/evaluate/report/render-metrics-report.js';

// Synthetic notes. Detector output (checked by hand): note 1-1 finds Hargreaves (title cue), 3/14,
// the phone number, the year 1961 ("Born" is a year cue), 10:30 (TIME, not scored) and 4/2 (not in
// the gold: a false positive); it misses the uncued place Brackwater. Note 1-2 finds Hargreaves again.
const TEXT = `START_OF_RECORD=1||||1||||
Seen by Dr. Hargreaves on 3/14 at 10:30. Ph 555-201-3344. Born 1961.
Brackwater team to review. Recheck 4/2.
||||END_OF_RECORD

START_OF_RECORD=1||||2||||
Stable overnight. Dr. Hargreaves aware.
||||END_OF_RECORD
`;
const GOLD = `1 1 12 22 HCPName Hargreaves
1 1 26 30 Date 3/14
1 1 44 56 Phone 555-201-3344
1 1 63 67 DateYear 1961
1 1 69 79 Location Brackwater
1 2 22 32 HCPName Hargreaves
`;
const META = { sha256: { text: 'aaa', gold: 'bbb' }, codeVersion: '9.9.9', detectorVersion: 'radlabel-deid/test' };

function inputs(): { dir: string; text: string; gold: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-deid-report-'));
  const text = path.join(dir, 'id.text');
  const gold = path.join(dir, 'id-phi.phrase');
  writeFileSync(text, TEXT);
  writeFileSync(gold, GOLD);
  return { dir, text, gold };
}

async function build() {
  const f = inputs();
  const run = await runDeidEvalWithTexts(f.text, f.gold);
  return { run, doc: deidDocument(run.evaluation, run.texts, { ...META, textFile: f.text, goldFile: f.gold }) };
}

type Row = Record<string, unknown>;
const rowOf = (rows: Row[], key: string, value: string): Row | undefined => rows.find((r) => r[key] === value);

describe('deidDocument', () => {
  it('has span, detector-category, token and over-scrubbing tables with hand-counted figures', async () => {
    const { doc } = await build();
    expect(doc.tables.map((t) => t.id)).toEqual(['table-span', 'table-span-predicted', 'table-token', 'table-over-scrubbing', 'table-span-rule']);
    const [span, predicted, token, over] = doc.tables.map((t) => t.rows as Row[]) as [Row[], Row[], Row[], Row[]];
    expect(rowOf(span, 'category', 'NAME')).toMatchObject({ support: 2, found: 2, missed: 0, recall: 1, precision: null });
    expect(rowOf(span, 'category', 'LOCATION')).toMatchObject({ support: 1, found: 0, missed: 1, recall: 0 });
    expect(rowOf(span, 'category', 'DATE_YEAR')).toMatchObject({ support: 1, found: 1, missed: 0 });
    // 6 gold spans, 5 found; 6 scored predictions, 5 overlap gold.
    expect(rowOf(span, 'category', 'overall')).toMatchObject({ support: 6, found: 5, missed: 1, recall: 5 / 6, precision: 5 / 6, fp: 1 });
    expect(rowOf(span, 'category', 'overall')!.f1).toBeCloseTo(5 / 6);
    expect(predicted).toEqual([
      { category: 'DATE', predicted: 3, correct: 2, fp: 1, precision: 2 / 3 },
      { category: 'NAME', predicted: 2, correct: 2, fp: 0, precision: 1 },
      { category: 'PHONE', predicted: 1, correct: 1, fp: 0, precision: 1 },
    ]);
    // PHI tokens: Hargreaves ×2, 3, 14, 555, 201, 3344, 1961 found; Brackwater missed.
    expect(rowOf(token, 'category', 'PHONE')).toMatchObject({ support: 3, found: 3 });
    const tokOverall = rowOf(token, 'category', 'overall')!;
    expect(tokOverall).toMatchObject({ support: 9, found: 8, missed: 1, recall: 8 / 9, fp: 2 });
    expect(tokOverall.precision).toBeCloseTo(8 / 10);
    // 19 non-PHI tokens (15 + 4), of which "4" and "2" are altered; 10:30 is TIME, not scored.
    expect(over).toEqual([{ documents: 2, rate: 2 / 19, time: 1 }]);
    expect(doc.charts![0]!.bars.map((b) => [b.label, b.value])).toContainEqual(['LOCATION (n=1)', 0]);
    expect(doc.provenance).toMatchObject({ tool: 'radlabel deid-eval', codeVersion: '9.9.9', detector: { version: 'radlabel-deid/test' }, input: { text: { sha256: 'aaa', notes: 2 }, gold: { sha256: 'bbb' } } });
    expect(doc.policies.join('\n')).toMatch(/overlaps it by at least one character[\s\S]*DateYear[\s\S]*TIME[\s\S]*PHI-bearing/);
  });

  it('lists the missed place and the false positive with the note text highlighted', async () => {
    const { doc, run } = await build();
    const records = doc.records![0]!;
    expect(records.facetNames).toEqual(['kind', 'category']);
    expect(records.items.map((i) => [i.facets.kind, i.facets.category, i.fields.note, i.fields.phrase])).toEqual([
      ['missed', 'LOCATION', '1-1', 'Brackwater'],
      ['false-positive', 'DATE', '1-1', '4/2'],
    ]);
    expect(records.items[0]!.highlights).toEqual([{ start: 69, end: 79, kind: 'phi' }]);
    expect(Object.keys(records.texts)).toEqual(['1-1']);
    expect(records.texts['1-1']).toBe(run.texts.get('1-1'));
    expect(doc.notes[0]).toMatch(/^1 missed gold spans and 1 false positives over 2 notes/);
  });

  it('caps the record list and says so', async () => {
    const { run } = await build();
    const many: DeidSpanError[] = Array.from({ length: MAX_DEID_RECORDS + 7 }, (_, i) => ({ id: '1-2', kind: 'false-positive', start: 0, end: 6, category: 'NAME', source: `t${i}` }));
    const doc = deidDocument({ ...run.evaluation, spanErrors: many }, run.texts, { ...META, textFile: 't', goldFile: 'g' });
    expect(doc.records![0]!.items).toHaveLength(MAX_DEID_RECORDS);
    expect(doc.notes.join('\n')).toContain(`first 1,000 of ${(MAX_DEID_RECORDS + 7).toLocaleString('en')} records`);
  });

  it('renders Markdown tables and self-contained HTML with an SVG chart', async () => {
    const { doc } = await build();
    const md = renderMetricsReport(doc, 'md');
    expect(md).toContain('| gold category | gold spans | found | missed | recall | precision | F1 | false positives |');
    expect(md).toContain('| overall | 6 | 5 | 1 | 0.833 | 0.833 | 0.833 | 1 |');
    expect(md).toContain('| DATE | 3 | 2 | 1 | 0.667 |');
    expect(md).not.toContain('Brackwater');
    const html = renderMetricsReport(doc, 'html');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?https?:/i);
    expect(html).toContain('Brackwater team to review');
  });
});

describe('radlabel deid-eval', () => {
  it('writes JSON, Markdown and HTML files and still prints the table', async () => {
    const f = inputs();
    const out = { json: path.join(f.dir, 'r', 'deid.json'), md: path.join(f.dir, 'r', 'deid.md'), html: path.join(f.dir, 'r', 'deid.html') };
    const program = new Command().exitOverride();
    deidEvalCommand.register(program);
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    try {
      await program.parseAsync(['deid-eval', '--text', f.text, '--gold', f.gold, '--json', out.json, '--md', out.md, '--html', out.html], { from: 'user' });
    } finally {
      vi.restoreAllMocks();
    }
    process.exitCode = undefined;
    expect(stdout).toMatch(/^de-identification evaluation — 2 documents/);
    expect(stdout).toContain('overall: recall 0.833  precision 0.833  F1 0.833  (false positives 1)');
    const json = JSON.parse(readFileSync(out.json, 'utf8')) as { format: string; data: { evaluation: { span: { overall: { recall: number } } } }; records: Array<{ items: unknown[] }> };
    expect(json.format).toBe('radlabel-metrics-report/1');
    expect(json.data.evaluation.span.overall.recall).toBeCloseTo(5 / 6);
    expect(json.records[0]!.items).toHaveLength(2);
    expect(readFileSync(out.md, 'utf8')).toContain('### Span level — recall 0.833, precision 0.833, F1 0.833');
    expect(readFileSync(out.html, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<svg/);
  });
});
