import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { openRunContext, overridesFrom } from '../../app/run-context.js';
import { makeExtractor, type ExtractorFlags } from '../../app/make-extractor.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { total } from '../../pipeline/run-summary.js';
import { formatSummary } from '../print-summary.js';
import { exportLabels } from '../../export/export-labels.js';
import { RadlabelError } from '../../errors/index.js';
import type { InputFormat } from '../../ingest/ingest-item.js';

interface RunFlags extends ExtractorFlags {
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
      .option('--db <path>', 'SQLite path or postgres:// URL (default .radlabel/radlabel.db)')
      .option('--out <file>', 'write this run\'s labels: .csv (CheXpert style) or .jsonl (evidence + provenance)')
      .addOption(new Option('--mode <mode>', 'de-identification mode').choices(['surrogate', 'tag']))
      .option('--keep-study-uids', 'keep study instance UIDs instead of remapping them')
      .option('--batch-size <n>', 'reports per store transaction', '200')
      .option('--no-resume', 're-extract versions that are already labelled')
      .option('--no-progress', 'no progress bar')
      .action(async (inputs: string[], flags: RunFlags) => {
        if (flags.out && !/\.(csv|jsonl)$/i.test(flags.out))
          throw new RadlabelError('USAGE', `--out must end in .csv or .jsonl (got ${flags.out})`);
        const ctx = await openRunContext(overridesFrom(flags));
        try {
          const { extractor, concurrency } = await makeExtractor(ctx, flags);
          const bar =
            flags.progress && process.stderr.isTTY
              ? new cliProgress.SingleBar({ format: 'files {value}/{total} | {read} read | {labelled} labelled | {file}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
              : undefined;
          bar?.start(inputs.length, 0, { read: 0, labelled: 0, file: '' });
          const summary = await runPipeline({
            inputs,
            format: flags.format,
            preset: flags.preset,
            ontology: ctx.ontology,
            extractor,
            store: ctx.store,
            deid: ctx.deid,
            concurrency,
            batchSize: Number(flags.batchSize ?? 200),
            resume: flags.resume,
            onProgress: bar
              ? (p) => {
                  bar.setTotal(Math.max(inputs.length, p.files));
                  bar.update(p.files, { read: p.read, labelled: p.labelled, file: p.file.slice(-40) });
                }
              : undefined,
          });
          bar?.stop();
          process.stdout.write(formatSummary(summary) + '\n');
          if (flags.out) {
            const res = await exportLabels(ctx.store, {
              format: flags.out.toLowerCase().endsWith('.jsonl') ? 'jsonl' : 'chexpert-csv',
              ontology: ctx.ontology,
              out: flags.out,
              deidKey: ctx.deid.key,
              reportIds: summary.reportIds,
            });
            process.stdout.write(`wrote        ${res.rows} rows to ${flags.out}${res.blocked ? ` (${res.blocked} withheld by the leak guard)` : ''}\n`);
            if (res.blocked) summary.quarantined.DEID_LEAK = (summary.quarantined.DEID_LEAK ?? 0) + res.blocked;
          }
          process.exitCode = total(summary.quarantined) + total(summary.failed) > 0 ? EXIT.QUARANTINED : EXIT.OK;
        } finally {
          await ctx.store.close();
        }
      });
  },
};
