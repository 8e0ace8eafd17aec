import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_BEHAVIOUR, ERROR_CODES, SKIP_REASONS, behaviourOf } from '../../src/errors/index.js';
import { RETIRED_CODES, type ErrorCode } from '../../src/errors/codes.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('error registry', () => {
  const codes = Object.keys(ERROR_CODES);

  it('documents every code in docs/errors.md', () => {
    const doc = readFileSync('docs/errors.md', 'utf8');
    const missing = codes.filter((c) => !doc.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });

  it('uses every code somewhere outside the registry', () => {
    const registry = new Set(['src/errors/codes.ts', 'src/errors/error-behaviour.ts'].map((p) => join(p)));
    const text = sources('src')
      .filter((p) => !registry.has(p))
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    const unused = codes.filter((c) => !RETIRED_CODES.has(c as ErrorCode) && !text.includes(`'${c}'`));
    expect(unused).toEqual([]);
  });

  it('gives every code a behaviour with a client or server HTTP status', () => {
    for (const c of codes) {
      const b = ERROR_BEHAVIOUR[c as keyof typeof ERROR_BEHAVIOUR];
      expect(b, c).toBeDefined();
      expect(b.http).toBeGreaterThanOrEqual(400);
      expect(b.http).toBeLessThan(600);
    }
    expect(behaviourOf('AUTH_FORBIDDEN').http).toBe(403);
    expect(behaviourOf('SERVICE_UNAVAILABLE').retriable).toBe(true);
    expect(behaviourOf('HL7_TRUNCATED').retriable).toBe(false);
  });

  it('maps every skip reason to a registered code', () => {
    for (const code of Object.values(SKIP_REASONS)) expect(codes).toContain(code);
  });
});
