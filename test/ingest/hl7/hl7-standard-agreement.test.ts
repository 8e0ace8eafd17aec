import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitMessages } from '../../../src/ingest/hl7/framing.js';
import { tokenizeMessage } from '../../../src/ingest/hl7/hl7-message.js';
import { fixture, repoRoot } from './fixtures.js';
import { oracleSegments } from './hl7-standard-oracle.js';
import { syntheticOru } from './synthetic-oru.js';

const NAMES = ['PID', 'PV1', 'ORC', 'OBR', 'OBX', 'TXA'];

/** Compares every PID / PV1 / ORC / OBR / OBX / TXA field radlabel reads with hl7-standard's reading. */
function expectAgreement(raw: string, label: string): number {
  let compared = 0;
  for (const chunk of splitMessages(raw)) {
    const ours = tokenizeMessage(chunk.lines);
    if (!ours.ok) continue;
    // hl7-standard needs one line-ending style, so hand it the message CR-joined.
    const theirs = oracleSegments(chunk.lines.join('\r'), NAMES);
    const mine = ours.value.segments.filter((s) => NAMES.includes(s.name));
    expect(mine.map((s) => s.name), label).toEqual(theirs.map((s) => s.name));
    mine.forEach((seg, i) => {
      for (const [n, value] of theirs[i]!.fields) {
        expect(seg.fields[n] ?? '', `${label} ${seg.name}-${n}`).toBe(value);
        compared++;
      }
    });
  }
  return compared;
}

describe('tokenizer agrees with hl7-standard (default encoding characters)', () => {
  it('on synthetic fixtures and generated messages', () => {
    let n = 0;
    for (const f of ['oru-full.hl7', 'escapes.hl7', 'mdm-t02.hl7', 'batch-lf.hl7']) n += expectAgreement(fixture(f), f);
    for (let i = 0; i < 20; i++) n += expectAgreement(syntheticOru(i), `synthetic ${i}`);
    expect(n).toBeGreaterThan(1000);
  });

  const dir = path.resolve(repoRoot, '../shared/data/hl7v2');
  it.skipIf(!existsSync(dir))('on the ../shared/data/hl7v2 samples', () => {
    let n = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.hl7'))) n += expectAgreement(readFileSync(path.join(dir, f), 'utf8').replace(/^\ufeff/, ''), f);
    expect(n).toBeGreaterThan(1000);
  });
});
