import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { LlmConfig } from '../llm-config.js';
import { createAnthropicClient } from './anthropic.js';
import { createLangchainClient } from './langchain.js';
import { createLocalClient } from './local.js';
import { createOpenAiClient } from './openai.js';
import { createOpenAiCompatibleClient } from './openai-compatible.js';
import type { ProviderClient } from './provider.js';

/** Builds the adapter for the configured provider. */
export function createProviderClient(cfg: LlmConfig, opts: { chatModel?: BaseChatModel } = {}): ProviderClient {
  switch (cfg.provider) {
    case 'openai':
      return createOpenAiClient(cfg);
    case 'anthropic':
      return createAnthropicClient(cfg);
    case 'openai-compatible':
      return createOpenAiCompatibleClient(cfg);
    case 'langchain':
      return createLangchainClient(cfg, opts.chatModel);
    case 'local':
      return createLocalClient(cfg);
  }
}
