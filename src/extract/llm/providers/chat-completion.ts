import { LlmError } from '../llm-error.js';
import type { LlmAnswer, LlmCall } from './provider.js';

/** Chat Completions request body with a strict JSON-schema response format. */
export function chatCompletionBody(model: string, call: LlmCall, responseFormat?: Record<string, unknown>): Record<string, unknown> {
  return {
    model,
    messages: [
      { role: 'system', content: call.system },
      { role: 'user', content: call.user },
    ],
    response_format: responseFormat ?? {
      type: 'json_schema',
      json_schema: { name: call.schemaName, schema: call.jsonSchema, strict: true },
    },
    temperature: call.temperature,
    max_tokens: call.maxOutputTokens,
  };
}

/** Parses model text as JSON or throws LLM_BAD_OUTPUT. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LlmError('LLM_BAD_OUTPUT', 'the model answer is not valid JSON', { cause: e });
  }
}

interface ChatCompletionLike {
  choices?: Array<{ finish_reason?: string | null; message?: { content?: string | null; refusal?: string | null } }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number; prompt_tokens_details?: { cached_tokens?: number } | null } | null;
}

/**
 * Reads a Chat Completions response (OpenAI or any compatible server): refusal → LLM_REFUSAL,
 * `finish_reason: length` → LLM_TRUNCATED, unparsable content → LLM_BAD_OUTPUT.
 */
export function interpretChatCompletion(res: unknown): LlmAnswer {
  const r = res as ChatCompletionLike;
  const choice = r?.choices?.[0];
  if (!choice?.message) throw new LlmError('LLM_BAD_OUTPUT', 'the response has no message');
  if (choice.message.refusal) throw new LlmError('LLM_REFUSAL', 'the model refused to answer');
  if (choice.finish_reason === 'content_filter') throw new LlmError('LLM_REFUSAL', 'the answer was withheld by a content filter');
  if (choice.finish_reason === 'length') throw new LlmError('LLM_TRUNCATED', 'the answer was cut off at the token limit');
  const text = choice.message.content ?? '';
  const usage = r.usage
    ? { input: r.usage.prompt_tokens ?? 0, output: r.usage.completion_tokens ?? 0, cached: r.usage.prompt_tokens_details?.cached_tokens ?? undefined }
    : undefined;
  return { value: parseJsonText(text), usage, text };
}
