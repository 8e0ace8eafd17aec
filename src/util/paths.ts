import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** Absolute path of the radlabel checkout (where `ontologies/`, `rules/`, `prompts/`, `samples/` live). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

export const repoPath = (...parts: string[]): string => resolve(REPO_ROOT, ...parts);
