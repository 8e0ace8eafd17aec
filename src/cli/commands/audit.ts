import type { ErrorCode } from '../../errors/codes.js';
import type { Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { loadConfig } from '../../config/load-config.js';
import { openAuditLog } from '../../audit/audit-log.js';

/** Exit code of `audit verify` when the chain is broken (distinct from usage errors). */
const BROKEN = 3;

const BROKEN_CODE: ErrorCode = 'AUDIT_CHAIN_BROKEN';

/** `radlabel audit verify|list`: check and read the hash-chained audit log. */
export const auditCommand: CommandModule = {
  register(program: Command) {
    const audit = program.command('audit').description('verify or list the hash-chained audit log');
    audit
      .command('verify')
      .description('check the audit log hash chain; exits 3 naming the first broken row')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .action(async (flags: { db?: string }) => {
        const log = await openAuditLog(loadConfig({ db: flags.db }).db);
        try {
          const v = await log.verify();
          if (v.ok) {
            process.stdout.write(`audit log intact: ${v.rows} rows${v.head ? `, head ${v.head}` : ''}\n`);
            process.exitCode = EXIT.OK;
          } else {
            process.stderr.write(`${BROKEN_CODE}: ${v.message} (first broken row: ${v.seq}; ${v.rows} rows before it verify)\n`);
            process.exitCode = BROKEN;
          }
        } finally {
          await log.close();
        }
      });
    audit
      .command('list')
      .description('print audit rows (oldest first)')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .option('--limit <n>', 'rows to show', '100')
      .option('--after <seq>', 'rows after this sequence number')
      .option('--actor <actor>', 'only this actor')
      .option('--action <action>', 'only this action')
      .option('--json', 'one JSON object per line')
      .action(async (flags: { db?: string; limit: string; after?: string; actor?: string; action?: string; json?: boolean }) => {
        const log = await openAuditLog(loadConfig({ db: flags.db }).db);
        try {
          const rows = await log.list({
            limit: Number(flags.limit),
            ...(flags.after ? { afterSeq: Number(flags.after) } : {}),
            ...(flags.actor ? { actor: flags.actor } : {}),
            ...(flags.action ? { action: flags.action } : {}),
          });
          for (const r of rows) {
            process.stdout.write(flags.json ? `${JSON.stringify(r)}\n` : `${r.seq}\t${r.at}\t${r.actor}\t${r.action}\t${r.target}\t${r.from}\n`);
          }
          if (!rows.length && !flags.json) process.stdout.write('no audit rows\n');
          process.exitCode = EXIT.OK;
        } finally {
          await log.close();
        }
      });
  },
};
