import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command } from 'commander';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { buildProgram } from '../../src/cli/main.js';
import { repoPath } from '../../src/util/paths.js';

/** Packages that must load only in the commands / providers that use them (start-up time). */
const HEAVY = /^(openai|@anthropic-ai\/sdk|@langchain\/|langchain|node-llama-cpp|pg|bullmq|ioredis|fastify|@fastify\/|playwright-core|dicom-parser|dcmjs|dicomweb-client|xhr2|piscina|js-tiktoken)(\/|$)/;

/** Static (not `import type`, not `import()`) imports of a source file. */
function staticImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  return out;
}

/** Every package reachable from `entry` through static imports of radlabel's own sources. */
function reachablePackages(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
      else if (!spec.startsWith('node:')) packages.set(spec, file);
    }
  };
  visit(entry);
  return packages;
}

describe('lazy command loading', () => {
  it('each descriptor loads the command it names, with the same summary', async () => {
    for (const d of COMMANDS) {
      const program = new Command();
      (await d.load()).register(program);
      expect(program.commands.map((c) => c.name()), d.name).toEqual([d.name]);
      expect(program.commands[0]!.description(), d.name).toBe(d.summary);
      const args = program.commands[0]!.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`)).join(' ');
      expect(args, d.name).toBe(d.args ?? '');
    }
  });

  it('the help lists every command without loading them, and a named command is loaded for real', async () => {
    const help = (await buildProgram(['node', 'radlabel', '--help'])).helpInformation();
    for (const d of COMMANDS) expect(help).toContain(d.name);
    const program = await buildProgram(['node', 'radlabel', 'label', '-']);
    expect(program.commands.find((c) => c.name() === 'label')!.options.map((o) => o.long)).toContain('--ontology');
    expect(program.commands.find((c) => c.name() === 'run')!.options).toEqual([]);
  });

  it.each([
    ['the CLI entry', 'src/cli/main.ts'],
    ['label', 'src/cli/commands/label.ts'],
    ['run (rules)', 'src/cli/commands/run.ts'],
    ['demo', 'src/cli/commands/demo.ts'],
    ['the package API', 'src/index.ts'],
    ['the LLM extractor (an openai-compatible run)', 'src/extract/llm/llm-extractor.ts'],
  ])('%s imports no heavy package at start-up', (_, entry) => {
    const heavy = [...reachablePackages(repoPath(entry))].filter(([p]) => HEAVY.test(p)).map(([p, from]) => `${p} (from ${from})`);
    expect(heavy).toEqual([]);
  });

  it('the import scan sees a heavy import where there is one', () => {
    expect([...reachablePackages(repoPath('src/extract/llm/providers/openai.ts')).keys()]).toContain('openai');
  });
});
