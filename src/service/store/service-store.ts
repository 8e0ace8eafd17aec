import type { DeidentifiedReport } from '../../domain/report.js';

/** State of an accepted report version in the service inbox. */
export type InboxState = 'pending' | 'failed' | 'labelled' | 'quarantined';

export interface InboxEntry {
  /** Job id: keyed hash of the report id and its raw version (the same version always maps to it). */
  id: string;
  reportId: string;
  door: string;
  receivedAt: string;
  state: InboxState;
  attempts: number;
  code: string | null;
  reason: string | null;
  updatedAt: string;
}

/** A position in the inbox's (received_at, id) order: the last entry of the previous page. */
export type InboxCursor = Pick<InboxEntry, 'receivedAt' | 'id'>;

export type NewInboxEntry = Pick<InboxEntry, 'id' | 'reportId' | 'door'> & { rawEnc: string };

/** `adjudicate`: a reviewer who may also settle double-review disagreements (review workbench). */
export type ApiRole = 'ingest' | 'read' | 'review' | 'adjudicate' | 'admin';

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: ApiRole;
  createdAt: string;
  revokedAt: string | null;
}

export interface RunRecord {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  params: Record<string, unknown>;
  total: number;
  done: number;
  failed: number;
  stats: Record<string, number> | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/**
 * The service's own tables (migration 2) beside the label store, in the same database. SQLite and
 * PostgreSQL implementations pass one contract suite (`test/service/service-store-contract.ts`).
 * Raw text never appears here except encrypted in `rawEnc`.
 */
export interface ServiceStore {
  /**
   * Durably records accepted versions (one transaction). Returns per entry whether it was new;
   * `false` means this exact version was accepted before (re-delivery) and nothing was written.
   */
  putInbox(entries: NewInboxEntry[]): Promise<boolean[]>;
  getInbox(id: string): Promise<(InboxEntry & { rawEnc: string | null }) | undefined>;
  /** {@link getInbox} for many ids in one query, in the order asked (group read of workers). */
  getInboxMany(ids: string[]): Promise<Array<(InboxEntry & { rawEnc: string | null }) | undefined>>;
  /** Ends an entry (labelled / quarantined) and deletes its encrypted raw. */
  finishInbox(id: string, state: 'labelled' | 'quarantined', code?: string, reason?: string): Promise<void>;
  /** {@link finishInbox} as `labelled` for many entries in one statement (group commit of workers). */
  finishLabelled(ids: string[]): Promise<void>;
  /** Puts a finished or failed entry back to pending with its raw (quarantine retry); false when the id is unknown. */
  reopenInbox(id: string, rawEnc: string): Promise<boolean>;
  /** Records a transient failure (the raw stays, a retry may succeed). */
  failInbox(id: string, code: string, reason: string): Promise<void>;
  /**
   * Pending entries received before `before` (ISO), oldest first, after the `after` entry when given
   * (keyset paging): the sweeper re-sends them after a crash or a queue outage. No raw input is read.
   */
  pendingInbox(before: string, limit: number, after?: InboxCursor): Promise<InboxEntry[]>;
  /** Entries by state, newest first (the failures / dead-letter view). */
  listInbox(state: InboxState, limit: number): Promise<InboxEntry[]>;
  inboxCounts(): Promise<Record<InboxState, number>>;
  /** Latest inbox entry of a report (its processing state for `GET /v1/reports/:id`). */
  inboxOfReport(reportId: string): Promise<InboxEntry | undefined>;

  createKey(rec: Omit<ApiKeyRecord, 'revokedAt'>, keyHash: string): Promise<void>;
  /** The live (not revoked) key with this hash. */
  keyByHash(keyHash: string): Promise<ApiKeyRecord | undefined>;
  listKeys(): Promise<ApiKeyRecord[]>;
  /** Revokes by id; false when no live key has it. */
  revokeKey(id: string): Promise<boolean>;

  createRun(run: Pick<RunRecord, 'id' | 'params'>): Promise<void>;
  getRun(id: string): Promise<RunRecord | undefined>;
  updateRun(id: string, patch: Partial<Pick<RunRecord, 'state' | 'total' | 'done' | 'failed' | 'stats' | 'error' | 'finishedAt'>>): Promise<void>;

  /** Raw (encrypted) of an open quarantined unit (`quarantine_units`), for retry. */
  quarantineRaw(id: number): Promise<{ raw: string; format: string | null; code: string } | undefined>;
  /**
   * Retires a unit after its retry: marked resolved (`radlabel quarantine --all` still lists it),
   * its raw input blanked; unless it was quarantined again at or after `unlessSeenSince` (the retry
   * failed the same way: the unit stays, with the new reason and its count).
   */
  deleteQuarantine(id: number, unlessSeenSince?: string): Promise<void>;
  /** Blanks the raw input of quarantined units last seen before `before`; returns how many. */
  purgeQuarantineRaw(before: string): Promise<number>;

  /** Stored de-identified report versions in arrival order, keyset-paged by sequence, for re-labelling runs. */
  storedReports(afterSeq: number, limit: number): Promise<Array<{ seq: number; report: DeidentifiedReport }>>;
  /** Report ids of a study (its pseudonymised study UID, as exported). */
  reportIdsOfStudy(studyUid: string): Promise<string[]>;
  /** A cheap query proving the database answers (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
