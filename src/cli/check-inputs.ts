import { existsSync, statSync } from 'node:fs';
import { RadlabelError } from '../errors/index.js';
import { listInputFiles } from '../ingest/read-inputs.js';
import { TABULAR_PRESETS } from '../ingest/tabular/column-mapping.js';
import { suggestion } from '../util/nearest.js';

/**
 * Checks a run's inputs before any work starts (no store opened, nothing read): every path exists,
 * no folder is empty of input files, and the preset is known. Throws `USAGE` (exit 2) naming the
 * path or preset; files that exist but cannot be read are left to the run, which quarantines them.
 */
export async function checkRunInputs(inputs: readonly string[], preset?: string): Promise<void> {
  if (preset !== undefined && !Object.hasOwn(TABULAR_PRESETS, preset))
    throw new RadlabelError('USAGE', `unknown --preset "${preset}"; ${suggestion(preset, Object.keys(TABULAR_PRESETS))}`);
  const missing = inputs.filter((p) => !existsSync(p));
  if (missing.length)
    throw new RadlabelError('USAGE', `no such file or folder: ${missing.join(', ')}`);
  for (const p of inputs) {
    if (!statSync(p).isDirectory()) continue;
    if ((await listInputFiles([p])).length === 0)
      throw new RadlabelError('USAGE', `the folder ${p} has no input files (hidden files, READMEs and licences are not inputs)`);
  }
}
