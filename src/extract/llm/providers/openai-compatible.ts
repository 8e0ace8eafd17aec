import type { LlmConfig } from '../llm-config.js';
import { resolveApiKey } from '../llm-config.js';
import { errorFromStatus, LlmError, providerMessage, toLlmError } from '../llm-error.js';
import { chatCompletionBody, interpretChatCompletion } from './chat-completion.js';
import { keepAliveAgents, postJson } from './http-post.js';
import type { LlmCall, ProviderClient } from './provider.js';

/**
 * OpenAI-compatible servers (vLLM, Ollama, llama.cpp server, LM Studio, Azure OpenAI):
 * `POST {baseUrl}/chat/completions` with `response_format: {type: "json_schema"}`, over a
 * keep-alive node:http agent sized to the configured concurrency.
 */
export function createOpenAiCompatibleClient(cfg: LlmConfig): ProviderClient {
  const url = new URL(`${(cfg.baseUrl ?? '').replace(/\/+$/, '')}/chat/completions`);
  const key = resolveApiKey(cfg);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...(cfg.headers ?? {}) };
  if (key && !headers.authorization && !headers['api-key']) headers.authorization = `Bearer ${key}`;
  const agents = keepAliveAgents(cfg.concurrency);
  return {
    provider: 'openai-compatible',
    body: (call: LlmCall) => chatCompletionBody(cfg.model, call),
    async send(body, _call, signal) {
      let res;
      try {
        res = await postJson(url, headers, JSON.stringify(body), signal, agents);
      } catch (e) {
        const err = toLlmError(e, false);
        if (err.code === 'LLM_UNREACHABLE') throw new LlmError(err.code, `${err.message} at ${url.origin}`, { cause: e, stopsRun: true });
        throw e;
      }
      if (res.status < 200 || res.status >= 300) throw errorFromStatus(res.status, res.headers, undefined, providerMessage(res.text));
      let json: unknown;
      try {
        json = JSON.parse(res.text);
      } catch (e) {
        throw new LlmError('LLM_BAD_OUTPUT', 'the server response is not JSON', { cause: e });
      }
      return interpretChatCompletion(json);
    },
    async close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
