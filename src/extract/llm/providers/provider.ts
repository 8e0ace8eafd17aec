import type { LlmProvider } from '../llm-config.js';
import type { OutputSchema } from '../output-schema.js';

/** One extraction request, provider-neutral. */
export interface LlmCall {
  system: string;
  user: string;
  schema: OutputSchema;
  /** JSON schema of `schema` (what providers receive). */
  jsonSchema: Record<string, unknown>;
  schemaName: string;
  maxOutputTokens: number;
  temperature: number;
}

export interface LlmUsage {
  input: number;
  output: number;
  /** Input tokens served from the provider's prompt cache. */
  cached?: number;
}

/** A successful answer: the parsed JSON value (not yet validated) and the usage the provider reported. */
export interface LlmAnswer {
  value: unknown;
  usage?: LlmUsage;
  /** Answer text, for token estimates when no usage is reported. */
  text?: string;
}

/**
 * Adapter for one provider family. `body` builds the exact request body (the leak guard inspects
 * its serialisation before anything is sent); `send` sends it and returns the answer or throws an
 * `LlmError` with the right code (refusal, truncation, malformed JSON, HTTP faults).
 */
export interface ProviderClient {
  readonly provider: LlmProvider;
  /** Loads what the client needs (an SDK imported on first use); `body` may be called only after it resolves. */
  ready?(): Promise<void>;
  body(call: LlmCall): Record<string, unknown>;
  send(body: Record<string, unknown>, call: LlmCall, signal: AbortSignal, timeoutMs: number): Promise<LlmAnswer>;
  close?(): Promise<void>;
}
