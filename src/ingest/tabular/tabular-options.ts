import { RadlabelError } from '../../errors/index.js';
import type { IngestItem } from '../ingest-item.js';
import { ColumnMappingSchema, TABULAR_PRESETS, type ColumnMapping } from './column-mapping.js';

/** Options of {@link parseCsv} and {@link parseJsonl}. */
export interface TabularOptions {
  /** An explicit column mapping (validated with {@link ColumnMappingSchema}). Wins over `preset`. */
  mapping?: ColumnMapping;
  /** A named mapping from `TABULAR_PRESETS` (e.g. `openi`); also becomes `source.system`. */
  preset?: string;
  /** Input file path, for locators and `source.file`. */
  file?: string;
}

export type ResolvedMapping =
  | { ok: true; mapping: ColumnMapping | undefined; system: string | undefined }
  | { ok: false; item: IngestItem };

/**
 * Resolves the explicit mapping or preset; undefined mapping means "detect from the header".
 * An invalid mapping or unknown preset yields one CONFIG_INVALID error item (parsers never throw).
 */
export function resolveMapping(opts: TabularOptions): ResolvedMapping {
  const locator = { file: opts.file };
  if (opts.mapping !== undefined) {
    const parsed = ColumnMappingSchema.safeParse(opts.mapping);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : 'mapping';
      const error = new RadlabelError('CONFIG_INVALID', `column mapping ${where}: ${issue?.message ?? 'invalid'}`, { locator });
      return { ok: false, item: { kind: 'error', error, raw: '' } };
    }
    return { ok: true, mapping: parsed.data, system: opts.preset };
  }
  if (opts.preset !== undefined) {
    const preset = Object.hasOwn(TABULAR_PRESETS, opts.preset) ? TABULAR_PRESETS[opts.preset] : undefined;
    if (!preset) {
      const known = Object.keys(TABULAR_PRESETS).join(', ');
      const error = new RadlabelError('CONFIG_INVALID', `unknown column preset "${opts.preset}" (known: ${known})`, { locator });
      return { ok: false, item: { kind: 'error', error, raw: '' } };
    }
    return { ok: true, mapping: preset, system: opts.preset };
  }
  return { ok: true, mapping: undefined, system: undefined };
}
