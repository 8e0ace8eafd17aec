import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Ontology } from '../domain/ontology.js';
import { RadlabelError } from '../errors/index.js';
import { goldLines, type GoldFormat } from './gold-export.js';
import { openReviewStore } from './store/open-review-store.js';

/** `radlabel export --gold`: the reviewed set of the ontology's worklists (or one) written as gold, streamed. */
export async function exportGold(db: string, ontology: Ontology, opts: { format: GoldFormat; out: string; worklist?: string }): Promise<{ rows: number; pending: number }> {
  const store = await openReviewStore(db);
  try {
    const all = await store.listWorklists();
    const wls = opts.worklist ? all.filter((w) => w.id === opts.worklist) : all.filter((w) => w.ontologyId === ontology.id);
    if (opts.worklist && !wls.length) throw new RadlabelError('USAGE', `no worklist ${opts.worklist} (see radlabel review worklist list)`);
    if (opts.worklist && wls[0]!.ontologyId !== ontology.id) throw new RadlabelError('USAGE', `worklist ${opts.worklist} reviews ontology ${wls[0]!.ontologyId}; pass --ontology ${wls[0]!.ontologyId}`);
    const stats = { rows: 0, pending: 0 };
    await mkdir(dirname(opts.out), { recursive: true });
    await pipeline(Readable.from(goldLines(store, wls, ontology, opts.format, stats)), createWriteStream(opts.out, 'utf8'));
    return stats;
  } finally {
    await store.close();
  }
}
