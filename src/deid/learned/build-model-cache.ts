import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compactModelFile, SHIPPED_MODEL_PATH } from './model-file.js';
import { MODEL_CACHE_DIR, modelCacheName } from './model-cache.js';

/**
 * Build step (`npm run build`): reads and validates the shipped perceptron model once and stores
 * its compact copy under the file's content hash in `dist/model-cache/` (see model-cache.ts), so
 * start-up reads one buffer instead of parsing and checking some 40,000 features.
 * A model the compact form cannot hold is left out (it is read from its JSON as before).
 */
export function buildModelCache(): number {
  rmSync(MODEL_CACHE_DIR, { recursive: true, force: true });
  mkdirSync(MODEL_CACHE_DIR, { recursive: true });
  let n = 0;
  for (const file of [SHIPPED_MODEL_PATH]) {
    const compact = compactModelFile(file);
    if (!compact) continue;
    writeFileSync(join(MODEL_CACHE_DIR, modelCacheName(readFileSync(file))), compact);
    n++;
  }
  return n;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(`model cache: ${buildModelCache()} files\n`);
