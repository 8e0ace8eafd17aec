import { Option, type Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { openRunContext, overridesFrom } from '../../app/run-context.js';
import { exportLabels, type ExportFormat } from '../../export/export-labels.js';
import { exportImages, type ImageExportFormat } from '../../export/images/export-images.js';
import { parseImageFilter, parseWhere } from '../../export/images/image-filters.js';
import { openImageStore } from '../../store/images/open-image-store.js';
import { RadlabelError } from '../../errors/index.js';
import { auditCli } from '../audit-cli.js';
import { loadConfig } from '../../config/load-config.js';
import { assertDatabaseExists, assertOntologyHasLabels } from '../read-store.js';
import { openRunLog } from '../../store/open-run-log.js';
import { quarantineToRunLog } from '../run-recorder.js';

interface ExportFlags {
  format?: string;
  out: string;
  ontology?: string;
  db?: string;
  level: 'study' | 'image';
  views?: string;
  modalities?: string;
  where?: string;
  gold?: boolean;
  worklist?: string;
}

/** `radlabel export`: current labels of an ontology from the store, per study (CheXpert CSV, JSONL, FHIR Observation NDJSON) or per image (CSV, MONAI datalist, worklist). */
export const exportCommand: CommandModule = {
  register(program: Command) {
    program
      .command('export')
      .description('export the current labels in the store (per study, or per indexed image with --level image)')
      .addOption(new Option('--format <format>', 'output format (study: chexpert-csv | jsonl | fhir-ndjson; image: chexpert-csv | monai-datalist | worklist)').choices(['chexpert-csv', 'jsonl', 'fhir-ndjson', 'monai-datalist', 'worklist']))
      .requiredOption('--out <file>', 'output file')
      .option('--ontology <id>', 'ontology id or YAML path (default chexpert)')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .addOption(new Option('--level <level>', 'one row per study report or per indexed image').choices(['study', 'image']).default('study'))
      .option('--views <list>', 'image level: keep these views (PA,AP,LL… or the groups FRONTAL, LATERAL; localisers are LOCALIZER)')
      .option('--modalities <list>', 'image level: keep these modalities (default: all but SR, OT, PR, KO, DOC and other non-images)')
      .option('--where <conditions>', 'image level: keep studies whose labels match, e.g. "Pneumothorax=1" or "Edema=1|-1,Pleural Effusion=0"')
      .option('--gold', 'export the reviewed set (review workbench) as gold for radlabel eval --gold: chexpert-csv or jsonl')
      .option('--worklist <id>', 'with --gold: only this worklist (default: every worklist of the ontology)')
      .action(async (flags: ExportFlags) => {
        const format = flags.format ?? 'chexpert-csv';
        if (flags.worklist && !flags.gold) throw new RadlabelError('USAGE', '--worklist needs --gold');
        if (flags.gold) {
          if (format !== 'chexpert-csv' && format !== 'jsonl') throw new RadlabelError('USAGE', '--gold writes chexpert-csv or jsonl');
          if (flags.level !== 'study') throw new RadlabelError('USAGE', '--gold is per study (one row per reviewed report)');
          assertDatabaseExists(loadConfig(overridesFrom(flags)).db);
          const { exportGold } = await import('../../review/export-gold-file.js');
          const ctx = await openRunContext(overridesFrom(flags));
          try {
            const r = await exportGold(ctx.config.db, ctx.ontology, { format: format === 'jsonl' ? 'jsonl' : 'csv', out: flags.out, worklist: flags.worklist });
            await auditCli(ctx.config.db, 'review.gold.export', `format=${format} ontology=${ctx.ontology.id} worklist=${flags.worklist ?? 'all'} rows=${r.rows} out=${flags.out}`);
            process.stdout.write(`wrote ${r.rows} reviewed reports to ${flags.out}${r.pending ? ` (${r.pending} not yet settled: still to review or awaiting adjudication)` : ''}\n`);
            process.exitCode = EXIT.OK;
          } finally {
            await ctx.store.close();
          }
          return;
        }
        if (flags.level === 'study' && !['chexpert-csv', 'jsonl', 'fhir-ndjson'].includes(format)) throw new RadlabelError('USAGE', `--format ${format} needs --level image`);
        if (flags.level === 'image' && (format === 'jsonl' || format === 'fhir-ndjson')) throw new RadlabelError('USAGE', '--level image writes chexpert-csv, monai-datalist or worklist');
        if (flags.level === 'study' && (flags.views || flags.modalities || flags.where)) throw new RadlabelError('USAGE', '--views, --modalities and --where need --level image');
        if (format === 'worklist' && !flags.where) throw new RadlabelError('USAGE', '--format worklist needs --where (the labels that select studies)');
        assertDatabaseExists(loadConfig(overridesFrom(flags)).db);
        const ctx = await openRunContext(overridesFrom(flags));
        const log = openRunLog(ctx.config.db);
        try {
          await assertOntologyHasLabels(ctx.store, ctx.ontology.id, ctx.config.ontologyDir);
          // Leak-guard withholdings go to the run log, so `radlabel quarantine` lists them.
          const store = quarantineToRunLog(ctx.store, log);
          if (flags.level === 'study') {
            const res = await exportLabels(store, { format: format as ExportFormat, ontology: ctx.ontology, out: flags.out, deidKey: ctx.deid.key });
            await auditCli(ctx.config.db, 'labels.export', `format=${format} ontology=${ctx.ontology.id} rows=${res.rows} out=${flags.out}`);
            process.stdout.write(`wrote ${res.rows} rows to ${flags.out}${res.blocked ? ` (${res.blocked} withheld by the leak guard, quarantined as DEID_LEAK)` : ''}\n`);
            process.exitCode = res.blocked ? EXIT.QUARANTINED : EXIT.OK;
            return;
          }
          const where = parseWhere(flags.where, ctx.ontology);
          const images = openImageStore(ctx.config.db);
          try {
            const r = await exportImages(images, store, {
              format: format as ImageExportFormat,
              ontology: ctx.ontology,
              out: flags.out,
              deidKey: ctx.deid.key,
              filter: parseImageFilter(flags.views, flags.modalities),
              where,
            });
            await auditCli(ctx.config.db, 'labels.export', `level=image format=${format} ontology=${ctx.ontology.id} rows=${r.rows} out=${flags.out}`);
            process.stdout.write(
              `wrote ${r.rows} ${format === 'worklist' ? 'studies' : 'images'} to ${flags.out}; left out: ${r.filtered} by view / modality, ` +
                `${r.withoutReport} without a labelled report (see \`radlabel images unmatched\`)` +
                `${where.length ? `, ${r.notMatching} not matching --where` : ''}` +
                `${r.blocked ? `, ${r.blocked} withheld by the leak guard (quarantined as DEID_LEAK)` : ''}\n`,
            );
            process.exitCode = r.blocked ? EXIT.QUARANTINED : EXIT.OK;
          } finally {
            await images.close();
          }
        } finally {
          await log.close();
          await ctx.store.close();
        }
      });
  },
};
