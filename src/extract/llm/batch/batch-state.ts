import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DeidentifiedReportSchema } from '../../../domain/report.js';
import { RadlabelError } from '../../../errors/index.js';

/**
 * What a submitted provider batch needs to be polled and collected after a restart: the batch id,
 * how the requests were built (provider, model, prompt, ontology) and the de-identified reports
 * (their text is needed to verify evidence quotes). Never raw reports.
 */
export const BatchStateSchema = z
  .object({
    format: z.literal('radlabel-llm-batch/1'),
    provider: z.enum(['openai', 'anthropic']),
    model: z.string(),
    prompt: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
    ontology: z.object({ id: z.string(), version: z.string() }),
    batchId: z.string(),
    inputFileId: z.string().optional(),
    submittedAt: z.string(),
    lastStatus: z.string().optional(),
    collectedAt: z.string().optional(),
    items: z.array(z.object({ customId: z.string(), report: DeidentifiedReportSchema })),
  })
  .strict();
export type BatchState = z.infer<typeof BatchStateSchema>;

/** Reads a batch state file. @throws RadlabelError CONFIG_INVALID naming the file and the problem. */
export function readBatchState(file: string): BatchState {
  if (!existsSync(file)) throw new RadlabelError('CONFIG_INVALID', 'no batch state file', { locator: { file } });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new RadlabelError('CONFIG_INVALID', 'the batch state file is not JSON', { locator: { file } });
  }
  const r = BatchStateSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new RadlabelError('CONFIG_INVALID', `batch state: ${i ? `${i.path.join('.')}: ${i.message}` : 'invalid'}`, { locator: { file, path: i?.path.join('.') } });
  }
  return r.data;
}

/** Writes the state atomically (temp file + rename) so a crash never leaves half a file. */
export function writeBatchState(file: string, state: BatchState): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state), 'utf8');
  renameSync(tmp, file);
}
