import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { loadConfig } from '../../config/load-config.js';
import { deidSettingsFrom } from '../../app/run-context.js';
import { deidentify } from '../../deid/deidentify.js';
import { readInputs } from '../../ingest/read-inputs.js';
import type { InputFormat } from '../../ingest/ingest-item.js';
import { normalizeError, formatLocator, type RadlabelError } from '../../errors/index.js';

interface DeidFlags {
  format?: InputFormat;
  mode?: 'surrogate' | 'tag';
  out: string;
  key?: string;
  db?: string;
  keepStudyUids?: boolean;
  profile?: 'strict' | 'balanced';
}

function report(err: RadlabelError): void {
  process.stderr.write(`${formatLocator(err.locator)}${err.code}: ${err.message}\n`);
}

/**
 * `radlabel deid <files or folders…>`: de-identifies every report and writes one JSON object per
 * report (`id`, `source`, `text`, plus the pseudonymised fields and the de-identification record).
 * Failed inputs are reported on stderr by locator and code (never text) and the exit code is 1.
 */
export const deidCommand: CommandModule = {
  register(program: Command) {
    program
      .command('deid')
      .description('de-identify report files (HL7, FHIR, CSV, JSONL, PhysioNet) into JSONL')
      .argument('<paths...>', 'files or folders')
      .addOption(new Option('--format <format>', 'input format (default: recognised per file)').choices(['hl7', 'fhir', 'csv', 'jsonl', 'physionet']))
      .addOption(new Option('--mode <mode>', 'surrogates (realistic fakes) or [TAG]s').choices(['surrogate', 'tag']))
      .requiredOption('--out <file>', 'output JSONL file')
      .option('--key <key>', 'de-identification key (default: config, else <db dir>/deid.key)')
      .option('--db <path>', 'database path (locates the default key file)')
      .option('--keep-study-uids', 'keep study instance UIDs instead of remapping them')
      .addOption(new Option('--profile <profile>', 'detection profile: balanced (default) or strict (recall first)').choices(['strict', 'balanced']))
      .action(async (paths: string[], flags: DeidFlags) => {
        const config = loadConfig({
          ...(flags.db ? { db: flags.db } : {}),
          deid: { ...(flags.key ? { key: flags.key } : {}), ...(flags.mode ? { mode: flags.mode } : {}), ...(flags.keepStudyUids ? { keepStudyUids: true } : {}), ...(flags.profile ? { profile: flags.profile } : {}) },
        });
        const settings = deidSettingsFrom(config);
        await mkdir(dirname(flags.out), { recursive: true });
        const out = createWriteStream(flags.out, { encoding: 'utf8' });
        let written = 0;
        let failed = 0;
        for await (const { file, item } of readInputs(paths, { format: flags.format })) {
          if (item.kind === 'skipped') continue;
          if (item.kind === 'error') {
            failed++;
            report(item.error);
            continue;
          }
          try {
            const d = deidentify(item.report, settings);
            // `source` is the input path here; the structured source (format, message id, row) goes to `origin`.
            const { source: origin, ...rest } = d;
            const line = JSON.stringify({ id: d.reportId, source: file, ...rest, origin });
            if (!out.write(`${line}\n`)) await once(out, 'drain');
            written++;
          } catch (e) {
            failed++;
            report(normalizeError(e, 'DEID_FAILED', { file, messageId: item.report.source.messageId, row: item.report.source.row }));
          }
        }
        out.end();
        await once(out, 'finish');
        process.stdout.write(`wrote ${written} de-identified reports to ${flags.out}${failed ? `; ${failed} inputs quarantined (see stderr)` : ''}\n`);
        process.exitCode = failed ? EXIT.QUARANTINED : EXIT.OK;
      });
  },
};
