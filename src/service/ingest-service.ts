import type { RawReport } from '../domain/report.js';
import { RadlabelError, normalizeError, skipCode, type RadlabelError as Err } from '../errors/index.js';
import type { IngestItem, InputFormat } from '../ingest/ingest-item.js';
import { parseInput } from '../ingest/parse-input.js';
import { reportIdOf } from '../deid/deidentify.js';
import { keyedHex } from '../deid/keyed-hash.js';
import { sha256 } from '../util/hash.js';
import type { LabelStore, QuarantineEntry } from '../store/label-store.js';
import type { IngestContentType, IngestOutcome, IngestPort, IngestRequest } from './ingest-port.js';
import type { RawCipher } from './raw-crypto.js';
import type { NewInboxEntry, ServiceStore } from './store/service-store.js';
import { groupCommit } from './group-commit.js';

export interface IngestServiceDeps {
  svc: ServiceStore;
  labels: Pick<LabelStore, 'quarantine'>;
  cipher: RawCipher;
  /** The de-identification key: report ids and job ids are keyed pseudonyms, like the pipeline's. */
  deidKey: string;
  /** Hands new inbox ids to the labelling queue (in process or BullMQ). A failure here loses nothing: the sweeper re-sends. */
  dispatch(ids: string[]): Promise<void>;
  /** Called once per outcome, for metrics (counts only). */
  onOutcome?(door: string, outcome: IngestOutcome): void;
  /** Called when dispatch fails after storage (the entries stay in the inbox for the sweeper). */
  onDispatchError?(err: unknown): void;
}

const FORMAT: Record<IngestContentType, InputFormat> = { hl7v2: 'hl7', 'fhir+json': 'fhir', json: 'jsonl' };

/** The job id of a raw report version: keyed, so it reveals nothing, and equal for every re-delivery of the version. */
export function inboxIdOf(raw: RawReport, key: string): string {
  const reportId = reportIdOf(raw, key);
  const version = raw.source.messageControlId ?? raw.source.version ?? sha256(raw.text).slice(0, 16);
  return `in-${keyedHex(key, `inbox|${reportId}|${version}`).slice(0, 32)}`;
}

/** A JSON body (one report object or an array of them) as JSONL lines for the tabular parser. */
function jsonBodyToLines(body: string): string | Err {
  let v: unknown;
  try {
    v = JSON.parse(body);
  } catch {
    return new RadlabelError('JSONL_PARSE', 'the body is not valid JSON');
  }
  const list = Array.isArray(v) ? v : [v];
  return list.map((o) => JSON.stringify(o)).join('\n');
}

/**
 * The service's {@link IngestPort}: parse with the pure parsers → encrypt each raw report → store
 * all of a request's reports in one transaction (the durable point: 202 / AA only after it) →
 * dispatch their ids. Bad units are quarantined (raw encrypted) and reported; the rest goes on.
 */
export function createIngestService(deps: IngestServiceDeps): IngestPort {
  const putInbox = groupCommit((e: NewInboxEntry[]) => deps.svc.putInbox(e));
  const dispatch = groupCommit(async (ids: string[]) => {
    await deps.dispatch(ids);
    return ids;
  });
  return {
    async ingest(req: IngestRequest): Promise<IngestOutcome> {
      const out: IngestOutcome = { accepted: [], skipped: [], rejected: [] };
      const where = { file: req.source.peer ? `${req.source.door}:${req.source.peer}` : req.source.door, messageId: req.source.messageId };
      let items: Iterable<IngestItem>;
      if (req.contentType === 'json') {
        const lines = jsonBodyToLines(req.body);
        items = typeof lines === 'string' ? parseInput('jsonl', lines, { file: where.file }) : [{ kind: 'error', error: lines, raw: req.body }];
      } else items = parseInput(FORMAT[req.contentType], req.body, { file: where.file });

      const entries: NewInboxEntry[] = [];
      const quarantine: QuarantineEntry[] = [];
      for (const item of items) {
        if (item.kind === 'skipped') {
          out.skipped.push({ reason: `${item.reason} (${skipCode(item.reason)}): ${item.detail}`, messageId: item.locator.messageId });
          continue;
        }
        if (item.kind === 'error') {
          const e = item.error;
          quarantine.push({ code: e.code, reason: e.message, locator: { ...where, ...e.locator }, format: FORMAT[req.contentType], raw: deps.cipher.encrypt(item.raw || req.body) });
          out.rejected.push({ code: e.code, message: e.describe(), messageId: e.locator.messageId ?? req.source.messageId });
          continue;
        }
        const raw = item.report;
        entries.push({ id: inboxIdOf(raw, deps.deidKey), reportId: reportIdOf(raw, deps.deidKey), door: req.source.door, rawEnc: deps.cipher.encrypt(JSON.stringify(raw)) });
      }
      try {
        if (quarantine.length) await deps.labels.quarantine(quarantine);
        const fresh = entries.length ? await putInbox(entries) : [];
        entries.forEach((e, i) => out.accepted.push({ reportId: e.reportId, duplicate: !fresh[i] }));
        const ids = entries.filter((_, i) => fresh[i]).map((e) => e.id);
        // Not awaited: the entries are durable, and a queue that is down must not hold the answer (the sweeper re-sends).
        if (ids.length) void dispatch(ids).catch((e: unknown) => deps.onDispatchError?.(e));
      } catch (e) {
        const err = normalizeError(e, 'STORE_WRITE');
        throw new RadlabelError('SERVICE_UNAVAILABLE', `the input could not be stored (${err.code}); nothing was accepted, send it again`, { cause: e, retriable: true });
      }
      deps.onOutcome?.(req.source.door, out);
      return out;
    },
  };
}
