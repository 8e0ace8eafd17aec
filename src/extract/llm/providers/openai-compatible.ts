import type { LlmConfig } from '../llm-config.js';
import { resolveApiKey } from '../llm-config.js';
import { errorFromStatus, LlmError } from '../llm-error.js';
import { chatCompletionBody, interpretChatCompletion } from './chat-completion.js';
import type { LlmCall, ProviderClient } from './provider.js';

/**
 * OpenAI-compatible servers (vLLM, Ollama, llama.cpp server, LM Studio, Azure OpenAI):
 * `POST {baseUrl}/chat/completions` with `response_format: {type: "json_schema"}`, over fetch.
 */
export function createOpenAiCompatibleClient(cfg: LlmConfig): ProviderClient {
  const url = `${(cfg.baseUrl ?? '').replace(/\/+$/, '')}/chat/completions`;
  const key = resolveApiKey(cfg);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(cfg.headers ?? {}) };
  if (key && !headers.authorization && !headers['api-key']) headers.authorization = `Bearer ${key}`;
  return {
    provider: 'openai-compatible',
    body: (call: LlmCall) => chatCompletionBody(cfg.model, call),
    async send(body, _call, signal) {
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal });
      if (!res.ok) {
        await res.text().catch(() => ''); // drain so the keep-alive connection is reused
        throw errorFromStatus(res.status, res.headers);
      }
      let json: unknown;
      try {
        json = await res.json();
      } catch (e) {
        if (signal.aborted) throw e;
        throw new LlmError('LLM_BAD_OUTPUT', 'the server response is not JSON', { cause: e });
      }
      return interpretChatCompletion(json);
    },
  };
}
