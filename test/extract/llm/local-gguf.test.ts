import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OntologySchema } from '../../../src/domain/ontology.js';
import { createLlmExtractor, type LlmExtractor } from '../../../src/extract/llm/llm-extractor.js';
import { createLocalClient } from '../../../src/extract/llm/providers/local.js';
import { LlmConfigSchema } from '../../../src/extract/llm/llm-config.js';
import { buildOutputSchema, outputJsonSchema, parseClaims, type OutputSchema } from '../../../src/extract/llm/output-schema.js';
import { writeTinyLlamaGguf } from './gguf-writer.js';
import { makeReport } from './fixtures.js';

/** Why node-llama-cpp cannot run here, or undefined when its CPU binary loads. */
async function llamaUnavailable(): Promise<string | undefined> {
  try {
    const lib = await import('node-llama-cpp');
    const llama = await lib.getLlama({ gpu: false, build: 'never', logLevel: lib.LlamaLogLevel.error });
    await llama.dispose();
    return undefined;
  } catch (e) {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
}

// A one-label ontology keeps the grammar small and decoding short.
const ontology = OntologySchema.parse({ id: 'tiny', version: '1', name: 'Tiny', labels: [{ id: 'Pneumothorax', name: 'Pneumothorax' }] });
const report = makeReport('local-1', 'No pneumothorax.', 'Normal.');

describe('local provider: a random-weight GGUF model written in the test, grammar-constrained decoding', () => {
  let dir = '';
  let modelPath = '';
  let unavailable: string | undefined;
  beforeAll(async () => {
    unavailable = await llamaUnavailable();
    dir = mkdtempSync(path.join(tmpdir(), 'radlabel-gguf-'));
    modelPath = path.join(dir, 'tiny.gguf');
    writeTinyLlamaGguf(modelPath, { seed: 3 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads node-llama-cpp (fails with the reason when the native binary cannot load)', () => {
    expect(unavailable, `node-llama-cpp could not load its CPU binary: ${unavailable}`).toBeUndefined();
  });

  it('yields schema-valid JSON from random weights, and the extractor never turns its unverified quotes into labels', async () => {
    if (unavailable) return;
    const cfg = LlmConfigSchema.parse({ provider: 'local', model: 'tiny-random', modelPath, threads: 1, maxOutputTokens: 1500, maxRetries: 0, timeoutMs: 50_000 });
    const client = createLocalClient(cfg, { contextSize: 4096 });
    // Direct call: the raw answer must satisfy the (bounded) output schema.
    // At least one mention is required here so that enum, string and array rules are all exercised.
    const bounded = buildOutputSchema(ontology, { bounded: true });
    const schema = bounded.extend({ mentions: bounded.shape.mentions.min(1).max(2) });
    const call = { system: 'Label the report.', user: 'No pneumothorax.', schema: schema as unknown as OutputSchema, jsonSchema: outputJsonSchema(schema as unknown as OutputSchema), schemaName: 'radiology_labels', maxOutputTokens: 1500, temperature: 0 };
    const answer = await client.send(client.body(call), call, new AbortController().signal, 50_000);
    const parsed = schema.safeParse(answer.value);
    expect(parsed.success, JSON.stringify(answer.value)).toBe(true);
    expect(parseClaims(bounded, answer.value)?.rejected).toBe(0);
    expect(parsed.data?.mentions.length).toBeGreaterThanOrEqual(1);

    // Through the extractor (same client): a full extraction with provenance.
    const ex: LlmExtractor = createLlmExtractor(cfg, { client });
    try {
      const { labels, mentions } = await ex.extract(report, ontology);
      expect(labels.provenance.model).toEqual({ provider: 'local', id: 'tiny-random' });
      expect(['positive', 'negative', 'uncertain', 'not_mentioned']).toContain(labels.labels['Pneumothorax']?.value);
      for (const m of mentions) if (!m.verified) expect(labels.labels['Pneumothorax']?.value === 'positive' && labels.labels['Pneumothorax']?.evidence[0] === m).toBe(false);
      expect(ex.stats()).toMatchObject({ calls: 1, failures: 0 });
    } finally {
      await ex.close();
    }
  }, 120_000);
});
