import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { delay } from 'msw';
import { createLlmExtractor } from '../../../src/extract/llm/llm-extractor.js';
import { MemoryResponseCache } from '../../../src/extract/llm/response-cache.js';
import { RadlabelError } from '../../../src/errors/index.js';
import { fingerprint } from '../../../src/deid/guard-fingerprints.js';
import { fastRetry, goodAnswer, makeReport, ontology, report } from './fixtures.js';
import { HttpResponse, SPECS } from './provider-specs.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function failure(p: unknown): Promise<RadlabelError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RadlabelError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe.each(SPECS)('$name provider over HTTP', (spec) => {
  const make = (extra: Record<string, unknown> = {}) =>
    createLlmExtractor({ ...spec.cfg, ...fastRetry, prices: { inputPerMTok: 1, outputPerMTok: 2 }, ...extra });

  it('labels a report from a structured answer, with provenance, tokens and cost', async () => {
    let body: unknown;
    server.use(
      spec.post(async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(spec.ok(goodAnswer));
      }),
    );
    const ex = make();
    const { labels, mentions } = await ex.extract(report, ontology);
    expect(labels.labels['Pleural Effusion']?.value).toBe('positive');
    expect(labels.labels['Pneumothorax']?.value).toBe('negative');
    expect(labels.labels['Cardiomegaly']?.value).toBe('not_mentioned');
    expect(labels.labels['No Finding']?.value).toBe('not_mentioned');
    expect(mentions.every((m) => m.verified)).toBe(true);
    const effusion = mentions[0]!;
    expect(report.text.slice(effusion.span.start, effusion.span.end)).toBe('Small right pleural effusion');
    expect(effusion.section).toBe('findings');
    expect(mentions[2]!.section).toBe('impression');
    expect(labels.provenance.extractor.name).toBe('llm');
    expect(labels.provenance.model).toEqual({ provider: spec.cfg.provider, id: spec.cfg.model });
    expect(labels.provenance.prompt).toMatchObject({ id: 'label-extraction', version: '1.1.0' });
    expect(labels.provenance.prompt?.hash).toMatch(/^[0-9a-f]{64}$/);
    // The request: stable system prompt first with the ontology, report in the user message, enum of label ids.
    const sent = spec.inspect(body);
    expect(sent.system).toContain('Pleural Effusion');
    expect(sent.system).not.toContain('pneumothorax. Heart');
    expect(sent.user).toContain('Small right pleural effusion.');
    expect(sent.schema.properties.mentions.items.properties.label.enum).toEqual(['Pneumothorax', 'Pleural Effusion', 'Cardiomegaly']);
    const s = ex.stats();
    expect(s).toMatchObject({ calls: 1, retries: 0, failures: 0, cacheHits: 0, unverifiedClaims: 0 });
    expect(s.inputTokens).toBeGreaterThan(100);
    expect(s.costUsd).toBeCloseTo((s.inputTokens * 1 + s.outputTokens * 2) / 1e6, 12);
    expect(labels.provenance.tokens?.input).toBe(s.inputTokens);
  });

  it('honours retry-after on 429 and then succeeds', async () => {
    let n = 0;
    server.use(
      spec.post(() => {
        n++;
        return n === 1
          ? HttpResponse.json({ error: { message: 'slow down', type: 'rate_limit_error' } }, { status: 429, headers: { 'retry-after': '0.3' } })
          : HttpResponse.json(spec.ok(goodAnswer));
      }),
    );
    const ex = make();
    const t0 = performance.now();
    await ex.extract(report, ontology);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    expect(ex.stats()).toMatchObject({ calls: 2, retries: 1, failures: 0 });
  });

  it('retries a 500 and, when it persists, fails with a retriable LLM_SERVER naming the report', async () => {
    let n = 0;
    server.use(spec.post(() => (n++, HttpResponse.json({ error: { message: 'boom' } }, { status: 500 }))));
    const ex = make();
    const e = await failure(ex.extract(report, ontology));
    expect(e.code).toBe('LLM_SERVER');
    expect(e.retriable).toBe(true);
    expect(e.locator.messageId).toBe('r1');
    expect(e.message).not.toContain('effusion');
    expect(n).toBe(3);
    expect(ex.stats()).toMatchObject({ calls: 3, retries: 2, failures: 1, failuresByCode: { LLM_SERVER: 1 } });
  });

  it('times out a slow answer as a retriable LLM_TIMEOUT', async () => {
    server.use(
      spec.post(async () => {
        await delay(1000);
        return HttpResponse.json(spec.ok(goodAnswer));
      }),
    );
    const ex = make({ timeoutMs: 80, maxRetries: 1 });
    const e = await failure(ex.extract(report, ontology));
    expect(e.code).toBe('LLM_TIMEOUT');
    expect(e.retriable).toBe(true);
    expect(ex.stats().calls).toBe(2);
  });

  it.each([
    ['refusal', 'LLM_REFUSAL'],
    ['truncated', 'LLM_TRUNCATED'],
    ['malformed', 'LLM_BAD_OUTPUT'],
  ] as const)('retries a %s answer, then fails with a non-retriable %s', async (kind, code) => {
    let n = 0;
    server.use(spec.post(() => (n++, HttpResponse.json(spec[kind]()))));
    const ex = make({ maxRetries: 1 });
    const e = await failure(ex.extract(report, ontology));
    expect(e.code).toBe(code);
    expect(e.retriable).toBe(false);
    expect(n).toBe(2);
  });

  it('recovers when a truncated answer is followed by a complete one', async () => {
    let n = 0;
    server.use(spec.post(() => HttpResponse.json(n++ === 0 ? spec.truncated() : spec.ok(goodAnswer))));
    const ex = make();
    const { labels } = await ex.extract(report, ontology);
    expect(labels.labels['Pleural Effusion']?.value).toBe('positive');
    expect(ex.stats().retries).toBe(1);
  });

  it('flags a quote that is not in the report and never makes it a positive label', async () => {
    const answer = {
      mentions: [
        { label: 'Cardiomegaly', assertion: 'present', temporality: 'current', evidence: 'The heart is enlarged', section: 'findings' },
        goodAnswer.mentions[1],
      ],
    };
    server.use(spec.post(() => HttpResponse.json(spec.ok(answer))));
    const ex = make();
    const { labels, mentions } = await ex.extract(report, ontology);
    expect(labels.labels['Cardiomegaly']?.value).toBe('not_mentioned');
    expect(labels.labels['Cardiomegaly']?.evidence[0]?.verified).toBe(false);
    expect(mentions.filter((m) => !m.verified)).toHaveLength(1);
    expect(labels.labels['No Finding']?.value).toBe('positive');
    expect(ex.stats().unverifiedClaims).toBe(1);
  });

  it('rejects a mention with an unknown label id and keeps the valid ones', async () => {
    const answer = {
      mentions: [{ label: 'Alien Artifact', assertion: 'present', temporality: 'current', evidence: 'No pneumothorax', section: 'findings' }, goodAnswer.mentions[0]],
    };
    server.use(spec.post(() => HttpResponse.json(spec.ok(answer))));
    const ex = make();
    const { labels, mentions } = await ex.extract(report, ontology);
    expect(Object.keys(labels.labels)).not.toContain('Alien Artifact');
    expect(mentions.map((m) => m.label)).toEqual(['Pleural Effusion']);
    expect(ex.stats().rejectedClaims).toBe(1);
  });

  it('answers a duplicate report from the response cache', async () => {
    let n = 0;
    server.use(spec.post(() => (n++, HttpResponse.json(spec.ok(goodAnswer)))));
    const cache = new MemoryResponseCache();
    const ex = createLlmExtractor({ ...spec.cfg, ...fastRetry }, { cache });
    await ex.extract(report, ontology);
    const twin = { ...report, reportId: 'r2', text: report.text.replace('  No', ' No') };
    const { labels } = await ex.extract(twin, ontology);
    expect(n).toBe(1);
    expect(labels.reportId).toBe('r2');
    expect(labels.labels['Pleural Effusion']?.value).toBe('positive');
    expect(ex.stats()).toMatchObject({ calls: 1, cacheHits: 1 });
    // Another model is another cache entry.
    const other = createLlmExtractor({ ...spec.cfg, ...fastRetry, model: 'other-model' }, { cache });
    await other.extract(report, ontology);
    expect(n).toBe(2);
  });

  it('blocks a request whose body carries a known identifier (leak guard) before sending it', async () => {
    let n = 0;
    server.use(spec.post(() => (n++, HttpResponse.json(spec.ok(goodAnswer)))));
    const key = 'k'.repeat(32);
    const leaky = makeReport('r9', 'Small effusion, seen by Dr Quillfeather.', 'Effusion.', [fingerprint(key, 'NAME', 'w1', 'quillfeather')]);
    const ex = createLlmExtractor({ ...spec.cfg, ...fastRetry }, { leakKey: key });
    const e = await failure(ex.extract(leaky, ontology));
    expect(e.code).toBe('DEID_LEAK');
    expect(e.message).not.toContain('Quillfeather');
    expect(n).toBe(0);
  });
});
