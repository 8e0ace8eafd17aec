import { describe, expect, it } from 'vitest';
import type { Mention, StudyLabels } from '../../../src/domain/labels.js';
import type { DeidentifiedReport } from '../../../src/domain/report.js';
import type { Ontology } from '../../../src/domain/ontology.js';
import type { Extractor, ExtractionResult } from '../../../src/extract/extractor.js';
import { createHybridExtractor } from '../../../src/extract/hybrid/hybrid-extractor.js';
import type { LlmRunStats } from '../../../src/extract/llm/llm-extractor.js';
import { aggregateStudyLabels } from '../../../src/extract/aggregate-labels.js';
import { locateQuote } from '../../../src/extract/llm/verify-evidence.js';
import { RadlabelError } from '../../../src/errors/index.js';
import { makeReport, ontology } from '../llm/fixtures.js';

/** A mention of `phrase` (found in the report) with the given assertion. */
function mention(report: DeidentifiedReport, label: string, phrase: string, assertion: Mention['assertion'] = 'present'): Mention {
  const span = locateQuote(report, phrase);
  if (!span) throw new Error(`phrase not in report: ${phrase}`);
  return {
    label, assertion, temporality: 'current', experiencer: 'patient', section: 'findings',
    sentence: { text: phrase, start: span.start, end: span.end }, span, phrase, trigger: null, verified: true,
  };
}

function result(o: Ontology, report: DeidentifiedReport, mentions: Mention[], name: string): ExtractionResult {
  const labels: StudyLabels = {
    reportId: report.reportId,
    labels: aggregateStudyLabels(o, mentions),
    provenance: {
      extractor: { name, version: '1' }, ontology: { id: o.id, version: o.version }, textHash: 'h', at: '2026-01-01T00:00:00Z',
      ...(name === 'llm' ? { model: { provider: 'openai', id: 'gpt-test' }, prompt: { id: 'p', version: '1', hash: 'x' } } : {}),
    },
  };
  return { mentions, labels };
}

/** Fake extractors that answer from a per-report table. */
function fakes(table: Record<string, { rules: (r: DeidentifiedReport) => Mention[]; llm?: (r: DeidentifiedReport) => Mention[] | Error }>) {
  let llmCalls = 0;
  const rules: Extractor = { name: 'rules', version: '1', extract: (r, o) => result(o, r, table[r.reportId]?.rules(r) ?? [], 'rules') };
  const llm: Extractor & { stats(): LlmRunStats } = {
    name: 'llm',
    version: '1',
    async extract(r, o) {
      llmCalls++;
      const out = table[r.reportId]?.llm?.(r) ?? [];
      if (out instanceof Error) throw out;
      return result(o, r, out, 'llm');
    },
    stats: () => ({ reports: llmCalls, calls: llmCalls, cacheHits: 0, retries: 0, failures: 0, inputTokens: 10 * llmCalls, outputTokens: 0, cachedInputTokens: 0, costUsd: 0, unverifiedClaims: 0, rejectedClaims: 0, failuresByCode: {} }),
  };
  return { rules, llm, llmCalls: () => llmCalls };
}

describe('hybrid extractor', () => {
  const clear = makeReport('clear', 'No pneumothorax. No pleural effusion.', 'No acute cardiopulmonary abnormality.');
  const hedged = makeReport('hedged', 'Possible small left pleural effusion. No pneumothorax.', 'Possible effusion.');
  const conflict = makeReport('conflict', 'Small pneumothorax on the right. No pneumothorax on the left.', 'See above.');
  const unseen = makeReport('unseen', 'The heart is markedly enlarged. No pneumothorax.', 'Enlarged heart.');

  it('keeps confident rules results and avoids the LLM call', async () => {
    const f = fakes({ clear: { rules: (r) => [mention(r, 'Pneumothorax', 'No pneumothorax', 'absent'), mention(r, 'Pleural Effusion', 'No pleural effusion', 'absent')] } });
    const h = createHybridExtractor(f.rules, f.llm);
    const out = await h.extract(clear, ontology);
    expect(out.labels.labels['No Finding']?.value).toBe('positive');
    expect(f.llmCalls()).toBe(0);
    expect(h.stats()).toMatchObject({ reports: 1, llmCalls: 0, callsAvoided: 1 });
  });

  it('asks the LLM for an uncertain label and adopts its verified answer', async () => {
    const f = fakes({
      hedged: {
        rules: (r) => [mention(r, 'Pleural Effusion', 'Possible small left pleural effusion', 'uncertain'), mention(r, 'Pneumothorax', 'No pneumothorax', 'absent')],
        llm: (r) => [mention(r, 'Pleural Effusion', 'small left pleural effusion', 'present')],
      },
    });
    const h = createHybridExtractor(f.rules, f.llm);
    const out = await h.extract(hedged, ontology);
    expect(out.labels.labels['Pleural Effusion']?.value).toBe('positive');
    expect(out.labels.labels['Pneumothorax']?.value).toBe('negative');
    expect(out.labels.provenance.extractor.name).toBe('hybrid');
    expect(out.labels.provenance.model?.id).toBe('gpt-test');
    expect(h.stats()).toMatchObject({ llmCalls: 1, routedUncertain: 1, labelsFromLlm: 1, callsAvoided: 0 });
  });

  it('keeps the rules value when the LLM has no verified evidence for the label', async () => {
    const f = fakes({
      hedged: { rules: (r) => [mention(r, 'Pleural Effusion', 'Possible small left pleural effusion', 'uncertain')], llm: () => [] },
    });
    const out = await createHybridExtractor(f.rules, f.llm).extract(hedged, ontology);
    expect(out.labels.labels['Pleural Effusion']?.value).toBe('uncertain');
  });

  it('routes conflicting mentions of one label', async () => {
    const f = fakes({
      conflict: {
        rules: (r) => [mention(r, 'Pneumothorax', 'Small pneumothorax on the right'), mention(r, 'Pneumothorax', 'No pneumothorax on the left', 'absent')],
        llm: (r) => [mention(r, 'Pneumothorax', 'Small pneumothorax on the right')],
      },
    });
    const h = createHybridExtractor(f.rules, f.llm);
    await h.extract(conflict, ontology);
    expect(h.stats()).toMatchObject({ llmCalls: 1, routedConflict: 1 });
  });

  it('routes a finding sentence the rules matched to nothing and fills the label, recomputing No Finding', async () => {
    const f = fakes({
      unseen: {
        rules: (r) => [mention(r, 'Pneumothorax', 'No pneumothorax', 'absent')],
        llm: (r) => [mention(r, 'Cardiomegaly', 'heart is markedly enlarged')],
      },
    });
    const h = createHybridExtractor(f.rules, f.llm);
    const out = await h.extract(unseen, ontology);
    expect(out.labels.labels['Cardiomegaly']?.value).toBe('positive');
    expect(out.labels.labels['No Finding']?.value).toBe('not_mentioned');
    expect(out.mentions.map((m) => m.label).sort()).toEqual(['Cardiomegaly', 'Pneumothorax']);
    expect(h.stats()).toMatchObject({ routedUnrecognised: 1, labelsFromLlm: 1 });
  });

  it('draws a seeded, reproducible QC sample and keeps the rules labels for it', async () => {
    const reports = Array.from({ length: 200 }, (_, i) => makeReport(`q${i}`, 'No pneumothorax.', 'Normal.'));
    const table = Object.fromEntries(
      reports.map((r) => [r.reportId, { rules: (x: DeidentifiedReport) => [mention(x, 'Pneumothorax', 'No pneumothorax', 'absent')], llm: (x: DeidentifiedReport) => [mention(x, 'Pneumothorax', 'pneumothorax')] }]),
    );
    const run = async (seed: number) => {
      const f = fakes(table);
      const h = createHybridExtractor(f.rules, f.llm, { qcFraction: 0.25, seed });
      const picked: string[] = [];
      for (const r of reports) {
        const before = f.llmCalls();
        const out = await h.extract(r, ontology);
        expect(out.labels.labels['Pneumothorax']?.value).toBe('negative');
        if (f.llmCalls() > before) picked.push(r.reportId);
      }
      return { picked, stats: h.stats() };
    };
    const a = await run(7);
    const b = await run(7);
    const c = await run(8);
    expect(a.picked).toEqual(b.picked);
    expect(a.picked).not.toEqual(c.picked);
    expect(a.picked.length).toBeGreaterThan(30);
    expect(a.picked.length).toBeLessThan(75);
    expect(a.stats.qcCalls).toBe(a.picked.length);
    expect(a.stats.qcDisagreements).toBe(a.picked.length);
    expect(a.stats.callsAvoided).toBe(200 - a.picked.length);
  });

  it('fails a routed report when the LLM fails, but keeps the rules result when only QC failed', async () => {
    const boom = new RadlabelError('LLM_SERVER', 'provider answered 500', { retriable: true });
    const f = fakes({
      hedged: { rules: (r) => [mention(r, 'Pleural Effusion', 'Possible small left pleural effusion', 'uncertain')], llm: () => boom },
      clear: { rules: (r) => [mention(r, 'Pneumothorax', 'No pneumothorax', 'absent')], llm: () => boom },
    });
    await expect(createHybridExtractor(f.rules, f.llm).extract(hedged, ontology)).rejects.toBe(boom);
    const qc = createHybridExtractor(f.rules, f.llm, { qcFraction: 1 });
    const out = await qc.extract(clear, ontology);
    expect(out.labels.labels['Pneumothorax']?.value).toBe('negative');
    expect(qc.stats().qcFailures).toBe(1);
  });
});
