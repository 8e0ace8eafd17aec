// Build copies (issue: first-report start-up): forms of shipped data files that the build prepares
// once (parsed YAML, validated rules, compact models) so start-up does not redo the work. Each kind
// sits in its own folder under `dist/`, one file per source, named by the SHA-256 of the source's
// content (plus what else the copy depends on, such as a schema fingerprint): a source edited after
// the build has another name, finds no copy and is read in full as before. So is a source whose
// copy is missing or damaged: a copy is only ever a shortcut.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { repoPath } from './paths.js';

/** The folder under `dist/` where the build leaves the copies of one kind (e.g. `model-cache`). */
export const buildCopyDir = (kind: string): string => repoPath('dist', kind);

/**
 * File name of the copy of a source with this content: the hex SHA-256 of `content` (a string is
 * hashed as UTF-8) followed by `suffix` (an extension, or a further key and an extension).
 */
export function buildCopyName(content: string | Uint8Array, suffix: string): string {
  return `${createHash('sha256').update(content).digest('hex')}${suffix}`;
}

/**
 * The copy `name` in `dir` as `decode` reads it, or undefined when there is no such file or when
 * `decode` throws or returns undefined (a damaged or foreign copy only costs reading the source).
 */
export function readBuildCopy<T>(dir: string, name: string, decode: (bytes: Buffer) => T | undefined): T | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, name));
  } catch {
    return undefined;
  }
  try {
    return decode(bytes);
  } catch {
    return undefined;
  }
}
