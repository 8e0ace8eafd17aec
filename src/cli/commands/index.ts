import type { CommandModule } from '../command-module.js';

/**
 * A command as the CLI knows it before loading it: its name, one-line summary and argument
 * syntax (for the help list), and `load`, which imports the command's module only when that
 * command runs.
 *
 * Why: start-up. `radlabel --help` and `radlabel label -` must not pay for the LLM SDKs,
 * LangChain, pg, BullMQ, fastify or playwright that other commands use. `main` registers only the
 * command named on the command line with its real module; the others get a stub carrying the
 * name and summary, enough for `--help`.
 *
 * Adding a command: write `commands/x.ts` exporting a {@link CommandModule} (heavy imports may
 * stay at its top: nothing loads the file unless `x` runs), then append one entry here:
 *
 *   { name: 'x', summary: 'what it does', args: '<inputs...>', load: async () => (await import('./x.js')).xCommand },
 *
 * `name` must equal the name the module registers; a test checks every entry (`test/cli/lazy-commands.test.ts`).
 */
export interface CommandDescriptor {
  name: string;
  summary: string;
  /** Argument syntax shown in the help list, e.g. `<inputs...>`. */
  args?: string;
  load: () => Promise<CommandModule>;
}

/** Every CLI command, in help order. */
export const COMMANDS: CommandDescriptor[] = [
  { name: 'run', summary: 'label reports from HL7 v2, FHIR, CSV or JSONL files and folders', args: '<inputs...>', load: async () => (await import('./run.js')).runCommand },
  { name: 'label', summary: 'label one report read from stdin (text, HL7 or FHIR JSON) and print labels with evidence', args: '<source>', load: async () => (await import('./label.js')).labelCommand },
  { name: 'export', summary: 'export the current labels in the store (per study, or per indexed image with --level image)', load: async () => (await import('./export.js')).exportCommand },
  { name: 'quarantine', summary: 'list quarantined inputs and failed extractions with their reasons, newest first (retry: run their files again)', load: async () => (await import('./quarantine.js')).quarantineCommand },
  { name: 'demo', summary: 'run the pipeline on the bundled synthetic HL7 / FHIR / CSV feeds and score it against the sample gold', load: async () => (await import('./demo.js')).demoCommand },
  { name: 'bench', summary: 'measure throughput on generated synthetic feeds', load: async () => (await import('./bench.js')).benchCommand },
  { name: 'eval', summary: 'score predictions against a gold standard: per-label P/R/F1 with CIs, kappa, comparison, error analysis', load: async () => (await import('./eval.js')).evalCommand },
  { name: 'deid', summary: 'de-identify report files (HL7, FHIR, CSV, JSONL, PhysioNet) into JSONL', args: '<paths...>', load: async () => (await import('./deid.js')).deidCommand },
  { name: 'deid-eval', summary: 'score de-identification against PhysioNet-style gold PHI spans', load: async () => (await import('./deid-eval.js')).deidEvalCommand },
  { name: 'ontology', summary: 'Validate and inspect label ontologies (YAML in ontologies/)', load: async () => (await import('./ontology.js')).ontologyCommand },
  { name: 'eval-assertion', summary: 'Score the rules engine on negation / temporality / experiencer of annotated sentences', args: '<file>', load: async () => (await import('./eval-assertion.js')).evalAssertionCommand },
  { name: 'batch', summary: 'LLM labelling through provider batch APIs (submit, status, collect)', load: async () => (await import('./batch.js')).batchCommand },
  { name: 'images', summary: 'index images (DICOM folders, a DICOMweb server, MIMIC-CXR / CheXpert / generic image lists) for image-level exports', load: async () => (await import('./images.js')).imagesCommand },
  { name: 'combine', summary: 'combine several labellers into probabilistic labels (Dawid–Skene label model), with per-source accuracy', load: async () => (await import('./combine.js')).combineCommand },
  { name: 'audit', summary: 'verify or list the hash-chained audit log', load: async () => (await import('./audit.js')).auditCommand },
  { name: 'serve', summary: 'run the HTTP API (and MLLP listener): embedded labelling on SQLite, or accept-and-queue with Redis', load: async () => (await import('./service.js')).serveCommand },
  { name: 'worker', summary: 'run BullMQ labelling workers (needs service.redisUrl / RADLABEL_REDIS_URL)', load: async () => (await import('./service.js')).workerCommand },
  { name: 'review', summary: 'review workbench: create and list worklists (reviewers work in the browser under /review)', load: async () => (await import('./review.js')).reviewCommand },
  { name: 'keys', summary: 'API keys: create (printed once, stored hashed), list, revoke', load: async () => (await import('./service.js')).keysCommand },
  { name: 'purge-quarantine', summary: 'delete the raw input of quarantine rows older than the retention (service.quarantineRetentionDays)', load: async () => (await import('./service.js')).purgeQuarantineCommand },
];
