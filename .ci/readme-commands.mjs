#!/usr/bin/env node
// Runs the README's commands top to bottom in a fresh copy of the repository and checks that each
// exits 0, as a new user would type them. A command is taken from a ```sh block or from an inline
// `radlabel …` / `npm run …` span of the Measured table; commands with placeholders (<…>, …, [--x],
// GOLD.csv, reports/), LLM runs (they need a provider) and `npm ci` / `npm test` (CI runs them
// itself) are listed as skipped. Commands that read ../shared/data run only when it exists.
// Usage: node .ci/readme-commands.mjs [--dry-run] [--skip REGEX]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dryRun = process.argv.includes('--dry-run');
// `--skip REGEX` leaves out matching commands (e.g. the benchmark on a busy machine); CI runs all.
const skipArg = process.argv.indexOf('--skip');
const skipRe = skipArg > 0 ? new RegExp(process.argv[skipArg + 1]) : undefined;

/** Commands of the README in order: sh blocks (continuations joined) and inline spans of tables. */
export function readmeCommands(md) {
  return readmeCommandBlocks(md).map((c) => c.cmd);
}

/** The same, each with the index of its sh block (table spans get a block of their own each). */
export function readmeCommandBlocks(md) {
  const out = [];
  let inSh = false;
  let pending = '';
  let block = 0;
  for (const line of md.split('\n')) {
    if (/^```sh\s*$/.test(line)) { inSh = true; block++; continue; }
    if (inSh && /^```/.test(line)) { inSh = false; continue; }
    if (inSh) {
      const joined = pending + line.trim();
      if (joined.endsWith('\\')) { pending = joined.slice(0, -1) + ' '; continue; }
      pending = '';
      const cmd = joined.replace(/\s+#\s.*$/, '').trim();
      if (cmd) for (const c of cmd.split(/\s+&&\s+/)) out.push({ cmd: c, block });
      continue;
    }
    if (line.startsWith('|')) for (const m of line.matchAll(/`((?:radlabel|npm run) [^`]+)`/g)) out.push({ cmd: m[1].replace(/\\\|/g, '|'), block: ++block });
  }
  // A command repeated further down (the Measured table repeats the usage examples) runs once.
  const seen = new Set();
  return out.filter((c) => !seen.has(c.cmd) && seen.add(c.cmd));
}

const PLACEHOLDER = /<|…|\[|\bGOLD\.csv\b|\bPRED\.csv\b|\breports\/|(^|\s)[A-Z][A-Z_]*(\s|$)/;
/** Why a command is not run, or undefined when it is. */
export function skipReason(cmd, sharedExists) {
  if (/^npm (ci|test)\b/.test(cmd)) return 'CI runs it itself';
  if (/^export /.test(cmd)) return 'environment';
  if (PLACEHOLDER.test(cmd)) return 'placeholder';
  if (/--extractor (llm|hybrid)|\bbatch (submit|status|collect)\b/.test(cmd)) return 'needs an LLM provider';
  if (/\.\.\/shared\/data/.test(cmd) && !sharedExists) return '../shared/data absent';
  if (!/^(radlabel|npm run) /.test(cmd)) return 'not a radlabel command';
  if (/^radlabel (serve|worker)\b/.test(cmd)) return 'long-running service (the service tests start it)';
  if (/^npm run bench(:|\s+--)/.test(cmd)) return 'benchmark variant (measured by hand on a quiet machine; plain `npm run bench` runs)';
  if (/^radlabel [a-z][a-z-]*$/.test(cmd) && cmd !== 'radlabel demo') return 'a command named in prose';
  return undefined;
}

const OUTPUT_FLAG = /^--(out|db|md|html|json|json-summary|review-out|keep|text)$/;
/** Files a command reads that are not in the copy (a user's own data in an example): it is not run. */
export function missingInputs(cmd, cwd) {
  const toks = cmd.split(/\s+/);
  const missing = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i].replace(/^['"]|['"]$/g, '');
    if (t.startsWith('-') || OUTPUT_FLAG.test(toks[i - 1])) continue;
    if (/^(\/|\.\.?\/)|\.(csv|jsonl?|hl7|ya?ml|tsv|text|phrase|db|txt)$|\/$/.test(t) && !existsSync(resolve(cwd, t))) missing.push(t);
  }
  return missing;
}

function freshCopy() {
  const root = mkdtempSync(join(tmpdir(), 'radlabel-readme-'));
  const copy = join(root, 'repo');
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: repo }).toString().split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(repo, f))) continue;
    mkdirSync(dirname(join(copy, f)), { recursive: true });
    cpSync(join(repo, f), join(copy, f));
  }
  symlinkSync(realpathSync(join(repo, 'node_modules')), join(copy, 'node_modules'));
  const shared = join(repo, '..', 'shared');
  if (existsSync(shared)) symlinkSync(realpathSync(shared), join(root, 'shared'));
  return { root, copy, sharedExists: existsSync(shared) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cmds = readmeCommandBlocks(readFileSync(join(repo, 'README.md'), 'utf8'));
  // A block whose example input is missing: the rest of it works on what that command would have made.
  const skippedBlocks = new Set();
  const { root, copy, sharedExists } = dryRun ? { root: '', copy: repo, sharedExists: existsSync(join(repo, '..', 'shared')) } : freshCopy();
  let failed = 0;
  for (const { cmd, block } of cmds) {
    if (skippedBlocks.has(block)) { console.log(`skip  ${cmd}  (follows an example skipped above)`); continue; }
    const why = skipRe?.test(cmd) ? '--skip' : skipReason(cmd, sharedExists);
    if (why) { console.log(`skip  ${cmd}  (${why})`); continue; }
    const missing = missingInputs(cmd, copy);
    if (missing.length) { skippedBlocks.add(block); console.log(`skip  ${cmd}  (example input not in the repository: ${missing.join(', ')})`); continue; }
    if (dryRun) { console.log(`run   ${cmd}`); continue; }
    const shell = cmd.replace(/^radlabel /, 'node bin/radlabel.js ');
    const started = Date.now();
    const r = spawnSync('bash', ['-c', shell], { cwd: copy, encoding: 'utf8', env: { ...process.env, RADLABEL_DB: '', RADLABEL_CONFIG: '' } });
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (r.status === 0) console.log(`ok    ${cmd}  (${secs} s)`);
    else {
      failed++;
      console.log(`FAIL  ${cmd}  (exit ${r.status}, ${secs} s)\n${(r.stderr || r.stdout).split('\n').slice(-12).join('\n')}`);
    }
  }
  if (root) rmSync(root, { recursive: true, force: true });
  console.log(failed ? `${failed} README command(s) failed` : 'every README command that can run here exits 0');
  process.exit(failed ? 1 : 0);
}
