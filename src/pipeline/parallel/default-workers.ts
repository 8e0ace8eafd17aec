import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { listInputFiles } from '../../ingest/read-inputs.js';

/** Below this much input, starting threads (each loads the rules and lexicons) costs more than it saves. */
export const THREADS_FROM_BYTES = 1 << 20;

/**
 * The default thread count of `run`: one per core, but one for inputs under
 * {@link THREADS_FROM_BYTES} (a single report or a small folder starts faster on one thread).
 */
export async function defaultWorkers(inputs: string[]): Promise<number> {
  let bytes = 0;
  for (const f of await listInputFiles(inputs)) {
    bytes += (await stat(f).catch(() => ({ size: 0 }))).size;
    if (bytes >= THREADS_FROM_BYTES) return availableParallelism();
  }
  return 1;
}
