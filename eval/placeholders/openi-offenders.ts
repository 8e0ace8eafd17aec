/**
 * Open-i placeholder check (issue 12): every Open-i report had its identifiers replaced by `XXXX`
 * upstream, so de-identification must leave its text as it is. Runs the real CLI twice on the dev
 * split — `radlabel deid` and `radlabel run --out labels.jsonl` — compares each de-identified text
 * with its source word by word, and lists every change:
 *
 * - **offenders**: a change that touches an upstream marker (a marker replaced, or a surrogate
 *   invented next to one). Expected 0.
 * - other changes: a detector firing on clinical words in a report that has no identifier left
 *   ("Withdrawal from Xanax" read as a place); listed apart, they are not about placeholders.
 *
 *   npx tsx eval/placeholders/openi-offenders.ts [--mode surrogate|tag]
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { REPO_ROOT } from '../../src/ontology/load-ontology.js';
import { findPlaceholders } from '../../src/deid/placeholders.js';
import { OPENI_DIR, openiText } from '../openi-rules.js';

/** One changed stretch: source words replaced by output words. */
export interface Change {
  from: string;
  to: string;
  /** Whether the source stretch is, contains or touches an upstream marker. */
  marker: boolean;
}

/** Word-level differences between a source text and its de-identified text (LCS alignment). */
export function changes(source: string, output: string): Change[] {
  const a = source.split(/\s+/).filter(Boolean);
  const b = output.split(/\s+/).filter(Boolean);
  const n = a.length;
  const m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const out: Change[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    const si = i;
    const sj = j;
    while ((i < n || j < m) && !(i < n && j < m && a[i] === b[j])) {
      if (j >= m || (i < n && dp[i + 1]![j]! >= dp[i]![j + 1]!)) i++;
      else j++;
    }
    const from = a.slice(Math.max(0, si - 1), Math.min(n, i + 1)).join(' ');
    out.push({ from: a.slice(si, i).join(' '), to: b.slice(sj, j).join(' '), marker: findPlaceholders(from).length > 0 });
  }
  return out;
}

function radlabel(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(REPO_ROOT, 'bin/radlabel.js'), ...args], { cwd: REPO_ROOT, maxBuffer: 64 << 20 }, (err, _o, stderr) => {
      if (err && (err as { code?: number }).code !== 1) reject(new Error(stderr.slice(-2000)));
      else resolve();
    });
  });
}

/** Reads `{ id, text }` per line from a `deid` or `run --out *.jsonl` output. */
function texts(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id?: string; reportId?: string; text?: string; report?: { text?: string } };
    out.set(String(o.id ?? o.reportId), o.text ?? o.report?.text ?? '');
  }
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const mode = argv.includes('--mode') ? (argv[argv.indexOf('--mode') + 1] ?? 'surrogate') : 'surrogate';
  const csv = path.join(OPENI_DIR, 'reports.dev.csv');
  const rows = parse(readFileSync(csv), { columns: true }) as Array<Record<string, string>>;
  const source = new Map(rows.map((r) => [r.uid!, openiText(r)]));
  const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-placeholders-'));
  const env = ['--db', path.join(dir, 'r.db')];
  let offenders = 0;
  try {
    await radlabel(['deid', csv, '--mode', mode, '--out', path.join(dir, 'deid.jsonl'), ...env]);
    process.env.RADLABEL_DEID_MODE = mode;
    await radlabel(['run', csv, '--preset', 'openi', '--ontology', 'chestxray14', '--out', path.join(dir, 'run.jsonl'), '--no-progress', ...env]);
    for (const [what, file] of [['deid', 'deid.jsonl'], ['run', 'run.jsonl']] as const) {
      const got = texts(path.join(dir, file));
      const bad: string[] = [];
      const other: string[] = [];
      for (const [id, text] of got) {
        const src = source.get(id);
        if (src === undefined) continue;
        for (const c of changes(src, text)) (c.marker ? bad : other).push(`${id}: "${c.from}" -> "${c.to}"`);
      }
      offenders += bad.length;
      console.log(`${what}: ${got.size} reports; offenders (a marker replaced or a surrogate next to one): ${bad.length}`);
      for (const b of bad) console.log(`  OFFENDER ${b}`);
      console.log(`${what}: other changes (detectors firing on clinical words, not placeholders): ${other.length}`);
      for (const o of other) console.log(`  ${o}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exitCode = offenders === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  });
}
