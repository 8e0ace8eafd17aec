import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RawReportSchema } from '../../src/domain/report.js';
import { deidentify } from '../../src/deid/deidentify.js';
import { readInputs } from '../../src/ingest/read-inputs.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = path.resolve(repoRoot, '../shared/data/openi/reports.dev.csv');
const present = existsSync(file);
if (!present && process.env.CI === 'true') throw new Error(`CI=true but the Open-i dev file is missing: ${file}`);

// Upstream replaced Open-i's PHI by "XXXX"; what else the stage changes must be a real date.
// Every changed word of the whole dev file is listed here, so any new change fails the test.
const EXPECTED_CHANGES = [
  // "INDICATION: MVA on the 14th": a day of the month.
  '14th',
  // "Prior CT at outside institution: HCH.": a hospital's short name upstream left in (detector
  // 2.10.0, capitals acronyms left to the learned layer). Not a clinical word.
  'HCH',
];

const WORD = /[A-Za-z0-9]+/g;

/** The words of `before` that are not, in order, in `after` (a diff of word sequences by LCS). */
function changedWords(before: string, after: string): string[] {
  const a = before.match(WORD) ?? [];
  const b = after.match(WORD) ?? [];
  const n = a.length;
  const m = b.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) out.push(a[i++]!);
    else j++;
  }
  while (i < n) out.push(a[i++]!);
  return out;
}

describe.skipIf(!present)('Open-i dev: de-identification changes no clinical word (issue 11)', () => {
  it('lists every changed word of the whole file: placeholders and real dates only', async () => {
    const settings = { key: 'openi-clinical-words-key-0123456789', mode: 'surrogate' as const, keepStudyUids: false };
    const changed: string[] = [];
    let reports = 0;
    for await (const { item } of readInputs([file], { preset: 'openi' })) {
      if (item.kind !== 'report') continue;
      reports++;
      const out = deidentify(item.report, settings);
      for (const w of changedWords(item.report.text, out.text)) if (!/^X+$/.test(w)) changed.push(w);
    }
    expect(reports).toBeGreaterThan(2000);
    expect(changed).toEqual(EXPECTED_CHANGES);
    // The words the issue names stay whatever the file holds.
    const out = deidentify(RawReportSchema.parse({ ...baseReport, text: 'Healing fracture of the posterior 7th rib. T11 compression deformity. Lungs diffusely and bilaterally clear. Thoracic spine intact.' }), settings);
    expect(out.text).toBe('Healing fracture of the posterior 7th rib. T11 compression deformity. Lungs diffusely and bilaterally clear. Thoracic spine intact.');
  }, 120_000);
});

const baseReport = {
  source: { format: 'csv' as const, system: 'openi', file: 'inline' },
  sections: [],
  identifiers: {},
  text: '',
};
