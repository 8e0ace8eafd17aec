import { readFile } from 'node:fs/promises';
import { RadlabelError } from '../../errors/index.js';
import { parsePhysionet } from '../../ingest/physionet/parse-physionet.js';
import { detectPhi } from '../../deid/detect.js';
import { compileKnown } from '../../deid/known-identifiers.js';
import { parseGoldPhrase } from './gold-phrase.js';
import { evaluateDeid, type DeidEvaluation } from './evaluate-deid.js';

/**
 * Reads a PhysioNet-layout text file and its `id-phi.phrase` gold, runs the detector on every
 * record (with each record's structured identifiers, none for the corpus) and scores it.
 */
export async function runDeidEval(textFile: string, goldFile: string): Promise<DeidEvaluation> {
  let text: string;
  let goldText: string;
  try {
    [text, goldText] = await Promise.all([readFile(textFile, 'utf8'), readFile(goldFile, 'utf8')]);
  } catch (err) {
    throw new RadlabelError('INGEST_READ', 'An evaluation input file could not be read.', { locator: { file: textFile }, cause: err });
  }
  const gold = parseGoldPhrase(goldText, goldFile);
  const docs = [];
  for (const item of parsePhysionet(text, { file: textFile })) {
    if (item.kind === 'error') throw item.error;
    if (item.kind !== 'report') continue;
    const r = item.report;
    // Same detector as the de-identification stage, including the per-patient memory of names and
    // places (notes are read in corpus order, as a feed would deliver them).
    const scope = r.patientId === undefined ? undefined : `eval:${textFile}:${r.patientId}`;
    docs.push({ id: r.archiveId!, text: r.text, predicted: detectPhi(r.text, compileKnown(r.identifiers), scope) });
  }
  return evaluateDeid(docs, gold);
}
