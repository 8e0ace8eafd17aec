import { Option, type Command } from 'commander';
import type { SingleBar } from 'cli-progress';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { openRunContext, overridesFrom } from '../../app/run-context.js';
import { makeExtractor, type ExtractorFlags } from '../../app/make-extractor.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { total } from '../../pipeline/run-summary.js';
import { formatSummary } from '../print-summary.js';
import { RadlabelError } from '../../errors/index.js';
import type { InputFormat } from '../../ingest/ingest-item.js';
import { checkRunInputs } from '../check-inputs.js';
import { startRecordedRun, writeJsonSummary } from '../run-recorder.js';
import { restrictToSections } from '../../extract/section-filter.js';
import { SectionNameSchema, type SectionName } from '../../domain/report.js';
import { suggestion } from '../../util/nearest.js';
import { defaultWorkers } from '../../pipeline/parallel/default-workers.js';

export interface RunFlags extends ExtractorFlags {
  format?: InputFormat;
  preset?: string;
  ontology?: string;
  db?: string;
  out?: string;
  mode?: string;
  keepStudyUids?: boolean;
  batchSize?: string;
  resume: boolean;
  progress: boolean;
  jsonSummary?: string;
  sections?: string;
  workers?: string;
}

/** `--sections impression,findings` → section names (every extractor: an LLM is sent only those sections). */
function parseSections(value: string | undefined): SectionName[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const known = SectionNameSchema.options as readonly string[];
  for (const n of names) if (!known.includes(n)) throw new RadlabelError('USAGE', `unknown section "${n}" in --sections; ${suggestion(n, known)}`);
  if (names.length === 0) throw new RadlabelError('USAGE', '--sections needs at least one section name');
  return names as SectionName[];
}

/** The command line as recorded with the run: inputs and flags, never the de-identification key. */
function describeCommand(inputs: string[], flags: RunFlags): string {
  const f = Object.entries({ format: flags.format, preset: flags.preset, ontology: flags.ontology, extractor: flags.extractor, provider: flags.provider, model: flags.model, sections: flags.sections })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `--${k} ${String(v)}`);
  return ['radlabel run', ...inputs, ...f].join(' ');
}

/** `radlabel run`: ingest → de-identify → extract → store, then optionally export this run's labels. */
export const runCommand: CommandModule = {
  register(program: Command) {
    program
      .command('run')
      .description('label reports from HL7 v2, FHIR, CSV or JSONL files and folders')
      .argument('<inputs...>', 'files or folders (format recognised per file from its content)')
      .addOption(new Option('--format <format>', 'force the input format').choices(['hl7', 'fhir', 'csv', 'jsonl', 'physionet']))
      .option('--preset <name>', 'CSV/JSONL column preset (openi)')
      .option('--ontology <id>', 'ontology id or YAML path (default chexpert)')
      .addOption(new Option('--extractor <kind>', 'extractor').choices(['rules', 'llm', 'hybrid']))
      .addOption(new Option('--likely <reading>', 'rules: read "likely" / "probable" hedges as positive or uncertain (default: the ontology\'s setting)').choices(['positive', 'uncertain']))
      .addOption(new Option('--provider <name>', 'LLM provider').choices(['openai', 'anthropic', 'openai-compatible', 'langchain', 'local']))
      .option('--model <id>', 'LLM model id (or GGUF path for --provider local)')
      .option('--base-url <url>', 'base URL of an OpenAI-compatible server')
      .option('--concurrency <n>', 'reports extracted at once (LLM)')
      .option('--qc-fraction <f>', 'hybrid: random fraction also sent to the LLM for quality control')
      .option('--no-confirm', 'hybrid: keep the rules\' labels on reports they found abnormal (fewer calls; the rules\' false positives stay)')
      .option('--db <path>', 'SQLite path or postgres:// URL (default .radlabel/radlabel.db)')
      .option('--out <file>', 'write this run\'s labels: .csv (CheXpert style) or .jsonl (evidence + provenance)')
      .addOption(new Option('--mode <mode>', 'de-identification mode').choices(['surrogate', 'tag']))
      .option('--keep-study-uids', 'keep study instance UIDs instead of remapping them')
      .option('--batch-size <n>', 'reports per store transaction', '200')
      .option('--no-resume', 're-extract versions that are already labelled')
      .option('--no-progress', 'no progress bar')
      .option('--sections <names>', 'label from these sections only, comma-separated (e.g. impression, as the CheXpert labeler does); an LLM is sent only these sections')
      .option('--workers <n>', 'threads for parse → de-identify → rules (default: the number of cores; inputs under 1 MiB stay on one thread)')
      .option('--json-summary <file>', 'also write the run summary as JSON (run id, counts, first quarantined items) for scripts')
      .action(async (inputs: string[], flags: RunFlags) => runAction(inputs, flags));
  },
};

/**
 * The `run` action, also used by `radlabel quarantine retry`: checks the inputs, runs the pipeline
 * as a recorded run, prints the summary with the run id and writes `--out` / `--json-summary`.
 */
export async function runAction(inputs: string[], flags: RunFlags): Promise<void> {
  if (flags.out && !/\.(csv|jsonl)$/i.test(flags.out))
    throw new RadlabelError('USAGE', `--out must end in .csv or .jsonl (got ${flags.out})`);
  if (flags.workers !== undefined && !(Number.isInteger(Number(flags.workers)) && Number(flags.workers) >= 1))
    throw new RadlabelError('USAGE', `--workers must be a whole number ≥ 1 (got ${flags.workers})`);
  await checkRunInputs(inputs, flags.preset);
  const sections = parseSections(flags.sections);
  const ctx = await openRunContext(overridesFrom(flags));
  const recorded = await startRecordedRun(ctx.config.db, describeCommand(inputs, flags), {
    format: flags.format, preset: flags.preset, ontology: flags.ontology, extractor: flags.extractor, provider: flags.provider, model: flags.model, baseUrl: flags.baseUrl, sections: flags.sections,
  });
  let finished = false;
  try {
    const made = await makeExtractor(ctx, flags);
    const concurrency = made.concurrency;
    const extractor = sections ? restrictToSections(made.extractor, sections) : made.extractor;
    // cli-progress loads only for a bar on a terminal (a scripted run does not pay for it).
    let bar: SingleBar | undefined;
    if (flags.progress && process.stderr.isTTY) {
      const { default: cliProgress } = await import('cli-progress');
      bar = new cliProgress.SingleBar({ format: 'files {value}/{total} | {read} read | {labelled} labelled | {file}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
    }
    bar?.start(inputs.length, 0, { read: 0, labelled: 0, file: '' });
    const summary = await runPipeline({
      inputs,
      format: flags.format,
      preset: flags.preset,
      ontology: ctx.ontology,
      extractor,
      store: ctx.store,
      runId: recorded.id,
      deid: ctx.deid,
      concurrency,
      batchSize: Number(flags.batchSize ?? 200),
      resume: flags.resume,
      workers: flags.workers !== undefined ? Number(flags.workers) : await defaultWorkers(inputs),
      onProgress: bar
        ? (p) => {
            bar.setTotal(Math.max(inputs.length, p.files));
            bar.update(p.files, { read: p.read, labelled: p.labelled, file: p.file.slice(-40) });
          }
        : undefined,
    });
    bar?.stop();
    const dbFlag = flags.db ? ` --db ${flags.db}` : '';
    process.stdout.write(formatSummary(summary, { runId: recorded.id, quarantineCommand: `radlabel quarantine --run ${recorded.id}${dbFlag}` }) + '\n');
    if (flags.out) {
      // The exporter (and its CSV writer) loads only when there is something to export.
      const { exportLabels } = await import('../../export/export-labels.js');
      const res = await exportLabels(ctx.store, {
        format: flags.out.toLowerCase().endsWith('.jsonl') ? 'jsonl' : 'chexpert-csv',
        ontology: ctx.ontology,
        out: flags.out,
        deidKey: ctx.deid.key,
        reportIds: summary.reportIds,
        runId: recorded.id,
      });
      process.stdout.write(`wrote        ${res.rows} rows to ${flags.out}${res.blocked ? ` (${res.blocked} withheld by the leak guard)` : ''}\n`);
      if (res.blocked) summary.quarantined.DEID_LEAK = (summary.quarantined.DEID_LEAK ?? 0) + res.blocked;
    }
    process.exitCode = total(summary.quarantined) + total(summary.failed) > 0 ? EXIT.QUARANTINED : EXIT.OK;
    await recorded.finish(summary, inputs);
    finished = true;
    if (flags.jsonSummary) await writeJsonSummary(flags.jsonSummary, recorded.id, summary, process.exitCode);
  } catch (e) {
    if (!finished) await recorded.finish({ error: e instanceof RadlabelError ? e.code : 'internal' }, inputs).catch(() => undefined);
    throw e;
  } finally {
    await recorded.log.close();
    await ctx.store.close();
  }
}
