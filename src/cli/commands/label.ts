import { Option, type Command } from 'commander';
import { readFile } from 'node:fs/promises';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { loadConfig } from '../../config/load-config.js';
import { createRulesExtractor } from '../../extract/rules/rules-extractor.js';
import { labelReport, ephemeralDeidKey, parseSingleReport, type LabelledOne, type SingleReportFormat } from '../../pipeline/label-report.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import { RadlabelError } from '../../errors/index.js';
import type { Ontology } from '../../domain/ontology.js';

interface LabelFlags {
  format?: SingleReportFormat;
  ontology?: string;
  likely?: 'positive' | 'uncertain';
  mode?: 'surrogate' | 'tag';
  db?: string;
  json?: boolean;
}

async function readSource(source: string): Promise<string> {
  if (source !== '-') return readFile(source, 'utf8');
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON printed by `radlabel label`: de-identified text, every label with its evidence, provenance. */
export function labelJson(r: LabelledOne, ontology: Ontology): object {
  return {
    id: r.report.reportId,
    ontology: { id: ontology.id, version: ontology.version },
    text: r.report.text,
    labels: Object.fromEntries(
      ontology.labels.map((l) => {
        const s = r.labels.labels[l.id];
        return [l.id, { value: s?.value ?? 'not_mentioned', evidence: (s?.evidence ?? []).map((m) => ({ sentence: m.sentence.text, span: m.span, phrase: m.phrase, section: m.section, trigger: m.trigger })) }];
      }),
    ),
    provenance: r.labels.provenance,
  };
}

/** A terminal table: mentioned labels only, the deciding evidence sentence and trigger. */
export function labelTable(r: LabelledOne, ontology: Ontology): string {
  const rows = ontology.labels
    .map((l) => ({ id: l.id, s: r.labels.labels[l.id] }))
    .filter((x) => x.s && x.s.value !== 'not_mentioned');
  const w = Math.max(5, ...rows.map((x) => x.id.length));
  const lines = [`report ${r.report.reportId}  (${ontology.id} ${ontology.version})`, `${'label'.padEnd(w)}  value       evidence`];
  for (const { id, s } of rows) {
    const m = s!.evidence[0];
    const ev = m ? `"${m.sentence.text.trim().replace(/\s+/g, ' ').slice(0, 80)}"${m.trigger ? ` [${m.trigger.category}: ${m.trigger.text}]` : ''}` : '';
    lines.push(`${id.padEnd(w)}  ${s!.value.padEnd(10)}  ${ev}`);
  }
  if (rows.length === 0) lines.push('(no ontology finding mentioned)');
  return lines.join('\n');
}

/**
 * `radlabel label -|FILE`: one report (plain text, HL7 v2, FHIR JSON) → labels with evidence, as
 * JSON (a table on a terminal). No database is opened unless `--db` is given; then the report and
 * its labels are stored like a `run` would, under the database's key.
 */
export const labelCommand: CommandModule = {
  register(program: Command) {
    program
      .command('label')
      .description('label one report read from stdin (text, HL7 or FHIR JSON) and print labels with evidence')
      .argument('<source>', '- for stdin, or a file holding one report')
      .addOption(new Option('--format <format>', 'how to read the input (default: recognised from its content)').choices(['text', 'hl7', 'fhir']))
      .option('--ontology <id>', 'ontology id or YAML path (default chexpert)')
      .addOption(new Option('--likely <reading>', 'read "likely" / "probable" hedges as positive or uncertain').choices(['positive', 'uncertain']))
      .addOption(new Option('--mode <mode>', 'de-identification mode').choices(['surrogate', 'tag']))
      .option('--db <path>', 'also store the report and its labels in this database (SQLite path or postgres:// URL)')
      .option('--json', 'print JSON even on a terminal')
      .action(async (source: string, flags: LabelFlags) => {
        const text = await readSource(source).catch((e: NodeJS.ErrnoException) => {
          throw new RadlabelError('USAGE', `cannot read ${source === '-' ? 'stdin' : source} (${e.code ?? 'unreadable'})`);
        });
        const extractor = createRulesExtractor({ likelyIsPositive: flags.likely === undefined ? undefined : flags.likely === 'positive' });
        let result: LabelledOne;
        let ontology: Ontology;
        if (flags.db) {
          const { openRunContext, overridesFrom } = await import('../../app/run-context.js');
          const ctx = await openRunContext(overridesFrom(flags));
          try {
            ontology = ctx.ontology;
            result = await labelReport(parseSingleReport(text, flags.format), { ontology, deid: ctx.deid, extractor });
            await ctx.store.saveLabelled([{ report: result.report, labels: result.labels }]);
          } finally {
            await ctx.store.close();
          }
        } else {
          // No database: the configured key if there is one (stable ids), else a key for this call only.
          const config = loadConfig({ ontology: flags.ontology, ...(flags.mode ? { deid: { mode: flags.mode } } : {}) });
          ontology = loadOntology(config.ontology, config.ontologyDir);
          result = await labelReport(text, {
            format: flags.format,
            ontology,
            extractor,
            deid: { key: config.deid.key ?? ephemeralDeidKey(), mode: config.deid.mode, keepStudyUids: config.deid.keepStudyUids },
          });
        }
        process.stdout.write(
          process.stdout.isTTY && !flags.json ? labelTable(result, ontology) + '\n' : JSON.stringify(labelJson(result, ontology), null, 2) + '\n',
        );
        process.exitCode = EXIT.OK;
      });
  },
};
