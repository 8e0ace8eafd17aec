import { userInfo } from 'node:os';
import { openAuditLog } from '../audit/audit-log.js';

/**
 * Records a CLI action in the audit log of the database (`actor` = `cli:<OS user>`, `from` =
 * `cli`). Exports and other reads of report-derived data from the command line are audited like
 * the API's.
 */
export async function auditCli(db: string, action: string, target: string): Promise<void> {
  const log = await openAuditLog(db);
  try {
    await log.appendAudit({ actor: `cli:${safeUser()}`, action, target, from: 'cli' });
  } finally {
    await log.close();
  }
}

function safeUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
