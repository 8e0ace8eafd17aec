import type { RadlabelError } from '../../../errors/index.js';
import type { LlmAnswer } from '../providers/provider.js';

/** Progress of a provider batch. */
export interface BatchProgress {
  /** Provider status as reported (validating, in_progress, completed, ended, …). */
  status: string;
  /** Whether results can be collected (or never will be: failed / expired / cancelled). */
  done: boolean;
  counts: { total?: number; succeeded?: number; failed?: number; processing?: number };
}

/** One result line: an answer, or the typed error for that request. */
export interface BatchResult {
  customId: string;
  answer?: LlmAnswer;
  error?: RadlabelError;
}

/** A provider's batch API: submit request bodies, poll, stream results. */
export interface BatchBackend {
  submit(requests: Array<{ customId: string; body: Record<string, unknown> }>): Promise<{ batchId: string; inputFileId?: string }>;
  progress(batchId: string): Promise<BatchProgress>;
  results(batchId: string): AsyncIterable<BatchResult>;
}
