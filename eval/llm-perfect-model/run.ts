/**
 * Perfect-model measurement on Open-i dev (issue 12): a loopback OpenAI-compatible stand-in answers
 * every report with its GOLD labels (see `perfect-reader.ts` for how), then the real CLI runs
 *
 *   radlabel run … --extractor llm|hybrid --provider openai-compatible --base-url http://127.0.0.1:PORT/v1
 *     --ontology chestxray14 --preset openi --out pred.csv
 *   radlabel eval --gold gold-chestxray14.dev.csv --pred pred.csv
 *
 * and prints findings micro-F1 and No Finding F1 of both paths. A correct pipeline reproduces the
 * gold; what it cannot is listed (reports without text, texts the gold labels differently).
 *
 *   npx tsx eval/llm-perfect-model/run.ts [--extractor llm|hybrid|hybrid-no-confirm|all] [--keep DIR]
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadOntology, REPO_ROOT } from '../../src/ontology/load-ontology.js';
import { OPENI_DIR, openiText } from '../openi-rules.js';
import { perfectAnswer, type ReaderGap } from './perfect-reader.js';

type Row = Record<string, string>;

const words = (t: string): Set<string> => new Set(t.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));

/** Finds the source report of a de-identified text: exact text first, else the closest by word overlap. */
function indexReports(rows: Row[]): (text: string) => Row | undefined {
  const exact = new Map<string, Row>();
  const all = rows.map((r) => ({ row: r, text: openiText(r), words: words(openiText(r)) }));
  for (const r of all) if (!exact.has(r.text)) exact.set(r.text, r.row);
  return (text) => {
    const hit = exact.get(text.trim());
    if (hit) return hit;
    const w = words(text);
    let best: { row: Row; score: number } | undefined;
    for (const r of all) {
      let common = 0;
      for (const x of w) if (r.words.has(x)) common++;
      const score = common / (w.size + r.words.size - common || 1);
      if (!best || score > best.score) best = { row: r.row, score };
    }
    return best?.row;
  };
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Counters of the stand-in, for the printed summary. */
interface StandInStats {
  requests: number;
  gaps: Record<ReaderGap, number>;
}

function startStandIn(find: (text: string) => Row | undefined, gold: Map<string, Row>): Promise<{ server: Server; port: number; stats: StandInStats }> {
  const ontology = loadOntology('chestxray14');
  const stats: StandInStats = { requests: 0, gaps: { 'finding-without-sentence': 0, 'abnormality-without-sentence': 0, 'no-counted-section': 0 } };
  const server = createServer((req, res) => {
    void body(req).then((raw) => {
      stats.requests++;
      const messages = (JSON.parse(raw) as { messages: Array<{ role: string; content: string }> }).messages;
      const user = messages.find((m) => m.role === 'user')?.content ?? '';
      const text = /<<<\n([\s\S]*)\n>>>/.exec(user)?.[1] ?? '';
      const row = find(text);
      const g = row ? gold.get(row.uid ?? '') : undefined;
      let content = JSON.stringify({ mentions: [], otherAbnormalities: [] });
      if (row && g) {
        const { answer, gaps } = perfectAnswer(text, g, row.MeSH ?? '', ontology);
        for (const gap of gaps) stats.gaps[gap]++;
        content = JSON.stringify(answer);
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }], usage: { prompt_tokens: Math.ceil(user.length / 4) + 900, completion_tokens: Math.ceil(content.length / 4) } }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port, stats })));
}

function radlabel(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(REPO_ROOT, 'bin/radlabel.js'), ...args], { cwd: REPO_ROOT, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** `hybrid-no-confirm`: `--extractor hybrid --no-confirm` (hybrid confirms the rules' abnormal reports by default). */
type Variant = 'llm' | 'hybrid' | 'hybrid-no-confirm';

interface Figures {
  microF1: number;
  noFindingF1: number;
  noFinding: { tp: number; fp: number; fn: number };
  summary: string;
}

/** Runs one extractor through the CLI against the stand-in and scores it with `radlabel eval`. */
export async function measure(variant: Variant, port: number, dir: string): Promise<Figures> {
  const extractor = variant === 'llm' ? 'llm' : 'hybrid';
  const pred = path.join(dir, `pred-${variant}.csv`);
  const json = path.join(dir, `eval-${variant}.json`);
  const db = path.join(dir, `${variant}.db`);
  // A fresh store every time: a kept one would answer "already labelled" and measure nothing.
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const run = await radlabel([
    'run', path.join(OPENI_DIR, 'reports.dev.csv'), '--preset', 'openi', '--ontology', 'chestxray14',
    '--extractor', extractor, '--provider', 'openai-compatible', '--base-url', `http://127.0.0.1:${port}/v1`,
    '--model', 'perfect-reader', '--db', db, '--out', pred, '--no-progress', ...(variant === 'hybrid-no-confirm' ? ['--no-confirm'] : []),
  ]);
  if (run.code > 1) throw new Error(`radlabel run failed (${run.code}): ${run.stderr.slice(-2000)}`);
  const ev = await radlabel(['eval', '--gold', path.join(OPENI_DIR, 'gold-chestxray14.dev.csv'), '--pred', pred, '--ontology', 'chestxray14', '--json', json, '--bootstrap', '200']);
  if (ev.code !== 0) throw new Error(`radlabel eval failed (${ev.code}): ${ev.stderr.slice(-2000)}`);
  const e = (JSON.parse(readFileSync(json, 'utf8')) as { data: { predictions: Array<{ evaluation: { micro: { f1: number }; labels: Array<{ label: string; f1: number; tp: number; fp: number; fn: number }> } }> } }).data.predictions[0]!.evaluation;
  const nf = e.labels.find((l) => l.label === 'No Finding')!;
  return { microF1: e.micro.f1, noFindingF1: nf.f1, noFinding: { tp: nf.tp, fp: nf.fp, fn: nf.fn }, summary: run.stdout.trim().split('\n').slice(-14).join('\n') };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const which = argv[argv.indexOf('--extractor') + 1] ?? 'all';
  const keep = argv.includes('--keep') ? argv[argv.indexOf('--keep') + 1] : undefined;
  const rows = parse(readFileSync(path.join(OPENI_DIR, 'reports.dev.csv')), { columns: true }) as Row[];
  const goldRows = parse(readFileSync(path.join(OPENI_DIR, 'gold-chestxray14.dev.csv')), { columns: true }) as Row[];
  const gold = new Map(goldRows.map((g) => [g.id!, g]));
  const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'radlabel-perfect-'));
  mkdirSync(dir, { recursive: true });
  const { server, port, stats } = await startStandIn(indexReports(rows), gold);
  try {
    const variants: Variant[] = argv.includes('--extractor') && which !== 'all' ? [which as Variant] : ['llm', 'hybrid', 'hybrid-no-confirm'];
    for (const x of variants) {
      const before = stats.requests;
      const f = await measure(x, port, dir);
      console.log(`${x === 'hybrid-no-confirm' ? '--extractor hybrid --no-confirm' : `--extractor ${x}`}: findings micro-F1 ${f.microF1.toFixed(3)}, No Finding F1 ${f.noFindingF1.toFixed(3)} (TP ${f.noFinding.tp}, FP ${f.noFinding.fp}, FN ${f.noFinding.fn}); stand-in requests ${stats.requests - before}`);
      console.log(f.summary.replace(/^/gm, '    '));
    }
    console.log(`stand-in answers that could not follow the gold: ${JSON.stringify(stats.gaps)}`);
  } finally {
    server.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
