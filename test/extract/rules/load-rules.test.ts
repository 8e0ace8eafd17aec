import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_DIR, loadRules } from '../../../src/extract/rules/load-rules.js';
import { RadlabelError } from '../../../src/errors/index.js';

// A copy of the bundled rules with the context file replaced, so each case is isolated.
function rulesWith(context: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-rules-'));
  cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
  writeFileSync(path.join(dir, 'en', 'context.yaml'), context);
  return dir;
}

const HEAD = 'language: en\nversion: "t"\ntriggers:\n';

function error(dir: string): RadlabelError {
  try {
    loadRules(dir);
  } catch (e) {
    if (e instanceof RadlabelError) return e;
    throw e;
  }
  throw new Error('expected RULES_INVALID');
}

describe('rules loading', () => {
  it('loads the bundled English rules with a content hash', () => {
    const r = loadRules();
    expect(r.triggers.length).toBeGreaterThan(50);
    expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.abnormal.groups.length).toBeGreaterThan(3);
  });

  it('names file, index, id and problem for a bad trigger', () => {
    const dir = rulesWith(`${HEAD}  - { id: ok, category: pseudo, literal: "no change", direction: pseudo }\n  - { id: bad-dir, category: negated-existence, literal: "no", direction: sideways }\n`);
    const e = error(dir);
    expect(e.code).toBe('RULES_INVALID');
    expect(e.locator.file).toBe(path.join(dir, 'en', 'context.yaml'));
    expect(e.locator.path).toBe('triggers[1].direction');
    expect(e.message).toContain('trigger 1 (id bad-dir)');
  });

  it('rejects a category / direction mismatch, missing text, duplicates and bad patterns', () => {
    expect(error(rulesWith(`${HEAD}  - { id: p, category: pseudo, literal: "x", direction: forward }\n`)).message).toContain('needs direction pseudo');
    expect(error(rulesWith(`${HEAD}  - { id: n, category: negated-existence, direction: forward }\n`)).message).toContain('exactly one of literal or pattern');
    expect(error(rulesWith(`${HEAD}  - { id: d, category: negated-existence, literal: "no", direction: forward }\n  - { id: d, category: negated-existence, literal: "not", direction: forward }\n`)).message).toContain('duplicate id');
    expect(error(rulesWith(`${HEAD}  - { id: e, category: negated-existence, pattern: "no a||b", direction: forward }\n`)).message).toContain('empty alternative');
  });

  it('rejects a broken abnormal-findings file', () => {
    const dir = rulesWith(readFileSync(path.join(DEFAULT_RULES_DIR, 'en', 'context.yaml'), 'utf8'));
    writeFileSync(path.join(dir, 'en', 'abnormal-findings.yaml'), 'language: en\nversion: "1"\ngroups:\n  - id: x\n    phrases: []\n');
    const e = error(dir);
    expect(e.locator.path).toBe('groups[0].phrases');
  });
});
