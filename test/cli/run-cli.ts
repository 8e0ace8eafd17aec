import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const tmp = (): string => mkdtempSync(join(tmpdir(), 'radlabel-cli-'));

export { cli } from '../helpers/run-cli.js';
