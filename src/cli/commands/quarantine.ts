import type { Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { loadConfig } from '../../config/load-config.js';
import { openStore } from '../../store/open-store.js';
import { formatLocator } from '../../errors/index.js';
import { assertDatabaseExists } from '../read-store.js';

/** `radlabel quarantine`: what was rejected, where it came from and why (never the raw input). */
export const quarantineCommand: CommandModule = {
  register(program: Command) {
    program
      .command('quarantine')
      .description('list quarantined inputs and failed extractions with their reasons')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .option('--limit <n>', 'rows to show', '100')
      .action(async (flags: { db?: string; limit: string }) => {
        const config = loadConfig({ db: flags.db });
        assertDatabaseExists(config.db);
        const store = openStore(config.db);
        try {
          await store.migrate();
          const rows = await store.listQuarantine({ limit: Number(flags.limit) });
          for (const r of rows) process.stdout.write(`${r.at}  ${r.code}  ${formatLocator(r.locator)}${r.reason}\n`);
          const failures = await store.listFailures();
          for (const f of failures) process.stdout.write(`${f.at ?? ''}  ${f.code}  report ${f.reportId} (${f.ontologyId}): ${f.reason}\n`);
          if (!rows.length && !failures.length) process.stdout.write('nothing quarantined\n');
          process.exitCode = EXIT.OK;
        } finally {
          await store.close();
        }
      });
  },
};
