import type { Ontology } from '../../domain/ontology.js';
import type { DeidentifiedReport, RawReport } from '../../domain/report.js';
import { normalizeError, RadlabelError, type ErrorCode, type Locator } from '../../errors/index.js';
import type { Extractor } from '../../extract/extractor.js';
import type { MessageChunk } from '../../ingest/hl7/framing.js';
import { parseHl7Chunk } from '../../ingest/hl7/parse-hl7.js';
import { deidentify, type DeidSettings } from '../../deid/deidentify.js';
import { toWire, type WireLabelled } from './wire-labelled.js';

/**
 * One unit of work for a labelling thread: an HL7 message still to parse (the messages of a file
 * are independent), or a report the main thread already parsed (CSV, JSONL, FHIR…).
 */
export type WorkUnit =
  | { kind: 'hl7'; file: string; row: number; chunk: MessageChunk }
  | { kind: 'report'; file: string; report: RawReport };

/** A {@link RadlabelError} as plain data, to cross a thread boundary. */
export interface ErrorData {
  code: ErrorCode;
  message: string;
  locator: Locator;
  retriable: boolean;
}

export const errorData = (e: RadlabelError): ErrorData => ({ code: e.code, message: e.message, locator: e.locator, retriable: e.retriable });
export const errorFrom = (d: ErrorData): RadlabelError => new RadlabelError(d.code, d.message, { locator: d.locator, retriable: d.retriable });

/**
 * What became of a unit, as plain data. `raw` travels only to be quarantined on the main thread;
 * a labelled report travels partly as JSON text (see wire-labelled.ts).
 */
export type UnitOutcome =
  | { kind: 'skipped'; reason: string }
  | { kind: 'rejected'; error: ErrorData; raw: string; format?: string }
  | { kind: 'extracted'; labelled: WireLabelled }
  | { kind: 'extract-failed'; report: DeidentifiedReport; error: ErrorData };

/** The per-thread context a unit is labelled with. */
export interface UnitContext {
  ontology: Ontology;
  deid: DeidSettings;
  extractor: Extractor;
}

function locatorOf(r: RawReport): Locator {
  return { file: r.source.file, messageId: r.source.messageControlId ?? r.archiveId, row: r.source.row };
}

/** The three stages a labelling thread runs, as timed by {@link labelUnits}. */
export type UnitPhase = 'parse' | 'deidentify' | 'extract';

type Parsed = { i: number; raw: RawReport };
type Deidentified = { i: number; report: DeidentifiedReport };

/**
 * Parse (HL7) → de-identify → extract for a batch of units, stage by stage over the whole batch
 * (so a thread can time each stage with three clock reads per batch: `lap` is called after each
 * stage), with the same outcomes as the in-process pipeline: parse errors and de-identification
 * failures are rejected for quarantine, an extraction failure keeps its report so the main thread
 * can record it as retriable. Outcomes are in unit order. Each stage still takes the units in
 * order, and extraction does not feed back into de-identification, so the results are those of
 * labelling unit after unit.
 */
export async function labelUnits(units: readonly WorkUnit[], ctx: UnitContext, lap?: (phase: UnitPhase) => void): Promise<UnitOutcome[]> {
  const out: UnitOutcome[] = new Array(units.length);
  const parsed: Parsed[] = [];
  units.forEach((unit, i) => {
    if (unit.kind === 'report') return void parsed.push({ i, raw: unit.report });
    const item = parseHl7Chunk(unit.chunk, { file: unit.file }, unit.row);
    if (item.kind === 'skipped') out[i] = { kind: 'skipped', reason: item.reason };
    else if (item.kind === 'error') out[i] = { kind: 'rejected', error: errorData(item.error), raw: item.raw };
    else parsed.push({ i, raw: item.report });
  });
  lap?.('parse');
  const ready: Deidentified[] = [];
  for (const { i, raw } of parsed) {
    try {
      ready.push({ i, report: deidentify(raw, ctx.deid) });
    } catch (e) {
      out[i] = { kind: 'rejected', error: errorData(normalizeError(e, 'DEID_FAILED', locatorOf(raw))), raw: raw.text, format: raw.source.format };
    }
  }
  lap?.('deidentify');
  for (const { i, report } of ready) {
    try {
      const { labels } = await ctx.extractor.extract(report, ctx.ontology);
      // Mentions stay behind: the labels carry their evidence, and the store keeps only the labels.
      out[i] = { kind: 'extracted', labelled: toWire(report, labels) };
    } catch (e) {
      out[i] = { kind: 'extract-failed', report, error: errorData(normalizeError(e, 'EXTRACT_FAILED', { file: report.source.file, messageId: report.reportId, row: report.source.row })) };
    }
  }
  lap?.('extract');
  return out;
}

/**
 * The key that keeps one patient's reports on one thread, in input order: de-identification
 * remembers a patient's names across their reports. HL7: PID-2..4 as written; a parsed report:
 * its patient id. Undefined when there is none (any thread will do).
 */
export function patientRouteKey(unit: WorkUnit): string | undefined {
  if (unit.kind === 'report') return unit.report.patientId ?? unit.report.identifiers.patientIds[0];
  const sep = unit.chunk.hasMsh ? unit.chunk.lines[0]!.charAt(3) : '|';
  const pid = unit.chunk.lines.find((l) => l.startsWith('PID' + sep));
  if (!pid) return undefined;
  const f = pid.split(sep);
  const key = `${f[2] ?? ''}${sep}${f[3] ?? ''}${sep}${f[4] ?? ''}`;
  return key.length > 2 ? key : undefined;
}
