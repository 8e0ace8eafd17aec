import { readFile } from 'node:fs/promises';
import { repoPath } from '../../util/paths.js';

/** The radlabel version from package.json, recorded in every report's provenance ('unknown' when unreadable). */
export async function codeVersion(): Promise<string> {
  try {
    return (JSON.parse(await readFile(repoPath('package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
