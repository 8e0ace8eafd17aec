import type { z } from 'zod';
import { editDistance, nearest } from '../util/nearest.js';

/** Where the value at a config path came from: the file, an environment variable, or a flag. */
export type ConfigSource = { kind: 'file'; file: string } | { kind: 'env'; name: string } | { kind: 'flag' };

type Node = { _zod: { def: { type: string; innerType?: unknown; shape?: Record<string, unknown> } } };

/** The object schema at `path` of `schema` (through defaults, optionals and prefaults), or undefined. */
function objectAt(schema: unknown, path: ReadonlyArray<PropertyKey>): Record<string, unknown> | undefined {
  let node = schema as Node | undefined;
  const unwrap = (): void => {
    while (node && ['default', 'prefault', 'optional', 'nullable'].includes(node._zod.def.type)) node = node._zod.def.innerType as Node;
  };
  unwrap();
  for (const k of path) {
    if (!node || node._zod.def.type !== 'object') return undefined;
    node = node._zod.def.shape?.[String(k)] as Node | undefined;
    unwrap();
  }
  return node && node._zod.def.type === 'object' ? node._zod.def.shape : undefined;
}

/** Dotted path of a config key: `deid.key`, `feeds.mllp[0].port`. */
export function keyPath(p: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const k of p) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`;
  return out;
}

/** `line:column` (1-based) of the first `"key"` in a JSON text, when the key is written there. */
function placeOf(text: string | undefined, key: string): string | undefined {
  if (!text) return undefined;
  const at = text.indexOf(`"${key}"`);
  if (at < 0) return undefined;
  const before = text.slice(0, at);
  return `${before.split('\n').length}:${at - before.lastIndexOf('\n')}`;
}

export interface ConfigProblemContext {
  /** The whole config schema (to find the keys allowed beside an unknown one). */
  schema: unknown;
  /** The config file's name and text, when one was read. */
  file?: string;
  fileText?: string;
  /** Where the value at a path came from. */
  sourceOf(path: ReadonlyArray<PropertyKey>): ConfigSource;
}

function where(src: ConfigSource, ctx: ConfigProblemContext, key: string): string {
  if (src.kind === 'env') return src.name;
  if (src.kind === 'flag') return 'a command-line flag';
  const place = placeOf(ctx.fileText, key);
  return `${src.file}${place ? `:${place}` : ''}`;
}

/**
 * One line per problem, in user terms: the key by its dotted name, where its value came from (the
 * file and line, the `RADLABEL_*` variable, or a flag) and what is wrong; an unknown key gets the
 * nearest allowed key ("did you mean deid.key?") and the keys allowed there. A place in the file is
 * written `file:line:column` (of the key's first occurrence).
 */
export function configProblems(error: z.ZodError, ctx: ConfigProblemContext): string[] {
  const out: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = Object.keys(objectAt(ctx.schema, issue.path) ?? {});
      for (const k of issue.keys) {
        const path = [...issue.path, k];
        const near = nearest(k, allowed);
        const hint = near ? `did you mean ${keyPath([...issue.path, near])}? ` : '';
        out.push(`${where(ctx.sourceOf(path), ctx, k)}: unknown key "${keyPath(path)}" (${hint}known here: ${allowed.join(', ')})`);
      }
      continue;
    }
    const last = [...issue.path].reverse().find((p) => typeof p === 'string');
    out.push(`${where(ctx.sourceOf(issue.path), ctx, String(last ?? ''))}: ${keyPath(issue.path) || '(root)'}: ${issue.message}`);
  }
  return out;
}

/**
 * `RADLABEL_*` variables that are not radlabel settings but are one typo away from one (a
 * misspelt `RADLABEL_DEID_KEY` would silently fall back to a generated key): one warning each,
 * with the name meant. Variables not close to any known name are left alone (other tools' and
 * deployments' own variables).
 */
export function envTypos(env: NodeJS.ProcessEnv, known: readonly string[]): string[] {
  const out: string[] = [];
  const suffixes = known.map((k) => k.replace(/^RADLABEL_/, ''));
  for (const name of Object.keys(env)) {
    if (!name.startsWith('RADLABEL_') || known.includes(name)) continue;
    const near = nearest(name.replace(/^RADLABEL_/, ''), suffixes);
    if (near && editClose(name, `RADLABEL_${near}`)) out.push(`${name} is not a radlabel setting and is ignored; did you mean RADLABEL_${near}?`);
  }
  return out;
}

// Env names share long prefixes: only one or two edits (a typo), not a third of the length, count as close.
function editClose(a: string, b: string): boolean {
  const s = a.replace(/^RADLABEL_/, '');
  const t = b.replace(/^RADLABEL_/, '');
  return editDistance(s, t) <= (Math.max(s.length, t.length) >= 8 ? 2 : 1);
}
