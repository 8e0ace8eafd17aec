import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOru } from '../../src/bench/build-hl7.js';
import { isoDateOf, patientDateKey, rekeyGold } from '../../src/evaluate/labels/gold-id-key.js';
import { parseLabelCsv } from '../../src/evaluate/labels/read-label-csv.js';
import { MRN_DATE_COLUMNS } from '../../src/evaluate/labels/gold-id-key.js';
import { deidentify } from '../../src/deid/deidentify.js';
import { parseInput } from '../../src/ingest/parse-input.js';
import { cli, tmp } from './run-cli.js';

const KEY = 'mrn-date-test-key-0123456789';

/** A synthetic ORU: patient `mrn`, exam at `observed` (YYYYMMDDHHMM), one findings line. */
function oru(n: number, mrn: string, observed: string, finding: string): string {
  return buildOru({
    controlId: `MD${n}`, accession: `ACCMD${n}`, mrn, patient: { family: `Family${mrn.slice(-2)}`, given: 'Pat' }, birthDate: '19600101',
    procedure: { code: '71046', text: 'XR CHEST 2 VIEWS' }, modality: 'CR', observed, status: 'F',
    orderingProvider: { id: 'D1', family: 'Order', given: 'Doc' }, interpreter: { id: 'D2', family: 'Read', given: 'Doc' },
    sections: [{ code: '18782-3', name: 'Findings', lines: [finding] }],
  });
}

// Patient, exam time, report sentence, the gold's date as users write it, gold value.
const EXAMS: Array<[string, string, string, string, string]> = [
  ['77001234', '202403140930', 'Small left pleural effusion.', '2024-03-14', '1'],
  ['77001234', '202403200815', 'No pleural effusion.', '20240320', '0'],
  ['77005678', '202312311200', 'Large right pleural effusion.', '2023-12-31T12:00', '1'],
  ['77009012', '202402291000', 'The lungs are clear. No pleural effusion.', '2024-02-29', '0'],
];

describe('eval --id-key mrn-date: a gold keyed by MRN + exam date joins an HL7 run', () => {
  it('finds each report by the keyed patient pseudonym and the shifted date, scores them, and never writes an MRN or a real date', async () => {
    const dir = tmp();
    const input = join(dir, 'exams.hl7');
    // A fourth patient has two exams on one day: MRN + date cannot say which.
    const twice: Array<[string, string, string]> = [['77003456', '202401050800', 'No pleural effusion.'], ['77003456', '202401051700', 'New small pleural effusion.']];
    writeFileSync(input, [...EXAMS.map(([m, t, f], i) => oru(i, m, t, f)), ...twice.map(([m, t, f], i) => oru(10 + i, m, t, f))].join('\n'));
    const db = join(dir, 'db.sqlite');
    const pred = join(dir, 'pred.csv');
    const prevKey = process.env.RADLABEL_DEID_KEY;
    process.env.RADLABEL_DEID_KEY = KEY;
    try {
      expect((await cli('run', input, '--db', db, '--out', pred, '--no-progress')).code).toBe(0);
      const gold = join(dir, 'gold.csv');
      writeFileSync(gold, `MRN,Exam_Date,Pleural Effusion\n${EXAMS.map(([m, , , d, v]) => `${m},${d},${v}`).join('\n')}\n77003456,2024-01-05,1\n`);

      const json = join(dir, 'r.json');
      const r = await cli('eval', '--gold', gold, '--pred', pred, '--id-key', 'mrn-date', '--db', db, '--json', json, '--errors');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Per-label results — pred\.csv \(5 reports\)/);
      // Every joined exam got its own report (a swapped or missed join would disagree with the gold);
      // the one disagreement is the ambiguous row, which joins nothing and is scored as missed.
      expect(r.out).toMatch(/disagreements — pred\.csv: 1 listed of 1\n {2}Pleural Effusion \| missed \| pd-[0-9a-f]{20} \|/);
      expect(r.out).toMatch(/Pleural Effusion +3 +1\.000 +0\.667 .* 2 +0 +1/);
      expect(r.err).toMatch(/1 gold row\(s\) match several reports of the same patient on the same day/);
      expect(r.err).toMatch(/1 gold reports have no prediction/);
      const written = r.out + r.err + readFileSync(json, 'utf8');
      for (const [mrn, , , date] of [...EXAMS, ['77003456', '', '', '2024-01-05', '']]) {
        expect(written).not.toContain(mrn);
        expect(written).not.toContain(date!.slice(0, 10));
      }

      // Without the run's store there is nothing to look the pairs up in.
      const noDb = await cli('eval', '--gold', gold, '--pred', pred, '--id-key', 'mrn-date', '--db', join(dir, 'missing.sqlite'));
      expect(noDb.code).toBe(2);
    } finally {
      if (prevKey === undefined) delete process.env.RADLABEL_DEID_KEY;
      else process.env.RADLABEL_DEID_KEY = prevKey;
    }
  });

  it('computes the same key as de-identification does, for a class of MRNs and date forms', () => {
    for (const [mrn, time, , goldDate] of [...EXAMS, ['A-17', '199912311830', '', '19991231', ''], ['000042', '202001010000', '', '2020-01-01 00:00', '']] as const) {
      const item = [...parseInput('hl7', oru(1, mrn, time, 'No pleural effusion.'))][0]!;
      if (item.kind !== 'report') throw new Error('fixture');
      const out = deidentify(item.report, { key: KEY, mode: 'surrogate', keepStudyUids: false });
      expect(patientDateKey(KEY, mrn, isoDateOf(goldDate)!)).toBe(`${out.patientId}|${out.examDateTime!.slice(0, 10)}`);
    }
  });

  it('refuses a row without a readable date, naming the row and not the value', () => {
    expect(() => parseLabelCsv('mrn,date,Edema\n77001234,,1\n', 'g.csv', { compositeId: MRN_DATE_COLUMNS })).toThrow(/empty id/);
    for (const bad of ['14/03/2024', '2024-02-30', '2023-13-01', 'soon', '03-14']) {
      const table = parseLabelCsv(`mrn,date,Edema\n77001234,${bad},1\n`, 'g.csv', { compositeId: MRN_DATE_COLUMNS });
      const run = () => rekeyGold(table, { kind: 'mrn-date', deidKey: KEY, byPatientDate: new Map() });
      expect(run).toThrow(/needs an MRN and an exam date/);
      try {
        run();
      } catch (e) {
        expect(String((e as Error).message)).not.toContain('77001234');
        expect((e as { locator?: { row?: number } }).locator?.row).toBe(2);
      }
    }
  });
});
