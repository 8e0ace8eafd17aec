import type { Extractor } from '../extract/extractor.js';
import { RadlabelError } from '../errors/index.js';
import type { RunContext } from './run-context.js';

export interface ExtractorFlags {
  extractor?: string;
  provider?: string;
  model?: string;
  baseUrl?: string;
  concurrency?: string;
  qcFraction?: string;
  /** Hybrid: also send reports the rules found abnormal and take the model's labels for them (default true; `--no-confirm`). */
  confirm?: boolean;
  /** How the rules engine reads "likely" / "probable" hedges; default: the ontology's setting. */
  likely?: 'positive' | 'uncertain';
}

/**
 * Builds the configured extractor. LLM settings come from the one parsed configuration (file →
 * `RADLABEL_LLM_*` variables → these flags, merged by `loadConfig`); nothing here reads the environment.
 */
export async function makeExtractor(ctx: RunContext, flags: ExtractorFlags = {}): Promise<{ extractor: Extractor; concurrency: number }> {
  const kind = flags.extractor ?? ctx.config.extractor;
  // Loaded and built only when used: the rules engine (its modules, its zod schemas, its rules
  // files) is a good part of an LLM run's start-up, and the LLM settings' schemas of a rules run's.
  const rules = async (): Promise<Extractor> =>
    (await import('../extract/rules/rules-extractor.js')).createRulesExtractor({ likelyIsPositive: flags.likely === undefined ? undefined : flags.likely === 'positive' });
  if (kind === 'rules') return { extractor: await rules(), concurrency: 1 };
  const { LlmConfigSchema, describeLlmConfigError } = await import('../extract/llm/llm-config.js');
  const input = {
    ...ctx.config.llm,
    ...(flags.provider ? { provider: flags.provider } : {}),
    ...(flags.model ? { model: flags.model } : {}),
    ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}),
    ...(flags.concurrency ? { concurrency: Number(flags.concurrency) } : {}),
  };
  const parsed = LlmConfigSchema.safeParse(input);
  if (!parsed.success) throw new RadlabelError('LLM_CONFIG', describeLlmConfigError(parsed.error, input));
  // Loaded here, not at the top: a rules run must not pay for the LLM path's modules at start-up.
  const { createLlmExtractor } = await import('../extract/llm/llm-extractor.js');
  const cache = { get: (k: string) => ctx.store.cacheGet(k), put: (k: string, v: string) => ctx.store.cachePut(k, v) };
  const llm = createLlmExtractor(parsed.data, { cache, leakKey: ctx.deid.key });
  // Reports in flight match the provider's concurrency, so its limit (not the pipeline) sets the pace.
  const concurrency = parsed.data.concurrency;
  if (kind === 'llm') return { extractor: llm, concurrency };
  const { createHybridExtractor } = await import('../extract/hybrid/hybrid-extractor.js');
  return { extractor: createHybridExtractor(await rules(), llm, { qcFraction: flags.qcFraction ? Number(flags.qcFraction) : undefined, confirm: flags.confirm }), concurrency };
}
