import type Anthropic from '@anthropic-ai/sdk';
import { LlmError, toLlmError } from '../llm-error.js';
import { interpretAnthropicMessage } from '../providers/anthropic.js';
import type { BatchBackend } from './batch-backend.js';

/** Anthropic Message Batches: create with per-request params, poll `processing_status`, stream the results JSONL. */
export function anthropicBatchBackend(sdk: Anthropic, toolName: string): BatchBackend {
  return {
    async submit(requests) {
      const batch = await sdk.messages.batches.create({
        requests: requests.map((r) => ({ custom_id: r.customId, params: r.body as unknown as Anthropic.MessageCreateParamsNonStreaming })),
      });
      return { batchId: batch.id };
    },
    async progress(batchId) {
      const b = await sdk.messages.batches.retrieve(batchId);
      const c = b.request_counts;
      return {
        status: b.processing_status,
        done: b.processing_status === 'ended',
        counts: { succeeded: c.succeeded, failed: c.errored + c.expired + c.canceled, processing: c.processing, total: c.succeeded + c.errored + c.expired + c.canceled + c.processing },
      };
    },
    async *results(batchId) {
      for await (const r of await sdk.messages.batches.results(batchId)) {
        const customId = r.custom_id;
        if (r.result.type === 'succeeded') {
          try {
            yield { customId, answer: interpretAnthropicMessage(r.result.message, toolName) };
          } catch (e) {
            yield { customId, error: toLlmError(e, false) };
          }
        } else if (r.result.type === 'errored') {
          yield { customId, error: new LlmError('LLM_SERVER', `batch request errored (${r.result.error?.error?.type ?? 'error'})`) };
        } else {
          yield { customId, error: new LlmError('LLM_SERVER', `batch request ${r.result.type}`) };
        }
      }
    },
  };
}
