import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli/main.js';
import { openStore } from '../../../src/store/open-store.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('radlabel run --extractor llm|hybrid against an OpenAI-compatible server (msw)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-run-llm-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('labels, answers the duplicate report from the cache, and the hybrid run avoids calls', async () => {
    const csv = path.join(dir, 'archive.csv');
    writeFileSync(
      csv,
      'id,text\n' +
        'c-1,"FINDINGS: Small left pleural effusion. No pneumothorax."\n' +
        'c-2,"FINDINGS: Small left pleural effusion. No pneumothorax."\n' +
        'c-3,"FINDINGS: No pneumothorax. No pleural effusion."\n',
    );
    let calls = 0;
    server.use(
      http.post('http://vllm.test:8000/v1/chat/completions', async ({ request }) => {
        calls++;
        const body = (await request.json()) as { messages: Array<{ content: string }> };
        const effusion = /Small left pleural effusion/.test(body.messages[1]!.content);
        const mentions = [
          ...(effusion ? [{ label: 'Pleural Effusion', assertion: 'present', temporality: 'current', evidence: 'Small left pleural effusion', section: 'findings' }] : []),
          { label: 'Pneumothorax', assertion: 'absent', temporality: 'current', evidence: 'No pneumothorax', section: 'findings' },
        ];
        return HttpResponse.json({ choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: JSON.stringify({ mentions }) } }], usage: { prompt_tokens: 300, completion_tokens: 50 } });
      }),
    );
    const db = path.join(dir, 'llm.db');
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main(['node', 'radlabel', 'run', csv, '--extractor', 'llm', '--provider', 'openai-compatible', '--model', 'qwen-test', '--base-url', 'http://vllm.test:8000/v1', '--db', db, '--no-progress']);
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
    expect(calls).toBe(2); // c-2 is word-for-word c-1: answered from the cache
    expect(out.join('')).toMatch(/cache\s+1 hits/);
    const store = openStore(db);
    try {
      const values: Record<string, string | undefined> = {};
      for await (const r of store.currentLabels('chexpert')) values[r.report.reportId] = r.labels.labels['Pleural Effusion']?.value;
      expect(Object.values(values).sort()).toEqual(['not_mentioned', 'positive', 'positive']);
    } finally {
      await store.close();
    }

    // Hybrid with --no-confirm: the rules settle these plain reports alone, so no LLM call is made
    // (by default hybrid also sends the reports the rules found abnormal, see perfect-model.test.ts).
    const before = calls;
    out.length = 0;
    process.stdout.write = ((chunk: string) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      code = await main(['node', 'radlabel', 'run', csv, '--extractor', 'hybrid', '--provider', 'openai-compatible', '--model', 'qwen-test', '--base-url', 'http://vllm.test:8000/v1', '--db', path.join(dir, 'hybrid.db'), '--no-progress', '--no-confirm']);
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
    expect(out.join('')).toMatch(/callsAvoided 3/);
    expect(calls).toBe(before);
  });
});
