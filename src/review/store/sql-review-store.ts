import { SectionSchema, type Section } from '../../domain/report.js';
import type { Provenance, StudyLabel } from '../../domain/labels.js';
import type { LabelValue } from '../review-schemas.js';
import type {
  AcceptRow,
  AdjudicationRow,
  CorrectionRow,
  ItemPageRow,
  ItemRecord,
  NewItem,
  PopulationRow,
  ReviewState,
  ReviewStore,
  StoredVersion,
  WorklistRecord,
} from '../review-store.js';
import type { ReviewExec } from './review-exec.js';
import { json } from '../../store/rows.js';

type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

const worklistFrom = (r: Row): WorklistRecord => ({
  id: String(r.id),
  name: String(r.name),
  ontologyId: String(r.ontology_id),
  kind: r.kind as WorklistRecord['kind'],
  params: json(r.params),
  size: Number(r.size),
  marginOfError: r.margin_of_error === null ? null : Number(r.margin_of_error),
  confidence: r.confidence === null ? null : Number(r.confidence),
  strata: json(r.strata),
  reviewers: json(r.reviewers),
  adjudicator: str(r.adjudicator),
  createdBy: String(r.created_by),
  createdAt: String(r.created_at),
});

const itemFrom = (r: Row): ItemRecord => ({
  id: String(r.id),
  worklistId: String(r.worklist_id),
  position: Number(r.position),
  reportId: String(r.report_id),
  versionKey: String(r.version_key),
  stratum: String(r.stratum),
  extractor: String(r.extractor),
  machine: json(r.machine),
  other: r.other === null ? null : json(r.other),
  reasons: json(r.reasons),
  summary: json(r.summary),
});

const ITEM_COLUMNS = 'id, worklist_id, position, report_id, version_key, stratum, extractor, machine, other, reasons, summary';
/** Rows per multi-row INSERT: 11 parameters each stays under SQLite's 32,766 and PostgreSQL's 65,535 limits. */
const INSERT_BATCH = 500;

const pageRow = (r: Row): ItemPageRow => ({
  itemId: String(r.id),
  position: Number(r.position),
  status: Number(r.done) === 1 ? 'done' : 'todo',
  summary: json(r.summary),
});

/** `(?, ?, …)` lists for a multi-row insert. */
const tuples = (rows: number, cols: number): string => Array.from({ length: rows }, () => `(${Array(cols).fill('?').join(', ')})`).join(', ');

/**
 * The review store on either database through {@link ReviewExec}: the SQL is the same text in both
 * dialects (ISO timestamps as text, JSON as text, `?` placeholders), so one implementation serves
 * both and the contract suite runs it on each.
 */
export function sqlReviewStore(ex: ReviewExec, close: () => Promise<void>): ReviewStore {
  const inList = (n: number): string => Array(n).fill('?').join(', ');
  // Serialises concurrent writers of one item in PostgreSQL (SQLite's IMMEDIATE transaction already does).
  const lockItem = async (tx: ReviewExec, itemId: string) => {
    if (tx.dialect === 'postgres') await tx.all('SELECT id FROM review_items WHERE id = ? FOR UPDATE', [itemId]);
  };
  return {
    async createWorklist(wl, items) {
      await ex.tx(async (tx) => {
        await tx.run(
          `INSERT INTO review_worklists (id, name, ontology_id, kind, params, size, margin_of_error, confidence, strata, reviewers, adjudicator, created_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [wl.id, wl.name, wl.ontologyId, wl.kind, JSON.stringify(wl.params), wl.size, wl.marginOfError, wl.confidence, JSON.stringify(wl.strata), JSON.stringify(wl.reviewers), wl.adjudicator, wl.createdBy, wl.createdAt],
        );
        for (let i = 0; i < items.length; i += INSERT_BATCH) {
          const batch = items.slice(i, i + INSERT_BATCH);
          const params = batch.flatMap((it: NewItem) => [
            it.id,
            wl.id,
            it.position,
            it.reportId,
            it.versionKey,
            it.stratum,
            it.extractor,
            JSON.stringify(it.machine),
            it.other ? JSON.stringify(it.other) : null,
            JSON.stringify(it.reasons),
            JSON.stringify(it.summary),
          ]);
          await tx.run(`INSERT INTO review_items (${ITEM_COLUMNS}) VALUES ${tuples(batch.length, 11)}`, params);
          for (const reviewer of wl.reviewers) {
            const ap = batch.flatMap((it) => [it.id, wl.id, it.position, reviewer]);
            await tx.run(`INSERT INTO review_assignments (item_id, worklist_id, position, reviewer) VALUES ${tuples(batch.length, 4)}`, ap);
          }
        }
      });
    },

    async listWorklists() {
      return (await ex.all('SELECT * FROM review_worklists ORDER BY created_at, id')).map(worklistFrom);
    },

    async getWorklist(id) {
      const r = (await ex.all('SELECT * FROM review_worklists WHERE id = ?', [id]))[0];
      return r ? worklistFrom(r) : undefined;
    },

    async progress(worklistId, reviewer) {
      const wl = await this.getWorklist(worklistId);
      const total = Number((await ex.all('SELECT COUNT(*) AS n FROM review_items WHERE worklist_id = ?', [worklistId]))[0]?.n ?? 0);
      let done: number;
      if (wl && wl.reviewers.length) {
        // Done when no assigned reviewer is still to accept it.
        const r = await ex.all(
          `SELECT COUNT(*) AS n FROM review_items i WHERE i.worklist_id = ?
             AND NOT EXISTS (SELECT 1 FROM review_assignments a WHERE a.item_id = i.id AND a.done_at IS NULL)`,
          [worklistId],
        );
        done = Number(r[0]?.n ?? 0);
      } else {
        const r = await ex.all('SELECT COUNT(DISTINCT item_id) AS n FROM review_assignments WHERE worklist_id = ? AND done_at IS NOT NULL', [worklistId]);
        done = Number(r[0]?.n ?? 0);
      }
      const mineDone = Number((await ex.all('SELECT COUNT(*) AS n FROM review_assignments WHERE worklist_id = ? AND reviewer = ? AND done_at IS NOT NULL', [worklistId, reviewer]))[0]?.n ?? 0);
      const mineTotal = wl && wl.reviewers.length ? Number((await ex.all('SELECT COUNT(*) AS n FROM review_assignments WHERE worklist_id = ? AND reviewer = ?', [worklistId, reviewer]))[0]?.n ?? 0) : total;
      return { done, total, mine: { done: mineDone, total: mineTotal } };
    },

    async pageItems(worklistId, q) {
      const status = (done: string) => (q.status === 'all' ? '' : q.status === 'done' ? ` AND ${done}` : ` AND NOT ${done}`);
      let count: string;
      let page: string;
      let params: unknown[];
      if (q.assignedTo !== undefined) {
        // The caller's own assignments: status is the assignment's, and (worklist, reviewer, position) is an index.
        const done = 'a.done_at IS NOT NULL';
        const where = `a.worklist_id = ? AND a.reviewer = ?${status(done)}`;
        params = [worklistId, q.assignedTo];
        count = `SELECT COUNT(*) AS n FROM review_assignments a WHERE ${where}`;
        page = `SELECT i.id, a.position, i.summary, CASE WHEN ${done} THEN 1 ELSE 0 END AS done FROM review_assignments a JOIN review_items i ON i.id = a.item_id
                 WHERE ${where} AND a.position > ? ORDER BY a.position LIMIT ?`;
      } else {
        const done =
          q.doneBy === undefined
            ? 'EXISTS (SELECT 1 FROM review_assignments d WHERE d.item_id = i.id AND d.done_at IS NOT NULL)'
            : 'EXISTS (SELECT 1 FROM review_assignments d WHERE d.item_id = i.id AND d.reviewer = ? AND d.done_at IS NOT NULL)';
        const where = `i.worklist_id = ?${status(done)}`;
        params = q.doneBy === undefined || q.status === 'all' ? [worklistId] : [worklistId, q.doneBy];
        count = `SELECT COUNT(*) AS n FROM review_items i WHERE ${where}`;
        page = `SELECT i.id, i.position, i.summary, CASE WHEN ${done} THEN 1 ELSE 0 END AS done FROM review_items i WHERE ${where} AND i.position > ? ORDER BY i.position LIMIT ?`;
        if (q.doneBy !== undefined) {
          const total = Number((await ex.all(count, params))[0]?.n ?? 0);
          const rows = await ex.all(page, [q.doneBy, ...params, q.afterPosition, q.limit]);
          return { items: rows.map(pageRow), total };
        }
      }
      const total = Number((await ex.all(count, params))[0]?.n ?? 0);
      const rows = await ex.all(page, [...params, q.afterPosition, q.limit]);
      return { items: rows.map(pageRow), total };
    },

    async getItem(itemId) {
      const r = (await ex.all(`SELECT ${ITEM_COLUMNS} FROM review_items WHERE id = ?`, [itemId]))[0];
      return r ? itemFrom(r) : undefined;
    },

    async itemsAfter(worklistId, afterPosition, limit) {
      return (await ex.all(`SELECT ${ITEM_COLUMNS} FROM review_items WHERE worklist_id = ? AND position > ? ORDER BY position LIMIT ?`, [worklistId, afterPosition, limit])).map(itemFrom);
    },

    async neighbours(worklistId, position, assignedTo) {
      const [t, extra] = assignedTo === undefined ? ['review_items', ''] : ['review_assignments', ' AND reviewer = ?'];
      const col = assignedTo === undefined ? 'id' : 'item_id';
      const ps = assignedTo === undefined ? [worklistId, position] : [worklistId, position, assignedTo];
      const prev = (await ex.all(`SELECT ${col} AS id FROM ${t} WHERE worklist_id = ? AND position < ?${extra} ORDER BY position DESC LIMIT 1`, ps))[0];
      const next = (await ex.all(`SELECT ${col} AS id FROM ${t} WHERE worklist_id = ? AND position > ?${extra} ORDER BY position LIMIT 1`, ps))[0];
      return { prev: prev ? String(prev.id) : null, next: next ? String(next.id) : null };
    },

    async nextTodo(worklistId, position, reviewer, assignedOnly) {
      const pick = async (cmp: string, pos: number) => {
        const sql = assignedOnly
          ? `SELECT item_id AS id FROM review_assignments WHERE worklist_id = ? AND reviewer = ? AND done_at IS NULL AND position ${cmp} ? ORDER BY position LIMIT 1`
          : `SELECT i.id FROM review_items i WHERE i.worklist_id = ? AND NOT EXISTS (SELECT 1 FROM review_assignments d WHERE d.item_id = i.id AND d.done_at IS NOT NULL AND (d.reviewer = ? OR d.reviewer <> ?))
               AND i.position ${cmp} ? ORDER BY i.position LIMIT 1`;
        const ps = assignedOnly ? [worklistId, reviewer, pos] : [worklistId, reviewer, reviewer, pos];
        return (await ex.all(sql, ps))[0];
      };
      const r = (await pick('>', position)) ?? (await pick('>=', 0));
      return r ? String(r.id) : null;
    },

    async isAssigned(itemId, reviewer) {
      return (await ex.all('SELECT 1 AS x FROM review_assignments WHERE item_id = ? AND reviewer = ?', [itemId, reviewer])).length > 0;
    },

    async markOpened(item, reviewer, at) {
      await ex.tx(async (tx) => {
        const had = await tx.all('SELECT opened_at FROM review_assignments WHERE item_id = ? AND reviewer = ?', [item.id, reviewer]);
        if (had.length) await tx.run('UPDATE review_assignments SET opened_at = ? WHERE item_id = ? AND reviewer = ?', [at, item.id, reviewer]);
        else await tx.run('INSERT INTO review_assignments (item_id, worklist_id, position, reviewer, opened_at) VALUES (?, ?, ?, ?, ?)', [item.id, item.worklistId, item.position, reviewer, at]);
      });
    },

    async addCorrection(c) {
      return ex.tx(async (tx) => {
        await lockItem(tx, c.itemId);
        const last = (await tx.all('SELECT version, value FROM review_corrections WHERE item_id = ? AND label_id = ? AND reviewer = ? ORDER BY version DESC LIMIT 1', [c.itemId, c.labelId, c.reviewer]))[0];
        const row: CorrectionRow = {
          itemId: c.itemId,
          labelId: c.labelId,
          reviewer: c.reviewer,
          version: last ? Number(last.version) + 1 : 1,
          value: c.value,
          previous: last ? (String(last.value) as LabelValue) : c.machine,
          machine: c.machine,
          reason: c.reason ?? null,
          at: c.at,
        };
        await tx.run('INSERT INTO review_corrections (item_id, label_id, reviewer, version, value, previous, machine, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
          row.itemId,
          row.labelId,
          row.reviewer,
          row.version,
          row.value,
          row.previous,
          row.machine,
          row.reason,
          row.at,
        ]);
        return row;
      });
    },

    async accept(item, reviewer, values, at) {
      await ex.tx(async (tx) => {
        await lockItem(tx, item.id);
        const a = (await tx.all('SELECT opened_at FROM review_assignments WHERE item_id = ? AND reviewer = ?', [item.id, reviewer]))[0];
        if (!a) await tx.run('INSERT INTO review_assignments (item_id, worklist_id, position, reviewer, opened_at, done_at) VALUES (?, ?, ?, ?, ?, ?)', [item.id, item.worklistId, item.position, reviewer, at, at]);
        else await tx.run('UPDATE review_assignments SET done_at = ? WHERE item_id = ? AND reviewer = ?', [at, item.id, reviewer]);
        await tx.run('INSERT INTO review_accepts (item_id, reviewer, vals, at) VALUES (?, ?, ?, ?)', [item.id, reviewer, JSON.stringify(values), at]);
        const opened = a ? str(a.opened_at) : at;
        if (opened) {
          const seconds = Math.max(0, (Date.parse(at) - Date.parse(opened)) / 1000);
          await tx.run('INSERT INTO review_timings (item_id, reviewer, opened_at, accepted_at, seconds) VALUES (?, ?, ?, ?, ?)', [item.id, reviewer, opened, at, seconds]);
        }
      });
    },

    async adjudicate(a) {
      const row: AdjudicationRow = { ...a, reason: a.reason ?? null };
      await ex.tx(async (tx) => {
        await tx.run('INSERT INTO review_adjudications (item_id, label_id, adjudicator, value, reason, at) VALUES (?, ?, ?, ?, ?, ?)', [row.itemId, row.labelId, row.adjudicator, row.value, row.reason, row.at]);
      });
      return row;
    },

    async reviewState(itemIds): Promise<ReviewState> {
      if (!itemIds.length) return { corrections: [], accepts: [], adjudications: [] };
      const ids = inList(itemIds.length);
      const corrections = (await ex.all(`SELECT * FROM review_corrections WHERE item_id IN (${ids}) ORDER BY id`, itemIds)).map(
        (r): CorrectionRow => ({
          itemId: String(r.item_id),
          labelId: String(r.label_id),
          reviewer: String(r.reviewer),
          version: Number(r.version),
          value: r.value as LabelValue,
          previous: r.previous as LabelValue,
          machine: r.machine as LabelValue,
          reason: str(r.reason),
          at: String(r.at),
        }),
      );
      const accepts = (await ex.all(`SELECT * FROM review_accepts WHERE item_id IN (${ids}) ORDER BY id`, itemIds)).map(
        (r): AcceptRow => ({ itemId: String(r.item_id), reviewer: String(r.reviewer), values: json(r.vals), at: String(r.at) }),
      );
      const adjudications = (await ex.all(`SELECT * FROM review_adjudications WHERE item_id IN (${ids}) ORDER BY id`, itemIds)).map(
        (r): AdjudicationRow => ({ itemId: String(r.item_id), labelId: String(r.label_id), adjudicator: String(r.adjudicator), value: r.value as LabelValue, reason: str(r.reason), at: String(r.at) }),
      );
      return { corrections, accepts, adjudications };
    },

    async timings(reviewer, worklistId) {
      const rows = worklistId
        ? await ex.all('SELECT t.seconds FROM review_timings t JOIN review_items i ON i.id = t.item_id WHERE t.reviewer = ? AND i.worklist_id = ? ORDER BY t.accepted_at', [reviewer, worklistId])
        : await ex.all('SELECT seconds FROM review_timings WHERE reviewer = ? ORDER BY accepted_at', [reviewer]);
      return rows.map((r) => Number(r.seconds));
    },

    async population(ontologyId, afterReportId, limit, withText) {
      const rows = await ex.all(
        `SELECT l.report_id, l.version_key, l.extractor, l.labels, r.source_format, r.exam_date_time${withText ? ', r.text, r.sections' : ''}
           FROM labels l JOIN reports r ON r.report_id = l.report_id AND r.version_key = l.version_key
          WHERE l.ontology_id = ? AND l.is_current = TRUE AND r.status <> 'cancelled' AND l.report_id > ?
          ORDER BY l.report_id LIMIT ?`,
        [ontologyId, afterReportId ?? '', limit],
      );
      return rows.map(
        (r): PopulationRow => ({
          reportId: String(r.report_id),
          versionKey: String(r.version_key),
          extractor: String(r.extractor),
          labels: json<Record<string, StudyLabel>>(r.labels),
          sourceFormat: String(r.source_format),
          examDate: str(r.exam_date_time),
          ...(withText ? { text: String(r.text), sections: json<unknown[]>(r.sections).map((s) => SectionSchema.parse(s)) } : {}),
        }),
      );
    },

    async storedVersion(reportId, versionKey, ontologyId) {
      const r = (
        await ex.all(
          `SELECT r.report_id, r.version_key, r.text, r.sections, r.modality, r.exam_date_time, r.guard, l.labels, l.provenance
             FROM reports r LEFT JOIN labels l ON l.report_id = r.report_id AND l.version_key = r.version_key AND l.ontology_id = ?
            WHERE r.report_id = ? AND r.version_key = ?`,
          [ontologyId, reportId, versionKey],
        )
      )[0];
      if (!r) return undefined;
      const v: StoredVersion = {
        reportId: String(r.report_id),
        versionKey: String(r.version_key),
        text: String(r.text),
        sections: json<Section[]>(r.sections),
        modality: str(r.modality),
        examDate: str(r.exam_date_time),
        guard: json<string[]>(r.guard),
        labels: r.labels === null ? null : json<Record<string, StudyLabel>>(r.labels),
        provenance: r.provenance === null ? null : json<Provenance>(r.provenance),
      };
      return v;
    },

    close,
  };
}
