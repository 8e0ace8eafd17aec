import type { ImageRecord, RawImageHeader } from '../../domain/image.js';
import { RadlabelError } from '../../errors/index.js';
import type { ImageStore } from '../../store/images/image-store.js';
import { pseudonymiseImage, type ImagePseudonymSettings } from '../pseudonymise-image.js';
import { headerFromJson, INSTANCE_INCLUDE, SERIES_INCLUDE, STUDY_INCLUDE } from './dicom-json.js';
import { QidoClient, publicRoot, type DicomwebSettings } from './qido-client.js';

export interface PullOptions extends ImagePseudonymSettings {
  /** Results per QIDO-RS page at every level. Default 100. */
  pageSize?: number;
  /** Extra study-level query keys (`ModalitiesInStudy=CR`, `StudyDate=20240101-`). */
  query?: Record<string, string>;
  /** Ignore a saved resume point and start from the first study. */
  restart?: boolean;
  onProgress?: (p: PullProgress) => void;
}

export interface PullProgress {
  studies: number;
  series: number;
  instances: number;
  /** Instances without a SOP or Study Instance UID (not indexed). */
  skipped: number;
  /** The study offset the pull resumed at (0 for a fresh pull). */
  resumedAt: number;
}

interface SyncState {
  /** Studies fully indexed, in the server's study order for this query. */
  offset: number;
  query: Record<string, string>;
  complete: boolean;
}

const syncKey = (s: DicomwebSettings) => `dicomweb:${publicRoot(s.url)}`;

/**
 * `radlabel images pull --dicomweb URL`: QIDO-RS studies → series → instances, each level paged
 * with `limit` / `offset`, indexing every instance (pseudonymised: its location is the WADO-RS URL
 * with remapped UIDs). After each study the resume point is saved, so an interrupted pull goes on
 * from the next study (the same study order is assumed; re-indexing is an idempotent upsert).
 */
export async function pullDicomweb(store: ImageStore, server: DicomwebSettings, opts: PullOptions): Promise<PullProgress> {
  const qido = new QidoClient(server);
  const root = publicRoot(server.url);
  const pageSize = opts.pageSize ?? 100;
  const query = opts.query ?? {};
  const key = syncKey(server);
  const saved = opts.restart ? undefined : await store.getSyncState(key);
  const state = saved ? (JSON.parse(saved) as SyncState) : undefined;
  const start = state && !state.complete && JSON.stringify(state.query) === JSON.stringify(query) ? state.offset : 0;
  const p: PullProgress = { studies: 0, series: 0, instances: 0, skipped: 0, resumedAt: start };
  let next = start;

  try {
    const studies = qido.searchAll('/studies', { ...query, includefield: STUDY_INCLUDE.join(',') }, 'study', pageSize, start);
    for await (const [studyJson, index] of studies) {
      const study = headerFromJson(studyJson);
      if (!study.studyInstanceUid) continue;
      const studyPath = `/studies/${encodeURIComponent(study.studyInstanceUid)}`;
      for await (const [seriesJson] of qido.searchAll(`${studyPath}/series`, { includefield: SERIES_INCLUDE.join(',') }, 'series', pageSize)) {
        const series: RawImageHeader = { ...study, ...headerFromJson(seriesJson) };
        if (!series.seriesInstanceUid) continue;
        p.series++;
        const seriesPath = `${studyPath}/series/${encodeURIComponent(series.seriesInstanceUid)}`;
        const batch: ImageRecord[] = [];
        for await (const [instJson] of qido.searchAll(`${seriesPath}/instances`, { includefield: INSTANCE_INCLUDE.join(',') }, 'instance', pageSize)) {
          const h: RawImageHeader = { ...series, ...headerFromJson(instJson) };
          const location = h.sopInstanceUid ? `${root}${seriesPath}/instances/${encodeURIComponent(h.sopInstanceUid)}` : undefined;
          const rec = pseudonymiseImage(h, location, 'dicomweb', opts);
          if (typeof rec === 'string') p.skipped++;
          else batch.push(rec);
        }
        await store.saveImages(batch);
        p.instances += batch.length;
      }
      p.studies++;
      next = index + 1;
      await store.putSyncState(key, JSON.stringify({ offset: next, query, complete: false } satisfies SyncState));
      opts.onProgress?.(p);
    }
  } catch (e) {
    // The resume point is saved after every whole study: say where the next run starts.
    if (e instanceof RadlabelError && e.code !== 'DICOMWEB_AUTH') {
      throw new RadlabelError(e.code, `${e.message} ${p.studies} studies were indexed; run the pull again to resume at study ${next + 1}.`, {
        retriable: e.retriable,
        cause: e,
      });
    }
    throw e;
  }
  await store.putSyncState(key, JSON.stringify({ offset: 0, query, complete: true } satisfies SyncState));
  return p;
}
