import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { openRunLog } from '../store/open-run-log.js';
import { newRunId, type RunLog } from '../store/run-log.js';
import { listInputFiles } from '../ingest/read-inputs.js';
import type { RunSummary } from '../pipeline/run-summary.js';

/** Run options worth recording so that `radlabel quarantine retry` can repeat them. Never secrets. */
export interface RecordedOptions {
  format?: string;
  preset?: string;
  ontology?: string;
  extractor?: string;
  provider?: string;
  model?: string;
  baseUrl?: string;
  /** `--sections`: a retry reads the same sections. */
  sections?: string;
}

/** A run being recorded in the run log of its database. */
export interface RecordedRun {
  id: string;
  log: RunLog;
  /** Records the summary and resolves the units of re-read files that were not quarantined again. */
  finish(summary: RunSummary | { error: string }, inputs: string[]): Promise<void>;
}

/**
 * Starts a recorded run: a run id and a row in `runs`. The pipeline quarantines under this id
 * (`runPipeline({ runId })`), so `radlabel quarantine --run ID` lists the run's items.
 */
export async function startRecordedRun(db: string, command: string, options: RecordedOptions): Promise<RecordedRun> {
  const log = openRunLog(db);
  const id = newRunId();
  await log.startRun({ id, startedAt: new Date().toISOString(), command });
  return {
    id,
    log,
    async finish(summary, inputs) {
      const at = new Date().toISOString();
      if (!('error' in summary)) await log.resolveUnseen(id, await listInputFiles(inputs), at);
      await log.finishRun(id, at, { ...summary, options });
    },
  };
}

/** Writes the run summary as JSON for scripts (`--json-summary FILE`). */
export async function writeJsonSummary(file: string, runId: string, summary: RunSummary, exitCode: number): Promise<void> {
  await mkdir(dirname(resolve(file)), { recursive: true });
  const { reportIds, ...rest } = summary;
  await writeFile(file, JSON.stringify({ runId, exitCode, ...rest, reports: reportIds.length }, null, 2) + '\n');
}
