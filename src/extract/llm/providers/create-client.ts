import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { resolveApiKey, type LlmConfig } from '../llm-config.js';
import { LlmError } from '../llm-error.js';
import { createLangchainClient } from './langchain.js';
import { createLocalClient } from './local.js';
import { createOpenAiCompatibleClient } from './openai-compatible.js';
import type { ProviderClient } from './provider.js';

/**
 * Fails before the first request when a cloud provider has no API key, naming the variable to set
 * (the SDKs would otherwise send a placeholder and every report would fail with 401).
 */
function requireApiKey(cfg: LlmConfig): void {
  if (resolveApiKey(cfg)) return;
  const variable = cfg.provider === 'anthropic' || (cfg.provider === 'langchain' && cfg.langchainModel === 'anthropic') ? 'ANTHROPIC_API_KEY' : 'OPENAI_API_KEY';
  throw new LlmError('LLM_CONFIG', `no API key for provider ${cfg.provider}: set ${variable} (or llm.apiKey in radlabel.config.json)`, { stopsRun: true });
}

/**
 * A client whose module (and the SDK it imports) loads on first use: the OpenAI and Anthropic
 * SDKs take a noticeable part of start-up, and a run with another provider never needs them.
 */
export function lazyClient(provider: ProviderClient['provider'], load: () => Promise<ProviderClient>): ProviderClient {
  let inner: ProviderClient | undefined;
  let loading: Promise<void> | undefined;
  const ready = (): Promise<void> =>
    (loading ??= load().then(async (c) => {
      inner = c;
      await c.ready?.();
    }));
  return {
    provider,
    ready,
    body(call) {
      if (!inner) throw new Error(`the ${provider} client is used before ready() resolved`);
      return inner.body(call);
    },
    async send(body, call, signal, timeoutMs) {
      await ready();
      return inner!.send(body, call, signal, timeoutMs);
    },
    async close() {
      await inner?.close?.();
    },
  };
}

/** Builds the adapter for the configured provider. */
export function createProviderClient(cfg: LlmConfig, opts: { chatModel?: BaseChatModel } = {}): ProviderClient {
  if (cfg.provider === 'openai' || cfg.provider === 'anthropic' || (cfg.provider === 'langchain' && !opts.chatModel)) requireApiKey(cfg);
  switch (cfg.provider) {
    case 'openai':
      return lazyClient('openai', async () => (await import('./openai.js')).createOpenAiClient(cfg));
    case 'anthropic':
      return lazyClient('anthropic', async () => (await import('./anthropic.js')).createAnthropicClient(cfg));
    case 'openai-compatible':
      return createOpenAiCompatibleClient(cfg);
    case 'langchain':
      return createLangchainClient(cfg, opts.chatModel);
    case 'local':
      return createLocalClient(cfg);
  }
}
