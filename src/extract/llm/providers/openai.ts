import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { LlmConfig } from '../llm-config.js';
import { resolveApiKey } from '../llm-config.js';
import { chatCompletionBody, interpretChatCompletion } from './chat-completion.js';
import type { LlmCall, ProviderClient } from './provider.js';

/** Chat Completions body with the zod-derived strict response format (online and batch requests). */
export function openAiBody(model: string, call: LlmCall): Record<string, unknown> {
  const rf = zodResponseFormat(call.schema, call.schemaName);
  // Plain object copy: the helper's parse hooks are not needed (answers are validated by parseClaims).
  return chatCompletionBody(model, call, { type: rf.type, json_schema: rf.json_schema });
}

/** OpenAI through the official SDK: Chat Completions with a zod-derived strict response format. */
export function createOpenAiClient(cfg: LlmConfig): ProviderClient {
  const client = new OpenAI({ apiKey: resolveApiKey(cfg) ?? 'missing', baseURL: cfg.baseUrl, maxRetries: 0, timeout: cfg.timeoutMs });
  return {
    provider: 'openai',
    body: (call: LlmCall) => openAiBody(cfg.model, call),
    async send(body, _call, signal, timeoutMs) {
      const res = await client.chat.completions.create(body as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming, {
        signal,
        timeout: timeoutMs,
        maxRetries: 0,
      });
      return interpretChatCompletion(res);
    },
  };
}

/** The SDK client for batch operations (files, batches). */
export function openAiSdk(cfg: LlmConfig): OpenAI {
  return new OpenAI({ apiKey: resolveApiKey(cfg) ?? 'missing', baseURL: cfg.baseUrl, maxRetries: 2, timeout: cfg.timeoutMs });
}
