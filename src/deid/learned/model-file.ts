// The learned layer's model file: a zod schema (the single source of its type), reading with
// clear errors, and the shipped model in models/. The file carries its provenance — data, date,
// seed, feature set — next to the weights.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { RadlabelError } from '../../errors/index.js';
import { repoPath } from '../../util/paths.js';
import { FEATURE_SET } from './features.js';
import type { Weights } from './perceptron.js';
import { encodeModelCache, readModelCache } from './model-cache.js';

/** The format tag of a model file of this layer. */
const MODEL_FORMAT = 'radlabel-deid-perceptron/1';

/** The classes a token can take, in weight-vector order. */
export const LEARNED_CLASSES = ['O', 'NAME', 'LOCATION'] as const;

/** Where a model file came from: data, date, seed and what its features may hold (every model file of the learned layers). */
/** A model file's margins per profile: a candidate is PHI when its class beats O by more than this. */
export const ProfileThresholdsSchema = z.object({ balanced: z.number(), strict: z.number() }).strict();

export const ModelProvenanceSchema = z
  .object({
    trainedAt: z.string(),
    seed: z.number().int(),
    epochs: z.number().int().positive(),
    data: z.array(z.string()).min(1),
    notes: z.number().int().nonnegative(),
    examples: z.number().int().nonnegative(),
    privacy: z.string(),
  })
  .strict();

export const LearnedModelFileSchema = z
  .object({
    format: z.literal(MODEL_FORMAT),
    featureSet: z.literal(FEATURE_SET),
    classes: z.tuple([z.literal('O'), z.literal('NAME'), z.literal('LOCATION')]),
    /** Per profile: a token is PHI when its best PHI class beats O by more than this margin. */
    thresholds: ProfileThresholdsSchema,
    provenance: ModelProvenanceSchema,
    /** Feature → weights of O, NAME, LOCATION (rounded). */
    weights: z.record(z.string(), z.tuple([z.number(), z.number(), z.number()])),
  })
  .strict();
export type LearnedModelFile = z.infer<typeof LearnedModelFileSchema>;

/** A model ready to score: weights in a map, thresholds per profile. */
export interface LearnedModel {
  weights: Weights;
  thresholds: { balanced: number; strict: number };
  /** Where it came from (`shipped` or `cross-validation fold k`). */
  origin: string;
}

/** The shipped model's path. */
export const SHIPPED_MODEL_PATH = repoPath('models', 'deid-perceptron.json');

/** Weights as a model file stores them: sorted by feature, rounded to 4 decimals, all-zero features dropped. */
export function roundedWeights(weights: Weights): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  for (const f of [...weights.keys()].sort()) {
    const r = Array.from(weights.get(f)!, round);
    if (r.some((x) => x !== 0)) out[f] = r;
  }
  return out;
}

/** {@link roundedWeights} of the three-class model (O, NAME, LOCATION). */
export function weightsForFile(weights: Weights): LearnedModelFile['weights'] {
  return roundedWeights(weights) as LearnedModelFile['weights'];
}

/**
 * The JSON of a model file, or `DEID_MODEL_INVALID` naming the file when it is missing or not JSON
 * (`what` names the model in the message).
 */
export function readModelJson(file: string, what: string): unknown {
  return parseModelJson(readModelBytes(file, what), file, what);
}

/** The bytes of a model file, or `DEID_MODEL_INVALID` naming the file when it is missing. */
function readModelBytes(file: string, what: string): Buffer {
  if (!existsSync(file)) throw new RadlabelError('DEID_MODEL_INVALID', `${what} file not found`, { locator: { file } });
  return readFileSync(file);
}

function parseModelJson(bytes: Buffer, file: string, what: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new RadlabelError('DEID_MODEL_INVALID', `${what} file is not valid JSON`, { locator: { file }, cause: err });
  }
}

// The envelope is checked by the schema; the weights (thousands of entries) by one loop that also
// builds the scoring map: zod's record-of-tuples check cost more than a tenth of a rules run's start-up.
const EnvelopeSchema = LearnedModelFileSchema.extend({
  weights: z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { message: 'expected an object of feature weights' }),
});

/**
 * Reads and validates a model file; errors name the file and the first bad key. A file the build
 * validated and stored in compact form (model-cache.ts, same bytes) is read from that copy.
 */
export function readLearnedModel(file: string): LearnedModel {
  const bytes = readModelBytes(file, 'model');
  return fromModelCache(readModelCache(bytes)) ?? validatedModel(parseModelJson(bytes, file, 'model'), file);
}

/** A model from the build's compact copy, when it is one of this format, feature set and class count. */
function fromModelCache(cached: ReturnType<typeof readModelCache>): LearnedModel | undefined {
  if (!cached) return undefined;
  const { format, featureSet, width, thresholds } = cached.header;
  const { balanced, strict } = thresholds;
  if (format !== MODEL_FORMAT || featureSet !== FEATURE_SET || width !== LEARNED_CLASSES.length || typeof balanced !== 'number' || typeof strict !== 'number') return undefined;
  return { weights: cached.weights, thresholds: { balanced, strict }, origin: 'shipped' };
}

/**
 * The compact copy of a model file the build stores (model-cache.ts), after reading and validating
 * the file in full; undefined when the compact form cannot hold it exactly.
 */
export function compactModelFile(file: string): Buffer | undefined {
  const model = validatedModel(readModelJson(file, 'model'), file);
  return encodeModelCache({ format: MODEL_FORMAT, featureSet: FEATURE_SET, width: LEARNED_CLASSES.length, thresholds: model.thresholds }, model.weights);
}

/** The model of a model file's JSON, validated; errors name the file and the first bad key. */
function validatedModel(json: unknown, file: string): LearnedModel {
  const invalid = (where: string, message: string) => new RadlabelError('DEID_MODEL_INVALID', `${where}: ${message}`, { locator: { file, path: where } });
  const r = EnvelopeSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw invalid(issue.path.map(String).join('.') || '(root)', issue.message);
  }
  const weights: Weights = new Map();
  for (const [f, w] of Object.entries(r.data.weights)) {
    if (!Array.isArray(w) || w.length !== 3 || !w.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      throw invalid(`weights.${f}`, 'expected three finite numbers (weights of O, NAME, LOCATION)');
    }
    weights.set(f, Float64Array.from(w as number[]));
  }
  return { weights, thresholds: r.data.thresholds, origin: 'shipped' };
}

let shipped: LearnedModel | undefined;
/** The shipped model (read once). */
export function shippedModel(): LearnedModel {
  shipped ??= readLearnedModel(SHIPPED_MODEL_PATH);
  return shipped;
}
