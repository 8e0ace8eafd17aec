/**
 * Measures the rules extractor on the Open-i dev split with the chestxray14 ontology (positive vs
 * not) against the NegBio-shipped gold. Run: `npx tsx eval/openi-rules.ts [--errors LABEL] [--likely-uncertain]`.
 * ChestX-ray14 labels are two-valued and its indexers coded hedged-likely findings ("probable
 * effusion"), so the extractor runs with `likelyIsPositive` unless `--likely-uncertain` is given.
 * Reads only the report text columns; the MeSH / Problems columns are the labels and are never used.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { createRulesExtractor } from '../src/extract/rules/rules-extractor.js';
import { loadOntology, REPO_ROOT } from '../src/ontology/load-ontology.js';
import { splitSections } from '../src/ingest/sections/split-sections.js';
import type { DeidentifiedReport } from '../src/domain/report.js';
import type { StudyLabels } from '../src/domain/labels.js';

/** Scores of one run; `perLabel` includes Hernia and No Finding, `micro` / `macroF1` only the findings with gold positives. */
export interface OpeniScores {
  perLabel: Array<{ label: string; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; support: number }>;
  micro: { precision: number; recall: number; f1: number };
  macroF1: number;
  noFindingF1: number;
  /** Wall-clock rate of the last (warm) pass. */
  reportsPerSecond: number;
  /** Rate per second of process CPU time: the single-core figure on a busy machine. */
  reportsPerCpuSecond: number;
}

export const OPENI_DIR = path.resolve(REPO_ROOT, '../shared/data/openi');

/** Builds the report text from the Open-i columns, skipping empty parts. */
export function openiText(row: Record<string, string>): string {
  const parts: Array<[string, string]> = [['INDICATION', row.indication ?? ''], ['COMPARISON', row.comparison ?? ''], ['FINDINGS', row.findings ?? ''], ['IMPRESSION', row.impression ?? '']];
  return parts.filter(([, v]) => v.trim() !== '').map(([h, v]) => `${h}:\n${v.trim()}`).join('\n\n');
}

function report(text: string, id: string): DeidentifiedReport {
  return { source: { format: 'csv', system: 'openi' }, status: 'final', sections: splitSections(text), text, reportId: id, versionKey: 'v1', deid: { mode: 'tag', detectorVersion: 'upstream', counts: {} }, guard: [] };
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Runs the extractor over the dev split and scores it; also returns the per-report outputs. */
export function scoreOpeni(opts: { likelyIsPositive?: boolean; passes?: number } = {}): { scores: OpeniScores; outputs: Map<string, StudyLabels>; texts: Map<string, string>; gold: Map<string, Record<string, string>> } {
  const reports = parse(readFileSync(path.join(OPENI_DIR, 'reports.dev.csv')), { columns: true }) as Array<Record<string, string>>;
  const goldRows = parse(readFileSync(path.join(OPENI_DIR, 'gold-chestxray14.dev.csv')), { columns: true }) as Array<Record<string, string>>;
  const gold = new Map(goldRows.map((g) => [g.id!, g]));
  const ontology = loadOntology('chestxray14');
  const extractor = createRulesExtractor({ likelyIsPositive: opts.likelyIsPositive ?? true });
  const outputs = new Map<string, StudyLabels>();
  const texts = new Map<string, string>();
  const inputs = reports.map((r) => ({ id: r.uid!, text: openiText(r) }));
  const built = inputs.map(({ id, text }) => report(text, id));
  // Several passes; the last (warm JIT) gives the steady-state throughput.
  let seconds = 0;
  let cpuSeconds = 0;
  for (let pass = 0; pass < (opts.passes ?? 3); pass++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const r of built) {
      const res = extractor.extract(r, ontology) as { labels: StudyLabels };
      outputs.set(r.reportId, res.labels);
      texts.set(r.reportId, r.text);
    }
    seconds = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    cpuSeconds = (c.user + c.system) / 1e6;
  }
  const labels = ontology.labels.map((l) => l.id);
  const perLabel = labels.map((label) => {
    let tp = 0, fp = 0, fn = 0, support = 0;
    for (const [id, out] of outputs) {
      const g = gold.get(id)?.[label] === '1';
      const p = out.labels[label]?.value === 'positive';
      if (g) support++;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    return { label, tp, fp, fn, precision, recall, f1: f1(precision, recall), support };
  });
  const findings = perLabel.filter((l) => l.label !== 'No Finding' && l.support > 0);
  const sum = (k: 'tp' | 'fp' | 'fn'): number => findings.reduce((a, l) => a + l[k], 0);
  const mp = sum('tp') / (sum('tp') + sum('fp'));
  const mr = sum('tp') / (sum('tp') + sum('fn'));
  const scores: OpeniScores = {
    perLabel,
    micro: { precision: mp, recall: mr, f1: f1(mp, mr) },
    macroF1: findings.reduce((a, l) => a + l.f1, 0) / findings.length,
    noFindingF1: perLabel.find((l) => l.label === 'No Finding')?.f1 ?? 0,
    reportsPerSecond: inputs.length / seconds,
    reportsPerCpuSecond: inputs.length / cpuSeconds,
  };
  return { scores, outputs, texts, gold };
}

function main(): void {
  if (!existsSync(OPENI_DIR)) {
    console.log(`no data at ${OPENI_DIR}`);
    return;
  }
  const args = process.argv.slice(2);
  const errIdx = args.indexOf('--errors');
  const { scores, outputs, texts, gold } = scoreOpeni({ likelyIsPositive: !args.includes('--likely-uncertain') });
  const fmt = (x: number): string => x.toFixed(3);
  console.log('label                 P      R      F1     support  tp  fp  fn');
  for (const l of scores.perLabel) console.log(`${l.label.padEnd(20)}  ${fmt(l.precision)}  ${fmt(l.recall)}  ${fmt(l.f1)}  ${String(l.support).padStart(7)}  ${l.tp} ${l.fp} ${l.fn}`);
  console.log(`micro (13 findings with positives): P ${fmt(scores.micro.precision)} R ${fmt(scores.micro.recall)} F1 ${fmt(scores.micro.f1)}`);
  console.log(`macro-F1 ${fmt(scores.macroF1)}   No Finding F1 ${fmt(scores.noFindingF1)}   ${Math.round(scores.reportsPerSecond)} reports/s wall, ${Math.round(scores.reportsPerCpuSecond)} per CPU-second`);
  if (errIdx >= 0) {
    const label = args[errIdx + 1]!;
    for (const [id, out] of outputs) {
      const g = gold.get(id)?.[label] === '1';
      const p = out.labels[label]?.value === 'positive';
      if (g === p) continue;
      const ev = out.labels[label]?.evidence.slice(0, 3).map((m) => `${m.phrase}[${m.assertion}/${m.temporality}/${m.section}${m.trigger ? ' by ' + m.trigger.text : ''}]`).join('; ');
      console.log(`${g ? "FN" : "FP"} ${id} value=${out.labels[label]?.value} ev=${ev} :: ${(texts.get(id) ?? "").replace(/\s+/g, " ")}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
