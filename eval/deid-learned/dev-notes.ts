// The PhysioNet dev split as training notes (text, gold spans, patient), read by train.ts and writer-cv.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePhysionet } from '../../src/ingest/physionet/parse-physionet.js';
import { parseGoldPhrase } from '../../src/evaluate/deid/gold-phrase.js';
import type { TrainingNote } from '../../src/deid/learned/train-model.js';

/** The notes of `<dataDir>/id.dev.text` with their gold spans of `id-phi.dev.phrase`. */
export function devTrainingNotes(dataDir: string): TrainingNote[] {
  const text = readFileSync(path.join(dataDir, 'id.dev.text'), 'utf8');
  const gold = parseGoldPhrase(readFileSync(path.join(dataDir, 'id-phi.dev.phrase'), 'utf8'));
  const notes: TrainingNote[] = [];
  for (const item of parsePhysionet(text)) {
    if (item.kind === 'report') notes.push({ patient: item.report.patientId ?? item.report.archiveId!, text: item.report.text, phi: gold.get(item.report.archiveId!) ?? [] });
  }
  return notes;
}
