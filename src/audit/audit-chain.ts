import { z } from 'zod';
import { sha256 } from '../util/hash.js';

/**
 * What an audit entry records: who (`actor`: API key name / id, or `cli:<user>`), did what
 * (`action`: `report.read`, `labels.export`, `label.change`, `key.create`…), to what (`target`: a
 * report id, an export query, a key id: never report text or identifiers), when (`at`, ISO
 * instant) and from where (`from`: remote address or `cli`).
 */
export const AuditEntrySchema = z.object({
  actor: z.string().min(1).max(200),
  action: z.string().min(1).max(100),
  target: z.string().max(1000),
  at: z.iso.datetime({ offset: true }).optional(),
  from: z.string().max(200),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** A stored audit row: the entry, its position, and the chain hashes. */
export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  from: string;
  prevHash: string;
  hash: string;
}

/** The `prevHash` of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** The canonical text a row's hash covers: every field but the hashes, in a fixed order, as JSON. */
export function canonicalRow(r: Omit<AuditRow, 'prevHash' | 'hash'>): string {
  return JSON.stringify([r.seq, r.at, r.actor, r.action, r.target, r.from]);
}

/** hash(n) = SHA-256(hash(n-1) + "\n" + canonical(n)): editing, removing or reordering any row breaks every later link. */
export function chainHash(prevHash: string, r: Omit<AuditRow, 'prevHash' | 'hash'>): string {
  return sha256(`${prevHash}\n${canonicalRow(r)}`);
}

export type VerifyResult =
  | { ok: true; rows: number; head?: string }
  | { ok: false; rows: number; seq: number; problem: 'missing' | 'edited' | 'relinked' | 'out-of-order'; message: string };

/**
 * Checks a chain read in `seq` order. Names the first broken row: a gap in `seq` (a row was
 * deleted), a hash that does not match the row's content (the row was edited), or a `prevHash` that
 * is not the previous row's hash (rows were removed or inserted and re-linked). A deletion of the
 * newest rows leaves a valid shorter chain; compare `head` with a copy kept elsewhere to catch it.
 */
export async function verifyChain(rows: AsyncIterable<AuditRow> | Iterable<AuditRow>): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let expected = 1;
  let n = 0;
  for await (const r of rows) {
    if (r.seq !== expected) {
      const problem = r.seq > expected ? 'missing' : 'out-of-order';
      const message = r.seq > expected ? `audit row ${expected} is missing (deleted): the next row is ${r.seq}` : `audit row ${r.seq} appears after row ${expected - 1}`;
      return { ok: false, rows: n, seq: expected, problem, message };
    }
    if (r.prevHash !== prev) {
      return { ok: false, rows: n, seq: r.seq, problem: 'relinked', message: `audit row ${r.seq} does not link to row ${r.seq - 1} (rows were removed or inserted)` };
    }
    if (chainHash(prev, r) !== r.hash) {
      return { ok: false, rows: n, seq: r.seq, problem: 'edited', message: `audit row ${r.seq} was edited: its content does not match its hash` };
    }
    prev = r.hash;
    expected++;
    n++;
  }
  return { ok: true, rows: n, ...(n ? { head: prev } : {}) };
}
