import type OpenAI from 'openai';
import { errorFromStatus, LlmError, toLlmError } from '../llm-error.js';
import { interpretChatCompletion } from '../providers/chat-completion.js';
import type { BatchBackend, BatchResult } from './batch-backend.js';

const FINAL = new Set(['completed', 'failed', 'expired', 'cancelled']);

interface OutputLine {
  custom_id?: string;
  response?: { status_code?: number; body?: unknown } | null;
  error?: { code?: string; message?: string } | null;
}

function lineResult(line: OutputLine): BatchResult {
  const customId = line.custom_id ?? '';
  if (line.error) return { customId, error: new LlmError('LLM_SERVER', `batch request failed (${line.error.code ?? 'error'})`) };
  const status = line.response?.status_code ?? 0;
  if (status !== 200) return { customId, error: errorFromStatus(status) };
  try {
    return { customId, answer: interpretChatCompletion(line.response?.body) };
  } catch (e) {
    return { customId, error: toLlmError(e, false) };
  }
}

async function* readJsonl(sdk: OpenAI, fileId: string): AsyncGenerator<BatchResult> {
  const res = await sdk.files.content(fileId);
  const text = await res.text();
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    try {
      yield lineResult(JSON.parse(raw) as OutputLine);
    } catch {
      // A line that is not JSON names no request; the requests it should have answered are reported missing.
    }
  }
}

/**
 * OpenAI Batch API: upload a JSONL file of `/v1/chat/completions` requests (purpose `batch`),
 * create the batch, poll it, then read the output (and error) files.
 */
export function openAiBatchBackend(sdk: OpenAI): BatchBackend {
  return {
    async submit(requests) {
      const jsonl = requests.map((r) => JSON.stringify({ custom_id: r.customId, method: 'POST', url: '/v1/chat/completions', body: r.body })).join('\n') + '\n';
      const file = await sdk.files.create({ file: new File([jsonl], 'radlabel-batch.jsonl', { type: 'application/jsonl' }), purpose: 'batch' });
      const batch = await sdk.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
      return { batchId: batch.id, inputFileId: file.id };
    },
    async progress(batchId) {
      const b = await sdk.batches.retrieve(batchId);
      return {
        status: b.status,
        done: FINAL.has(b.status),
        counts: { total: b.request_counts?.total, succeeded: b.request_counts?.completed, failed: b.request_counts?.failed },
      };
    },
    async *results(batchId) {
      const b = await sdk.batches.retrieve(batchId);
      if (b.output_file_id) yield* readJsonl(sdk, b.output_file_id);
      if (b.error_file_id) yield* readJsonl(sdk, b.error_file_id);
    },
  };
}
