import type { RawReport } from '../src/domain/report.js';
import { parseHl7 } from '../src/ingest/hl7/parse-hl7.js';
import { seededRandom, syntheticCase, syntheticCaseHl7 } from '../src/deid/synthetic-phi.js';
import { deidentify } from '../src/deid/deidentify.js';
const r = seededRandom(7);
const raws: RawReport[] = [];
for (let i = 0; i < 1000; i++) for (const item of parseHl7(syntheticCaseHl7(syntheticCase(i, r), i))) if (item.kind === 'report') raws.push(item.report);
const settings = { key: 'bench-key-0123456789abcdef', mode: 'surrogate' as const, keepStudyUids: false };
for (let k = 0; k < 12; k++) for (const x of raws) deidentify(x, settings);
