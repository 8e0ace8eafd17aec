import type { FastifyRequest } from 'fastify';
import type { AuditLog } from '../../audit/audit-log.js';

/** Who made a request, as the audit log records it: the key id (never the key), and the remote address. */
export function requestActor(req: FastifyRequest): { actor: string; from: string } {
  return { actor: req.apiKey ? `key:${req.apiKey.id}` : 'anonymous', from: req.ip || 'unknown' };
}

/**
 * Appends one audit row for a request and waits for it: a read of report text or an export is
 * answered only after its row is durable, so a failing audit log refuses the read (503) rather
 * than serving it unrecorded. `target` names ids and query settings only, never report text.
 */
export async function auditRequest(audit: AuditLog, req: FastifyRequest, action: string, target: string): Promise<void> {
  await audit.appendAudit({ ...requestActor(req), action, target: target.slice(0, 1000) });
}

/** `k=v` pairs of the set values of a validated query, in a fixed order: the audit target of an export. */
export function describeQuery(q: Record<string, unknown>, keys: readonly string[]): string {
  return keys.flatMap((k) => (q[k] === undefined || q[k] === null || q[k] === '' ? [] : [`${k}=${String(q[k])}`])).join(' ');
}
