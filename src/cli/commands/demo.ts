import type { Command } from 'commander';
import { mkdir, rm, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { repoPath } from '../../util/paths.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { total } from '../../pipeline/run-summary.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import { createRulesExtractor } from '../../extract/rules/rules-extractor.js';
import { exportLabels } from '../../export/export-labels.js';
import { formatSummary } from '../print-summary.js';
import { pseudonym } from '../../deid/pseudonyms.js';
import { evaluateLabelFiles, formatEvaluationTable } from '../../evaluate/labels/evaluate-files.js';

/** A fixed, public key: the demo's pseudonyms are reproducible. Never use it for real data. */
const DEMO_KEY = 'radlabel-demo-key-not-a-secret';

/**
 * `radlabel demo`: the whole pipeline on the bundled synthetic feeds with the embedded defaults
 * (SQLite, rules engine, no key, no network), then labels and accuracy against the bundled gold.
 */
export const demoCommand: CommandModule = {
  register(program: Command) {
    program
      .command('demo')
      .description('run the pipeline on the bundled synthetic HL7 / FHIR / CSV feeds and score it against the sample gold')
      .option('--dir <path>', 'working folder for the demo database and outputs', '.radlabel/demo')
      .action(async (flags: { dir: string }) => {
        await rm(flags.dir, { recursive: true, force: true });
        await mkdir(flags.dir, { recursive: true });
        const ontology = loadOntology('chexpert');
        const store = openSqliteStore(join(flags.dir, 'demo.db'));
        await store.migrate();
        const deid = { key: DEMO_KEY, mode: 'surrogate' as const, keepStudyUids: false };
        const out = (s = ''): boolean => process.stdout.write(s + '\n');
        try {
          out('radlabel demo — synthetic feeds in samples/: HL7 v2 batch + corrected report + order, FHIR Bundle + NDJSON, CSV archive');
          out('pipeline: ingest → de-identify (surrogates) → rules engine (chexpert ontology) → SQLite\n');
          const summary = await runPipeline({ inputs: ['hl7', 'fhir', 'csv'].map((d) => repoPath('samples', d)), ontology, extractor: createRulesExtractor(), store, deid });
          out(formatSummary(summary));

          out('\nlabels (positive +, uncertain ?, negative -), with the deciding evidence of the first positive:');
          for await (const s of store.currentLabels(ontology.id, { excludeCancelled: true })) {
            const by = (v: string, mark: string) =>
              ontology.labels.filter((l) => s.labels.labels[l.id]?.value === v).map((l) => mark + l.id);
            const labels = [...by('positive', '+'), ...by('uncertain', '?'), ...by('negative', '-')];
            out(`  ${s.reportId.padEnd(25)} ${labels.join('  ') || '(nothing mentioned)'}`);
            const first = ontology.labels.map((l) => s.labels.labels[l.id]).find((x) => x?.value === 'positive' && x.evidence[0]);
            const m = first?.evidence[0];
            if (m) out(`  ${''.padEnd(25)} ↳ ${m.label}: "${m.sentence.text.trim().slice(0, 90)}"${m.trigger ? ` [${m.trigger.category}: ${m.trigger.text}]` : ''}`);
          }

          const pred = join(flags.dir, 'labels.csv');
          await exportLabels(store, { format: 'chexpert-csv', ontology, out: pred, deidKey: DEMO_KEY });
          await exportLabels(store, { format: 'jsonl', ontology, out: join(flags.dir, 'labels.jsonl'), deidKey: DEMO_KEY });
          // The gold is keyed by accession (as a site's own gold would be): pseudonymise it with the same key.
          const goldRaw = await readFile(repoPath('samples/gold.csv'), 'utf8');
          const gold = join(flags.dir, 'gold.csv');
          await writeFile(gold, goldRaw.replace(/^(ACC\d+),/gm, (_, acc: string) => `acc-${pseudonym(DEMO_KEY, 'accession', acc)},`));
          const evaluation = await evaluateLabelFiles({ gold, preds: [pred] });
          out(`\naccuracy against samples/gold.csv (${evaluation.reports} reports; uncertain is its own class):`);
          out(formatEvaluationTable(evaluation));
          out(`\noutputs in ${flags.dir}/: demo.db (SQLite), labels.csv (CheXpert style), labels.jsonl (evidence + provenance)`);
          out(`quarantined inputs: ${total(summary.quarantined)}; try \`node bin/radlabel.js run test/fixtures/bad\` to see bad inputs handled`);
          process.exitCode = EXIT.OK;
        } finally {
          await store.close();
        }
      });
  },
};

