// Training notes for the learned de-identification layer from several independent writers (issue
// 11). Each generator was written apart from the others, blind to the rules, the dev misses and the
// evaluation sets, with its own templates and its own name and place inventories: the variety of
// people writing notes is what the layer has to generalise over. See each writer's .md file.
import type { TrainingNote } from '../train-model.js';
import * as acute from './acute.js';
import * as behavioural from './behavioural.js';
import * as community from './community.js';
import * as diagnostics from './diagnostics.js';
import * as family from './family.js';
import * as hospitalops from './hospitalops.js';
import * as letters from './letters.js';
import * as longterm from './longterm.js';
import * as medicines from './medicines.js';
import * as nursing from './nursing.js';
import * as outpatient from './outpatient.js';
import * as physician from './physician.js';
import * as surgical from './surgical.js';
import * as therapy from './therapy.js';

/** What a writer's module exports. */
interface WriterModule {
  generate(count: number, seed: number): { patient: string; text: string; phi: { start: number; end: number; category: string }[] }[];
}

/** The writers, by name. */
export const WRITERS: Record<string, WriterModule> = { community, diagnostics, letters, longterm, nursing, outpatient, physician, surgical };

/**
 * Writers whose notes no model trains on: a standing test of writers the layer never met
 * (`eval/deid-learned/writer-score.ts`). Added in detector 2.8.0: trained on, they made the model
 * bolder on the dev split's typos, and the margin that brought its cross-validated token precision
 * back to 0.90 lost more recall on writers left out than their notes gained (README, Measured).
 */
export const HELD_OUT_WRITERS: Record<string, WriterModule> = { acute, behavioural, family, hospitalops, medicines, therapy };

/** A writer's name. */
export type WriterName = keyof typeof WRITERS & string;

/** Seed of the notes the shipped model trains on; {@link WRITER_TEST_SEED} gives other notes, for scoring. */
export const WRITER_TRAIN_SEED = 2027;
export const WRITER_TEST_SEED = 9103;

/**
 * `count` notes of one writer as training notes (patients prefixed by the writer, so grouping by
 * patient never joins two writers' notes).
 */
export function writerNotes(writer: WriterName, count: number, seed = WRITER_TRAIN_SEED): TrainingNote[] {
  const w = WRITERS[writer] ?? HELD_OUT_WRITERS[writer];
  if (!w) throw new Error(`unknown note writer ${writer}`);
  return w.generate(count, seed).map((n) => ({ patient: `${writer}:${n.patient}`, text: n.text, phi: n.phi }));
}

/** Notes of each writer in the shipped model's training set and in each cross-validation fold's. */
export const NOTES_PER_WRITER = 300;

/** {@link writerNotes} of every training writer (but `except`), `perWriter` each; never a held-out writer's. */
export function allWriterNotes(perWriter = NOTES_PER_WRITER, except?: string): TrainingNote[] {
  return Object.keys(WRITERS).filter((w) => w !== except).flatMap((w) => writerNotes(w, perWriter));
}
