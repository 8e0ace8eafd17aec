import { http, HttpResponse, type HttpHandler } from 'msw';
import type { LlmConfigInput } from '../../../src/extract/llm/llm-config.js';

type Resolver = Parameters<typeof http.post>[1];

/** The part of the sent JSON schema the tests look at. */
export interface SentSchema {
  properties: { mentions: { items: { properties: { label: { enum: string[] } } } } };
}
interface ChatBody {
  messages: Array<{ content: string }>;
  response_format: { json_schema: { schema: SentSchema } };
}
interface AnthropicBody {
  system: Array<{ text: string }>;
  messages: Array<{ content: string }>;
  tools: Array<{ input_schema: SentSchema }>;
}

/** How each HTTP provider is addressed and how its answers look on the wire. */
export interface ProviderSpec {
  name: string;
  url: string;
  cfg: LlmConfigInput;
  ok(answer: unknown): Record<string, unknown>;
  refusal(): Record<string, unknown>;
  truncated(): Record<string, unknown>;
  malformed(): Record<string, unknown>;
  /** The system prompt and JSON schema found in a request body. */
  inspect(body: unknown): { system: string; user: string; schema: SentSchema };
  post(resolver: Resolver): HttpHandler;
}

const chat = (content: string | null, extra: Record<string, unknown> = {}, finish = 'stop') => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  created: 1,
  model: 'm',
  choices: [{ index: 0, finish_reason: finish, message: { role: 'assistant', content, refusal: null, ...extra } }],
  usage: { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150, prompt_tokens_details: { cached_tokens: 100 } },
});

const openAiShape = {
  ok: (a: unknown) => chat(JSON.stringify(a)),
  refusal: () => chat(null, { refusal: 'I cannot help with that.' }),
  truncated: () => chat('{"mentions":[{"label":"Pneu', {}, 'length'),
  malformed: () => chat('{"mentions": [oops'),
  inspect: (body: unknown) => {
    const b = body as ChatBody;
    return { system: b.messages[0]!.content, user: b.messages[1]!.content, schema: b.response_format.json_schema.schema };
  },
};

const message = (content: unknown[], stop = 'tool_use') => ({
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  model: 'claude-test',
  content,
  stop_reason: stop,
  stop_sequence: null,
  usage: { input_tokens: 110, output_tokens: 25, cache_read_input_tokens: 90 },
});

export const SPECS: ProviderSpec[] = [
  {
    name: 'openai',
    url: 'https://api.openai.com/v1/chat/completions',
    cfg: { provider: 'openai', model: 'gpt-test', apiKey: 'sk-test' },
    ...openAiShape,
    post: (r) => http.post('https://api.openai.com/v1/chat/completions', r),
  },
  {
    name: 'openai-compatible',
    url: 'http://vllm.test:8000/v1/chat/completions',
    cfg: { provider: 'openai-compatible', model: 'qwen-test', baseUrl: 'http://vllm.test:8000/v1' },
    ...openAiShape,
    post: (r) => http.post('http://vllm.test:8000/v1/chat/completions', r),
  },
  {
    name: 'anthropic',
    url: 'https://api.anthropic.com/v1/messages',
    cfg: { provider: 'anthropic', model: 'claude-test', apiKey: 'ak-test' },
    ok: (a) => message([{ type: 'tool_use', id: 'tu_1', name: 'radiology_labels', input: a }]),
    refusal: () => message([{ type: 'text', text: 'No.' }], 'refusal'),
    truncated: () => message([{ type: 'tool_use', id: 'tu_1', name: 'radiology_labels', input: {} }], 'max_tokens'),
    malformed: () => message([{ type: 'text', text: 'here you go' }], 'end_turn'),
    inspect: (body: unknown) => {
      const b = body as AnthropicBody;
      return { system: b.system[0]!.text, user: b.messages[0]!.content, schema: b.tools[0]!.input_schema };
    },
    post: (r) => http.post('https://api.anthropic.com/v1/messages', r),
  },
];

export { HttpResponse };
