import type { DeidentifiedReport } from '../../../src/domain/report.js';
import { splitSections } from '../../../src/ingest/sections/split-sections.js';

/** A de-identified report for engine tests: the text with its sections, nothing else. */
export function makeReport(text: string, reportId = 'r1'): DeidentifiedReport {
  return {
    source: { format: 'text', system: 'test' },
    status: 'final',
    sections: splitSections(text),
    text,
    reportId,
    versionKey: 'v1',
    deid: { mode: 'tag', detectorVersion: 'test', counts: {} },
    guard: [],
  };
}
