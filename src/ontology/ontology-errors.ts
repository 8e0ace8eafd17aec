import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import { nearest } from '../util/nearest.js';

/** Where an issue sits in the YAML text (1-based), when the node can be found. */
interface Place {
  line: number;
  col: number;
}

/** One problem in user terms: which label (by id), which key under it, what is wrong, where. */
export interface OntologyProblem {
  /** The label id when the problem is inside `labels[i]`. */
  label?: string;
  /** Key path under the label (or from the root when not in a label): `parent`, `synonyms[2]`. */
  key: string;
  message: string;
  place?: Place;
}

function keyPath(p: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const k of p) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`;
  return out;
}

function placeOf(doc: Document, lc: LineCounter, path: ReadonlyArray<PropertyKey>, key?: string): Place | undefined {
  // Loaded here: only a broken ontology needs the yaml package's node helpers, and start-up must not pay for it.
  const { isMap, isPair, isScalar } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as unknown;
    if (!node) continue;
    let offset: number | undefined;
    if (key !== undefined && n === path.length && isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === key);
      if (pair && isScalar(pair.key)) offset = pair.key.range?.[0];
    }
    offset ??= (node as { range?: [number, number, number] }).range?.[0];
    if (offset === undefined) continue;
    const { line, col } = lc.linePos(offset);
    return { line, col };
  }
  return undefined;
}

function labelIdAt(data: unknown, i: number): string | undefined {
  const labels = (data as { labels?: unknown } | null)?.labels;
  const l = Array.isArray(labels) ? (labels[i] as { id?: unknown } | undefined) : undefined;
  return typeof l?.id === 'string' && l.id.trim() ? l.id : undefined;
}

/**
 * Turns zod issues on an ontology document into problems that name the label by its id (not
 * `labels[3]`), the YAML line and column, and for an unknown key the nearest allowed one.
 */
export function ontologyProblems(error: z.ZodError, doc: Document, lc: LineCounter, data: unknown, allowedKeys: { root: string[]; label: string[] }): OntologyProblem[] {
  const out: OntologyProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path;
    const inLabel = path[0] === 'labels' && typeof path[1] === 'number';
    const label = inLabel ? (labelIdAt(data, path[1] as number) ?? `labels[${String(path[1])}]`) : undefined;
    const rest = inLabel ? path.slice(2) : path;
    if (issue.code === 'unrecognized_keys') {
      const allowed = inLabel && rest.length === 0 ? allowedKeys.label : rest.length === 0 && !inLabel ? allowedKeys.root : [];
      for (const k of issue.keys) {
        const near = nearest(k, allowed);
        out.push({ label, key: keyPath([...rest, k]), message: `unknown key${near ? ` (did you mean ${near}?)` : ''}`, place: placeOf(doc, lc, path, k) });
      }
      continue;
    }
    out.push({ label, key: keyPath(rest) || (inLabel ? '(label)' : '(root)'), message: issue.message, place: placeOf(doc, lc, path) });
  }
  return out;
}

/**
 * One line per distinct problem; the same problem on several labels is one line listing them:
 * `line 9:5 label "B": parent: unknown parent label "Nope"` or
 * `labels "A", "B" (lines 6, 9): parent: Invalid input: expected string, received null`.
 */
export function formatProblems(problems: OntologyProblem[]): string[] {
  const groups = new Map<string, OntologyProblem[]>();
  for (const p of problems) {
    const k = `${p.label === undefined ? 'root' : 'label'}\u0000${p.key}\u0000${p.message}`;
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const lines: string[] = [];
  for (const g of groups.values()) {
    const first = g[0]!;
    const at = (p: OntologyProblem) => (p.place ? `${p.place.line}:${p.place.col}` : '?');
    if (first.label === undefined || g.length === 1) {
      const where = first.place ? `line ${at(first)} ` : '';
      lines.push(`${where}${first.label !== undefined ? `label "${first.label}": ` : ''}${first.key}: ${first.message}`);
    } else {
      const ids = g.map((p) => `"${p.label}"`).join(', ');
      const where = g.every((p) => p.place) ? ` (lines ${g.map((p) => p.place!.line).join(', ')})` : '';
      lines.push(`labels ${ids}${where}: ${first.key}: ${first.message}`);
    }
  }
  return lines;
}
