import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { readYamlData } from '../../util/yaml-data.js';
import { VALIDATED_CACHE_DIR, writeValidatedCopy } from '../../util/validated-data.js';
import { deidRulesDir, NameCuesSchema, NumericContextsSchema } from './deid-rules.js';
import { PersonSlotsSchema } from './person-slot-rules.js';
import { HandoverSlotsSchema } from './handover-slot-rules.js';
import { PlaceCuesSchema } from '../free-text/place-rules.js';
import { PatternCuesSchema } from '../pattern-cues.js';
import { NumberShapesSchema } from '../number-shapes.js';
import { ClinicalMorphologySchema } from '../learned/clinical-morphology.js';
import { EponymHeadsSchema } from './eponym-heads.js';
import { HolidaysSchema } from './holidays.js';

/** The shipped de-identification rules files and the schema each is read with (see readDeidRules). */
export const SHIPPED_DEID_RULES: ReadonlyArray<readonly [file: string, schema: z.ZodType]> = [
  ['deid-name-cues.yaml', NameCuesSchema],
  ['deid-numeric-contexts.yaml', NumericContextsSchema],
  ['deid-place-cues.yaml', PlaceCuesSchema],
  ['deid-person-slots.yaml', PersonSlotsSchema],
  ['deid-pattern-cues.yaml', PatternCuesSchema],
  ['deid-number-shapes.yaml', NumberShapesSchema],
  ['deid-handover-slots.yaml', HandoverSlotsSchema],
  ['deid-clinical-morphology.yaml', ClinicalMorphologySchema],
  ['deid-eponym-heads.yaml', EponymHeadsSchema],
  ['deid-holidays.yaml', HolidaysSchema],
];

/**
 * Build step (`npm run build`): validates each shipped de-identification rules file once and
 * stores the schema's output in `dist/validated-cache/` (see validated-data.ts), so start-up
 * skips zod on data already checked. A file that does not validate is left out (it fails at load
 * time with its usual error).
 */
export function buildRulesCache(): number {
  rmSync(VALIDATED_CACHE_DIR, { recursive: true, force: true });
  return writeRulesCopies();
}

/**
 * Writes the validated copies of the shipped rules files under the schemas of this build of the
 * code, beside any already there: the CLI bundle (tools/bundle-cli.mjs) prints the schemas'
 * transforms differently from tsc, so their fingerprints differ and it adds copies of its own.
 */
export function writeRulesCopies(): number {
  mkdirSync(VALIDATED_CACHE_DIR, { recursive: true });
  let n = 0;
  for (const [name, schema] of SHIPPED_DEID_RULES) {
    const text = readFileSync(path.join(deidRulesDir(), name), 'utf8');
    const doc = readYamlData(text);
    if (!doc.ok) continue;
    const r = schema.safeParse(doc.value);
    if (r.success && writeValidatedCopy(text, schema, r.data)) n++;
  }
  return n;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(`validated rules: ${buildRulesCache()} files\n`);
