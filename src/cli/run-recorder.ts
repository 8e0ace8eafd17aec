import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { LabelStore, QuarantineEntry } from '../store/label-store.js';
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
}

/** A run being recorded in the run log of its database. */
export interface RecordedRun {
  id: string;
  log: RunLog;
  /** The label store whose quarantine writes go to this run's log (one row per input unit). */
  store: LabelStore;
  /** Records the summary and resolves the units of re-read files that were not quarantined again. */
  finish(summary: RunSummary | { error: string }, inputs: string[]): Promise<void>;
}

/**
 * Starts a recorded run: a run id, a row in `runs`, and a view of the label store whose
 * `quarantine()` writes to the run log instead of the append-only table, so re-running the same
 * bad input counts it instead of adding rows.
 */
export async function startRecordedRun(db: string, store: LabelStore, command: string, options: RecordedOptions): Promise<RecordedRun> {
  const log = openRunLog(db);
  const id = newRunId();
  await log.startRun({ id, startedAt: new Date().toISOString(), command });
  const view = quarantineToRunLog(store, log, id);
  return {
    id,
    log,
    store: view,
    async finish(summary, inputs) {
      const at = new Date().toISOString();
      if (!('error' in summary)) await log.resolveUnseen(id, await listInputFiles(inputs), at);
      await log.finishRun(id, at, { ...summary, options });
    },
  };
}

/**
 * A view of the label store whose `quarantine()` writes to the run log (one row per input unit,
 * under `runId` when given), so every command's quarantined items are listed by `radlabel quarantine`.
 */
export function quarantineToRunLog(store: LabelStore, log: RunLog, runId?: string): LabelStore {
  return Object.create(store, {
    quarantine: { value: (entries: QuarantineEntry[]) => log.quarantine(runId, entries, new Date().toISOString()) },
  }) as LabelStore;
}

/** Writes the run summary as JSON for scripts (`--json-summary FILE`). */
export async function writeJsonSummary(file: string, runId: string, summary: RunSummary, exitCode: number): Promise<void> {
  await mkdir(dirname(resolve(file)), { recursive: true });
  const { reportIds, ...rest } = summary;
  await writeFile(file, JSON.stringify({ runId, exitCode, ...rest, reports: reportIds.length }, null, 2) + '\n');
}
