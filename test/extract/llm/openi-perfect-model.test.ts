import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { OPENI_DIR, openiText } from '../../../eval/openi-rules.js';
import { perfectAnswer } from '../../../eval/llm-perfect-model/perfect-reader.js';
import type { DeidentifiedReport } from '../../../src/domain/report.js';
import { splitSections } from '../../../src/ingest/sections/split-sections.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { createLlmExtractor } from '../../../src/extract/llm/llm-extractor.js';
import { createRulesExtractor } from '../../../src/extract/rules/rules-extractor.js';
import { createHybridExtractor } from '../../../src/extract/hybrid/hybrid-extractor.js';
import type { Extractor } from '../../../src/extract/extractor.js';
import type { ProviderClient } from '../../../src/extract/llm/providers/provider.js';

type Row = Record<string, string>;

/**
 * The in-process twin of `eval/llm-perfect-model/run.ts` (which goes through the CLI and HTTP):
 * the same perfect reader answers through a provider-client override, so the whole Open-i dev
 * split runs in seconds. Reports without text are left out (the CLI run quarantines them).
 */
describe.skipIf(!existsSync(OPENI_DIR))('Open-i dev with a perfect model (chestxray14)', () => {
  const rows = existsSync(OPENI_DIR) ? (parse(readFileSync(path.join(OPENI_DIR, 'reports.dev.csv')), { columns: true }) as Row[]) : [];
  const gold = new Map((existsSync(OPENI_DIR) ? (parse(readFileSync(path.join(OPENI_DIR, 'gold-chestxray14.dev.csv')), { columns: true }) as Row[]) : []).map((g) => [g.id!, g]));
  const ontology = loadOntology('chestxray14');
  const byText = new Map<string, Row>();
  for (const r of rows) if (!byText.has(openiText(r))) byText.set(openiText(r), r);

  const client: ProviderClient = {
    provider: 'openai-compatible',
    body: (call) => ({ user: call.user }),
    send: async (_body, call) => {
      const text = /<<<\n([\s\S]*)\n>>>/.exec(call.user)![1]!;
      const row = byText.get(text)!;
      return { value: perfectAnswer(text, gold.get(row.uid!)!, row.MeSH ?? '', ontology).answer, usage: { input: 1000, output: 50 } };
    },
  };

  async function score(x: Extractor): Promise<{ micro: number; noFinding: number }> {
    const findings = ontology.labels.filter((l) => !l.noFinding && l.id !== 'Hernia').map((l) => l.id);
    const t = { tp: 0, fp: 0, fn: 0 };
    const nf = { tp: 0, fp: 0, fn: 0 };
    const add = (c: typeof t, want: boolean, got: boolean) => (want && got ? c.tp++ : got ? c.fp++ : want ? c.fn++ : 0);
    for (const r of rows) {
      const text = openiText(r);
      if (!text) continue;
      const report: DeidentifiedReport = {
        source: { format: 'csv', system: 'openi' }, status: 'final', sections: splitSections(text), text, reportId: r.uid!, versionKey: 'v1',
        deid: { mode: 'tag', detectorVersion: 'upstream', counts: {} }, guard: [],
      };
      const out = await x.extract(report, ontology);
      const g = gold.get(r.uid!)!;
      for (const id of findings) add(t, g[id] === '1', out.labels.labels[id]!.value === 'positive');
      add(nf, g['No Finding'] === '1', out.labels.labels['No Finding']!.value === 'positive');
    }
    const f1 = (c: typeof t) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    return { micro: f1(t), noFinding: f1(nf) };
  }

  it('the LLM path: findings micro-F1 ≥ 0.99, No Finding F1 ≥ 0.95', async () => {
    const s = await score(createLlmExtractor({ provider: 'openai-compatible', model: 'perfect', baseUrl: 'http://unused.test/v1' }, { client }));
    expect(s.micro).toBeGreaterThanOrEqual(0.99);
    expect(s.noFinding).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  it('hybrid --confirm: the same bars', async () => {
    const llm = createLlmExtractor({ provider: 'openai-compatible', model: 'perfect', baseUrl: 'http://unused.test/v1' }, { client });
    const s = await score(createHybridExtractor(createRulesExtractor(), llm, { confirm: true }));
    expect(s.micro).toBeGreaterThanOrEqual(0.99);
    expect(s.noFinding).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
