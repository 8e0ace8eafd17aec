import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import type { DeidentifiedReport } from '../../../src/domain/report.js';
import type { LabelValue } from '../../../src/domain/labels.js';
import { splitSections } from '../../../src/ingest/sections/split-sections.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { createLlmExtractor } from '../../../src/extract/llm/llm-extractor.js';
import { createRulesExtractor } from '../../../src/extract/rules/rules-extractor.js';
import { createHybridExtractor } from '../../../src/extract/hybrid/hybrid-extractor.js';
import type { Extractor } from '../../../src/extract/extractor.js';
import { PERFECT_FIXTURES, perfectAnswerFor, type OntologyKey } from './perfect-fixtures.js';

const BASE = 'http://perfect.test/v1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function report(id: string, text: string): DeidentifiedReport {
  return {
    source: { format: 'text', system: 'test' }, status: 'final', sections: splitSections(text), text, reportId: id, versionKey: 'v1',
    deid: { mode: 'surrogate', detectorVersion: 'test', counts: {} }, guard: [],
  };
}

type Answerer = (text: string, ontology: OntologyKey, wantsOthers: boolean) => unknown;

/** An OpenAI-compatible stand-in that answers each report through `answer`. */
function standIn(answer: Answerer): { calls: () => number } {
  let calls = 0;
  server.use(
    http.post(`${BASE}/chat/completions`, async ({ request }) => {
      calls++;
      const body = (await request.json()) as { messages: Array<{ role: string; content: string }>; response_format: { json_schema: { schema: { properties: Record<string, unknown> } } } };
      const system = body.messages[0]!.content;
      const text = /<<<\n([\s\S]*)\n>>>/.exec(body.messages[1]!.content)![1]!;
      const onto: OntologyKey = system.includes('Ontology "ChestX-ray14"') ? 'chestxray14' : 'chexpert';
      const wantsOthers = 'otherAbnormalities' in body.response_format.json_schema.schema.properties;
      const content = JSON.stringify(answer(text, onto, wantsOthers));
      return HttpResponse.json({ choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }], usage: { prompt_tokens: 500, completion_tokens: 60 } });
    }),
  );
  return { calls: () => calls };
}

function llm() {
  return createLlmExtractor({ provider: 'openai-compatible', model: 'perfect', baseUrl: BASE, retryBaseMs: 1, maxRetries: 1, timeoutMs: 5000 });
}

/** Values of every label the fixture names, for comparison with the expected table. */
async function valuesOf(x: Extractor, r: DeidentifiedReport, key: OntologyKey, ids: string[]): Promise<Record<string, LabelValue>> {
  const out = await x.extract(r, loadOntology(key));
  return Object.fromEntries(ids.map((id) => [id, out.labels.labels[id]!.value]));
}

/** Micro-F1 over every (report, label, value) cell of the fixtures, "not mentioned" cells left out. */
function cellF1(pairs: Array<{ want: Record<string, LabelValue>; got: Record<string, LabelValue> }>): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { want, got } of pairs)
    for (const id of Object.keys(want)) {
      const w = want[id]!;
      const g = got[id]!;
      if (w !== 'not_mentioned' && g === w) tp++;
      else {
        if (g !== 'not_mentioned') fp++;
        if (w !== 'not_mentioned') fn++;
      }
    }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

describe('a perfect model gives the perfect labels (fixture reports, both No Finding semantics)', () => {
  for (const key of ['chexpert', 'chestxray14'] as const) {
    const ontology = loadOntology(key);
    const ids = ontology.labels.map((l) => l.id);

    it(`${key} (${ontology.noFindingSemantics}): the LLM path reproduces every label exactly`, async () => {
      const s = standIn((text, onto, wantsOthers) => perfectAnswerFor(text, onto, wantsOthers));
      const x = llm();
      const pairs = [];
      for (const f of PERFECT_FIXTURES) {
        const got = await valuesOf(x, report(f.id, f.text), key, ids);
        const want = { ...Object.fromEntries(ids.map((id) => [id, 'not_mentioned' as LabelValue])), ...f.expected[key] };
        expect(got, f.id).toEqual(want);
        pairs.push({ want, got });
      }
      expect(cellF1(pairs)).toBe(1);
      expect(s.calls()).toBe(PERFECT_FIXTURES.length);
      expect(x.stats()).toMatchObject({ unverifiedClaims: 0, rejectedClaims: 0 });
    });

    it.each([false, true])(`${key}: the hybrid path gives the same labels (confirm %s)`, async (confirm) => {
      const sIn = standIn((text, onto, wantsOthers) => perfectAnswerFor(text, onto, wantsOthers));
      const x = createHybridExtractor(createRulesExtractor(), llm(), { confirm });
      for (const f of PERFECT_FIXTURES) {
        const want = { ...Object.fromEntries(ids.map((id) => [id, 'not_mentioned' as LabelValue])), ...f.expected[key] };
        expect(await valuesOf(x, report(f.id, f.text), key, ids), f.id).toEqual(want);
      }
      // Reports the rules read as normal never reach the model, with or without confirmation.
      expect(sIn.calls()).toBeLessThan(PERFECT_FIXTURES.length);
      if (confirm) expect(x.stats().routedConfirm).toBeGreaterThan(0);
    });
  }
});

describe('an imperfect model is held to the report', () => {
  const text = 'INDICATION:\nPneumonia?\n\nFINDINGS:\nSmall right pleural effusion. Sternotomy wires. No pneumothorax.\n\nIMPRESSION:\nSmall right effusion.';
  const bad = {
    mentions: [
      { label: 'Pneumothorax', assertion: 'present', temporality: 'current', evidence: 'Large right pneumothorax', section: 'findings' }, // wrong quote
      { label: 'Pleural Thickening Xyz', assertion: 'present', temporality: 'current', evidence: 'Small right effusion', section: 'impression' }, // unknown label
      { label: 'Effusion', assertion: 'present', temporality: 'current', evidence: 'a small effusion on the right side', section: 'findings' }, // paraphrase
      { label: 'Pneumonia', assertion: 'present', temporality: 'current', evidence: 'Pneumonia?', section: 'findings' }, // really in the indication
    ],
    otherAbnormalities: [{ finding: 'sternotomy', assertion: 'present', evidence: 'median sternotomy clips', section: 'findings' }], // wrong quote
  };

  it('no-abnormality: unverifiable quotes decide nothing, unknown ids are rejected, the indication never makes a label positive', async () => {
    standIn(() => bad);
    const x = llm();
    const out = await x.extract(report('imperfect', text), loadOntology('chestxray14'));
    const v = (id: string) => out.labels.labels[id]!.value;
    expect([v('Pneumothorax'), v('Effusion'), v('Pneumonia')]).toEqual(['not_mentioned', 'not_mentioned', 'not_mentioned']);
    // The only abnormality outside the ontology came with a quote that is not in the report: it
    // cannot make the report abnormal, so No Finding follows from the verified answer alone.
    expect(v('No Finding')).toBe('positive');
    expect(x.stats()).toMatchObject({ unverifiedClaims: 3, rejectedClaims: 1 });
    const kept = out.mentions.map((m) => [m.label, m.verified, m.section]);
    expect(kept).toEqual([['Pneumothorax', false, 'findings'], ['Effusion', false, 'findings'], ['Pneumonia', true, 'indication']]);
  });

  it('chexpert: an answer listing otherAbnormalities the schema does not have is counted as rejected and changes nothing', async () => {
    standIn(() => ({ mentions: [{ label: 'Pleural Effusion', assertion: 'present', temporality: 'current', evidence: 'Small right pleural effusion', section: 'findings' }], otherAbnormalities: bad.otherAbnormalities }));
    const x = llm();
    const out = await x.extract(report('imperfect-cx', text), loadOntology('chexpert'));
    expect(out.labels.labels['Pleural Effusion']!.value).toBe('positive');
    expect(out.labels.labels['No Finding']!.value).toBe('not_mentioned');
    expect(x.stats()).toMatchObject({ unverifiedClaims: 0, rejectedClaims: 1 });
  });
});

describe('prompt material per ontology', () => {
  it('chestxray14 ships its own material: examples with otherAbnormalities, recorded in provenance as a file', async () => {
    let system = '';
    server.use(
      http.post(`${BASE}/chat/completions`, async ({ request }) => {
        system = ((await request.json()) as { messages: Array<{ content: string }> }).messages[0]!.content;
        return HttpResponse.json({ choices: [{ index: 0, finish_reason: 'stop', message: { content: '{"mentions":[],"otherAbnormalities":[]}' } }] });
      }),
    );
    const out = await llm().extract(report('m1', 'FINDINGS:\nClear.'), loadOntology('chestxray14'));
    expect(system).toContain('nothing abnormal of any kind');
    expect(system).toContain('"otherAbnormalities":[{"finding":"sternotomy"');
    expect(out.labels.provenance.prompt).toMatchObject({ version: '1.1.0', material: { source: 'file', version: 'ontologies/chestxray14.yaml', hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
  });
});
