// The build's compact copy of a perceptron model file (issue: first-report start-up). The shipped
// model is a JSON object of some 40,000 features; parsing it and copying each weight triple into
// its own array cost a rules run about 90 ms of CPU before the first report. The build
// (`build-model-cache.ts`) reads and validates the file once and stores its features as one list
// of names and its weights as one block of float64s, under the file's content hash: start-up then
// reads one buffer and makes views into it. A file edited after the build has another hash and is
// read and validated in full as before.
import { buildCopyDir, buildCopyName, readBuildCopy } from '../../util/build-copy.js';
import type { Weights } from './perceptron.js';

/** Where the build leaves the compact model copies. */
export const MODEL_CACHE_DIR = buildCopyDir('model-cache');

/** The format tag of a compact copy (a change of layout changes it, and old copies are ignored). */
const CACHE_FORMAT = 'radlabel-model-cache/1';

/** What a compact copy holds besides the weights: all a model's reader returns but the weights. */
export interface CachedModelHeader {
  /** The format and feature set of the model file it was made from (checked again on reading). */
  format: string;
  featureSet: string;
  /** Weights per feature. */
  width: number;
  thresholds: Record<string, number>;
}

// Feature names are stored joined by this character; a model with a name holding it is not cached.
const SEP = '\n';
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** File name of the compact copy of a model file with these bytes: their content hash. */
export function modelCacheName(bytes: Uint8Array): string {
  return buildCopyName(bytes, '.bin');
}

/**
 * The compact copy of a validated model: `[u32 header length][header JSON][padding to 8][float64
 * weights, feature by feature]`. Undefined when it cannot represent the model exactly (a feature
 * name holding a line feed, weights of another width, a big-endian host).
 */
export function encodeModelCache(header: CachedModelHeader, weights: Weights): Buffer | undefined {
  if (!LITTLE_ENDIAN) return undefined;
  const names = [...weights.keys()];
  if (names.some((f) => f.includes(SEP)) || [...weights.values()].some((w) => w.length !== header.width)) return undefined;
  const head = Buffer.from(JSON.stringify({ cache: CACHE_FORMAT, ...header, count: names.length, names: names.join(SEP) }), 'utf8');
  const start = align8(4 + head.length);
  const out = Buffer.alloc(start + names.length * header.width * 8);
  out.writeUInt32LE(head.length, 0);
  head.copy(out, 4);
  const data = new Float64Array(out.buffer, out.byteOffset + start, names.length * header.width);
  names.forEach((f, i) => data.set(weights.get(f)!, i * header.width));
  return out;
}

/**
 * The header and weights of a compact copy, or undefined when `buf` is not one of this format.
 * The weights are views into one block (a copy of `buf`'s when it is not 8-byte aligned), in the
 * order the model file lists its features.
 */
export function decodeModelCache(buf: Buffer): { header: CachedModelHeader; weights: Weights } | undefined {
  if (!LITTLE_ENDIAN || buf.length < 4) return undefined;
  const headLength = buf.readUInt32LE(0);
  if (4 + headLength > buf.length) return undefined;
  const head = JSON.parse(buf.toString('utf8', 4, 4 + headLength)) as Partial<CachedModelHeader> & { cache?: string; count?: number; names?: string };
  if (head.cache !== CACHE_FORMAT || typeof head.names !== 'string' || typeof head.count !== 'number' || typeof head.width !== 'number') return undefined;
  const start = align8(4 + headLength);
  const values = head.count * head.width;
  if (buf.length !== start + values * 8) return undefined;
  const names = head.count === 0 ? [] : head.names.split(SEP);
  if (names.length !== head.count) return undefined;
  const at = buf.byteOffset + start;
  const data = at % 8 === 0 ? new Float64Array(buf.buffer, at, values) : new Float64Array(buf.buffer.slice(at, at + values * 8));
  const weights: Weights = new Map();
  const width = head.width;
  for (let i = 0; i < names.length; i++) weights.set(names[i]!, data.subarray(i * width, (i + 1) * width));
  return { header: { format: String(head.format), featureSet: String(head.featureSet), width, thresholds: head.thresholds ?? {} }, weights };
}

/** The compact copy the build made of a model file with these bytes, if there is one and it reads. */
export function readModelCache(bytes: Uint8Array): { header: CachedModelHeader; weights: Weights } | undefined {
  return readBuildCopy(MODEL_CACHE_DIR, modelCacheName(bytes), decodeModelCache);
}

const align8 = (n: number): number => (n + 7) & ~7;
