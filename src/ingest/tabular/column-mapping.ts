import { z } from 'zod';

/** Section columns, in the order their text is assembled into the report. */
export const SECTION_COLUMNS = ['indication', 'history', 'comparison', 'technique', 'findings', 'impression', 'addendum'] as const;
export type SectionColumn = (typeof SECTION_COLUMNS)[number];

const column = z.string().min(1);

/**
 * Which column (CSV header name or JSONL key) holds what. Either `text` (the whole report, split
 * into sections by heading) or one or more section columns must be given; metadata columns are
 * optional. Columns not named here (e.g. Open-i's MeSH labels) are ignored and never become text.
 */
export const ColumnMappingSchema = z
  .object({
    id: column,
    text: column.optional(),
    indication: column.optional(),
    history: column.optional(),
    comparison: column.optional(),
    technique: column.optional(),
    findings: column.optional(),
    impression: column.optional(),
    addendum: column.optional(),
    patientId: column.optional(),
    accession: column.optional(),
    modality: column.optional(),
    bodyPart: column.optional(),
    procedure: column.optional(),
    examDate: column.optional(),
    studyInstanceUid: column.optional(),
    patientName: column.optional(),
    birthDate: column.optional(),
  })
  .strict()
  .refine((m) => m.text !== undefined || SECTION_COLUMNS.some((c) => m[c] !== undefined), {
    message: 'the mapping needs a text column or at least one section column',
  })
  .refine((m) => m.text === undefined || SECTION_COLUMNS.every((c) => m[c] === undefined), {
    message: 'the mapping has both a text column and section columns; use one or the other',
  });
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/**
 * Named mappings for known archives. `openi`: the Open-i / Indiana University chest X-ray CSV
 * (`uid, MeSH, Problems, image, indication, comparison, findings, impression`); MeSH and Problems
 * are the indexers' labels, not report text, so they are left out.
 */
export const TABULAR_PRESETS: Readonly<Record<string, ColumnMapping>> = {
  openi: {
    id: 'uid',
    procedure: 'image',
    indication: 'indication',
    comparison: 'comparison',
    findings: 'findings',
    impression: 'impression',
  },
  // MIMIC-CXR's sectioned CSV (mimic_cxr_sectioned.csv from the MIMIC-CXR code's
  // create_section_files.py): one row per study `sNNNNNNNN`; `last_paragraph` is not read.
  'mimic-cxr': {
    id: 'study',
    comparison: 'comparison',
    findings: 'findings',
    impression: 'impression',
  },
  // The CheXpert labeler's input: one column of report text, no header (or the header `Reports`);
  // rows are numbered from 1 and the number is the report id (see HEADERLESS_PRESETS).
  chexpert: {
    id: 'row',
    text: 'Reports',
  },
};

/**
 * Presets whose files may have no header: the columns they hold. Rows get a `row` column with
 * their 1-based number, used as the id.
 */
export const HEADERLESS_PRESETS: Readonly<Record<string, readonly string[]>> = {
  chexpert: ['Reports'],
};

/** True when `name` is a preset of {@link TABULAR_PRESETS}. */
export function isTabularPreset(name: string): boolean {
  return Object.hasOwn(TABULAR_PRESETS, name);
}

const ID_NAMES = ['id', 'report_id', 'reportid', 'accession', 'accession_number', 'uid'];
const TEXT_NAMES = ['text', 'report', 'report_text', 'reporttext'];
const OPTIONAL_NAMES: ReadonlyArray<[keyof ColumnMapping, readonly string[]]> = [
  ['patientId', ['patient_id', 'patientid', 'mrn', 'subject_id']],
  ['accession', ['accession', 'accession_number', 'accessionnumber']],
  ['modality', ['modality']],
  ['bodyPart', ['body_part', 'bodypart', 'body_part_examined']],
  ['procedure', ['procedure', 'exam', 'study_description', 'procedure_text']],
  ['examDate', ['exam_date', 'examdate', 'study_date', 'studydate', 'exam_datetime']],
  ['studyInstanceUid', ['study_instance_uid', 'studyinstanceuid', 'study_uid']],
  ['patientName', ['patient_name', 'patientname']],
  ['birthDate', ['birth_date', 'birthdate', 'dob', 'date_of_birth']],
];

export type MappingResult = { ok: true; mapping: ColumnMapping } | { ok: false; missing: string; seen: string[] };

/**
 * Builds the default mapping from a header: id from `id` / `report_id` / `accession` (…), text from
 * `text` / `report` / `report_text`, or else section columns named like the sections
 * (`findings`, `impression`, …); common metadata names are picked up too. Matching ignores case.
 */
export function detectMapping(header: readonly string[]): MappingResult {
  const byLower = new Map<string, string>();
  for (const h of header) if (!byLower.has(h.trim().toLowerCase())) byLower.set(h.trim().toLowerCase(), h);
  const find = (names: readonly string[]): string | undefined => names.map((n) => byLower.get(n)).find((x) => x !== undefined);
  const id = find(ID_NAMES);
  if (!id) return { ok: false, missing: 'id (one of id, report_id, accession)', seen: [...header] };
  const mapping: Record<string, string> = { id };
  const text = find(TEXT_NAMES);
  if (text) mapping.text = text;
  else {
    for (const c of SECTION_COLUMNS) {
      const col = byLower.get(c);
      if (col) mapping[c] = col;
    }
    if (Object.keys(mapping).length === 1) return { ok: false, missing: 'text (one of text, report, report_text, or section columns such as findings / impression)', seen: [...header] };
  }
  for (const [field, names] of OPTIONAL_NAMES) {
    const col = find(names);
    if (col && !Object.values(mapping).includes(col)) mapping[field] = col;
  }
  if (id.toLowerCase().startsWith('accession')) mapping.accession = id;
  return { ok: true, mapping: mapping as ColumnMapping };
}

/** The columns a mapping reads, for checking a header. */
export function mappedColumns(m: ColumnMapping): Array<[string, string]> {
  return Object.entries(m).filter((e): e is [string, string] => typeof e[1] === 'string');
}
