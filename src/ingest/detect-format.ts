import type { InputFormat } from './ingest-item.js';

const HL7_START = /^(?:MSH|FHS|BHS)\|/;
const PHYSIONET = /^START_OF_RECORD=/m;

/**
 * Recognises the input format from its CONTENT; the file extension only breaks ties (a one-line
 * file that could be CSV or JSONL, or a JSON object that is neither FHIR nor an archive row).
 *
 * - `hl7`: the text starts with `MSH|`, `FHS|` or `BHS|` after an optional BOM, MLLP start byte
 *   (0x0B) and whitespace.
 * - `fhir`: a JSON object with `"resourceType"` (single resource or Bundle), or NDJSON whose first
 *   line is such an object.
 * - `jsonl`: lines of JSON objects without `resourceType`.
 * - `physionet`: PhysioNet deid records (`START_OF_RECORD=`).
 * - `csv`: a header line with at least two comma-separated columns.
 *
 * Returns undefined when nothing matches.
 */
export function detectFormat(text: string, fileName?: string): InputFormat | undefined {
  const body = text.replace(/^[\uFEFF\x0b\s]+/, '');
  if (body === '') return undefined;
  if (HL7_START.test(body)) return 'hl7';
  if (PHYSIONET.test(body.slice(0, 4096))) return 'physionet';
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (body.startsWith('{')) {
    const json = jsonKind(body);
    if (json) return json;
    if (ext === 'json' || ext === 'ndjson') return 'fhir';
    if (ext === 'jsonl') return 'jsonl';
  }
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (looksLikeCsvHeader(firstLine)) return 'csv';
  if (ext === 'csv') return 'csv';
  if (ext === 'hl7') return 'hl7';
  return undefined;
}

/** FHIR (whole-text JSON object or NDJSON of resources) vs generic JSONL, from the first object. */
function jsonKind(body: string): InputFormat | undefined {
  const whole = tryParse(body);
  if (isObject(whole)) return 'resourceType' in whole ? 'fhir' : 'jsonl';
  const first = tryParse(body.split(/\r?\n/, 1)[0] ?? '');
  if (isObject(first)) return 'resourceType' in first ? 'fhir' : 'jsonl';
  // Pretty-printed but broken JSON: decide from the text.
  if (/"resourceType"\s*:/.test(body.slice(0, 4096))) return 'fhir';
  return undefined;
}

function tryParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * At least two comma-separated columns of header-like names: each with a letter, short, and not
 * ending a sentence (so a prose line with a comma is not taken for a header).
 */
function looksLikeCsvHeader(line: string): boolean {
  const cols = line.split(',');
  // A tab-separated header may have commas inside its column names.
  if (cols.length < 2 || line.split('\t').length >= cols.length) return false;
  return cols.every((c) => {
    const t = c.trim().replace(/^"(.*)"$/, '$1').trim();
    return t.length <= 64 && /\p{L}/u.test(t) && !/[.!?:;]$/.test(t) && t.split(/\s+/).length <= 6;
  });
}
