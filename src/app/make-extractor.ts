import type { Extractor } from '../extract/extractor.js';
import { createRulesExtractor } from '../extract/rules/rules-extractor.js';
import { createLlmExtractor } from '../extract/llm/llm-extractor.js';
import { LlmConfigSchema } from '../extract/llm/llm-config.js';
import { createHybridExtractor } from '../extract/hybrid/hybrid-extractor.js';
import { RadlabelError } from '../errors/index.js';
import { z } from 'zod';
import type { RunContext } from './run-context.js';

export interface ExtractorFlags {
  extractor?: string;
  provider?: string;
  model?: string;
  baseUrl?: string;
  concurrency?: string;
  qcFraction?: string;
  /** How the rules engine reads "likely" / "probable" hedges; default: the ontology's setting. */
  likely?: 'positive' | 'uncertain';
}

/**
 * Builds the configured extractor. LLM settings come from the one parsed configuration (file →
 * `RADLABEL_LLM_*` variables → these flags, merged by `loadConfig`); nothing here reads the environment.
 */
export async function makeExtractor(ctx: RunContext, flags: ExtractorFlags = {}): Promise<{ extractor: Extractor; concurrency: number }> {
  const kind = flags.extractor ?? ctx.config.extractor;
  const rules = createRulesExtractor({ likelyIsPositive: flags.likely === undefined ? undefined : flags.likely === 'positive' });
  if (kind === 'rules') return { extractor: rules, concurrency: 1 };
  const parsed = LlmConfigSchema.safeParse({
    ...ctx.config.llm,
    ...(flags.provider ? { provider: flags.provider } : {}),
    ...(flags.model ? { model: flags.model } : {}),
    ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}),
    ...(flags.concurrency ? { concurrency: Number(flags.concurrency) } : {}),
  });
  if (!parsed.success) throw new RadlabelError('LLM_CONFIG', `LLM configuration: ${z.prettifyError(parsed.error)}`);
  const cache = { get: (k: string) => ctx.store.cacheGet(k), put: (k: string, v: string) => ctx.store.cachePut(k, v) };
  const llm = createLlmExtractor(parsed.data, { cache, leakKey: ctx.deid.key });
  // Reports in flight match the provider's concurrency, so its limit (not the pipeline) sets the pace.
  const concurrency = parsed.data.concurrency;
  if (kind === 'llm') return { extractor: llm, concurrency };
  return { extractor: createHybridExtractor(rules, llm, { qcFraction: flags.qcFraction ? Number(flags.qcFraction) : undefined }), concurrency };
}
