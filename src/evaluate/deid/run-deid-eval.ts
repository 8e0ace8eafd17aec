import { readFile } from 'node:fs/promises';
import { RadlabelError } from '../../errors/index.js';
import { parsePhysionet } from '../../ingest/physionet/parse-physionet.js';
import { detectPhi } from '../../deid/detect.js';
import { compileKnown } from '../../deid/known-identifiers.js';
import { parseGoldPhrase } from './gold-phrase.js';
import { evaluateDeid, type DeidEvaluation } from './evaluate-deid.js';
import { sha256 } from '../../util/hash.js';

/** A scored run with what a report needs besides the figures: the note texts and the inputs' hashes. */
export interface DeidRun {
  evaluation: DeidEvaluation;
  /** Note text by id (`patient-note`), the text gold offsets index. */
  texts: Map<string, string>;
  /** sha256 of the text file and of the gold file as read. */
  sha256: { text: string; gold: string };
}

/**
 * Reads a PhysioNet-layout text file and its `id-phi.phrase` gold, runs the detector on every
 * record (with each record's structured identifiers, none for the corpus) and scores it.
 */
export async function runDeidEval(textFile: string, goldFile: string): Promise<DeidEvaluation> {
  return (await runDeidEvalWithTexts(textFile, goldFile)).evaluation;
}

/** {@link runDeidEval}, also returning the note texts and input hashes for a report. */
export async function runDeidEvalWithTexts(textFile: string, goldFile: string): Promise<DeidRun> {
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
    // Same detector as the de-identification stage's default: no patient context, each note alone.
    docs.push({ id: r.archiveId!, text: r.text, predicted: detectPhi(r.text, compileKnown(r.identifiers)) });
  }
  return {
    evaluation: evaluateDeid(docs, gold),
    texts: new Map(docs.map((d) => [d.id, d.text])),
    sha256: { text: sha256(text), gold: sha256(goldText) },
  };
}
