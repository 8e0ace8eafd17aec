import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticDicom } from '../bench/synthetic-dicom.js';
import type { ImageStore } from '../store/images/image-store.js';
import { scanFolders } from './scan-folders.js';

export interface ScanBenchOptions {
  /** Folder the generated files go to (reused when it already holds the same set). */
  dir: string;
  files: number;
  /** `fill`: real 512×512 16-bit pixel values on disk (512 KiB a file); `sparse`: same size, values not written. */
  pixels: 'fill' | 'sparse';
  key: string;
}

export interface ScanBenchResult {
  files: number;
  indexed: number;
  wallSeconds: number;
  cpuSeconds: number;
  /** Headers per wall-clock second and per CPU second (one thread: the one-core figure). */
  perSecond: number;
  perCpuSecond: number;
  kibReadPerFile: number;
  /** Resident set size (MiB) after each tenth of the files, and the peak seen. */
  rssMiB: { deciles: number[]; peak: number };
  /** V8 heap in use (MiB) after each tenth of the files. */
  heapMiB: number[];
}

const PER_FOLDER = 1000;

/** Generates `n` chest radiographs (512×512, 16-bit) in folders of 1,000, unless the folder already holds this set. */
export function generateBenchFiles(o: Pick<ScanBenchOptions, 'dir' | 'files' | 'pixels'>): void {
  const marker = join(o.dir, '.radlabel-bench.json');
  const want = JSON.stringify({ files: o.files, pixels: o.pixels, version: 1 });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return;
  const root = '1.2.826.0.1.3680043.8.498.77';
  for (let i = 0; i < o.files; i++) {
    const folder = join(o.dir, String(Math.floor(i / PER_FOLDER)).padStart(4, '0'));
    if (i % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const study = Math.floor(i / 2);
    writeSyntheticDicom(
      join(folder, `${i}.dcm`),
      {
        studyInstanceUid: `${root}.${study}`,
        seriesInstanceUid: `${root}.${study}.${i % 2}`,
        sopInstanceUid: `${root}.${study}.${i % 2}.1`,
        accession: `BENCH${String(study).padStart(8, '0')}`,
        patientId: `BMRN${String(study % 5000).padStart(6, '0')}`,
        patientName: `BENCH^PATIENT${study % 5000}`,
        modality: 'DX',
        viewPosition: i % 2 ? 'LL' : 'PA',
        imageType: ['ORIGINAL', 'PRIMARY'],
        bodyPart: 'CHEST',
        seriesDescription: i % 2 ? 'Chest lateral' : 'Chest PA',
      },
      { rows: 512, columns: 512, mode: o.pixels },
    );
  }
  writeFileSync(marker, want);
}

const mib = (b: number) => Math.round(b / 1024 / 1024);

/**
 * Times `images scan` over generated files: the same code path as the CLI (walk, header read,
 * pseudonymisation, batched upserts into `store`), with the resident set sampled after every batch.
 */
export async function benchScan(store: ImageStore, o: ScanBenchOptions): Promise<ScanBenchResult> {
  generateBenchFiles(o);
  const deciles: number[] = [];
  const heap: number[] = [];
  let peak = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await scanFolders(store, [o.dir], {
    key: o.key,
    keepStudyUids: false,
    onProgress: (p) => {
      const m = process.memoryUsage();
      peak = Math.max(peak, m.rss);
      while (deciles.length < 10 && p.files >= (o.files * (deciles.length + 1)) / 10) {
        deciles.push(m.rss);
        heap.push(m.heapUsed);
      }
    },
  });
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  const cpuSeconds = (c.user + c.system) / 1e6;
  const end = process.memoryUsage();
  while (deciles.length < 10) {
    deciles.push(end.rss);
    heap.push(end.heapUsed);
  }
  return {
    files: r.files,
    indexed: r.indexed,
    wallSeconds: wall,
    cpuSeconds,
    perSecond: r.files / wall,
    perCpuSecond: r.files / cpuSeconds,
    kibReadPerFile: r.bytesRead / Math.max(r.files, 1) / 1024,
    rssMiB: { deciles: deciles.map(mib), peak: mib(Math.max(peak, end.rss)) },
    heapMiB: heap.map(mib),
  };
}
