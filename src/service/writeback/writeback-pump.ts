import type { Ontology } from '../../domain/ontology.js';
import { RadlabelError, normalizeError } from '../../errors/index.js';
import type { WriteBack } from '../../feeds/fhir/write-back.js';
import type { LabelStore } from '../../store/label-store.js';
import { isRetriable } from '../label-job.js';
import type { WritebackOutbox, WritebackRow } from './writeback-outbox.js';

/** What happened to one outbox row: `sent`, `empty` (no positive / uncertain label: nothing to send), `retry`, `failed`. */
export type WritebackResult = 'sent' | 'empty' | 'retry' | 'failed';

export interface WritebackPumpOptions {
  outbox: WritebackOutbox;
  labels: Pick<LabelStore, 'history'>;
  /** The ontology of a row's labels; undefined when it cannot be loaded (the row fails). */
  ontology(id: string): Ontology | undefined;
  writeBack: WriteBack;
  /** Claims of one row before it is marked failed. */
  attempts: number;
  /** First delay before a row is claimed again (doubles per attempt, at most 10 minutes). */
  backoffMs: number;
  /** Poll interval for due rows. Default 1000 ms. */
  everyMs?: number;
  /** Rows claimed (and sent concurrently) per round. Default 16. */
  batch?: number;
  /** How long a claimed row is this process's before another may take it. Default 5 minutes. */
  leaseMs?: number;
  onResult?(result: WritebackResult, code?: string): void;
}

export interface WritebackPump {
  /** Looks for due rows now (after labels were stored) instead of at the next tick. */
  kick(): void;
  /** Runs rounds until a round finds no due row (tests; rows put back for later are not waited for). */
  drain(): Promise<void>;
  /** Stops polling and waits for the round in flight. */
  close(): Promise<void>;
}

/**
 * Works off the FHIR write-back outbox beside labelling, never in its way: labelling only adds an
 * outbox row; this loop POSTs the Observations (fhirWriteBack retries 429 / 5xx briefly), marks the
 * row sent, and on a transient failure puts it back with a growing delay until `attempts` are used,
 * then marks it failed (listed by `GET /v1/failures`, counted in `/metrics`). Permanent failures
 * (leak guard, 4xx, credentials) fail at once.
 */
export function startWritebackPump(opts: WritebackPumpOptions): WritebackPump {
  const batch = opts.batch ?? 16;
  const leaseMs = opts.leaseMs ?? 300_000;
  let round: Promise<number> | undefined;
  let again = false;
  let closed = false;

  const one = async (row: WritebackRow): Promise<void> => {
    try {
      const ontology = opts.ontology(row.ontologyId);
      if (!ontology) throw new RadlabelError('ONTOLOGY_NOT_FOUND', `ontology ${row.ontologyId} of a write-back row cannot be loaded`);
      const version = (await opts.labels.history(row.reportId, row.ontologyId)).find((s) => s.versionKey === row.versionKey);
      if (!version) {
        await opts.outbox.markFailed(row, 'STORE_READ', 'the labels of this report version are no longer stored');
        opts.onResult?.('failed', 'STORE_READ');
        return;
      }
      const n = await opts.writeBack.write(version, ontology);
      await opts.outbox.markSent(row);
      opts.onResult?.(n ? 'sent' : 'empty');
    } catch (e) {
      const err = normalizeError(e, 'FHIR_SERVER', { messageId: row.reportId });
      // A FHIR server error says itself whether it was transient (429 / 5xx / no answer) or a refusal (4xx).
      const transient = err.code === 'FHIR_SERVER' ? err.retriable : isRetriable(err);
      if (transient && row.attempts < opts.attempts) {
        const delay = Math.min(600_000, opts.backoffMs * 2 ** (row.attempts - 1));
        await opts.outbox.reschedule(row, new Date(Date.now() + delay).toISOString(), err.code, err.message).catch(() => undefined);
        opts.onResult?.('retry', err.code);
      } else {
        await opts.outbox.markFailed(row, err.code, err.message).catch(() => undefined);
        opts.onResult?.('failed', err.code);
      }
    }
  };

  /** Claims and sends until nothing is due; resolves with how many rows it handled. */
  const rounds = async (): Promise<number> => {
    let n = 0;
    do {
      again = false;
      let rows: WritebackRow[];
      try {
        rows = await opts.outbox.claim(batch, leaseMs);
      } catch {
        return n; // database down: the next tick tries again
      }
      await Promise.all(rows.map(one));
      n += rows.length;
      if (rows.length === batch) again = true;
    } while (again && !closed);
    return n;
  };

  const tick = (): Promise<number> => {
    if (closed) return Promise.resolve(0);
    if (round) {
      again = true;
      return round;
    }
    round = rounds().finally(() => (round = undefined));
    return round;
  };

  const timer = setInterval(() => void tick(), opts.everyMs ?? 1000);
  timer.unref();
  return {
    kick: () => void tick(),
    async drain() {
      await round;
      while ((await tick()) > 0);
    },
    async close() {
      closed = true;
      clearInterval(timer);
      await round;
    },
  };
}
