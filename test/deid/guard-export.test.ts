import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RawReportSchema, type DeidentifiedReport } from '../../src/domain/report.js';
import { OntologySchema } from '../../src/domain/ontology.js';
import { deidentify } from '../../src/deid/deidentify.js';
import { exportLabels } from '../../src/export/export-labels.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { LabelStore } from '../../src/store/label-store.js';
import { makeLabels } from '../store/fixtures.js';

// The export's leak guard (export-labels.ts) is the last check before de-identified text leaves
// the process. These reports go through the real de-identifier and the real store; two of them
// then get a known identifier put back into their stored text, as a de-identifier miss or a later
// edit of the stored row would leave it (crafted, so the test does not hang on any one scrubber
// gap): R2 a patient surname, R3 the MRN written with a space inside.

const KEY = 'export-guard-key-0123456789abcdef';
const FAMILY = 'Thistlewood';
const GIVEN = 'Imogen';
const MRN = '48213377';

const ontology = OntologySchema.parse({
  id: 'chest-xr',
  version: '1',
  name: 'Chest XR (test)',
  noFindingSemantics: 'chexpert',
  labels: [
    { id: 'pneumonia', name: 'Pneumonia' },
    { id: 'pleural_effusion', name: 'Pleural effusion' },
    { id: 'pneumothorax', name: 'Pneumothorax' },
  ],
});

const TEXTS: Record<string, string> = {
  R1: 'FINDINGS: Right lower lobe opacity. No pleural effusion.\nIMPRESSION: Right lower lobe pneumonia.',
  R2: 'FINDINGS: Patchy right basilar opacity.\nIMPRESSION: Pneumonia.',
  R3: 'FINDINGS: Right lower lobe opacity.\nIMPRESSION: Pneumonia.',
  R4: 'FINDINGS: Lungs clear apart from a right lower lobe opacity.\nIMPRESSION: Pneumonia.',
};

function deid(id: string): DeidentifiedReport {
  const raw = RawReportSchema.parse({
    source: { format: 'jsonl', system: 'test', file: 'feed.jsonl', messageId: id, row: 1 },
    archiveId: id,
    status: 'final',
    sections: [],
    text: TEXTS[id],
    patientId: MRN,
    identifiers: { patientNames: [{ family: FAMILY, given: [GIVEN] }], patientIds: [MRN], birthDate: '1951-11-02' },
  });
  return deidentify(raw, { key: KEY, mode: 'surrogate', keepStudyUids: false });
}

async function seededStore(dir: string): Promise<LabelStore> {
  const store = openSqliteStore(join(dir, 'radlabel.db'));
  await store.migrate();
  const reports = ['R1', 'R2', 'R3', 'R4'].map(deid);
  const leak = (i: number, extra: string) => (reports[i] = { ...reports[i]!, text: `${reports[i]!.text} ${extra}` });
  leak(1, `Findings discussed with Mrs ${FAMILY}.`);
  leak(2, 'Prior films under 4821 3377 reviewed.');
  await store.saveLabelled(reports.map((report) => ({ report, labels: makeLabels(report.reportId, { ontologyId: ontology.id }) })));
  return store;
}

const jsonlIds = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id);

describe('export leak guard', () => {
  it('withholds and quarantines records carrying a known identifier, and writes the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'radlabel-guard-export-'));
    try {
      const store = await seededStore(dir);
      const out = join(dir, 'labels.jsonl');
      const res = await exportLabels(store, { format: 'jsonl', ontology, out, deidKey: KEY });
      expect(res).toEqual({ rows: 2, blocked: 2 });

      const written = readFileSync(out, 'utf8');
      expect(jsonlIds(out)).toEqual(['R1', 'R4']);
      expect(written).not.toMatch(new RegExp(`${FAMILY}|${GIVEN}|4821|3377`, 'i'));

      const q = await store.listQuarantine();
      expect(q.map((e) => [e.code, e.locator.messageId]).sort()).toEqual([
        ['DEID_LEAK', 'R2'],
        ['DEID_LEAK', 'R3'],
      ]);
      const reason = (id: string) => q.find((e) => e.locator.messageId === id)!.reason;
      // The reason names the category (so a reviewer knows what to look for), never the value.
      expect(reason('R2')).toMatch(/known NAME identifier/);
      expect(reason('R3')).toMatch(/known ID identifier/);
      for (const e of q) expect(e.reason).not.toMatch(new RegExp(`${FAMILY}|${GIVEN}|${MRN}|4821|3377`, 'i'));
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('guards a run-scoped export (reportIds, input order) the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'radlabel-guard-export-'));
    try {
      const store = await seededStore(dir);
      const out = join(dir, 'run.jsonl');
      const res = await exportLabels(store, { format: 'jsonl', ontology, out, deidKey: KEY, reportIds: ['R4', 'R3', 'R2', 'R1'] });
      expect(res).toEqual({ rows: 2, blocked: 2 });
      expect(jsonlIds(out)).toEqual(['R4', 'R1']);
      expect(readFileSync(out, 'utf8')).not.toMatch(new RegExp(`${FAMILY}|4821`, 'i'));
      expect((await store.listQuarantine()).filter((e) => e.code === 'DEID_LEAK')).toHaveLength(2);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
