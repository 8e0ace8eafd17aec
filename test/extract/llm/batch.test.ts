import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { submitBatch, batchProgress, collectBatch } from '../../../src/extract/llm/batch/batch-job.js';
import { MemoryResponseCache } from '../../../src/extract/llm/response-cache.js';
import { createLlmExtractor } from '../../../src/extract/llm/llm-extractor.js';
import { RadlabelError } from '../../../src/errors/index.js';
import { goodAnswer, makeReport, ontology, report } from './fixtures.js';

const server = setupServer();
// The OpenAI SDK probes FormData support with `fetch('data:,')` before an upload; that request
// never leaves the process. Everything else unhandled is an error.
beforeAll(() =>
  server.listen({
    onUnhandledRequest(req, print) {
      if (!req.url.startsWith('data:')) print.error();
    },
  }),
);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'radlabel-batch-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const reports = [report, makeReport('r2', 'Mild cardiomegaly.', 'Cardiomegaly.'), makeReport('r3', 'Clear lungs.', 'Normal.'), makeReport('r4', 'No effusion.', 'Normal.')];

describe('OpenAI Batch lifecycle: file upload → batch create → retrieve → output file', () => {
  const cfg = { provider: 'openai', model: 'gpt-test', apiKey: 'sk-test' } as const;

  it('submits once, resumes from the state file, polls, and collects every report as labelled or failed', async () => {
    let uploaded = '';
    let creates = 0;
    let status = 'in_progress';
    const chat = (content: string, finish = 'stop') => ({
      id: 'c', object: 'chat.completion', created: 1, model: 'gpt-test',
      choices: [{ index: 0, finish_reason: finish, message: { role: 'assistant', content, refusal: null } }],
      usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
    });
    const batch = () => ({
      id: 'batch_1', object: 'batch', endpoint: '/v1/chat/completions', input_file_id: 'file-in', completion_window: '24h', created_at: 1, status,
      output_file_id: status === 'completed' ? 'file-out' : null, error_file_id: status === 'completed' ? 'file-err' : null,
      request_counts: { total: 4, completed: status === 'completed' ? 2 : 0, failed: status === 'completed' ? 1 : 0 },
    });
    server.use(
      http.post('https://api.openai.com/v1/files', async ({ request }) => {
        const form = await request.formData();
        expect(form.get('purpose')).toBe('batch');
        uploaded = await (form.get('file') as File).text();
        return HttpResponse.json({ id: 'file-in', object: 'file', bytes: uploaded.length, created_at: 1, filename: 'radlabel-batch.jsonl', purpose: 'batch' });
      }),
      http.post('https://api.openai.com/v1/batches', async ({ request }) => {
        creates++;
        expect(await request.json()).toMatchObject({ input_file_id: 'file-in', endpoint: '/v1/chat/completions', completion_window: '24h' });
        return HttpResponse.json(batch());
      }),
      http.get('https://api.openai.com/v1/batches/batch_1', () => HttpResponse.json(batch())),
      http.get('https://api.openai.com/v1/files/file-out/content', () =>
        new HttpResponse(
          [
            { custom_id: 'r0', response: { status_code: 200, body: chat(JSON.stringify(goodAnswer)) }, error: null },
            { custom_id: 'r1', response: { status_code: 200, body: chat('{"mentions":[{"la', 'length') }, error: null },
            { custom_id: 'r2', response: { status_code: 200, body: chat(JSON.stringify({ mentions: [] })) }, error: null },
          ].map((l) => JSON.stringify(l)).join('\n'),
        ),
      ),
      http.get('https://api.openai.com/v1/files/file-err/content', () =>
        new HttpResponse(JSON.stringify({ custom_id: 'r3', response: { status_code: 500, body: {} }, error: null }) + '\n'),
      ),
    );
    const state = path.join(dir, 'batch.json');
    const cache = new MemoryResponseCache();
    const first = await submitBatch(cfg, ontology, reports, state, { cache });
    expect(first.resumed).toBe(false);
    const lines = uploaded.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.custom_id)).toEqual(['r0', 'r1', 'r2', 'r3']);
    expect(lines[0]).toMatchObject({ method: 'POST', url: '/v1/chat/completions', body: { model: 'gpt-test', response_format: { type: 'json_schema' } } });
    // A restart: submitting again with the same state file resumes instead of paying twice.
    const again = await submitBatch(cfg, ontology, reports, state);
    expect(again).toMatchObject({ resumed: true, state: { batchId: 'batch_1' } });
    expect(creates).toBe(1);

    expect(await batchProgress(cfg, state)).toMatchObject({ status: 'in_progress', done: false, items: 4 });
    const early = await collectBatch(cfg, ontology, state).catch((e: unknown) => e);
    expect(early).toBeInstanceOf(RadlabelError);
    expect((early as RadlabelError).retriable).toBe(true);

    status = 'completed';
    const { items } = await collectBatch(cfg, ontology, state, { cache });
    expect(items).toHaveLength(4);
    const byId = Object.fromEntries(items.map((i) => [i.report.reportId, i]));
    expect('result' in byId.r1! && byId.r1.result.labels.labels['Pleural Effusion']?.value).toBe('positive');
    expect('error' in byId.r2! && byId.r2.error.code).toBe('LLM_TRUNCATED');
    expect('result' in byId.r3! && byId.r3.result.labels.labels['No Finding']?.value).toBe('positive');
    expect('error' in byId.r4! && byId.r4.error).toMatchObject({ code: 'LLM_SERVER', retriable: true, locator: { messageId: 'r4' } });
    expect(JSON.parse(readFileSync(state, 'utf8')).collectedAt).toBeTruthy();

    // Collected answers feed the response cache: the online extractor does not call the API again.
    const ex = createLlmExtractor(cfg, { cache });
    const online = await ex.extract(report, ontology);
    expect(online.labels.labels['Pleural Effusion']?.value).toBe('positive');
    expect(ex.stats()).toMatchObject({ calls: 0, cacheHits: 1 });
  });
});

describe('Anthropic Message Batches lifecycle: create → retrieve → results JSONL', () => {
  const cfg = { provider: 'anthropic', model: 'claude-test', apiKey: 'ak-test' } as const;

  it('submits, polls until ended, and collects results', async () => {
    let ended = false;
    let sent: { requests: unknown[] } | undefined;
    const batch = () => ({
      id: 'msgbatch_1', type: 'message_batch', processing_status: ended ? 'ended' : 'in_progress',
      request_counts: { processing: ended ? 0 : 2, succeeded: ended ? 1 : 0, errored: ended ? 1 : 0, canceled: 0, expired: 0 },
      created_at: '2026-01-01T00:00:00Z', expires_at: '2026-01-02T00:00:00Z', ended_at: ended ? '2026-01-01T01:00:00Z' : null,
      cancel_initiated_at: null, archived_at: null,
      results_url: ended ? 'https://api.anthropic.com/v1/messages/batches/msgbatch_1/results' : null,
    });
    server.use(
      http.post('https://api.anthropic.com/v1/messages/batches', async ({ request }) => {
        sent = (await request.json()) as typeof sent;
        return HttpResponse.json(batch());
      }),
      http.get('https://api.anthropic.com/v1/messages/batches/msgbatch_1', () => HttpResponse.json(batch())),
      http.get('https://api.anthropic.com/v1/messages/batches/msgbatch_1/results', () =>
        new HttpResponse(
          [
            {
              custom_id: 'r0',
              result: {
                type: 'succeeded',
                message: {
                  id: 'm', type: 'message', role: 'assistant', model: 'claude-test', stop_reason: 'tool_use', stop_sequence: null,
                  content: [{ type: 'tool_use', id: 't', name: 'radiology_labels', input: goodAnswer }],
                  usage: { input_tokens: 90, output_tokens: 30 },
                },
              },
            },
            { custom_id: 'r1', result: { type: 'errored', error: { type: 'error', error: { type: 'overloaded_error', message: 'busy' } } } },
          ].map((l) => JSON.stringify(l)).join('\n'),
          { headers: { 'content-type': 'application/binary' } },
        ),
      ),
    );
    const state = path.join(dir, 'anthropic.json');
    await submitBatch(cfg, ontology, reports.slice(0, 2), state);
    expect(sent?.requests).toHaveLength(2);
    expect(sent?.requests[0]).toMatchObject({ custom_id: 'r0', params: { model: 'claude-test', tool_choice: { type: 'tool', name: 'radiology_labels' } } });
    expect(await batchProgress(cfg, state)).toMatchObject({ done: false, status: 'in_progress' });
    ended = true;
    const { items } = await collectBatch(cfg, ontology, state);
    expect('result' in items[0]! && items[0].result.labels.provenance.tokens).toEqual({ input: 90, output: 30 });
    expect('error' in items[1]! && items[1].error.code).toBe('LLM_SERVER');
  });
});
