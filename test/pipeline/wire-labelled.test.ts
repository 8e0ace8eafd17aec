import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromWire, toWire } from '../../src/pipeline/parallel/wire-labelled.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { LabelledReport } from '../../src/store/label-store.js';
import { labelled } from '../store/fixtures.js';

/** Invented labelled reports of several shapes: optional fields absent, other statuses and modes, non-ASCII text. */
function variants(): Array<[string, LabelledReport]> {
  const noProcedure = labelled('r-noproc');
  delete (noProcedure.report as { procedure?: unknown }).procedure;
  const tagMode = labelled('r-tag', { status: 'preliminary', reportDateTime: '2024-03-02T08:00:00Z' }, { value: 'uncertain' });
  tagMode.report.deid = { mode: 'tag', detectorVersion: 'test-2', counts: {}, profile: 'strict', context: { id: 'c1', state: 'abc' } };
  tagMode.report.guard = [];
  const unicode = labelled('r-ü', { text: 'FINDINGS: Épanchement pleural — «minime». ✓\nIMPRESSION: 无 "quotes" \\ back\\slash.' });
  return [
    ['a full report', labelled('r-full')],
    ['no procedure', noProcedure],
    ['tag mode, empty guard, preliminary', tagMode],
    ['non-ASCII and escaped characters', unicode],
    ['negative labels, another ontology', labelled('r-neg', { versionKey: 'v2' }, { value: 'negative', ontologyId: 'other' })],
  ];
}

/** The wire form as the main thread receives it: a structured clone, as postMessage makes. */
const overThread = (l: LabelledReport): LabelledReport => fromWire(structuredClone(toWire(l.report, l.labels)));

describe('a labelled report crossing from a labelling thread', () => {
  it.each(variants())('%s: decodes to the same report and labels', (_, l) => {
    const back = overThread(l);
    expect(back.report).toEqual(l.report);
    expect(back.labels).toEqual(l.labels);
    expect('procedure' in back.report).toBe('procedure' in l.report);
  });

  it('the SQLite store writes the same rows from the decoded form as from the original', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'radlabel-wire-'));
    try {
      const rows = async (name: string, items: LabelledReport[]): Promise<unknown[]> => {
        const path = join(dir, `${name}.db`);
        const store = openSqliteStore(path);
        expect(await store.saveLabelled(items)).toEqual(items.map(() => 'inserted'));
        await store.close();
        const db = new Database(path, { readonly: true });
        try {
          const reports = db.prepare('SELECT * FROM reports ORDER BY report_id, version_key').all() as Array<Record<string, unknown>>;
          const labels = db.prepare('SELECT * FROM labels ORDER BY report_id, version_key, ontology_id').all() as Array<Record<string, unknown>>;
          // Write times differ between the two stores; everything else must not.
          for (const r of reports) delete r.received_at;
          for (const r of labels) delete r.created_at;
          return [reports, labels];
        } finally {
          db.close();
        }
      };
      const originals = variants().map(([, l]) => l);
      const direct = await rows('direct', originals);
      const wired = await rows('wired', originals.map(overThread));
      expect(wired).toEqual(direct);
      expect((direct[0] as unknown[]).length).toBe(originals.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
