import { sha256 } from '../../util/hash.js';

/**
 * Where validated LLM answers are kept. `LabelStore` satisfies it (`cacheGet` / `cachePut`); tests
 * use {@link MemoryResponseCache}.
 */
export interface ResponseCache {
  cacheGet(key: string): Promise<string | undefined>;
  cachePut(key: string, value: string): Promise<void>;
}

/** The same cache with short method names (adapters built around a store). */
export interface KeyValueCache {
  get(key: string): Promise<string | undefined>;
  put(key: string, value: string): Promise<void>;
}

/** Accepts either cache shape. */
export function asResponseCache(c: ResponseCache | KeyValueCache): ResponseCache {
  return 'cacheGet' in c ? c : { cacheGet: (k) => c.get(k), cachePut: (k, v) => c.put(k, v) };
}

/** In-memory cache (tests, single runs without a store). */
export class MemoryResponseCache implements ResponseCache {
  readonly entries = new Map<string, string>();
  async cacheGet(key: string): Promise<string | undefined> {
    return this.entries.get(key);
  }
  async cachePut(key: string, value: string): Promise<void> {
    this.entries.set(key, value);
  }
}

/** Report text folded for the cache key: duplicates that differ only in spacing or case share an answer. */
export function normaliseForCache(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Parts of the response-cache key. */
export interface CacheKeyParts {
  text: string;
  provider: string;
  model: string;
  prompt: { id: string; version: string; hash: string };
  ontology: { id: string; version: string };
  /** Hash of the rendered system prompt (covers per-ontology descriptions and examples). */
  systemHash: string;
}

/** Cache key = hash of (normalised text hash, provider, model, prompt version, ontology version). */
export function responseCacheKey(p: CacheKeyParts): string {
  return `llm:${sha256(
    JSON.stringify([sha256(normaliseForCache(p.text)), p.provider, p.model, p.prompt.id, p.prompt.version, p.prompt.hash, p.ontology.id, p.ontology.version, p.systemHash]),
  )}`;
}
