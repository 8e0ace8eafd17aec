import { Option, type Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { openRunContext, overridesFrom } from '../../app/run-context.js';
import { exportLabels, type ExportFormat } from '../../export/export-labels.js';

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
        const ctx = await openRunContext(overridesFrom(flags));
        try {
          const res = await exportLabels(ctx.store, { format: flags.format, ontology: ctx.ontology, out: flags.out, deidKey: ctx.deid.key });
          process.stdout.write(`wrote ${res.rows} rows to ${flags.out}${res.blocked ? ` (${res.blocked} withheld by the leak guard, quarantined as DEID_LEAK)` : ''}\n`);
          process.exitCode = res.blocked ? EXIT.QUARANTINED : EXIT.OK;
        } finally {
          await ctx.store.close();
        }
      });
  },
};
