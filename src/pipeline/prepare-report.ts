import type { DeidentifiedReport, RawReport } from '../domain/report.js';
import { normalizeError, type Locator, type RadlabelError, type SkipReason } from '../errors/index.js';
import type { IngestItem } from '../ingest/ingest-item.js';
import type { LabelStore } from '../store/label-store.js';
import type { Stage } from './stage.js';

/** What one ingest item becomes before extraction. */
export type Prepared =
  /** De-identified and not yet labelled for the ontology: extract it. */
  | { kind: 'ready'; report: DeidentifiedReport; raw: RawReport }
  /** This exact version is already labelled (re-delivery or resumed run). */
  | { kind: 'labelled'; report: DeidentifiedReport }
  /** A deliberate skip (not a report, not radiology…), counted by reason. */
  | { kind: 'skipped'; reason: SkipReason; locator: Locator }
  /** Bad input or failed de-identification: to the quarantine with its raw unit. */
  | { kind: 'quarantine'; error: RadlabelError; raw: string; format?: string };

export interface PrepareContext {
  deid: Stage<RawReport, DeidentifiedReport>;
  store: Pick<LabelStore, 'hasVersion'>;
  ontologyId: string;
  /** Skip versions already labelled for the ontology. Default true. */
  resume?: boolean;
}

/**
 * The one preparation path: parsed item → de-identify → quarantine → resume check. Files
 * (`radlabel run`, `batch submit`), HTTP bodies, MLLP frames and FHIR resources all go through it.
 */
export async function prepareItem(item: IngestItem, ctx: PrepareContext): Promise<Prepared> {
  if (item.kind === 'skipped') return { kind: 'skipped', reason: item.reason, locator: item.locator };
  if (item.kind === 'error') return { kind: 'quarantine', error: item.error, raw: item.raw };
  return prepareRaw(item.report, ctx);
}

/** {@link prepareItem} for a report already parsed (the service stores parsed reports, encrypted). */
export async function prepareRaw(raw: RawReport, ctx: PrepareContext): Promise<Prepared> {
  let report: DeidentifiedReport;
  try {
    report = await ctx.deid.run(raw);
  } catch (e) {
    const error = normalizeError(e, 'DEID_FAILED', rawLocator(raw));
    return { kind: 'quarantine', error, raw: raw.text, format: raw.source.format };
  }
  if ((ctx.resume ?? true) && (await ctx.store.hasVersion(report.reportId, report.versionKey, ctx.ontologyId))) {
    return { kind: 'labelled', report };
  }
  return { kind: 'ready', report, raw };
}

/** Names a raw report's input without its text. */
export function rawLocator(r: RawReport): Locator {
  return { file: r.source.file, messageId: r.source.messageControlId ?? r.archiveId, row: r.source.row };
}
