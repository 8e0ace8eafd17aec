import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { LlmConfig } from '../llm-config.js';
import { resolveApiKey } from '../llm-config.js';
import { LlmError } from '../llm-error.js';
import type { ProviderClient } from './provider.js';

interface RawMessageLike {
  usage_metadata?: { input_tokens?: number; output_tokens?: number; input_token_details?: { cache_read?: number } };
  response_metadata?: { finish_reason?: string; stop_reason?: string };
  additional_kwargs?: { refusal?: string };
}

async function defaultModel(cfg: LlmConfig): Promise<BaseChatModel> {
  const apiKey = resolveApiKey(cfg) ?? 'missing';
  if (cfg.langchainModel === 'anthropic') {
    const { ChatAnthropic } = await import('@langchain/anthropic');
    return new ChatAnthropic({
      model: cfg.model,
      apiKey,
      temperature: cfg.temperature,
      maxTokens: cfg.maxOutputTokens,
      maxRetries: 0,
      ...(cfg.baseUrl ? { anthropicApiUrl: cfg.baseUrl } : {}),
    }) as unknown as BaseChatModel;
  }
  const { ChatOpenAI } = await import('@langchain/openai');
  return new ChatOpenAI({
    model: cfg.model,
    apiKey,
    temperature: cfg.temperature,
    maxTokens: cfg.maxOutputTokens,
    maxRetries: 0,
    configuration: cfg.baseUrl ? { baseURL: cfg.baseUrl } : undefined,
  }) as unknown as BaseChatModel;
}

/**
 * Any LangChain chat model through `withStructuredOutput(schema, { includeRaw: true })`. The
 * model is ChatOpenAI / ChatAnthropic built from the config, or one passed in (tests, custom).
 */
export function createLangchainClient(cfg: LlmConfig, model?: BaseChatModel): ProviderClient {
  let chat: Promise<BaseChatModel> | undefined = model ? Promise.resolve(model) : undefined;
  return {
    provider: 'langchain',
    body: (call) => ({
      model: cfg.model,
      messages: [
        ['system', call.system],
        ['human', call.user],
      ],
      schema: call.schemaName,
    }),
    async send(body, call, signal, timeoutMs) {
      chat ??= defaultModel(cfg);
      const structured = (await chat).withStructuredOutput(call.schema, { name: call.schemaName, includeRaw: true });
      const res = (await structured.invoke(body.messages as Array<[string, string]>, { signal, timeout: timeoutMs })) as {
        raw: RawMessageLike;
        parsed: unknown;
      };
      const raw = res.raw ?? {};
      if (raw.additional_kwargs?.refusal) throw new LlmError('LLM_REFUSAL', 'the model refused to answer');
      const stop = raw.response_metadata?.finish_reason ?? raw.response_metadata?.stop_reason;
      if (stop === 'length' || stop === 'max_tokens') throw new LlmError('LLM_TRUNCATED', 'the answer was cut off at the token limit');
      if (res.parsed === null || res.parsed === undefined) throw new LlmError('LLM_BAD_OUTPUT', 'the model answer did not parse');
      const u = raw.usage_metadata;
      return {
        value: res.parsed,
        usage: u ? { input: u.input_tokens ?? 0, output: u.output_tokens ?? 0, cached: u.input_token_details?.cache_read } : undefined,
      };
    },
  };
}
