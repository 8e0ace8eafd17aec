import Anthropic from '@anthropic-ai/sdk';
import type { LlmConfig } from '../llm-config.js';
import { resolveApiKey } from '../llm-config.js';
import { LlmError } from '../llm-error.js';
import type { LlmAnswer, LlmCall, ProviderClient } from './provider.js';

/**
 * Messages request with a forced tool whose input schema is the output schema. The system block
 * (instructions + ontology) carries `cache_control` so Anthropic prompt caching applies.
 */
export function anthropicBody(model: string, call: LlmCall): Record<string, unknown> {
  return {
    model,
    max_tokens: call.maxOutputTokens,
    temperature: call.temperature,
    system: [{ type: 'text', text: call.system, cache_control: { type: 'ephemeral' } }],
    messages: [{ role: 'user', content: call.user }],
    tools: [{ name: call.schemaName, description: 'Record the labelled mentions.', input_schema: call.jsonSchema }],
    tool_choice: { type: 'tool', name: call.schemaName },
  };
}

interface MessageLike {
  stop_reason?: string | null;
  content?: Array<{ type: string; name?: string; input?: unknown; text?: string }>;
  usage?: { input_tokens?: number; output_tokens?: number; cache_read_input_tokens?: number | null };
}

/** Reads a Messages response: `max_tokens` → LLM_TRUNCATED, `refusal` → LLM_REFUSAL, no tool call → LLM_BAD_OUTPUT. */
export function interpretAnthropicMessage(res: unknown, toolName: string): LlmAnswer {
  const m = res as MessageLike;
  if (m?.stop_reason === 'refusal') throw new LlmError('LLM_REFUSAL', 'the model refused to answer');
  if (m?.stop_reason === 'max_tokens') throw new LlmError('LLM_TRUNCATED', 'the answer was cut off at the token limit');
  const tool = m?.content?.find((b) => b.type === 'tool_use' && b.name === toolName);
  if (!tool || typeof tool.input !== 'object' || tool.input === null) throw new LlmError('LLM_BAD_OUTPUT', 'the model did not call the output tool');
  const usage = m.usage
    ? { input: m.usage.input_tokens ?? 0, output: m.usage.output_tokens ?? 0, cached: m.usage.cache_read_input_tokens ?? undefined }
    : undefined;
  return { value: tool.input, usage, text: JSON.stringify(tool.input) };
}

/** Anthropic through the official SDK, structured output by a forced tool call. */
export function createAnthropicClient(cfg: LlmConfig): ProviderClient {
  const client = anthropicSdk(cfg, 0);
  return {
    provider: 'anthropic',
    body: (call) => anthropicBody(cfg.model, call),
    async send(body, call, signal, timeoutMs) {
      const res = await client.messages.create(body as unknown as Anthropic.MessageCreateParamsNonStreaming, { signal, timeout: timeoutMs, maxRetries: 0 });
      return interpretAnthropicMessage(res, call.schemaName);
    },
  };
}

/** The SDK client (also used for Message Batches). */
export function anthropicSdk(cfg: LlmConfig, maxRetries = 2): Anthropic {
  return new Anthropic({ apiKey: resolveApiKey(cfg) ?? 'missing', baseURL: cfg.baseUrl, maxRetries, timeout: cfg.timeoutMs });
}
