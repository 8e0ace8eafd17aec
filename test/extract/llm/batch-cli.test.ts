import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli/main.js';
import { openStore } from '../../../src/store/open-store.js';

const server = setupServer();
beforeAll(() =>
  server.listen({
    onUnhandledRequest(req, print) {
      if (!req.url.startsWith('data:')) print.error(); // the OpenAI SDK's FormData probe stays in-process
    },
  }),
);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('radlabel batch submit | status | collect (OpenAI Batch over msw)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-batch-cli-'));
  const savedKey = process.env.OPENAI_API_KEY;
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    if (savedKey === undefined) delete process.env.OPENAI_API_KEY;
    else process.env.OPENAI_API_KEY = savedKey;
  });

  it('labels an archive through the batch API and records the failed report as retriable', async () => {
    process.env.OPENAI_API_KEY = 'sk-test';
    const csv = path.join(dir, 'archive.csv');
    writeFileSync(csv, 'id,text\nb-1,"FINDINGS: Small left pleural effusion. No pneumothorax."\nb-2,"IMPRESSION: Stable cardiomegaly."\n');
    const db = path.join(dir, 'labels.db');
    const state = path.join(dir, 'batch.json');
    let uploaded: Array<{ custom_id: string; body: { messages: Array<{ content: string }> } }> = [];
    let status = 'in_progress';
    const answer = (content: unknown) => ({
      status_code: 200,
      body: { id: 'c', object: 'chat.completion', created: 1, model: 'gpt-test', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: JSON.stringify(content) } }] },
    });
    server.use(
      http.post('https://api.openai.com/v1/files', async ({ request }) => {
        const text = await ((await request.formData()).get('file') as File).text();
        uploaded = text.trim().split('\n').map((l) => JSON.parse(l));
        return HttpResponse.json({ id: 'file-in', object: 'file', bytes: text.length, created_at: 1, filename: 'b.jsonl', purpose: 'batch' });
      }),
      http.post('https://api.openai.com/v1/batches', () => HttpResponse.json({ id: 'batch_cli', object: 'batch', status }),),
      http.get('https://api.openai.com/v1/batches/batch_cli', () =>
        HttpResponse.json({ id: 'batch_cli', object: 'batch', status, output_file_id: status === 'completed' ? 'file-out' : null, request_counts: { total: 2, completed: 1, failed: 1 } }),
      ),
      http.get('https://api.openai.com/v1/files/file-out/content', () => {
        const lines = uploaded.map((u) =>
          u.body.messages[1]!.content.includes('pleural effusion')
            ? { custom_id: u.custom_id, response: answer({ mentions: [{ label: 'Pleural Effusion', assertion: 'present', temporality: 'current', evidence: 'Small left pleural effusion', section: 'findings' }] }) }
            : { custom_id: u.custom_id, response: { status_code: 500, body: {} } },
        );
        return new HttpResponse(lines.map((l) => JSON.stringify(l)).join('\n'));
      }),
    );
    const cli = (...args: string[]) => main(['node', 'radlabel', 'batch', ...args]);
    expect(await cli('submit', csv, '--provider', 'openai', '--model', 'gpt-test', '--state', state, '--db', db, '--ontology', 'chexpert')).toBe(0);
    expect(uploaded).toHaveLength(2);
    expect(await cli('status', '--state', state)).toBe(0);
    status = 'completed';
    expect(await cli('collect', '--state', state, '--db', db)).toBe(1); // done, with one failed report recorded

    const store = openStore(db);
    try {
      const rows = [];
      for await (const r of store.currentLabels('chexpert')) rows.push(r);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.labels.labels['Pleural Effusion']?.value).toBe('positive');
      expect(rows[0]!.labels.provenance.model).toEqual({ provider: 'openai', id: 'gpt-test' });
      const failures = await store.listFailures('chexpert');
      expect(failures).toHaveLength(1);
      expect(failures[0]!.code).toBe('LLM_SERVER');
    } finally {
      await store.close();
    }
  });
});
