import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createLlmExtractor } from '../../../src/extract/llm/llm-extractor.js';
import { RadlabelError } from '../../../src/errors/index.js';
import { fastRetry, goodAnswer, ontology, report } from './fixtures.js';

const URL = 'http://gateway.test/v1/chat/completions';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const completion = (content: string, finish = 'stop') => ({
  id: 'c', object: 'chat.completion', created: 1, model: 'm',
  choices: [{ index: 0, finish_reason: finish, message: { role: 'assistant', content } }],
  usage: { prompt_tokens: 200, completion_tokens: 40, total_tokens: 240 },
});

describe('langchain provider (ChatOpenAI.withStructuredOutput over msw)', () => {
  const cfg = { provider: 'langchain', langchainModel: 'openai', model: 'gpt-test', apiKey: 'sk-test', baseUrl: 'http://gateway.test/v1', ...fastRetry } as const;

  it('labels a report through withStructuredOutput and reports usage', async () => {
    let body: { messages: Array<{ role: string }> } | undefined;
    server.use(http.post(URL, async ({ request }) => ((body = (await request.json()) as typeof body), HttpResponse.json(completion(JSON.stringify(goodAnswer))))));
    const ex = createLlmExtractor(cfg);
    const { labels } = await ex.extract(report, ontology);
    expect(labels.labels['Pleural Effusion']?.value).toBe('positive');
    expect(labels.labels['Pneumothorax']?.value).toBe('negative');
    expect(labels.provenance.model).toEqual({ provider: 'langchain', id: 'gpt-test' });
    expect(body?.messages[0]?.role).toBe('system');
    expect(JSON.stringify(body)).toContain('Pleural Effusion');
    expect(ex.stats()).toMatchObject({ calls: 1, inputTokens: 200, outputTokens: 40 });
  });

  it('maps a 429 to a retry and a persistent 500 to LLM_SERVER', async () => {
    let n = 0;
    server.use(
      http.post(URL, () => {
        n++;
        return n === 1
          ? HttpResponse.json({ error: { message: 'slow' } }, { status: 429, headers: { 'retry-after': '0' } })
          : HttpResponse.json({ error: { message: 'boom' } }, { status: 500 });
      }),
    );
    const ex = createLlmExtractor({ ...cfg, maxRetries: 2 });
    const e = await Promise.resolve(ex.extract(report, ontology)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RadlabelError);
    expect((e as RadlabelError).code).toBe('LLM_SERVER');
    expect(n).toBe(3);
  });

  it('treats a truncated answer as LLM_TRUNCATED', async () => {
    server.use(http.post(URL, () => HttpResponse.json(completion('{"mentions":[', 'length'))));
    const ex = createLlmExtractor({ ...cfg, maxRetries: 0 });
    const e = await Promise.resolve(ex.extract(report, ontology)).catch((x: unknown) => x);
    expect((e as RadlabelError).code).toBe('LLM_TRUNCATED');
  });
});
