import { z } from 'zod';
import { MentionSchema, ProvenanceSchema, type LabelValue, type Mention } from '../../domain/labels.js';
import { RadlabelError } from '../../errors/index.js';
import { splitLines } from '../../util/jsonl.js';
import { inferKind, type EvalRecord, type LabelTable } from './label-table.js';
import { parseLabelValue } from './parse-value.js';

const LabelEntrySchema = z.union([
  z.string(),
  z.number(),
  z.null(),
  z.object({ value: z.unknown().optional(), evidence: z.array(MentionSchema).default([]) }),
]);

/** A run's JSONL line (`{ id, text, labels, provenance }`) or a StudyLabels record (`reportId`). */
const LineSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  reportId: z.string().optional(),
  text: z.string().optional(),
  labels: z.record(z.string(), LabelEntrySchema),
  provenance: z.record(z.string(), z.unknown()).optional(),
  /** P(positive) per label (`radlabel combine --out probs.jsonl`). */
  probabilities: z.record(z.string(), z.number().min(0).max(1)).optional(),
  modality: z.string().optional(),
  bodyPart: z.string().optional(),
  source: z.union([z.string(), z.object({ system: z.string().optional(), format: z.string().optional() })]).optional(),
});

const FROM_ASSERTION: Record<Mention['assertion'], LabelValue> = { present: 'positive', absent: 'negative', uncertain: 'uncertain' };

/**
 * Parses a run's JSONL export (one object per report: id, de-identified text, labels with value and
 * evidence mentions, provenance) or a gold JSONL with mentions. A label without `value` takes the
 * assertion of its first mention.
 */
export function parseLabelJsonl(content: string, file: string): LabelTable {
  const records = new Map<string, EvalRecord>();
  const labels = new Set<string>();
  for (const { line, text } of splitLines(content.replace(/^\uFEFF/, ''))) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new RadlabelError('EVAL_BAD_INPUT', 'the line is not valid JSON', { locator: { file, row: line }, cause: e });
    }
    const parsed = LineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RadlabelError('EVAL_BAD_INPUT', `the line does not match the label record shape: ${issue?.message ?? 'invalid'}`, {
        locator: { file, row: line, path: issue?.path.join('.') },
      });
    }
    const o = parsed.data;
    const id = o.id !== undefined ? String(o.id) : o.reportId;
    if (id === undefined || id === '') throw new RadlabelError('EVAL_BAD_INPUT', 'the line has no id / reportId', { locator: { file, row: line } });
    if (records.has(id)) throw new RadlabelError('EVAL_BAD_INPUT', 'duplicate id', { locator: { file, row: line } });
    const values: Record<string, LabelValue> = {};
    const evidence: Record<string, Mention[]> = {};
    for (const [label, entry] of Object.entries(o.labels)) {
      labels.add(label);
      const isObj = entry !== null && typeof entry === 'object';
      const mentions = isObj ? entry.evidence : [];
      const raw = isObj ? entry.value : entry;
      const first = mentions[0];
      const v = raw === undefined && first ? FROM_ASSERTION[first.assertion] : parseLabelValue(raw);
      if (v === undefined) throw new RadlabelError('EVAL_BAD_INPUT', 'label value is not a known value', { locator: { file, row: line, path: `labels.${label}` } });
      values[label] = v;
      if (mentions.length) evidence[label] = mentions;
    }
    const rec: EvalRecord = { id, row: line, values, evidence };
    if (o.text !== undefined) rec.text = o.text;
    if (o.probabilities) rec.probabilities = o.probabilities;
    if (o.modality) rec.modality = o.modality;
    if (o.bodyPart) rec.bodyPart = o.bodyPart;
    const src = typeof o.source === 'string' ? o.source : (o.source?.system ?? o.source?.format);
    if (src) rec.source = src;
    // Provenance is informative only: a record whose provenance does not parse is still scored.
    const prov = ProvenanceSchema.partial().safeParse(o.provenance);
    if (o.provenance && prov.success) rec.provenance = prov.data;
    records.set(id, rec);
  }
  if (records.size === 0) throw new RadlabelError('EVAL_BAD_INPUT', 'the JSONL file has no records', { locator: { file } });
  const list = [...labels];
  return { file, format: 'jsonl', kind: inferKind(records.values(), list), labels: list, records };
}
