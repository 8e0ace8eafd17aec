import { Option, type Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { openRunContext, overridesFrom } from '../run-context.js';
import { exportLabels, type ExportFormat } from '../../export/export-labels.js';
import { loadConfig } from '../../config/load-config.js';
import { assertDatabaseExists, assertOntologyHasLabels } from '../read-store.js';
import { openRunLog } from '../../store/open-run-log.js';
import { quarantineToRunLog } from '../run-recorder.js';

/** `radlabel export`: current labels of an ontology from the store, as CheXpert CSV or JSONL. */
export const exportCommand: CommandModule = {
  register(program: Command) {
    program
      .command('export')
      .description('export the current labels in the store')
      .addOption(new Option('--format <format>', 'output format').choices(['chexpert-csv', 'jsonl']).default('chexpert-csv'))
      .requiredOption('--out <file>', 'output file')
      .option('--ontology <id>', 'ontology id or YAML path (default chexpert)')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .action(async (flags: { format: ExportFormat; out: string; ontology?: string; db?: string }) => {
        assertDatabaseExists(loadConfig(overridesFrom(flags)).db);
        const ctx = await openRunContext(overridesFrom(flags));
        try {
          await assertOntologyHasLabels(ctx.store, ctx.ontology.id, ctx.config.ontologyDir);
          const log = openRunLog(ctx.config.db);
          const res = await exportLabels(quarantineToRunLog(ctx.store, log), { format: flags.format, ontology: ctx.ontology, out: flags.out, deidKey: ctx.deid.key }).finally(() => log.close());
          process.stdout.write(`wrote ${res.rows} rows to ${flags.out}${res.blocked ? ` (${res.blocked} withheld by the leak guard, quarantined as DEID_LEAK)` : ''}\n`);
          process.exitCode = res.blocked ? EXIT.QUARANTINED : EXIT.OK;
        } finally {
          await ctx.store.close();
        }
      });
  },
};
