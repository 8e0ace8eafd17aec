import type { DeidentifiedReport, RawReport } from '../domain/report.js';
import type { Stage } from '../domain/stage.js';
import { deidentify, type DeidSettings } from './deidentify.js';

/** The de-identification stage of the pipeline: RawReport in, DeidentifiedReport out (or DEID_* thrown). */
export function createDeidStage(settings: DeidSettings): Stage<RawReport, DeidentifiedReport> {
  return { name: 'deid', run: (raw) => deidentify(raw, settings) };
}
