import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RadlabelError } from '../errors/index.js';
import type { IngestItem, InputFormat } from './ingest-item.js';
import { detectFormat } from './detect-format.js';
import { parseInput } from './parse-input.js';
import { TEXT_FILE_PRESETS, parseTextReport } from './text/parse-text-report.js';

export interface ReadInputsOptions {
  /** Force a format; otherwise each file's format is recognised from its content. */
  format?: InputFormat;
  /** Named column preset for CSV / JSONL (e.g. `openi`). */
  preset?: string;
}

export interface FileItem {
  file: string;
  item: IngestItem;
}

const SKIP_NAMES = /(^\.|~$|\.(md|txt\.license|license|gz|zip|png|jpe?g|pdf|dcm)$)|^(SOURCE\.txt|README(\.\w+)?|LICENSE(\.\w+)?|COPYING)$/i;

/** Lists the files named by `paths`, descending into folders (sorted, hidden files and docs skipped). */
export async function listInputFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch {
      out.push(p); // reported as INGEST_READ by readInputs
      continue;
    }
    if (st.isDirectory()) {
      const entries = (await readdir(p)).sort();
      const nested = entries.filter((e) => !SKIP_NAMES.test(e)).map((e) => join(p, e));
      out.push(...(await listInputFiles(nested)));
    } else out.push(p);
  }
  return out;
}

/**
 * Decodes file bytes. UTF-8 is required, except that an HL7 message declaring ISO 8859 in MSH-18
 * is decoded as Latin-1 (common in hospital feeds).
 * @see https://www.hl7.eu/refactored/segMSH.html#692 (MSH-18 Character Set)
 */
export function decodeInput(bytes: Buffer): { ok: true; text: string } | { ok: false; problem: string } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const latin1 = bytes.toString('latin1');
    const msh = /(?:^|[\r\n])\uFEFF?\x0b?MSH(.)(?:[^\r\n]*)/.exec(latin1);
    if (msh) {
      const fields = msh[0].trim().split(msh[1]!);
      if (/8859|latin/i.test(fields[17] ?? '')) return { ok: true, text: latin1 };
    }
    const at = firstInvalidUtf8(bytes);
    return { ok: false, problem: `not valid UTF-8 (first invalid byte at offset ${at})` };
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
  const dec = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest invalid prefix; cut points inside a sequence only shift the answer by ≤ 3.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      dec.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** One input file, read and decoded, with its format; or the error item that replaces a file that could not be. */
export type InputFile = { file: string; format: InputFormat; text: string } | FileItem;

/**
 * Reads files and folders and yields each file's decoded text and format, unparsed (so a caller
 * can spread the parsing over threads). A file that cannot be read, is not UTF-8, or whose format
 * is not recognised yields one error item instead.
 */
export async function* readInputFiles(paths: string[], opts: { format?: InputFormat; preset?: string } = {}): AsyncGenerator<InputFile> {
  for (const file of await listInputFiles(paths)) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? 'unreadable';
      yield { file, item: { kind: 'error', raw: '', error: new RadlabelError('INGEST_READ', `cannot read file (${why})`, { locator: { file } }) } };
      continue;
    }
    const decoded = decodeInput(bytes);
    if (!decoded.ok) {
      yield { file, item: { kind: 'error', raw: bytes.toString('latin1'), error: new RadlabelError('INGEST_ENCODING', decoded.problem, { locator: { file } }) } };
      continue;
    }
    // MIMIC-CXR's study folders: one plain-text report per `.txt` file.
    if (!opts.format && opts.preset !== undefined && TEXT_FILE_PRESETS.has(opts.preset) && /\.txt$/i.test(file)) {
      yield { file, item: parseTextReport(decoded.text, file, opts.preset) };
      continue;
    }
    const format = opts.format ?? detectFormat(decoded.text, file);
    if (!format) {
      yield {
        file,
        item: {
          kind: 'error',
          raw: decoded.text,
          error: new RadlabelError('INGEST_UNKNOWN_FORMAT', 'format not recognised from content (expected HL7 v2, FHIR JSON/NDJSON, CSV, JSONL or PhysioNet); pass --format', { locator: { file } }),
        },
      };
      continue;
    }
    yield { file, format, text: decoded.text };
  }
}

/**
 * Reads files and folders and yields every ingest item with its file. A file that cannot be read,
 * is not UTF-8, or whose format is not recognised yields one error item; the rest goes on.
 */
export async function* readInputs(paths: string[], opts: ReadInputsOptions = {}): AsyncGenerator<FileItem> {
  for await (const f of readInputFiles(paths, opts)) {
    if ('item' in f) yield f;
    else for (const item of parseInput(f.format, f.text, { file: f.file, preset: opts.preset })) yield { file: f.file, item };
  }
}
