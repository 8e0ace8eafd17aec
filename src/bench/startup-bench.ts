import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../util/paths.js';
import { syntheticOruFeed } from './synthetic-reports.js';

/** Medians (ms) of repeated CLI start-ups, each a fresh `node bin/radlabel.js` process. */
export interface StartupResult {
  runs: number;
  helpMs: number;
  rulesRunMs: number;
  /** From spawning the process to the first request reaching a loopback stand-in LLM server. */
  firstRequestMs: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const ANSWER = JSON.stringify({ mentions: [{ label: 'Pleural Effusion', assertion: 'present', temporality: 'current', evidence: 'pleural effusion', section: 'findings' }] });

/** A loopback OpenAI-compatible stand-in that records when each request arrives. */
async function standIn(onRequest: () => void): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    onRequest();
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({ id: 'x', object: 'chat.completion', created: 0, model: 'stand-in', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: ANSWER } }], usage: { prompt_tokens: 400, completion_tokens: 40, total_tokens: 440 } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` };
}

/** Runs the CLI once; resolves with the wall time (ms) from spawn to exit. */
function timeCli(args: string[], env: NodeJS.ProcessEnv, cwd: string, onSpawn?: (t: number) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    onSpawn?.(t0);
    const child = spawn(process.execPath, [repoPath('bin/radlabel.js'), ...args], { cwd, env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - t0));
  });
}

/**
 * Start-up figures of the CLI as a user meets them (`radlabel --help`, a rules `run` of one small
 * HL7 file into a fresh SQLite file, an LLM `run` until its first request), each the median of
 * `runs` fresh processes. Uses `bin/radlabel.js`, i.e. `dist/` when it is current.
 */
export async function benchStartup(runs = 10): Promise<StartupResult> {
  const dir = await mkdtemp(join(tmpdir(), 'radlabel-startup-'));
  let firstAt: number | undefined;
  const { server, url } = await standIn(() => (firstAt ??= performance.now()));
  try {
    const small = join(dir, 'small.hl7');
    await writeFile(small, syntheticOruFeed(3));
    const env = { ...process.env, RADLABEL_DEID_KEY: 'startup-bench-key-0123456789' };
    const help: number[] = [];
    const rules: number[] = [];
    const first: number[] = [];
    for (let i = 0; i < runs; i++) {
      help.push(await timeCli(['--help'], env, dir));
      rules.push(await timeCli(['run', small, '--db', join(dir, `rules-${i}.db`), '--no-progress'], env, dir));
      let spawnedAt = 0;
      firstAt = undefined;
      await timeCli(
        ['run', small, '--db', join(dir, `llm-${i}.db`), '--no-progress', '--extractor', 'llm', '--provider', 'openai-compatible', '--base-url', url, '--model', 'stand-in', '--concurrency', '1'],
        env,
        dir,
        (t) => (spawnedAt = t),
      );
      if (firstAt !== undefined) first.push(firstAt - spawnedAt);
    }
    return { runs, helpMs: median(help), rulesRunMs: median(rules), firstRequestMs: first.length ? median(first) : Number.NaN };
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
