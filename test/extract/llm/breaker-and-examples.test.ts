import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLlmExtractor } from '../../../src/extract/llm/llm-extractor.js';
import { DEFAULT_PROMPT_DIR } from '../../../src/extract/llm/prompt.js';
import { RadlabelError } from '../../../src/errors/index.js';
import { fastRetry, goodAnswer, makeReport, ontology, report } from './fixtures.js';

const URL = 'http://llm.test/v1/chat/completions';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const cfg = { provider: 'openai-compatible', model: 'm', baseUrl: 'http://llm.test/v1', ...fastRetry } as const;

describe('circuit breaker in the extractor', () => {
  it('fails fast with a retriable LLM_CIRCUIT_OPEN once the provider keeps failing, without sending requests', async () => {
    let n = 0;
    server.use(http.post(URL, () => (n++, HttpResponse.json({ error: {} }, { status: 503 }))));
    const ex = createLlmExtractor({ ...cfg, maxRetries: 1, breakerThreshold: 4, breakerCooldownMs: 60_000 });
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const e = await Promise.resolve(ex.extract(makeReport(`b${i}`, `Finding ${i}.`, 'None.'), ontology)).catch((x: unknown) => x as RadlabelError);
      codes.push((e as RadlabelError).code);
      expect((e as RadlabelError).retriable).toBe(true);
    }
    expect(codes).toEqual(['LLM_SERVER', 'LLM_SERVER', 'LLM_CIRCUIT_OPEN', 'LLM_CIRCUIT_OPEN']);
    expect(n).toBe(4);
    expect(ex.stats().failuresByCode).toEqual({ LLM_SERVER: 2, LLM_CIRCUIT_OPEN: 2 });
  });
});

describe('per-ontology prompt material', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-prompts-'));
  cpSync(path.join(DEFAULT_PROMPT_DIR, 'label-extraction'), path.join(dir, 'label-extraction'), { recursive: true });
  mkdirSync(path.join(dir, 'ontologies'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (yaml: string) => writeFileSync(path.join(dir, 'ontologies', 'mini.yaml'), yaml);

  it('puts description overrides and examples in the system prompt', async () => {
    write(
      'descriptions:\n  Pneumothorax: Collapsed lung from pleural air (custom).\nexamples:\n  - report: "No pneumothorax."\n    output: { mentions: [ { label: Pneumothorax, assertion: absent, temporality: current, evidence: No pneumothorax, section: findings } ] }\n',
    );
    let system = '';
    server.use(
      http.post(URL, async ({ request }) => {
        system = ((await request.json()) as { messages: Array<{ content: string }> }).messages[0]!.content;
        return HttpResponse.json({ choices: [{ index: 0, finish_reason: 'stop', message: { content: JSON.stringify(goodAnswer) } }] });
      }),
    );
    await createLlmExtractor({ ...cfg, promptDir: dir }).extract(report, ontology);
    expect(system).toContain('Collapsed lung from pleural air (custom).');
    expect(system).toContain('Example 1 report:\nNo pneumothorax.');
  });

  it.each([
    ['an unknown label id', '{ label: Alien, assertion: absent, temporality: current, evidence: No pneumothorax, section: findings }'],
    ['a quote missing from the example report', '{ label: Pneumothorax, assertion: absent, temporality: current, evidence: lungs are clear, section: findings }'],
  ])('rejects an example with %s', async (_what, mention) => {
    write(`examples:\n  - report: "No pneumothorax."\n    output: { mentions: [ ${mention} ] }\n`);
    const e = await Promise.resolve(createLlmExtractor({ ...cfg, promptDir: dir }).extract(report, ontology)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RadlabelError);
    expect(e).toMatchObject({ code: 'LLM_CONFIG', locator: { path: 'examples.0' } });
  });
});
