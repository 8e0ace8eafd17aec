import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { RawReportSchema, type RawReport } from '../../src/domain/report.js';
import { deidentify, type DeidSettings } from '../../src/deid/deidentify.js';
import { PatientContext } from '../../src/deid/patient-context.js';

const key = 'determinism-key-0123456789abcdef';
const settings: DeidSettings = { key, mode: 'surrogate', keepStudyUids: false };
const base = { source: { format: 'text' as const, system: 't' }, sections: [], identifiers: {} };
const report = (text: string, patientId: string): RawReport => RawReportSchema.parse({ ...base, text, patientId });

// Invented reports of two patients: cue-led names in early reports, the same words bare later.
const FEED = [
  report('Discussed with Dr. Zorbflax at the bedside on 3/14.', 'P-1'),
  report('Result given; Zorbflax agrees with the plan. Line placed 6/2.', 'P-1'),
  report('Transferred to Quellmoor 4 overnight; seen by Dr. Vantrask.', 'P-2'),
  report('Quellmoor 4 bed ready; Vantrask aware.', 'P-2'),
  report('Result given; Zorbflax agrees with the plan. Line placed 6/2.', 'P-2'),
];

describe('determinism (issue 11): output depends only on input, key and an explicit context', () => {
  it('without a context, order does not change any report', () => {
    const forward = FEED.map((r) => deidentify(r, settings).text);
    const backward = [...FEED].reverse().map((r) => deidentify(r, settings).text).reverse();
    expect(backward).toEqual(forward);
    // Interleaving with unrelated reports of the same patient changes nothing either.
    const again = FEED.map((r) => {
      deidentify(report('Dr. Zorbflax called.', r.patientId!), settings);
      return deidentify(r, settings).text;
    });
    expect(again).toEqual(forward);
  });

  it('without a context, concurrent runs give the same output as one run', async () => {
    const one = FEED.map((r) => deidentify(r, settings).text);
    const many = await Promise.all(FEED.map(async (r, i) => {
      await new Promise((res) => setTimeout(res, (FEED.length - i) * 2));
      return deidentify(r, settings).text;
    }));
    expect(many).toEqual(one);
  });

  it('a restart (a fresh process) gives byte-identical output', () => {
    const here = FEED.map((r) => deidentify(r, settings).text);
    const script = `
      const { deidentify } = await import(${JSON.stringify(new URL('../../src/deid/deidentify.ts', import.meta.url).pathname)});
      const feed = JSON.parse(process.env.FEED);
      process.stdout.write(JSON.stringify(feed.map((r) => deidentify(r, JSON.parse(process.env.SETTINGS)).text)));`;
    const res = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, FEED: JSON.stringify(FEED), SETTINGS: JSON.stringify(settings) },
      encoding: 'utf8',
    });
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual(here);
  });

  it('an explicit context carries a patient\'s names to later reports, is recorded, and resets', () => {
    const ctx = new PatientContext('run-1', key);
    const withCtx = { ...settings, patientContext: ctx };
    const first = deidentify(FEED[0]!, withCtx);
    const later = deidentify(FEED[1]!, withCtx);
    const otherPatient = deidentify(FEED[4]!, withCtx);
    expect(first.text).not.toContain('Zorbflax');
    expect(later.text).not.toContain('Zorbflax');
    expect(otherPatient.text).toContain('Zorbflax');
    expect(first.deid.context).toEqual({ id: 'run-1', state: 'empty' });
    expect(later.deid.context?.state).toMatch(/^1:[0-9a-f]{8}$/);
    // The same run replayed on a fresh context (a restart) reads every report the same way.
    const replay = new PatientContext('run-1', key);
    expect(FEED.slice(0, 2).map((r) => deidentify(r, { ...settings, patientContext: replay }).text)).toEqual([first.text, later.text]);
    ctx.reset();
    const afterReset = deidentify(FEED[1]!, withCtx);
    expect(afterReset.deid.context?.state).toBe('empty');
    expect(afterReset.text).toBe(deidentify(FEED[1]!, settings).text);
  });
});
