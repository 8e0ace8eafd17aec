import { RadlabelError } from '../../errors/index.js';
import type { LabelTable } from './label-table.js';

export interface LabelPair {
  /** Label name as the gold writes it (used in every output). */
  gold: string;
  pred: string;
}

export interface LabelAlignment {
  pairs: LabelPair[];
  goldOnly: string[];
  predOnly: string[];
  /** Mapping entries whose prediction label this file lacks (other prediction files may have it). */
  unusedMappings: string[];
}

/** "Pleural_Thickening", "pleural thickening" and "Pleural-Thickening" name the same label. */
export function normalizeLabelName(s: string): string {
  return s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/**
 * Pairs gold columns with prediction labels: explicit `mapping` (gold name → prediction name) first,
 * then names equal after {@link normalizeLabelName}. Labels on one side only are returned so the
 * caller can warn (default) or fail (`strict`). No pair at all is always `EVAL_LABEL_MISMATCH`, and so
 * is a mapping naming a gold label the gold lacks; a mapping whose prediction label this file lacks is
 * skipped (reported in `unusedMappings`: with several prediction files, another may have it).
 */
export function alignLabels(gold: LabelTable, pred: LabelTable, mapping: Record<string, string> = {}, strict = false): LabelAlignment {
  const pairs: LabelPair[] = [];
  const usedPred = new Set<string>();
  const predByNorm = new Map(pred.labels.map((l) => [normalizeLabelName(l), l]));
  const goldByNorm = new Map(gold.labels.map((l) => [normalizeLabelName(l), l]));
  const explicit = new Map<string, string>();
  const unusedMappings: string[] = [];
  for (const [g, p] of Object.entries(mapping)) {
    const gl = goldByNorm.get(normalizeLabelName(g));
    const pl = predByNorm.get(normalizeLabelName(p));
    if (!gl) throw new RadlabelError('EVAL_LABEL_MISMATCH', `mapping names gold label "${g}", which the gold file does not have`, { locator: { file: gold.file } });
    if (!pl) unusedMappings.push(g);
    else explicit.set(gl, pl);
  }
  const goldOnly: string[] = [];
  for (const g of gold.labels) {
    const p = explicit.get(g) ?? predByNorm.get(normalizeLabelName(g));
    if (p === undefined || usedPred.has(p)) goldOnly.push(g);
    else {
      pairs.push({ gold: g, pred: p });
      usedPred.add(p);
    }
  }
  const predOnly = pred.labels.filter((p) => !usedPred.has(p));
  if (pairs.length === 0)
    throw new RadlabelError('EVAL_LABEL_MISMATCH', `no label is common to gold and prediction (gold: ${gold.labels.join(', ')}; prediction: ${pred.labels.join(', ')}); give a mapping`, {
      locator: { file: pred.file },
    });
  if (strict && (goldOnly.length || predOnly.length))
    throw new RadlabelError(
      'EVAL_LABEL_MISMATCH',
      `labels on one side only (gold only: ${goldOnly.join(', ') || 'none'}; prediction only: ${predOnly.join(', ') || 'none'}); map them or drop --strict to evaluate the common labels`,
      { locator: { file: pred.file } },
    );
  return { pairs, goldOnly, predOnly, unusedMappings };
}

/** Parses `--map "Gold=Pred"` flags and mapping-file objects into one gold → prediction record. */
export function parseMappingFlags(flags: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of flags) {
    const i = f.indexOf('=');
    if (i <= 0 || i === f.length - 1) throw new RadlabelError('USAGE', `--map expects GOLD=PRED, got "${f}"`);
    out[f.slice(0, i).trim()] = f.slice(i + 1).trim();
  }
  return out;
}
