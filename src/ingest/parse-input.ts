import type { IngestItem, InputFormat } from './ingest-item.js';
import { iterateHl7 } from './hl7/parse-hl7.js';
import { parseFhir } from './fhir/parse-fhir.js';
import { parseCsv, parseJsonl } from './tabular/index.js';
import { parsePhysionet } from './physionet/parse-physionet.js';

/**
 * Dispatches text of a known format to its pure parser. HL7 files are parsed one message at a time,
 * so a batch file of many thousand messages never holds all its reports at once.
 */
export function parseInput(format: InputFormat, text: string, opts: { file?: string; preset?: string } = {}): Iterable<IngestItem> {
  switch (format) {
    case 'hl7':
      return iterateHl7(text, { file: opts.file });
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
