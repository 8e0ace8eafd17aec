import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { RadlabelError } from '../../errors/index.js';
import { sha256 } from '../../util/hash.js';
import { alignLabels } from './align-labels.js';
import { compareRuns } from './compare-runs.js';
import { filterDisagreements, listDisagreements, type ErrorFilter } from './error-analysis.js';
import { evaluateLabels } from './evaluate-labels.js';
import type { EvaluationRun, PredictionEvaluation } from './evaluation-run.js';
import type { ScoreGrid } from './score-grid.js';
import { DEFAULT_POLICY, describePolicy, type EvalPolicy } from './policy.js';
import { evaluateProbabilities } from './probability-evaluation.js';
import { parseLabelTable } from './read-label-table.js';
import { buildScoreGrid } from './score-grid.js';
import { stratify } from './strata.js';
import { summarizeProvenance } from './run-provenance.js';
import { codeVersion } from '../report/code-version.js';
import { renderTextTable } from '../report/render-text.js';
import { perLabelTable } from './to-document.js';
import { suggestion } from '../../util/nearest.js';
import { MRN_DATE_COLUMNS, rekeyGold, type GoldIdKeying } from './gold-id-key.js';

export type { EvaluationRun, PredictionEvaluation } from './evaluation-run.js';

export interface EvaluateFilesOptions {
  gold: string;
  /** One or more prediction files; with two or more, each is compared with the first. */
  preds: string[];
  policy?: Partial<EvalPolicy>;
  /** Gold label → prediction label. */
  mapping?: Record<string, string>;
  /** YAML / JSON file holding a gold → prediction label mapping (merged under `mapping`). */
  mappingFile?: string;
  /** Labels or reports on one side only are an error instead of a warning. */
  strict?: boolean;
  iterations?: number;
  seed?: number;
  noFindingLabel?: string;
  errors?: ErrorFilter;
  /**
   * De-identified report texts by id from elsewhere (a run's store or JSONL), for the error browser
   * when the prediction is a CSV that carries no text.
   */
  reportTexts?: (ids: string[]) => Promise<Map<string, string>>;
  /** Gold ids are raw accession numbers, Study Instance UIDs or MRN + exam date: re-key them with the run's de-identification key. */
  goldIdKey?: GoldIdKeying;
}

const MappingFileSchema = z.record(z.string(), z.string());

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new RadlabelError('EVAL_BAD_INPUT', 'the file could not be read', { locator: { file }, cause: e });
  }
}

async function readMappingFile(file: string): Promise<Record<string, string>> {
  let data: unknown;
  try {
    data = parseYaml(await readInput(file));
  } catch (e) {
    if (e instanceof RadlabelError) throw e;
    throw new RadlabelError('EVAL_BAD_INPUT', 'the mapping file is not valid YAML / JSON', { locator: { file }, cause: e });
  }
  const r = MappingFileSchema.safeParse(data);
  if (!r.success)
    throw new RadlabelError('EVAL_BAD_INPUT', `the mapping file must be an object of gold label: prediction label (${r.error.issues[0]?.message ?? 'invalid'})`, {
      locator: { file, path: r.error.issues[0]?.path.join('.') },
    });
  return r.data;
}

function uniqueNames(files: string[]): string[] {
  const names = files.map((f) => basename(f));
  return names.map((n, i) => (names.indexOf(n) !== i || names.lastIndexOf(n) !== i ? `${n}#${i + 1}` : n));
}

/**
 * Evaluates one or more prediction files against a gold file: reads and hashes them, aligns labels
 * (mapping, then equal names; one-sided labels warn, or fail with `strict`), scores every prediction,
 * stratifies, lists disagreements, and compares each later prediction with the first.
 */
export async function evaluateLabelFiles(opts: EvaluateFilesOptions): Promise<EvaluationRun> {
  if (opts.preds.length === 0) throw new RadlabelError('USAGE', 'at least one --pred file is needed');
  const policy: EvalPolicy = { ...DEFAULT_POLICY, ...opts.policy };
  const iterations = opts.iterations ?? 1000;
  const seed = opts.seed ?? 42;
  const mapping = { ...(opts.mappingFile ? await readMappingFile(opts.mappingFile) : {}), ...opts.mapping };
  const goldText = await readInput(opts.gold);
  const parsedGold = parseLabelTable(goldText, opts.gold, opts.goldIdKey?.kind === 'mrn-date' ? { compositeId: MRN_DATE_COLUMNS } : {});
  const rekeyed = opts.goldIdKey ? rekeyGold(parsedGold, opts.goldIdKey) : undefined;
  const gold = rekeyed?.table ?? parsedGold;
  // A 0/1 gold cannot say "uncertain": scoring uncertain as a class of its own would count every
  // uncertain prediction as a disagreement with a gold that never had the option.
  if (gold.kind === 'binary' && policy.uncertain === 'class') policy.uncertain = 'negative';
  const warnings: string[] = [...(rekeyed?.warnings ?? [])];
  const names = uniqueNames(opts.preds);
  const grids: ScoreGrid[] = [];
  const unused: string[][] = [];
  const predictions: PredictionEvaluation[] = [];
  for (const [i, file] of opts.preds.entries()) {
    const content = await readInput(file);
    const pred = parseLabelTable(content, file);
    const name = names[i] as string;
    const al = alignLabels(gold, pred, mapping, opts.strict);
    unused.push(al.unusedMappings);
    if (al.goldOnly.length) warnings.push(`${name}: gold labels without a prediction column, not evaluated: ${al.goldOnly.join(', ')}`);
    if (al.predOnly.length) warnings.push(`${name}: prediction labels not in the gold, not evaluated: ${al.predOnly.join(', ')}`);
    const grid = buildScoreGrid(gold, pred, al.pairs, policy);
    if (gold.records.size > 0 && grid.missingInPred.length === gold.records.size) throw noCommonIds(file, gold.records.size, pred.records.size, [...pred.records.keys()]);
    for (const l of opts.errors?.labels ?? [])
      if (!al.pairs.some((p) => p.gold.toLowerCase() === l.toLowerCase()))
        throw new RadlabelError('USAGE', `--error-label "${l}" is not an evaluated label; ${suggestion(l, al.pairs.map((p) => p.gold))}`);
    if (opts.strict && (grid.missingInPred.length || grid.extraInPred))
      throw new RadlabelError('EVAL_BAD_INPUT', `report ids differ: ${grid.missingInPred.length} gold reports missing from the prediction, ${grid.extraInPred} prediction reports not in the gold`, {
        locator: { file },
      });
    if (grid.missingInPred.length) warnings.push(`${name}: ${grid.missingInPred.length} gold reports have no prediction and are scored as all blank (missed)`);
    if (grid.extraInPred) warnings.push(`${name}: ${grid.extraInPred} predicted reports are not in the gold and are ignored`);
    const evaluation = evaluateLabels(grid, gold, { policy, iterations, seed, noFindingLabel: opts.noFindingLabel });
    const all = listDisagreements(grid, gold, pred, policy);
    const disagreements = filterDisagreements(all, { ...opts.errors, seed: opts.errors?.seed ?? seed });
    const texts: Record<string, string> = {};
    for (const d of disagreements) {
      const t = pred.records.get(d.id)?.text ?? gold.records.get(d.id)?.text;
      if (t !== undefined) texts[d.id] = t;
    }
    const missing = [...new Set(disagreements.map((d) => d.id).filter((id) => texts[id] === undefined))];
    if (missing.length && opts.reportTexts) for (const [id, t] of await opts.reportTexts(missing)) texts[id] = t;
    grids.push(grid);
    const probability = evaluateProbabilities(grid, pred, new Set(evaluation.averaged));
    predictions.push({
      ...(probability ? { probability } : {}),
      name,
      file,
      sha256: sha256(content),
      format: pred.format,
      evaluation,
      strata: stratify(grid, gold, pred, new Set(evaluation.averaged)),
      disagreements,
      disagreementCount: all.length,
      texts,
      goldOnlyLabels: al.goldOnly,
      predOnlyLabels: al.predOnly,
      missingReports: grid.missingInPred.length,
      extraReports: grid.extraInPred,
      provenance: summarizeProvenance(pred),
    });
  }
  const neverUsed = Object.keys(mapping).filter((g) => unused.filter((u) => u.includes(g)).length === opts.preds.length);
  if (neverUsed.length)
    throw new RadlabelError('EVAL_LABEL_MISMATCH', `the mapping names prediction labels no prediction file has: ${neverUsed.map((g) => `${g}=${mapping[g]}`).join(', ')}`, {
      locator: { file: opts.mappingFile ?? opts.preds[0] },
    });
  const first = predictions[0] as PredictionEvaluation;
  const comparisons = predictions
    .slice(1)
    .map((p, i) => compareRuns(grids[0]!, grids[i + 1]!, [first.name, p.name], first.evaluation.averaged, iterations, seed));
  return {
    reports: gold.records.size,
    gold: { file: opts.gold, sha256: sha256(goldText), format: gold.format, kind: gold.kind, labels: gold.labels },
    predictions,
    comparisons,
    policy,
    policies: describePolicy(policy, gold),
    warnings,
    parameters: { policy, iterations, seed, mapping, strict: opts.strict ?? false, noFindingLabel: opts.noFindingLabel ?? 'No Finding', errors: opts.errors ?? {} },
    codeVersion: await codeVersion(),
  };
}

// Ids are never quoted (a gold file may hold raw accession numbers); their shape is enough to explain.
function noCommonIds(file: string, goldCount: number, predCount: number, predIds: string[]): RadlabelError {
  const pseudonyms = predIds.length > 0 && predIds.every((id) => /^[a-z]+-[0-9a-f]{8,}$/i.test(id));
  const why = pseudonyms
    ? '; the prediction ids are keyed pseudonyms (an HL7 / FHIR run keys reports by a keyed hash of the accession number), so a gold keyed by raw accession numbers needs --id-key accession (with the run\'s --db or RADLABEL_DEID_KEY)'
    : '; check that both files use the same id column (a gold keyed by raw accession numbers needs --id-key accession)';
  return new RadlabelError('EVAL_BAD_INPUT', `no report id in common between the gold (${goldCount} reports) and the prediction (${predCount} reports)${why}`, { locator: { file } });
}

/** The per-label table(s) with micro / macro rows, as terminal text (one table per prediction). */
export function formatEvaluationTable(run: EvaluationRun): string {
  return run.predictions.map((p) => renderTextTable(perLabelTable(p, run))).join('\n\n');
}
