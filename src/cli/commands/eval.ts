import { Option, type Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { RadlabelError } from '../../errors/index.js';
import { parseMappingFlags } from '../../evaluate/labels/align-labels.js';
import type { ErrorType } from '../../evaluate/labels/error-analysis.js';
import { evaluateLabelFiles, type EvaluationRun } from '../../evaluate/labels/evaluate-files.js';
import { evaluationDocument } from '../../evaluate/labels/to-document.js';
import { renderMetricsReport } from '../../evaluate/report/render-metrics-report.js';
import { writeReportFiles } from '../../evaluate/report/write-report-files.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import { goldKeying, reportTextSource } from '../report-texts.js';

interface EvalFlags {
  gold: string;
  pred: string[];
  json?: string | boolean;
  md?: string;
  html?: string;
  uncertain: 'positive' | 'negative' | 'class';
  blank: 'negative' | 'exclude';
  map: string[];
  mapping?: string;
  strict?: boolean;
  bootstrap: string;
  seed: string;
  nofindingLabel?: string;
  ontology?: string;
  errors?: boolean;
  errorLabel: string[];
  errorType: string[];
  sample?: string;
  text?: string;
  db?: string;
  idKey?: 'accession' | 'study-uid' | 'mrn-date';
}

const collect = (v: string, prev: string[]): string[] => [...prev, v];

function int(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new RadlabelError('USAGE', `${name} expects an integer ≥ ${min}, got "${v}"`);
  return n;
}

/** Disagreements as terminal lines: the deciding sentence, never the whole report. */
function errorLines(run: EvaluationRun): string {
  const out: string[] = [];
  for (const p of run.predictions) {
    out.push(`\ndisagreements — ${p.name}: ${p.disagreements.length} listed of ${p.disagreementCount}`);
    for (const d of p.disagreements) {
      const ev = d.evidence;
      const why = ev ? ` | ${ev.section}: "${ev.sentence.text.trim().slice(0, 160)}"${ev.trigger ? ` [${ev.trigger.category}: ${ev.trigger.text}]` : ''}` : '';
      out.push(`  ${d.label} | ${d.type} | ${d.id} | gold ${d.gold} → pred ${d.pred}${why}`);
    }
  }
  return out.join('\n');
}

/**
 * `radlabel eval`: scores prediction files (CheXpert-style CSV or a run's JSONL) against a gold file;
 * prints the per-label table, writes JSON / Markdown / self-contained HTML reports, compares runs.
 */
export const evalCommand: CommandModule = {
  register(program: Command) {
    program
      .command('eval')
      .description('score predictions against a gold standard: per-label P/R/F1 with CIs, kappa, comparison, error analysis')
      .requiredOption('--gold <file>', 'gold labels: CheXpert-style CSV (1/0/-1/blank), 0/1 CSV, or JSONL')
      .requiredOption('--pred <file>', 'predictions: CheXpert-style CSV or a run JSONL (repeat to compare runs)', collect, [])
      .option('--json [file]', 'write the complete JSON report to FILE (to stdout instead of the table when FILE is omitted)')
      .option('--md <file>', 'write a Markdown report')
      .option('--html <file>', 'write a self-contained HTML report')
      .addOption(new Option('--uncertain <policy>', 'uncertain values count as').choices(['positive', 'negative', 'class']).default('class'))
      .addOption(new Option('--blank <policy>', 'blank (not mentioned) gold values').choices(['negative', 'exclude']).default('negative'))
      .option('--map <GOLD=PRED>', 'map a gold label to a prediction label (repeatable)', collect, [])
      .option('--mapping <file>', 'YAML / JSON object of gold label: prediction label')
      .option('--strict', 'labels or reports on one side only are an error (default: evaluate the common ones and warn)')
      .option('--bootstrap <n>', 'bootstrap resamples for the 95% CIs', '1000')
      .option('--seed <n>', 'seed of the bootstrap and of --sample', '42')
      .option('--nofinding-label <name>', 'the no-finding label, reported apart from the averages (default "No Finding")')
      .option('--ontology <id>', "ontology id or YAML path whose no-finding label is reported apart (instead of --nofinding-label)")
      .option('--errors', 'print the disagreements after the table')
      .option('--error-label <label>', 'list only disagreements of this label (repeatable)', collect, [])
      .addOption(new Option('--error-type <type>', 'list only this error type (repeatable)').choices(['missed', 'spurious', 'wrong-assertion']).argParser(collect).default([]))
      .option('--sample <n>', 'list a seeded sample of N disagreements, stratified by label')
      .option('--text <file>', 'a run JSONL whose de-identified text the error browser shows (when --pred is a CSV)')
      .option('--db <path>', 'the store of the run, whose de-identified text the error browser shows (when --pred is a CSV) and whose key --id-key uses')
      .addOption(new Option('--id-key <kind>', 'the gold is keyed by raw accession numbers, Study Instance UIDs or MRN + exam date (columns mrn, exam_date): key them as the run did (RADLABEL_DEID_KEY or the key beside --db; study-uid and mrn-date also read the run\'s --db) to join HL7 / FHIR runs').choices(['accession', 'study-uid', 'mrn-date']))
      .action(async (flags: EvalFlags) => {
        const run = await evaluateLabelFiles({
          gold: flags.gold,
          preds: flags.pred,
          policy: { uncertain: flags.uncertain, blank: flags.blank },
          mapping: parseMappingFlags(flags.map),
          mappingFile: flags.mapping,
          strict: flags.strict,
          iterations: int('--bootstrap', flags.bootstrap, 1),
          seed: int('--seed', flags.seed, 0),
          noFindingLabel: flags.nofindingLabel ?? (flags.ontology ? loadOntology(flags.ontology).labels.find((l) => l.noFinding)?.id : undefined),
          errors: {
            labels: flags.errorLabel.length ? flags.errorLabel : undefined,
            types: flags.errorType.length ? flags.errorType.map((t) => t.replace('-', ' ') as ErrorType) : undefined,
            sample: int('--sample', flags.sample, 0),
          },
          reportTexts: reportTextSource(flags),
          goldIdKey: await goldKeying(flags.idKey, flags.db),
        });
        const doc = evaluationDocument(run);
        for (const w of run.warnings) process.stderr.write(`radlabel: warning: ${w}\n`);
        const jsonToStdout = await writeReportFiles(doc, flags);
        // stdout carries the table (or JSON); where the files went is said on stderr.
        for (const [kind, file] of [['JSON', typeof flags.json === 'string' ? flags.json : undefined], ['Markdown', flags.md], ['HTML', flags.html]] as const)
          if (file) process.stderr.write(`radlabel: wrote the ${kind} report to ${file}\n`);
        if (jsonToStdout) process.stdout.write(renderMetricsReport(doc, 'json'));
        else {
          process.stdout.write(renderMetricsReport(doc, 'text'));
          if (flags.errors) process.stdout.write(`${errorLines(run)}\n`);
        }
        process.exitCode = EXIT.OK;
      });
  },
};
