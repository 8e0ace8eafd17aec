import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { openRunContext, overridesFrom, type RunContext } from '../../app/run-context.js';
import { RadlabelError, type ErrorCode } from '../../errors/index.js';
import type { QuarantineEntry } from '../../store/label-store.js';
import { openImageStore } from '../../store/images/open-image-store.js';
import type { ImageStore } from '../../store/images/image-store.js';
import { scanFolders } from '../../images/scan-folders.js';
import { pullDicomweb } from '../../images/dicomweb/pull-dicomweb.js';
import type { DicomwebSettings } from '../../images/dicomweb/qido-client.js';
import { importImageList } from '../../images/lists/import-image-list.js';
import { parseMapping, type ImageListLayout } from '../../images/lists/image-list-layouts.js';
import { benchScan } from '../../images/bench-scan.js';
import { openSqliteImageStore } from '../../store/images/sqlite-image-store.js';

interface CommonFlags {
  db?: string;
  keepStudyUids?: boolean;
}

/** Problems printed one by one before only their count is reported (the store keeps them all). */
const PRINT_LIMIT = 20;

/** Collects skipped inputs: prints the first few, quarantines all (no raw bytes: `raw` stays empty). */
class Problems {
  private pending: QuarantineEntry[] = [];
  count = 0;
  constructor(private readonly ctx: RunContext) {}
  async add(code: ErrorCode, reason: string, locator: QuarantineEntry['locator']): Promise<void> {
    this.count++;
    if (this.count <= PRINT_LIMIT) process.stderr.write(`radlabel: skipped ${new RadlabelError(code, reason, { locator }).describe()}\n`);
    this.pending.push({ code, reason, locator, format: 'image', raw: '' });
    if (this.pending.length >= 500) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.pending.length) await this.ctx.store.quarantine(this.pending);
    this.pending = [];
  }
  tail(): string {
    return this.count > PRINT_LIMIT ? ` (first ${PRINT_LIMIT} printed; all listed by \`radlabel quarantine\`)` : '';
  }
}

async function withStores(flags: CommonFlags, fn: (ctx: RunContext, images: ImageStore) => Promise<void>): Promise<void> {
  // Skipped files are quarantined in the store's one quarantine, which `radlabel quarantine` lists.
  const ctx: RunContext = await openRunContext(overridesFrom(flags));
  const images = openImageStore(ctx.config.db);
  try {
    await images.migrate();
    await fn(ctx, images);
  } finally {
    await images.close();
    await ctx.store.close();
  }
}

const collect = (v: string, acc: string[]) => [...acc, v];

function dicomwebAuth(flags: { user?: string; password?: string; token?: string }): DicomwebSettings['auth'] {
  const token = flags.token ?? process.env.RADLABEL_DICOMWEB_TOKEN;
  const user = flags.user ?? process.env.RADLABEL_DICOMWEB_USER;
  const password = flags.password ?? process.env.RADLABEL_DICOMWEB_PASSWORD;
  if (token && user) throw new RadlabelError('USAGE', 'give either a bearer token or a user and password for DICOMweb, not both');
  if (token) return { kind: 'bearer', token };
  if (user) return { kind: 'basic', user, password: password ?? '' };
  return undefined;
}

function keyValues(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new RadlabelError('USAGE', `--query expects KEY=VALUE (got '${p}')`);
    out[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return out;
}

/** `radlabel images scan|pull|import|unmatched`: build the image index and see what does not join. */
export const imagesCommand: CommandModule = {
  register(program: Command) {
    const images = program.command('images').description('index images (DICOM folders, a DICOMweb server, MIMIC-CXR / CheXpert / generic image lists) for image-level exports');

    images
      .command('scan')
      .description('index DICOM Part 10 files under folders (header only, stops before Pixel Data)')
      .argument('<folders...>', 'folders or files')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .option('--keep-study-uids', 'keep UIDs instead of remapping them (must match the report side)')
      .action(async (folders: string[], flags: CommonFlags) =>
        withStores(flags, async (ctx, store) => {
          const problems = new Problems(ctx);
          const t0 = performance.now();
          const r = await scanFolders(store, folders, {
            key: ctx.deid.key,
            keepStudyUids: ctx.deid.keepStudyUids,
            onSkip: (s) => problems.add(s.code, s.reason, { file: s.file }),
            onProgress: process.stderr.isTTY ? (p) => process.stderr.write(`\r${p.files} files, ${p.indexed} images indexed, ${p.skipped} skipped`) : undefined,
          });
          if (process.stderr.isTTY) process.stderr.write('\n');
          await problems.flush();
          const secs = (performance.now() - t0) / 1000;
          process.stdout.write(
            `scanned ${r.files} files: ${r.indexed} images indexed, ${r.skipped} skipped${problems.tail()}; ` +
              `${(r.files / Math.max(secs, 1e-9)).toFixed(0)} files/s, ${(r.bytesRead / Math.max(r.files, 1) / 1024).toFixed(1)} KiB read per file\n`,
          );
          process.exitCode = r.skipped ? EXIT.QUARANTINED : EXIT.OK;
        }),
      );

    images
      .command('pull')
      .description('index the instances of a DICOMweb server through QIDO-RS (paged, resumable)')
      .requiredOption('--dicomweb <url>', 'DICOMweb root, e.g. http://pacs:8042/dicom-web')
      .option('--user <name>', 'basic auth user (or RADLABEL_DICOMWEB_USER)')
      .option('--password <secret>', 'basic auth password (or RADLABEL_DICOMWEB_PASSWORD)')
      .option('--token <token>', 'bearer token (or RADLABEL_DICOMWEB_TOKEN)')
      .option('--query <key=value>', 'extra study-level QIDO-RS key (repeatable), e.g. ModalitiesInStudy=CR', collect, [])
      .option('--page-size <n>', 'results per QIDO-RS page', '100')
      .option('--restart', 'ignore the saved resume point')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .option('--keep-study-uids', 'keep UIDs instead of remapping them (must match the report side)')
      .action(async (flags: CommonFlags & { dicomweb: string; user?: string; password?: string; token?: string; query: string[]; pageSize: string; restart?: boolean }) =>
        withStores(flags, async (ctx, store) => {
          const pageSize = Number(flags.pageSize);
          if (!Number.isInteger(pageSize) || pageSize < 1) throw new RadlabelError('USAGE', '--page-size must be a positive integer');
          const r = await pullDicomweb(store, { url: flags.dicomweb, auth: dicomwebAuth(flags) }, {
            key: ctx.deid.key,
            keepStudyUids: ctx.deid.keepStudyUids,
            pageSize,
            query: keyValues(flags.query),
            restart: flags.restart ?? false,
            onProgress: process.stderr.isTTY ? (p) => process.stderr.write(`\r${p.studies} studies, ${p.series} series, ${p.instances} instances`) : undefined,
          });
          if (process.stderr.isTTY) process.stderr.write('\n');
          process.stdout.write(
            `pulled ${r.studies} studies, ${r.series} series, ${r.instances} instances indexed` +
              `${r.skipped ? `, ${r.skipped} without UIDs skipped` : ''}${r.resumedAt ? ` (resumed at study ${r.resumedAt + 1})` : ''}\n`,
          );
          process.exitCode = EXIT.OK;
        }),
      );

    images
      .command('import')
      .description('index an image-list CSV: MIMIC-CXR metadata, CheXpert train/valid, or a generic list with --map')
      .argument('<file>', 'CSV file')
      .addOption(new Option('--layout <layout>', 'CSV layout').choices(['mimic-cxr', 'chexpert', 'list']).makeOptionMandatory())
      .option('--map <pairs>', 'list layout: image=COL,study=COL[,accession=COL,view=COL,path=COL,modality=COL]')
      .option('--study-prefix <p>', 'mimic-cxr: prefix of study ids as the report archive names them', 's')
      .option('--ext <ext>', 'mimic-cxr: image file extension in paths (jpg for MIMIC-CXR-JPG, dcm)', 'jpg')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .option('--keep-study-uids', 'keep UIDs instead of remapping them (must match the report side)')
      .action(async (file: string, flags: CommonFlags & { layout: ImageListLayout; map?: string; studyPrefix: string; ext: string }) => {
        const mapping = flags.layout === 'list' ? parseMapping(flags.map) : {};
        if (typeof mapping === 'string') throw new RadlabelError('USAGE', mapping);
        await withStores(flags, async (ctx, store) => {
          const problems = new Problems(ctx);
          const r = await importImageList(
            store,
            file,
            flags.layout,
            { key: ctx.deid.key, keepStudyUids: ctx.deid.keepStudyUids, studyPrefix: flags.studyPrefix, extension: flags.ext, mapping },
            (p) => problems.add('IMAGE_LIST_ROW', p.reason, { file: p.file, row: p.row }),
          );
          await problems.flush();
          process.stdout.write(`read ${r.rows} rows: ${r.indexed} images indexed, ${r.skipped} skipped${problems.tail()}\n`);
          process.exitCode = r.skipped ? EXIT.QUARANTINED : EXIT.OK;
        });
      });

    images
      .command('bench')
      .description('time images scan on generated 512×512 16-bit DICOM files (written once into --dir, reused after)')
      .option('--files <n>', 'files to generate and scan', '2000')
      .option('--dir <folder>', 'where the generated files go (not the repository)', join(tmpdir(), 'radlabel-scan-bench'))
      .addOption(new Option('--pixels <mode>', 'fill: pixel values written (512 KiB a file on disk); sparse: same file size, values not written').choices(['fill', 'sparse']).default('fill'))
      .action(async (flags: { files: string; dir: string; pixels: 'fill' | 'sparse' }) => {
        const files = Number(flags.files);
        if (!Number.isInteger(files) || files < 1) throw new RadlabelError('USAGE', '--files must be a positive integer');
        const db = join(mkdtempSync(join(tmpdir(), 'radlabel-scan-bench-db-')), 'db.sqlite');
        const store = openSqliteImageStore(db);
        try {
          const r = await benchScan(store, { dir: flags.dir, files, pixels: flags.pixels, key: randomBytes(32).toString('hex') });
          process.stdout.write(
            `images scan: ${r.files} files (${flags.pixels} 512×512 16-bit pixel data) in ${r.wallSeconds.toFixed(2)} s: ` +
              `${r.perSecond.toFixed(0)} headers/s wall, ${r.perCpuSecond.toFixed(0)} per CPU second (one thread), ` +
              `${r.kibReadPerFile.toFixed(1)} KiB read per file\n` +
              `RSS after each tenth of the files (MiB): ${r.rssMiB.deciles.join(' ')} (peak ${r.rssMiB.peak}); V8 heap in use: ${r.heapMiB.join(' ')}\n`,
          );
        } finally {
          await store.close();
        }
      });

    images
      .command('unmatched')
      .description('count and list images without a labelled report and labelled reports without images')
      .option('--ontology <id>', 'ontology id or YAML path (default chexpert)')
      .option('--limit <n>', 'studies / reports listed of each kind', '50')
      .option('--json', 'print JSON')
      .option('--db <path>', 'SQLite path or postgres:// URL')
      .action(async (flags: CommonFlags & { ontology?: string; limit: string; json?: boolean }) =>
        withStores(flags, async (ctx, store) => {
          const u = await store.unmatched(ctx.ontology.id, Math.max(0, Number(flags.limit) || 0));
          const c = await store.counts();
          if (flags.json) {
            process.stdout.write(`${JSON.stringify({ ontology: ctx.ontology.id, indexed: c, ...u }, null, 2)}\n`);
            return;
          }
          const lines = [
            `${c.images} images in ${c.studies} studies indexed; ontology ${ctx.ontology.id}`,
            `images without a labelled report: ${u.imagesWithoutReport} (${u.studiesWithoutReport.length} studies listed)`,
            ...u.studiesWithoutReport.map((s) => `  study ${s.studyId}  images ${s.images}${s.reportKey ? `  expected report ${s.reportKey}` : ''}`),
            `labelled reports without images: ${u.reportsWithoutImages} (${u.reportIdsWithoutImages.length} listed)`,
            ...u.reportIdsWithoutImages.map((r) => `  report ${r}`),
          ];
          process.stdout.write(`${lines.join('\n')}\n`);
        }),
      );
  },
};
