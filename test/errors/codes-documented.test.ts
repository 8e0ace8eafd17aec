import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors/codes.js';
import { repoPath } from '../../src/util/paths.js';

describe('error registry', () => {
  it('every code is documented in docs/errors.md with its registry text', () => {
    const doc = readFileSync(repoPath('docs/errors.md'), 'utf8');
    const missing = Object.entries(ERROR_CODES).filter(([code, text]) => !doc.includes(`- \`${code}\` — ${text}`));
    expect(missing.map(([c]) => c)).toEqual([]);
  });
});
