import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLlmExtractor } from '../../src/extract/llm/llm-extractor.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import type { ProviderClient } from '../../src/extract/llm/providers/provider.js';
import { LlmError } from '../../src/extract/llm/llm-error.js';
import type { DeidentifiedReport } from '../../src/domain/report.js';
import { cli, tmp } from './run-cli.js';

const server = setupServer();
// Port 9 on the loopback (discard) has no listener here: those requests go to the real network stack.
beforeAll(() => server.listen({ onUnhandledRequest: (req, print) => (new URL(req.url).port === '9' ? undefined : print.error()) }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function archive(n: number): string {
  const f = join(tmp(), 'a.csv');
  writeFileSync(f, `id,text\n${Array.from({ length: n }, (_, i) => `r${i},Small pleural effusion number ${i}.`).join('\n')}\n`);
  return f;
}
const llmFlags = (base: string): string[] => ['--extractor', 'llm', '--provider', 'openai-compatible', '--model', 'qwen-test', '--base-url', base, '--concurrency', '1', '--no-progress'];

describe('LLM runs fail fast with the provider\'s own message', () => {
  it('401: one request, the provider message, exit 2', async () => {
    let calls = 0;
    server.use(http.post('http://llm.test/v1/chat/completions', () => (calls++, HttpResponse.json({ error: { message: 'Incorrect API key provided: sk-te***' } }, { status: 401 }))));
    const r = await cli('run', archive(5), '--db', join(tmp(), 'db.sqlite'), ...llmFlags('http://llm.test/v1'));
    expect(r.code).toBe(2);
    expect(calls).toBe(1);
    expect(r.err).toMatch(/LLM_AUTH: provider answered 401: Incorrect API key provided/);
  });

  it('404 model: one request, the provider message, exit 2', async () => {
    let calls = 0;
    server.use(http.post('http://llm.test/v1/chat/completions', () => (calls++, HttpResponse.json({ message: 'model "qwen-test" not found' }, { status: 404 }))));
    const r = await cli('run', archive(5), '--db', join(tmp(), 'db.sqlite'), ...llmFlags('http://llm.test/v1'));
    expect(r.code).toBe(2);
    expect(calls).toBe(1);
    expect(r.err).toContain('LLM_CONFIG: provider answered 404 (unknown model or endpoint): model "qwen-test" not found');
  });

  it('a refused connection stops the run and names the address', async () => {
    const r = await cli('run', archive(3), '--db', join(tmp(), 'db.sqlite'), ...llmFlags('http://127.0.0.1:9/v1'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/LLM_UNREACHABLE: the provider could not be reached \(ECONNREFUSED\) at http:\/\/127\.0\.0\.1:9\n/);
  });

  it('a missing API key is named before any request', async () => {
    const prev = process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_API_KEY;
    try {
      const r = await cli('run', archive(1), '--db', join(tmp(), 'db.sqlite'), '--extractor', 'llm', '--provider', 'openai', '--model', 'gpt-x');
      expect(r.code).toBe(2);
      expect(r.err).toBe('radlabel: LLM_CONFIG: no API key for provider openai: set OPENAI_API_KEY (or llm.apiKey in radlabel.config.json)\n');
    } finally {
      if (prev !== undefined) process.env.OPENAI_API_KEY = prev;
    }
  });

  it('--extractor llm without provider / model says which flags or variables to set, in one line', async () => {
    const prev = { p: process.env.RADLABEL_LLM_PROVIDER, m: process.env.RADLABEL_LLM_MODEL };
    delete process.env.RADLABEL_LLM_PROVIDER;
    delete process.env.RADLABEL_LLM_MODEL;
    try {
      const r = await cli('run', archive(1), '--db', join(tmp(), 'db.sqlite'), '--extractor', 'llm');
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        'radlabel: LLM_CONFIG: the LLM extractor needs more settings: set --provider (or RADLABEL_LLM_PROVIDER, or llm.provider in radlabel.config.json) and --model (or RADLABEL_LLM_MODEL, or llm.model)\n',
      );
    } finally {
      if (prev.p !== undefined) process.env.RADLABEL_LLM_PROVIDER = prev.p;
      if (prev.m !== undefined) process.env.RADLABEL_LLM_MODEL = prev.m;
    }
  });

  it('the circuit breaker message names the last underlying error', async () => {
    let n = 0;
    const client: ProviderClient = {
      provider: 'openai-compatible',
      body: () => ({}),
      send: async () => {
        n++;
        throw new LlmError('LLM_SERVER', 'provider answered 503: overloaded, try later', { status: 503 });
      },
    };
    const ex = createLlmExtractor({ provider: 'openai-compatible', model: 'm', baseUrl: 'http://x.test/v1', maxRetries: 0, breakerThreshold: 2, retryBaseMs: 0 }, { client });
    const report = { reportId: 'r1', text: 'No effusion.', guard: [] } as unknown as DeidentifiedReport;
    const onto = loadOntology('chexpert');
    await expect(ex.extract(report, onto)).rejects.toThrow(/503/);
    await expect(ex.extract({ ...report, reportId: 'r2', text: 'No edema.' }, onto)).rejects.toThrow(/503/);
    await expect(ex.extract({ ...report, reportId: 'r3', text: 'No mass.' }, onto)).rejects.toThrow(
      'the circuit breaker for the provider is open after repeated faults; last: LLM_SERVER: provider answered 503: overloaded, try later',
    );
    expect(n).toBe(2);
  });
});
