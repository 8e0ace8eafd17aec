#!/usr/bin/env node
// Runs the compiled CLI in dist/ (built by `npm ci` through `prepare`, or `npm run build`): its
// bundle, dist/bundle/main.js (tools/bundle-cli.mjs: a few files to load instead of some 220).
// In a checkout whose dist/ is missing or older than a file in src/, it runs the sources through
// tsx instead (a development dependency), so an edit is never hidden behind a stale build.
// An installed package has no src/, so it always runs dist/ without looking further.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../', import.meta.url));
const stamp = join(root, 'dist', '.build-stamp');
const src = join(root, 'src');

/** Newest modification time under `dir` (ms), stopping early once one beats `limit`. */
function newerThan(dir, limit) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() ? newerThan(p, limit) : statSync(p).mtimeMs > limit) return true;
  }
  return false;
}

let main;
if (!existsSync(src) || (existsSync(stamp) && !newerThan(src, statSync(stamp).mtimeMs))) {
  ({ main } = await import('../dist/bundle/main.js'));
} else {
  if (existsSync(stamp)) process.stderr.write('radlabel: dist/ is older than src/, running the sources through tsx (npm run build refreshes it)\n');
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
