import { existsSync } from 'node:fs';
import type { DeidentifiedReport } from '../../../domain/report.js';
import type { Ontology } from '../../../domain/ontology.js';
import type { ExtractionResult } from '../../extractor.js';
import { RadlabelError } from '../../../errors/index.js';
import { LlmConfigSchema, type LlmConfig, type LlmConfigInput } from '../llm-config.js';
import { loadPromptTemplate } from '../prompt.js';
import { parseClaims } from '../output-schema.js';
import { LlmError } from '../llm-error.js';
import { assertNoLeak } from '../leak-guard.js';
import { asResponseCache, responseCacheKey, type KeyValueCache, type ResponseCache } from '../response-cache.js';
import { anthropicBody, anthropicSdk } from '../providers/anthropic.js';
import { openAiBody, openAiSdk } from '../providers/openai.js';
import { countTokens } from '../token-count.js';
import { bodyStrings, buildCall, buildExtraction, OUTPUT_SCHEMA_NAME, prepareOntologyRequest } from '../llm-request.js';
import type { BatchBackend, BatchProgress, BatchResult } from './batch-backend.js';
import { openAiBatchBackend } from './openai-batch.js';
import { anthropicBatchBackend } from './anthropic-batch.js';
import { readBatchState, writeBatchState, type BatchState } from './batch-state.js';

/** The backend for a config (OpenAI Batch or Anthropic Message Batches). */
export function batchBackendFor(cfg: LlmConfig): BatchBackend {
  if (cfg.provider === 'openai') return openAiBatchBackend(openAiSdk(cfg));
  if (cfg.provider === 'anthropic') return anthropicBatchBackend(anthropicSdk(cfg), OUTPUT_SCHEMA_NAME);
  throw new RadlabelError('LLM_CONFIG', `provider ${cfg.provider} has no batch API (use openai or anthropic)`);
}

export interface BatchDeps {
  backend?: BatchBackend;
  leakKey?: string;
  cache?: ResponseCache | KeyValueCache;
}

/**
 * Submits one provider batch for the reports and records it in `stateFile`. When the file already
 * holds a batch that was not collected, nothing is resubmitted: that batch is returned (resume).
 * Every request body passes the leak guard before anything is uploaded.
 */
export async function submitBatch(
  cfgIn: LlmConfig | LlmConfigInput,
  ontology: Ontology,
  reports: DeidentifiedReport[],
  stateFile: string,
  deps: BatchDeps = {},
): Promise<{ state: BatchState; resumed: boolean }> {
  const cfg = LlmConfigSchema.parse(cfgIn);
  if (existsSync(stateFile)) {
    const prior = readBatchState(stateFile);
    if (!prior.collectedAt) return { state: prior, resumed: true };
  }
  if (reports.length === 0) throw new RadlabelError('USAGE', 'no reports to submit');
  const backend = deps.backend ?? batchBackendFor(cfg);
  const template = loadPromptTemplate(cfg.promptId, cfg.promptVersion, cfg.promptDir);
  const req = prepareOntologyRequest(template, ontology, cfg.promptDir, false);
  const requests = reports.map((report, i) => {
    const call = buildCall(template, req, report.text, cfg.maxOutputTokens, cfg.temperature);
    const body = cfg.provider === 'anthropic' ? anthropicBody(cfg.model, call) : openAiBody(cfg.model, call);
    if (deps.leakKey && report.guard.length) assertNoLeak(bodyStrings(body).join('\n'), report.guard, deps.leakKey, report.reportId);
    return { customId: `r${i}`, body };
  });
  const { batchId, inputFileId } = await backend.submit(requests);
  const state: BatchState = {
    format: 'radlabel-llm-batch/1',
    provider: cfg.provider as 'openai' | 'anthropic',
    model: cfg.model,
    prompt: { id: template.id, version: template.version, hash: template.hash },
    ontology: { id: ontology.id, version: ontology.version },
    batchId,
    inputFileId,
    submittedAt: new Date().toISOString(),
    items: reports.map((report, i) => ({ customId: `r${i}`, report })),
  };
  writeBatchState(stateFile, state);
  return { state, resumed: false };
}

/** Polls the batch recorded in `stateFile` and records the status seen. */
export async function batchProgress(cfgIn: LlmConfig | LlmConfigInput, stateFile: string, deps: BatchDeps = {}): Promise<BatchProgress & { batchId: string; items: number; collected: boolean }> {
  const cfg = LlmConfigSchema.parse(cfgIn);
  const state = readBatchState(stateFile);
  const backend = deps.backend ?? batchBackendFor(cfg);
  const p = await backend.progress(state.batchId);
  writeBatchState(stateFile, { ...state, lastStatus: p.status });
  return { ...p, batchId: state.batchId, items: state.items.length, collected: !!state.collectedAt };
}

/** Outcome of one report of a collected batch. */
export type CollectedItem = { report: DeidentifiedReport; result: ExtractionResult } | { report: DeidentifiedReport; error: RadlabelError };

/**
 * Collects a finished batch: verifies each answer's evidence against its report and builds study
 * labels (same code as the online extractor), puts valid answers in the response cache, and
 * returns a typed error for every report without a usable answer (none is dropped).
 * @throws RadlabelError LLM_SERVER (retriable) when the batch has not finished yet.
 */
export async function collectBatch(
  cfgIn: LlmConfig | LlmConfigInput,
  ontology: Ontology,
  stateFile: string,
  deps: BatchDeps = {},
): Promise<{ items: CollectedItem[]; unverifiedClaims: number; rejectedClaims: number }> {
  const cfg = LlmConfigSchema.parse(cfgIn);
  const state = readBatchState(stateFile);
  if (state.ontology.id !== ontology.id || state.ontology.version !== ontology.version)
    throw new RadlabelError('USAGE', `the batch was built for ontology ${state.ontology.id}@${state.ontology.version}`, { locator: { file: stateFile } });
  const backend = deps.backend ?? batchBackendFor(cfg);
  const p = await backend.progress(state.batchId);
  if (!p.done) throw new RadlabelError('LLM_SERVER', `batch is not finished (status ${p.status})`, { retriable: true, locator: { file: stateFile } });
  const template = loadPromptTemplate(state.prompt.id, state.prompt.version, cfg.promptDir);
  if (template.hash !== state.prompt.hash)
    throw new RadlabelError('LLM_CONFIG', `prompt ${template.id}@${template.version} changed since the batch was submitted`, { locator: { file: stateFile } });
  const req = prepareOntologyRequest(template, ontology, cfg.promptDir, false);
  const cache = deps.cache ? asResponseCache(deps.cache) : undefined;
  const byId = new Map<string, BatchResult>();
  for await (const r of backend.results(state.batchId)) byId.set(r.customId, r);

  const items: CollectedItem[] = [];
  let unverifiedClaims = 0;
  let rejectedClaims = 0;
  for (const { customId, report } of state.items) {
    const r = byId.get(customId);
    const locator = { messageId: report.reportId };
    if (!r) {
      items.push({ report, error: new LlmError('LLM_SERVER', 'the batch output has no answer for this report', { locator }) });
      continue;
    }
    if (r.error || !r.answer) {
      const e = r.error ?? new LlmError('LLM_BAD_OUTPUT', 'empty batch answer');
      items.push({ report, error: new LlmError(e.code, e.message, { cause: e, locator }) });
      continue;
    }
    const parsed = parseClaims(req.schema, r.answer.value);
    if (!parsed) {
      items.push({ report, error: new LlmError('LLM_BAD_OUTPUT', 'the model answer does not match the output schema', { locator }) });
      continue;
    }
    rejectedClaims += parsed.rejected;
    const tokens = r.answer.usage ?? { input: countTokens(req.system) + countTokens(report.text), output: countTokens(JSON.stringify(r.answer.value)) };
    if (cache) {
      const key = responseCacheKey({ text: report.text, provider: state.provider, model: state.model, prompt: template, ontology, systemHash: req.systemHash });
      await cache.cachePut(key, JSON.stringify({ claims: parsed.claims, others: parsed.others, tokens })).catch(() => undefined);
    }
    const built = buildExtraction(report, ontology, parsed.claims, { provider: state.provider, model: state.model, prompt: template, tokens, material: req.material }, parsed.others);
    unverifiedClaims += built.unverified;
    items.push({ report, result: { mentions: built.mentions, labels: built.labels, abnormal: built.abnormal } });
  }
  writeBatchState(stateFile, { ...state, lastStatus: p.status, collectedAt: new Date().toISOString() });
  return { items, unverifiedClaims, rejectedClaims };
}
