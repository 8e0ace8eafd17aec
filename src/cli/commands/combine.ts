import { Option, type Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { RadlabelError } from '../../errors/index.js';

interface CombineFlags {
  source: string[];
  gold?: string;
  out: string;
  threshold: string;
  group: string[];
  prior: string[];
  calibrate?: 'temperature' | 'isotonic';
  abstain: 'negative' | 'ignore' | 'distinct';
  sourceAbstain: string[];
  dependence: 'none' | 'auto';
  uncertain: 'answer' | 'negative' | 'positive';
  ontology?: string;
  labels?: string;
  seed: string;
  reviewOut?: string;
  reviewLimit: string;
  json?: string | boolean;
  md?: string;
  html?: string;
}

const collect = (v: string, prev: string[]): string[] => [...prev, v];

function probability(name: string, v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n <= 0 || n >= 1) throw new RadlabelError('USAGE', `${name} expects a probability strictly between 0 and 1, got "${v}"`);
  return n;
}

function integer(name: string, v: string, min: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new RadlabelError('USAGE', `${name} expects an integer ≥ ${min}, got "${v}"`);
  return n;
}

/** `--source-abstain NAME=POLICY` values, repeatable. */
function parseSourceAbstain(values: string[]): Record<string, 'negative' | 'ignore' | 'distinct'> {
  const out: Record<string, 'negative' | 'ignore' | 'distinct'> = {};
  for (const v of values) {
    const m = /^(.+)=(negative|ignore|distinct)$/.exec(v.trim());
    if (!m) throw new RadlabelError('USAGE', `--source-abstain expects NAME=negative|ignore|distinct, got "${v}"`);
    out[m[1]!.trim()] = m[2] as 'negative' | 'ignore' | 'distinct';
  }
  return out;
}

/** `--prior 0.1` for every label, or `--prior "Effusion=0.12"` per label (repeatable, not both kinds). */
function parsePriors(flags: string[]): number | Record<string, number> | undefined {
  if (flags.length === 0) return undefined;
  const perLabel: Record<string, number> = {};
  let all: number | undefined;
  for (const f of flags) {
    const i = f.lastIndexOf('=');
    if (i < 0) all = probability('--prior', f);
    else perLabel[f.slice(0, i).trim()] = probability(`--prior ${f.slice(0, i)}`, f.slice(i + 1));
  }
  if (all !== undefined && Object.keys(perLabel).length) throw new RadlabelError('USAGE', '--prior takes one probability for every label or LABEL=P values, not both');
  return all ?? perLabel;
}

/**
 * `radlabel combine`: weak supervision. Joins several labellers (stored runs, label files, YAML
 * label functions) on report id, fits a Dawid–Skene label model per label, and writes P(positive)
 * with hard labels, the per-source accuracy table and optionally a review worklist.
 */
export const combineCommand: CommandModule = {
  register(program: Command) {
    program
      .command('combine')
      .description('combine several labellers into probabilistic labels (Dawid–Skene label model), with per-source accuracy')
      .requiredOption('--source <spec>', '[NAME=]label CSV / run JSONL, db:STORE.db or postgres:// URL, or label functions (.yaml); repeat, at least two', collect, [])
      .requiredOption('--out <file>', 'probabilistic labels: .csv (hard label and P(label) columns) or .jsonl')
      .option('--gold <file>', 'gold labels to measure sources and combined labels against (never used to fit the label model)')
      .option('--threshold <p>', 'P(positive) at or above which the hard label is positive', '0.5')
      .option('--group <names>', 'comma-separated source names that are dependent (e.g. two settings of one engine); repeatable', collect, [])
      .option('--prior <p>', 'class balance P(positive): one value for every label, or LABEL=P (repeatable); default estimated', collect, [])
      .addOption(new Option('--abstain <policy>', 'a source\'s "not mentioned" counts as a negative answer, as no answer, or as an answer of its own').choices(['negative', 'ignore', 'distinct']).default('negative'))
      .option('--source-abstain <name=policy>', 'per-source "not mentioned" policy (negative, ignore or distinct), e.g. chexbert=ignore; repeatable', collect, [])
      .addOption(new Option('--dependence <mode>', 'auto: estimate from the answers how far sources share errors and discount shared evidence; none: independent given the class').choices(['none', 'auto']).default('none'))
      .addOption(new Option('--uncertain <policy>', 'a source\'s "uncertain" is an answer whose meaning the model learns, or reads as negative / positive').choices(['answer', 'negative', 'positive']).default('answer'))
      .addOption(new Option('--calibrate <method>', 'fit calibration on --gold and apply it to the output').choices(['temperature', 'isotonic']))
      .option('--ontology <id>', 'ontology of store sources and of label-function labels (default chexpert for stores)')
      .option('--labels <names>', 'comma-separated labels to combine (default: every label of the sources)')
      .option('--seed <n>', 'seed of tie-breaking and cross-validation folds', '42')
      .option('--review-out <file>', 'write a worklist of the most informative reports to review (.csv or .jsonl)')
      .option('--review-limit <n>', 'reports in the worklist', '500')
      .option('--json [file]', 'write the complete JSON report to FILE (to stdout instead of the table when FILE is omitted)')
      .option('--md <file>', 'write a Markdown report')
      .option('--html <file>', 'write a self-contained HTML report (with the calibration chart when --gold is given)')
      .action(async (flags: CombineFlags) => {
        const [{ parseSourceSpec, loadSources }, { combineSources }, out, { combineDocument }, { rankForReview }, report, { readFile }, { parseLabelTable }, { sha256 }] = await Promise.all([
          import('../../combine/load-sources.js'),
          import('../../combine/run-combine.js'),
          import('../../combine/combine-output.js'),
          import('../../combine/combine-document.js'),
          import('../../combine/review-ranking.js'),
          import('../../evaluate/report/index.js'),
          import('node:fs/promises'),
          import('../../evaluate/labels/read-label-table.js'),
          import('../../util/hash.js'),
        ]);
        const isJsonl = (f: string): boolean => /\.(jsonl|ndjson)$/i.test(f);
        if (!/\.(csv|jsonl|ndjson)$/i.test(flags.out)) throw new RadlabelError('USAGE', `--out must end in .csv or .jsonl, got "${flags.out}"`);
        const threshold = probability('--threshold', flags.threshold);
        const seed = integer('--seed', flags.seed, 0);
        const specs = flags.source.map(parseSourceSpec);
        const sources = await loadSources(specs, { ontology: flags.ontology ?? 'chexpert', ontologyGiven: flags.ontology !== undefined });
        let gold;
        let goldHash: string | undefined;
        if (flags.gold) {
          let text: string;
          try {
            text = await readFile(flags.gold, 'utf8');
          } catch (e) {
            throw new RadlabelError('EVAL_BAD_INPUT', 'the gold file could not be read', { locator: { file: flags.gold }, cause: e });
          }
          gold = parseLabelTable(text, flags.gold);
          goldHash = sha256(text);
        }
        const result = combineSources(sources, {
          groups: flags.group.map((g) => g.split(',').map((s) => s.trim()).filter(Boolean)),
          prior: parsePriors(flags.prior),
          threshold,
          seed,
          labels: flags.labels?.split(',').map((s) => s.trim()).filter(Boolean),
          gold,
          calibrate: flags.calibrate,
          abstain: flags.abstain,
          abstainBySource: parseSourceAbstain(flags.sourceAbstain),
          dependence: flags.dependence,
          uncertain: flags.uncertain,
        });
        await report.writeOutputFile(flags.out, isJsonl(flags.out) ? out.probabilitiesJsonl(result) : out.probabilitiesCsv(result));
        let reviewed = 0;
        if (flags.reviewOut) {
          const items = rankForReview(result.matrix, result.probabilities, integer('--review-limit', flags.reviewLimit, 1));
          reviewed = items.length;
          await report.writeOutputFile(flags.reviewOut, isJsonl(flags.reviewOut) ? out.worklistJsonl(items) : out.worklistCsv(items));
        }
        const doc = combineDocument(result, {
          tool: 'radlabel combine',
          codeVersion: await report.codeVersion(),
          generatedAt: new Date().toISOString(),
          sources: result.sources,
          gold: flags.gold ? { file: flags.gold, sha256: goldHash } : undefined,
          parameters: { threshold, seed, abstain: flags.abstain, sourceAbstain: result.abstainBySource, dependence: flags.dependence, uncertain: flags.uncertain, groups: result.groups, prior: flags.prior, calibrate: flags.calibrate ?? null, calibrator: result.calibrator ? { method: result.calibrator.method, temperature: result.calibrator.temperature } : null },
        });
        const jsonToStdout = await report.writeReportFiles(doc, flags);
        if (jsonToStdout) process.stdout.write(report.renderMetricsReport(doc, 'json'));
        else {
          process.stdout.write(report.renderMetricsReport(doc, 'text'));
          process.stdout.write(`\nwrote ${result.matrix.ids.length} reports × ${result.matrix.labels.length} labels to ${flags.out}${flags.reviewOut ? `; review worklist of ${reviewed} reports to ${flags.reviewOut}` : ''}\n`);
        }
        process.exitCode = EXIT.OK;
      });
  },
};
