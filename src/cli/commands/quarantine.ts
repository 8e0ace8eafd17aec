import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { auditCli } from '../audit-cli.js';
import { EXIT } from '../exit-codes.js';
import { loadConfig } from '../../config/load-config.js';
import { openStore } from '../../store/open-store.js';
import { openRunLog } from '../../store/open-run-log.js';
import type { QuarantineFilter, QuarantineUnit, RunLog } from '../../store/run-log.js';
import { RadlabelError, formatLocator } from '../../errors/index.js';
import { assertDatabaseExists } from '../read-store.js';
import type { RecordedOptions } from '../run-recorder.js';
import { runAction } from './run.js';

interface ListFlags {
  db?: string;
  run?: string;
  code?: string;
  file?: string;
  json?: boolean;
  all?: boolean;
  limit: string;
}

function limitOf(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new RadlabelError('USAGE', `--limit expects a whole number ≥ 1, got "${v}"`);
  return n;
}

/** `--run last` → the id of the last run; an unknown id is a usage error. */
async function resolveRun(log: RunLog, run: string | undefined): Promise<string | undefined> {
  if (run === undefined) return undefined;
  if (run === 'last') {
    const last = await log.lastRun();
    if (!last) throw new RadlabelError('USAGE', 'no run has been recorded in this database yet');
    return last.id;
  }
  if (!(await log.getRun(run))) throw new RadlabelError('USAGE', `no run "${run}" in this database (\`radlabel quarantine --run last\` lists the last run)`);
  return run;
}

function filterOf(flags: ListFlags, runId: string | undefined): QuarantineFilter {
  return { runId, code: flags.code, file: flags.file, includeResolved: flags.all ?? false };
}

const line = (u: QuarantineUnit): string =>
  `${u.lastSeen}  ${u.code}  ${formatLocator(u.locator)}${u.reason}${u.count > 1 ? `  (seen ${u.count} times)` : ''}${u.resolvedAt ? `  [resolved ${u.resolvedAt}]` : ''}`;

/**
 * `radlabel quarantine [--run ID|last] [--code C] [--file F] [--json]`: quarantined input units,
 * newest first, with a count ("20 of 36"); never the raw input. `radlabel quarantine retry` runs
 * the files of the selected units again (after they were fixed).
 */
export const quarantineCommand: CommandModule = {
  register(program: Command) {
    const cmd = program
      .command('quarantine')
      .description('list quarantined inputs and failed extractions with their reasons, newest first (retry: run their files again)')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .option('--run <id>', 'only the items of this run (`last` for the last run)')
      .option('--code <code>', 'only this error code')
      .option('--file <file>', 'only this input file (full path or its end)')
      .option('--all', 'also items a later run resolved')
      .option('--json', 'one JSON object per line')
      .option('--limit <n>', 'items to show', '20')
      .action(async (flags: ListFlags) => {
        const config = loadConfig({ db: flags.db });
        assertDatabaseExists(config.db);
        const log = openRunLog(config.db);
        try {
          const runId = await resolveRun(log, flags.run);
          const { total, items } = await log.listQuarantine({ ...filterOf(flags, runId), limit: limitOf(flags.limit) });
          if (flags.json) for (const u of items) process.stdout.write(`${JSON.stringify(u)}\n`);
          else {
            for (const u of items) process.stdout.write(`${line(u)}\n`);
            const scope = runId ? ` of run ${runId}` : '';
            if (total === 0) process.stdout.write(`nothing quarantined${scope}\n`);
            else process.stdout.write(`${items.length} of ${total} quarantined item(s)${scope}${items.length < total ? ` (--limit ${total} shows all)` : ''}\n`);
          }
        } finally {
          await log.close();
        }
        // Extraction failures are per report, not per input unit; they stay retriable by `run`.
        if (!flags.json && !flags.run && !flags.file) {
          const store = openStore(config.db);
          try {
            const failures = (await store.listFailures()).filter((f) => !flags.code || f.code === flags.code);
            for (const f of failures) process.stdout.write(`${f.at ?? ''}  ${f.code}  report ${f.reportId} (${f.ontologyId}): ${f.reason}\n`);
            if (failures.length) process.stdout.write(`${failures.length} failed extraction(s): \`radlabel run\` on the same inputs retries them\n`);
          } finally {
            await store.close();
          }
        }
        process.exitCode = EXIT.OK;
      });

    cmd
      .command('retry')
      .description('run the files of the selected quarantined items again (after fixing them); items that now pass are resolved')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .option('--run <id>', 'only the items of this run (`last` for the last run)')
      .option('--code <code>', 'only this error code')
      .option('--file <file>', 'only this input file (full path or its end)')
      .option('--preset <name>', 'CSV/JSONL column preset (default: as recorded with the run that last saw the item)')
      .option('--ontology <id>', 'ontology id or YAML path (default: as recorded)')
      .option('--no-progress', 'no progress bar')
      .action(async (own: Omit<ListFlags, 'json' | 'all' | 'limit'> & { preset?: string; ontology?: string; progress: boolean }, self: Command) => {
        // Options shared with `quarantine` itself (--db, --run…) are parsed by the parent command.
        const flags = { ...(self.parent?.opts() as Partial<ListFlags>), ...own };
        const config = loadConfig({ db: flags.db });
        assertDatabaseExists(config.db);
        const log = openRunLog(config.db);
        let files: string[];
        let recorded: RecordedOptions = {};
        try {
          const runId = await resolveRun(log, flags.run);
          const { items } = await log.listQuarantine({ runId, code: flags.code, file: flags.file });
          files = [...new Set(items.flatMap((u) => (u.locator.file ? [u.locator.file] : [])))];
          const lastRun = items.find((u) => u.lastRun)?.lastRun;
          const summary = lastRun ? ((await log.getRun(lastRun))?.summary as { options?: RecordedOptions } | undefined) : undefined;
          recorded = summary?.options ?? {};
          if (items.length === 0) {
            process.stdout.write('nothing quarantined to retry\n');
            process.exitCode = EXIT.OK;
            return;
          }
        } finally {
          await log.close();
        }
        const gone = files.filter((f) => !existsSync(f));
        if (gone.length) process.stderr.write(`radlabel: warning: ${gone.length} file(s) no longer exist and are not retried: ${gone.join(', ')}\n`);
        const present = files.filter((f) => existsSync(f));
        if (present.length === 0) throw new RadlabelError('USAGE', 'none of the selected items has an input file that still exists');
        process.stdout.write(`retrying ${present.length} file(s)\n`);
        // Re-running quarantined input changes stored labels: recorded in the audit log first.
        await auditCli(config.db, 'quarantine.retry', `files=${present.length}${flags.code ? ` code=${flags.code}` : ''}${flags.run ? ` run=${flags.run}` : ''}`);
        await runAction(present, {
          db: flags.db,
          preset: flags.preset ?? recorded.preset,
          ontology: flags.ontology ?? recorded.ontology,
          format: recorded.format as never,
          extractor: recorded.extractor,
          provider: recorded.provider,
          model: recorded.model,
          baseUrl: recorded.baseUrl,
          sections: recorded.sections,
          resume: true,
          progress: flags.progress,
        });
      });
  },
};
