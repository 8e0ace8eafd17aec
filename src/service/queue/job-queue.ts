/** Queue depths for `/metrics`, `/readyz` and the bench (counts only). */
export interface QueueDepth {
  waiting: number;
  active: number;
  delayed: number;
  /** Dead-lettered: attempts exhausted or a permanent failure. */
  failed: number;
}

/** Where accepted inbox ids go to be labelled: in process (embedded) or BullMQ (scaled). */
export interface JobQueue {
  readonly kind: 'embedded' | 'bullmq';
  /** Adds jobs by inbox id; an id already queued is not added twice. */
  enqueue(ids: string[]): Promise<void>;
  /**
   * The ids among `ids` that have no job in the queue (waiting, active, delayed or failed): what the
   * sweeper must send again. Absent: every id is sent again (enqueue skips the known ones itself).
   */
  unqueued?(ids: string[]): Promise<string[]>;
  depth(): Promise<QueueDepth>;
  /** Workers seen recently (BullMQ) or 1 (embedded: serve itself). */
  workers(): Promise<number>;
  /** Queues dead-lettered jobs again (their failed record is dropped first, so the id is free). */
  retry(ids: string[]): Promise<void>;
  /** Dead-letter view: failed job ids with their last error. */
  deadLetters(limit: number): Promise<Array<{ id: string; reason: string; attempts: number }>>;
  close(): Promise<void>;
}

/** Runs one job; throws to fail it (`PermanentJobError`: no retry). */
export type JobHandler = (inboxId: string) => Promise<unknown>;
