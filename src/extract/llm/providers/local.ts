import type { LlmConfig } from '../llm-config.js';
import { LlmError } from '../llm-error.js';
import { RadlabelError } from '../../../errors/index.js';
import { parseJsonText } from './chat-completion.js';
import type { LlmCall, ProviderClient } from './provider.js';

type LlamaCpp = typeof import('node-llama-cpp');
type Llama = Awaited<ReturnType<LlamaCpp['getLlama']>>;
type LlamaModel = Awaited<ReturnType<Llama['loadModel']>>;
type LlamaContext = Awaited<ReturnType<LlamaModel['createContext']>>;
type Grammar = Awaited<ReturnType<Llama['createGrammarForJsonSchema']>>;

interface Loaded {
  lib: LlamaCpp;
  llama: Llama;
  model: LlamaModel;
  context: LlamaContext;
}

/** Loads node-llama-cpp (an optional dependency) or explains why it is unavailable. */
async function loadLib(): Promise<LlamaCpp> {
  try {
    return await import('node-llama-cpp');
  } catch (e) {
    throw new RadlabelError('LLM_CONFIG', 'the local provider needs the optional package node-llama-cpp', { cause: e });
  }
}

/**
 * In-process GGUF model through node-llama-cpp: a JSON-schema grammar constrains decoding, so the
 * answer is schema-shaped JSON even from a weak model. One context sequence; calls run one at a
 * time (the extractor's concurrency only queues them).
 */
export function createLocalClient(cfg: LlmConfig, opts: { contextSize?: number } = {}): ProviderClient {
  let loaded: Promise<Loaded> | undefined;
  const grammars = new Map<string, Promise<Grammar>>();
  let queue: Promise<unknown> = Promise.resolve();

  const load = (): Promise<Loaded> =>
    (loaded ??= (async () => {
      const lib = await loadLib();
      const llama = await lib.getLlama({ gpu: false, logLevel: lib.LlamaLogLevel.error, ...(cfg.threads ? { maxThreads: cfg.threads } : {}) });
      const model = await llama.loadModel({ modelPath: cfg.modelPath ?? cfg.model });
      const context = await model.createContext({ contextSize: opts.contextSize ?? 4096, sequences: 1, ...(cfg.threads ? { threads: cfg.threads } : {}) });
      return { lib, llama, model, context };
    })());

  const run = async (call: LlmCall, signal: AbortSignal) => {
    const { lib, llama, context } = await load();
    const key = JSON.stringify(call.jsonSchema);
    let g = grammars.get(key);
    if (!g) {
      g = llama.createGrammarForJsonSchema(call.jsonSchema as Parameters<Llama['createGrammarForJsonSchema']>[0]) as Promise<Grammar>;
      grammars.set(key, g);
    }
    const grammar = await g;
    const sequence = context.getSequence();
    const session = new lib.LlamaChatSession({ contextSequence: sequence, systemPrompt: call.system, autoDisposeSequence: false });
    try {
      const res = await session.promptWithMeta(call.user, {
        grammar,
        maxTokens: call.maxOutputTokens,
        temperature: call.temperature,
        signal,
      });
      if (res.stopReason === 'maxTokens') throw new LlmError('LLM_TRUNCATED', 'the answer was cut off at the token limit');
      const text = res.responseText;
      return { value: parseJsonText(text), text };
    } finally {
      session.dispose({ disposeSequence: false });
      sequence.dispose();
    }
  };

  return {
    provider: 'local',
    body: (call) => ({ modelPath: cfg.modelPath ?? cfg.model, system: call.system, user: call.user }),
    send(_body, call, signal) {
      const next = queue.then(() => run(call, signal));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      if (!loaded) return;
      const l = await loaded.catch(() => undefined);
      await l?.context.dispose();
      await l?.model.dispose();
      await l?.llama.dispose();
    },
  };
}
