import { userInfo } from 'node:os';
import { Option, type Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { RadlabelError } from '../../errors/index.js';

interface CreateFlags {
  name: string;
  kind: string;
  ontology?: string;
  size?: string;
  margin?: string;
  confidence?: string;
  seed?: string;
  stratify?: string;
  runA?: string;
  runB?: string;
  combine?: string;
  nearHalf?: string;
  label?: string;
  value?: string;
  extractor?: string;
  source?: string;
  from?: string;
  to?: string;
  reviewers?: string;
  adjudicator?: string;
  db?: string;
}

const num = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new RadlabelError('USAGE', `${name} expects a number, got "${v}"`);
  return n;
};
const list = (v: string | undefined): string[] | undefined => (v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean));

const cliActor = (): string => {
  try {
    return `cli:${userInfo().username || 'unknown'}`;
  } catch {
    return 'cli:unknown';
  }
};

/** `radlabel review worklist create|list`: what `POST` / `GET /v1/review/worklists` do, for a QA lead without curl. */
export const reviewCommand: CommandModule = {
  register(program: Command) {
    const review = program.command('review').description('review workbench: create and list worklists (reviewers work in the browser under /review)');
    const worklist = review.command('worklist').description('review worklists');
    worklist
      .command('create')
      .description('create a worklist: a stratified spot check sized from the margin of error, disagreements, low confidence, a filter, or the most informative reports')
      .requiredOption('--name <name>', 'name shown to reviewers')
      .addOption(new Option('--kind <kind>', 'what to review').choices(['spot-check', 'disagreement', 'low-confidence', 'filter', 'informative']).default('spot-check'))
      .option('--ontology <id>', 'ontology id (default: the configured one)')
      .option('--size <n>', 'number of reports (spot check default: from --margin / --confidence)')
      .option('--margin <e>', 'spot check: target margin of error of an accuracy, e.g. 0.05', '0.05')
      .option('--confidence <c>', 'spot check: confidence level', '0.95')
      .option('--seed <n>', 'seed of the sample', '42')
      .option('--stratify <list>', 'spot check: strata from label, value, extractor (comma-separated)', 'label,value,extractor')
      .option('--run-a <source>', 'disagreement: store, store:<extractor> or a labels file (run JSONL / CheXpert CSV)')
      .option('--run-b <source>', 'disagreement: the second source')
      .option('--combine <file>', 'probabilities from radlabel combine --out (informative; low-confidence adds P near 0.5)')
      .option('--near-half <d>', 'low-confidence: |P - 0.5| at most this', '0.15')
      .option('--label <id>', 'filter: label')
      .option('--value <value>', 'filter: value (positive, negative, uncertain, not_mentioned)')
      .option('--extractor <name>', 'filter: extractor name in the provenance')
      .option('--source <format>', 'filter: source format (hl7v2, fhir, csv, jsonl)')
      .option('--from <date>', 'filter: exam date from (YYYY-MM-DD, de-identified dates)')
      .option('--to <date>', 'filter: exam date to (YYYY-MM-DD)')
      .option('--reviewers <ids>', 'API key ids (radlabel keys list): one, or two for blind double review')
      .option('--adjudicator <id>', 'API key id of the adjudicator (role adjudicate)')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .action(async (f: CreateFlags) => {
        const [{ openRunContext, overridesFrom }, { loadOntology }, { buildWorklist }, { CreateWorklistSchema }, { openReviewStore }, { openServiceStore }, { auditCli }] = await Promise.all([
          import('../../app/run-context.js'),
          import('../../ontology/load-ontology.js'),
          import('../../review/build-worklist.js'),
          import('../../review/review-schemas.js'),
          import('../../review/store/open-review-store.js'),
          import('../../service/store/open-service-store.js'),
          import('../audit-cli.js'),
        ]);
        const ctx = await openRunContext(overridesFrom({ db: f.db, ontology: f.ontology }));
        const filter = Object.fromEntries(Object.entries({ label: f.label, value: f.value, extractor: f.extractor, source: f.source, from: f.from, to: f.to }).filter(([, v]) => v !== undefined));
        const input = {
          name: f.name,
          ontology: ctx.ontology.id,
          kind: f.kind,
          seed: num('--seed', f.seed),
          size: num('--size', f.size),
          marginOfError: num('--margin', f.margin),
          confidence: num('--confidence', f.confidence),
          stratifyBy: list(f.stratify),
          runA: f.runA,
          runB: f.runB,
          combineFile: f.combine,
          nearHalf: num('--near-half', f.nearHalf),
          filter,
          reviewers: list(f.reviewers),
          adjudicator: f.adjudicator,
        };
        const parsed = CreateWorklistSchema.safeParse(JSON.parse(JSON.stringify(input)));
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new RadlabelError('USAGE', `${issue.path.join('.') || 'worklist'}: ${issue.message}`);
        }
        const store = await openReviewStore(ctx.config.db);
        const svc = openServiceStore(ctx.config.db);
        try {
          const keys = new Set((await svc.listKeys()).filter((k) => !k.revokedAt).map((k) => k.id));
          for (const k of [...parsed.data.reviewers, ...(parsed.data.adjudicator ? [parsed.data.adjudicator] : [])])
            if (!keys.has(k)) throw new RadlabelError('REVIEW_BAD_WORKLIST', `no active API key ${k} (see radlabel keys list)`);
          const built = await buildWorklist(parsed.data, store, ontologyOf(ctx.ontology, parsed.data.ontology, loadOntology, ctx.config.ontologyDir), cliActor());
          await store.createWorklist(built.record, built.items);
          await auditCli(ctx.config.db, 'review.worklist.create', `worklist ${built.record.id} kind ${built.record.kind} items ${built.items.length}`);
          const r = built.record;
          process.stdout.write(`${r.id}  ${r.kind}  ${r.size} reports  ${r.name}\n`);
          if (built.sampleSize) process.stdout.write(`sample size for ±${r.marginOfError} at ${(r.confidence ?? 0) * 100}% confidence: ${built.sampleSize.explanation}\n`);
          for (const s of r.strata) process.stdout.write(`  ${s.key.padEnd(40)} ${String(s.sampled).padStart(6)} of ${s.population}\n`);
          process.exitCode = EXIT.OK;
        } finally {
          await svc.close();
          await store.close();
          await ctx.store.close();
        }
      });
    worklist
      .command('list')
      .description('list worklists with their progress')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .action(async (f: { db?: string }) => {
        const [{ loadConfig }, { openReviewStore }] = await Promise.all([import('../../config/load-config.js'), import('../../review/store/open-review-store.js')]);
        const db = loadConfig({ db: f.db }).db;
        const store = await openReviewStore(db);
        try {
          const all = await store.listWorklists();
          for (const wl of all) {
            const p = await store.progress(wl.id, '');
            process.stdout.write(`${wl.id}  ${wl.kind.padEnd(14)}  ${String(p.done).padStart(6)}/${String(p.total).padEnd(6)} done  ${wl.reviewers.length > 1 ? 'double review  ' : ''}${wl.createdAt}  ${wl.name}\n`);
          }
          if (!all.length) process.stdout.write('no worklists\n');
          process.exitCode = EXIT.OK;
        } finally {
          await store.close();
        }
      });
  },
};

function ontologyOf<T extends { id: string }>(current: T, id: string, load: (id: string, dir?: string) => T, dir: string | undefined): T {
  return current.id === id ? current : load(id, dir);
}
