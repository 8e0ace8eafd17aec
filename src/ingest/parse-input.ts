import type { IngestItem, InputFormat } from './ingest-item.js';
import { parseHl7 } from './hl7/parse-hl7.js';
import { parseFhir } from './fhir/parse-fhir.js';
import { parseCsv, parseJsonl } from './tabular/index.js';
import { parsePhysionet } from './physionet/parse-physionet.js';

/** Dispatches text of a known format to its pure parser. */
export function parseInput(format: InputFormat, text: string, opts: { file?: string; preset?: string } = {}): IngestItem[] {
  switch (format) {
    case 'hl7':
      return parseHl7(text, { file: opts.file });
    case 'fhir':
      return parseFhir(text, { file: opts.file });
    case 'csv':
      return parseCsv(text, { file: opts.file, preset: opts.preset });
    case 'jsonl':
      return parseJsonl(text, { file: opts.file, preset: opts.preset });
    case 'physionet':
      return parsePhysionet(text, { file: opts.file });
  }
}
