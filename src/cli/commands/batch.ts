import { Option, type Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { openRunContext, overridesFrom } from '../../app/run-context.js';
import { RadlabelError } from '../../errors/index.js';
import { prepareItem } from '../../pipeline/prepare-report.js';
import type { DeidentifiedReport } from '../../domain/report.js';
import type { InputFormat } from '../../ingest/ingest-item.js';
import { readInputs } from '../../ingest/read-inputs.js';
import { createDeidStage } from '../../deid/deid-stage.js';
import type { ExtractionFailure, LabelledReport, QuarantineEntry } from '../../store/label-store.js';
import { LlmConfigSchema, type LlmConfig } from '../../extract/llm/llm-config.js';
import { submitBatch, batchProgress, collectBatch } from '../../extract/llm/batch/batch-job.js';
import { readBatchState } from '../../extract/llm/batch/batch-state.js';
import { openRunLog } from '../../store/open-run-log.js';
import { loadConfig } from '../../config/load-config.js';

const DEFAULT_STATE = '.radlabel/llm-batch.json';

interface CommonFlags {
  state: string;
  baseUrl?: string;
  db?: string;
}

/** The configuration's `llm` settings (file → RADLABEL_LLM_* → flags), flags winning. */
function llmConfig(provider: string | undefined, model: string | undefined, baseUrl: string | undefined, fromConfig: Record<string, unknown> = loadConfig().llm): LlmConfig {
  const r = LlmConfigSchema.safeParse({ ...fromConfig, ...(provider ? { provider } : {}), ...(model ? { model } : {}), ...(baseUrl ? { baseUrl } : {}) });
  if (!r.success) throw new RadlabelError('LLM_CONFIG', `LLM configuration: ${r.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ')}`);
  if (r.data.provider !== 'openai' && r.data.provider !== 'anthropic')
    throw new RadlabelError('USAGE', 'batch needs --provider openai or anthropic (the providers with a batch API)');
  return r.data;
}

/** Config for status / collect: provider and model come from the state file written at submit time. */
function configFromState(flags: CommonFlags): LlmConfig {
  const s = readBatchState(flags.state);
  return llmConfig(s.provider, s.model, flags.baseUrl);
}

/**
 * `radlabel batch submit|status|collect`: label archives through the providers' batch APIs
 * (OpenAI Batch, Anthropic Message Batches) at batch prices. The state file records the batch,
 * so `status` and `collect` work after a restart and `submit` never pays twice.
 */
export const batchCommand: CommandModule = {
  register(program: Command) {
    const batch = program.command('batch').description('LLM labelling through provider batch APIs (submit, status, collect)');

    batch
      .command('submit')
      .description('ingest and de-identify inputs, then submit one provider batch of LLM requests')
      .argument('<inputs...>', 'files or folders')
      .addOption(new Option('--provider <name>', 'batch provider').choices(['openai', 'anthropic']).makeOptionMandatory())
      .requiredOption('--model <id>', 'model id')
      .option('--state <file>', 'batch state file', DEFAULT_STATE)
      .option('--base-url <url>', 'API base URL override')
      .addOption(new Option('--format <format>', 'force the input format').choices(['hl7', 'fhir', 'csv', 'jsonl', 'physionet']))
      .option('--preset <name>', 'CSV/JSONL column preset')
      .option('--ontology <id>', 'ontology id or YAML path')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .option('--no-resume', 'also submit versions that are already labelled')
      .action(async (inputs: string[], flags: CommonFlags & { provider: string; model: string; format?: InputFormat; preset?: string; ontology?: string; resume: boolean }) => {
        const ctx = await openRunContext(overridesFrom(flags));
        try {
          const cfg = llmConfig(flags.provider, flags.model, flags.baseUrl, ctx.config.llm);
          const deid = createDeidStage(ctx.deid);
          const reports: DeidentifiedReport[] = [];
          const quarantine: QuarantineEntry[] = [];
          let skipped = 0;
          for await (const { item } of readInputs(inputs, { format: flags.format, preset: flags.preset })) {
            const prep = await prepareItem(item, { deid, store: ctx.store, ontologyId: ctx.ontology.id, resume: flags.resume });
            if (prep.kind === 'quarantine') quarantine.push({ code: prep.error.code, reason: prep.error.message, locator: prep.error.locator, format: prep.format, raw: prep.raw });
            else if (prep.kind === 'labelled') skipped++;
            else if (prep.kind === 'ready') reports.push(prep.report);
          }
          if (quarantine.length) {
            const log = openRunLog(ctx.config.db);
            await log.quarantine(undefined, quarantine, new Date().toISOString()).finally(() => log.close());
          }
          if (reports.length === 0) {
            process.stdout.write(`nothing to submit (${skipped} already labelled, ${quarantine.length} quarantined)\n`);
            process.exitCode = quarantine.length ? EXIT.QUARANTINED : EXIT.OK;
            return;
          }
          const { state, resumed } = await submitBatch(cfg, ctx.ontology, reports, flags.state, { leakKey: ctx.deid.key });
          process.stdout.write(
            resumed
              ? `batch ${state.batchId} (${state.items.length} reports) was already submitted and not collected; nothing resubmitted\n`
              : `submitted batch ${state.batchId}: ${state.items.length} reports (${skipped} already labelled, ${quarantine.length} quarantined); state in ${flags.state}\n`,
          );
          process.exitCode = quarantine.length ? EXIT.QUARANTINED : EXIT.OK;
        } finally {
          await ctx.store.close();
        }
      });

    batch
      .command('status')
      .description('poll the submitted batch')
      .option('--state <file>', 'batch state file', DEFAULT_STATE)
      .option('--base-url <url>', 'API base URL override')
      .action(async (flags: CommonFlags) => {
        const p = await batchProgress(configFromState(flags), flags.state);
        const c = p.counts;
        process.stdout.write(
          `batch ${p.batchId}: ${p.status}${p.done ? ' (finished)' : ''}; ${p.items} reports; succeeded ${c.succeeded ?? '?'}, failed ${c.failed ?? '?'}${c.processing !== undefined ? `, processing ${c.processing}` : ''}${p.collected ? '; collected' : ''}\n`,
        );
        process.exitCode = EXIT.OK;
      });

    batch
      .command('collect')
      .description('collect a finished batch: verify evidence, store labels, record failures (retriable)')
      .option('--state <file>', 'batch state file', DEFAULT_STATE)
      .option('--base-url <url>', 'API base URL override')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .action(async (flags: CommonFlags) => {
        const cfg = configFromState(flags);
        const state = readBatchState(flags.state);
        const ctx = await openRunContext(overridesFrom({ db: flags.db, ontology: state.ontology.id }));
        try {
          const { items, unverifiedClaims, rejectedClaims } = await collectBatch(cfg, ctx.ontology, flags.state, { cache: ctx.store });
          const labelled: LabelledReport[] = [];
          const failures: ExtractionFailure[] = [];
          for (const it of items) {
            if ('result' in it) labelled.push({ report: it.report, labels: it.result.labels });
            else failures.push({ reportId: it.report.reportId, versionKey: it.report.versionKey, ontologyId: ctx.ontology.id, code: it.error.code, reason: it.error.message });
          }
          if (labelled.length) await ctx.store.saveLabelled(labelled);
          if (failures.length) await ctx.store.recordFailures(failures);
          const byCode: Record<string, number> = {};
          for (const f of failures) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
          process.stdout.write(
            `collected batch ${state.batchId}: ${labelled.length} labelled, ${failures.length} failed${failures.length ? ` (${Object.entries(byCode).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}; unverified claims ${unverifiedClaims}, rejected claims ${rejectedClaims}\n`,
          );
          process.exitCode = failures.length ? EXIT.QUARANTINED : EXIT.OK;
        } finally {
          await ctx.store.close();
        }
      });
  },
};
