import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { RadlabelError } from '../../errors/index.js';
import { REPO_ROOT, describeIssues, formatIssuePath } from '../../ontology/load-ontology.js';
import { sha256 } from '../../util/hash.js';
import { readYamlData } from '../../util/yaml-data.js';
import { AbnormalFindingsSchema, ContextRulesSchema, TriggerRuleSchema, type AbnormalFindings, type TriggerRule } from './rules-schema.js';
import { PatternSyntaxError, compileLiteral, compilePattern } from './token-pattern.js';

/** The validated rules of one language. */
export interface RulesData {
  language: string;
  version: string;
  maxScope: number;
  abbreviations: string[];
  triggers: TriggerRule[];
  abnormal: AbnormalFindings;
  /** sha256 over the rule files' contents: changes whenever any rule changes. */
  hash: string;
}

export const DEFAULT_RULES_DIR = path.join(REPO_ROOT, 'rules');

function readYaml(file: string): unknown {
  if (!existsSync(file)) throw new RadlabelError('RULES_INVALID', 'rules file not found', { locator: { file } });
  const doc = readYamlData(readFileSync(file, 'utf8'));
  if (!doc.ok) throw new RadlabelError('RULES_INVALID', `YAML syntax error${doc.line ? ` at line ${doc.line}` : ''}`, { locator: { file } });
  return doc.value;
}

function check<T>(schema: z.ZodType<T>, value: unknown, file: string, prefix: string, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const p = first ? formatIssuePath(first.path) : '';
  throw new RadlabelError('RULES_INVALID', `${what}: ${describeIssues(r.error)}`, { locator: { file, path: prefix + (p === '(root)' ? '' : p ? (prefix ? '.' : '') + p : '') } });
}

/**
 * Parses the trigger list of a context file, validating each rule alone so an error names the
 * file, the index, the id and the problem. Also compiles each pattern once to reject bad syntax.
 */
export function parseTriggers(raw: unknown[], file: string): TriggerRule[] {
  const seen = new Set<string>();
  return raw.map((r, i) => {
    const id = typeof r === 'object' && r !== null && 'id' in r ? String((r as { id: unknown }).id) : '?';
    const rule = check(TriggerRuleSchema, r, file, `triggers[${i}]`, `trigger ${i} (id ${id})`);
    if (seen.has(rule.id)) throw new RadlabelError('RULES_INVALID', `trigger ${i} (id ${id}): duplicate id`, { locator: { file, path: `triggers[${i}].id` } });
    seen.add(rule.id);
    try {
      if (rule.literal !== undefined) compileLiteral(rule.literal, null);
      else compilePattern(rule.pattern!, null);
    } catch (e) {
      if (e instanceof PatternSyntaxError)
        throw new RadlabelError('RULES_INVALID', `trigger ${i} (id ${id}): ${e.message}`, { locator: { file, path: `triggers[${i}]` } });
      throw e;
    }
    return rule;
  });
}

const loaded = new Map<string, RulesData>();

/**
 * Loads and validates `<dir>/<language>/context.yaml` and `abnormal-findings.yaml` (cached per
 * folder). Throws `RULES_INVALID` naming file, path (with trigger index and id) and problem.
 */
export function loadRules(dir: string = DEFAULT_RULES_DIR, language = 'en'): RulesData {
  const base = path.resolve(dir, language);
  const hit = loaded.get(base);
  if (hit) return hit;
  const contextFile = path.join(base, 'context.yaml');
  const abnormalFile = path.join(base, 'abnormal-findings.yaml');
  const ctx = check(ContextRulesSchema, readYaml(contextFile), contextFile, '', 'context rules');
  const triggers = parseTriggers(ctx.triggers, contextFile);
  const abnormal = check(AbnormalFindingsSchema, readYaml(abnormalFile), abnormalFile, '', 'abnormal findings');
  const hash = sha256(readFileSync(contextFile, 'utf8') + '\u0000' + readFileSync(abnormalFile, 'utf8'));
  const data: RulesData = { language: ctx.language, version: ctx.version, maxScope: ctx.defaults.maxScope, abbreviations: ctx.abbreviations, triggers, abnormal, hash };
  loaded.set(base, data);
  return data;
}
