import { z } from 'zod';
import { nearest } from '../../util/nearest.js';

/** Provider families the LLM extractor speaks to. Model ids and endpoints come from config only. */
export const LlmProviderSchema = z.enum(['openai', 'anthropic', 'openai-compatible', 'langchain', 'local']);
export type LlmProvider = z.infer<typeof LlmProviderSchema>;

/** Price of a model in US dollars per million tokens. */
export const LlmPricesSchema = z.object({
  inputPerMTok: z.number().nonnegative(),
  outputPerMTok: z.number().nonnegative(),
});
export type LlmPrices = z.infer<typeof LlmPricesSchema>;

/**
 * Configuration of one LLM extractor. Parsed once (CLI flags / config file); `apiKey` defaults to
 * `OPENAI_API_KEY` or `ANTHROPIC_API_KEY` depending on the provider (see {@link resolveApiKey}).
 */
export const LlmConfigSchema = z
  .object({
    provider: LlmProviderSchema,
    /** Model id as the provider knows it, or a label for a local GGUF model. */
    model: z.string().trim().min(1),
    /** Base URL of an OpenAI-compatible server (`POST {baseUrl}/chat/completions`), or an SDK base URL override. */
    baseUrl: z.string().url().optional(),
    apiKey: z.string().optional(),
    /** Extra HTTP headers for OpenAI-compatible servers (Azure OpenAI wants `api-key`). */
    headers: z.record(z.string(), z.string()).optional(),
    /** Path of a GGUF model file (provider `local`; defaults to `model`, so `--model path.gguf` works). */
    modelPath: z.string().optional(),
    /** CPU threads for the local model (default: node-llama-cpp's choice; 1–2 on a shared machine avoids spin contention). */
    threads: z.number().int().positive().optional(),
    /** LangChain chat model family used when provider is `langchain`. */
    langchainModel: z.enum(['openai', 'anthropic']).default('openai'),
    concurrency: z.number().int().positive().default(8),
    /** Requests per minute for the provider (shared by every extractor using the same endpoint). */
    rpm: z.number().int().positive().optional(),
    /** Tokens per minute (input estimate + max output) for the provider. */
    tpm: z.number().int().positive().optional(),
    timeoutMs: z.number().int().positive().default(60_000),
    maxRetries: z.number().int().nonnegative().default(4),
    /** Base delay of the jittered exponential backoff. */
    retryBaseMs: z.number().int().nonnegative().default(500),
    /** Upper bound of one backoff wait (a longer `retry-after` is honoured up to this too). */
    retryMaxMs: z.number().int().positive().default(60_000),
    /** Consecutive failed attempts that open the circuit breaker, and how long it stays open. */
    breakerThreshold: z.number().int().positive().default(25),
    breakerCooldownMs: z.number().int().positive().default(30_000),
    promptId: z.string().default('label-extraction'),
    /** Prompt version; the highest version in `prompts/<promptId>/` when unset. */
    promptVersion: z.string().optional(),
    /** Folder of prompt templates (defaults to the repository's `prompts/`). */
    promptDir: z.string().optional(),
    maxOutputTokens: z.number().int().positive().default(2048),
    prices: LlmPricesSchema.optional(),
    temperature: z.number().min(0).max(2).default(0),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.provider === 'openai-compatible' && !c.baseUrl)
      ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: 'openai-compatible needs a base URL' });
    if (c.provider === 'local' && !/\.gguf$/i.test(c.modelPath ?? c.model))
      ctx.addIssue({ code: 'custom', path: ['modelPath'], message: 'the local provider needs the path of a .gguf model file (modelPath or model)' });
  });
export type LlmConfig = z.infer<typeof LlmConfigSchema>;
export type LlmConfigInput = z.input<typeof LlmConfigSchema>;

/** Where each setting a user must give can be set, for one-line configuration errors. */
const WHERE: Record<string, string> = {
  provider: '--provider (or RADLABEL_LLM_PROVIDER, or llm.provider in radlabel.config.json)',
  model: '--model (or RADLABEL_LLM_MODEL, or llm.model)',
  baseUrl: '--base-url (or RADLABEL_LLM_BASE_URL, or llm.baseUrl)',
  modelPath: '--model with the path of a .gguf file (or llm.modelPath)',
};

/**
 * One line saying which flag or variable to set, instead of a schema dump: missing provider /
 * model / base URL first, then any other problem with its key.
 */
export function describeLlmConfigError(error: z.ZodError, input: Record<string, unknown> = {}): string {
  const missing: string[] = [];
  const other: string[] = [];
  for (const i of error.issues) {
    if (i.code === 'unrecognized_keys' && i.path.length === 0) {
      const known = Object.keys(LlmConfigSchema.shape);
      for (const k of i.keys) {
        const near = nearest(k, known);
        other.push(`unknown key "llm.${k}"${near ? ` (did you mean llm.${near}?)` : ''}`);
      }
      continue;
    }
    const key = String(i.path[0] ?? '');
    const absent = input[key] === undefined || input[key] === '';
    if (WHERE[key] && (absent || key === 'modelPath')) missing.push(WHERE[key]);
    else other.push(`llm.${i.path.join('.') || '(root)'}: ${i.message}${key === 'provider' ? ` (known: ${LlmProviderSchema.options.join(', ')})` : ''}`);
  }
  const parts = [...(missing.length ? [`set ${[...new Set(missing)].join(' and ')}`] : []), ...other];
  return `the LLM extractor needs more settings: ${parts.join('; ')}`;
}

/** API key from the config, else from the provider's usual environment variable. */
export function resolveApiKey(cfg: LlmConfig, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (cfg.apiKey) return cfg.apiKey;
  if (cfg.provider === 'anthropic' || (cfg.provider === 'langchain' && cfg.langchainModel === 'anthropic'))
    return env.ANTHROPIC_API_KEY;
  return env.OPENAI_API_KEY;
}
