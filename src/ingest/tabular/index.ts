export { parseCsv } from './parse-csv.js';
export { parseJsonl } from './parse-jsonl.js';
export type { TabularOptions } from './tabular-options.js';
export {
  ColumnMappingSchema,
  TABULAR_PRESETS,
  SECTION_COLUMNS,
  detectMapping,
  isTabularPreset,
  type ColumnMapping,
} from './column-mapping.js';
