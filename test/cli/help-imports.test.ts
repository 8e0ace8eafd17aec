import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoPath } from '../../src/util/paths.js';

/**
 * The module URLs a fresh `radlabel …` process loads, recorded by a loader hook. Runs the source
 * entry through tsx (as bin/radlabel.js does when dist/ is stale), so it tests the imports as
 * written, whatever the state of dist/.
 */
function loadedModules(args: string[], env: NodeJS.ProcessEnv): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'radlabel-imports-'));
  try {
    const log = join(dir, 'loaded.txt');
    writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function load(url, ctx, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, ctx); }\n`);
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
    writeFileSync(log, '');
    const script = `import { register } from 'tsx/esm/api'; register(); const { main } = await import(${JSON.stringify(pathToFileURL(repoPath('src/cli/main.ts')).href)}); process.exitCode = await main(['node', 'radlabel', ...${JSON.stringify(args)}]);`;
    execFileSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, '--input-type=module', '-e', script], { env, cwd: repoPath('.'), stdio: 'pipe' });
    return execFileSync('cat', [log], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const withoutRadlabelVars = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('RADLABEL_'))),
  ...extra,
});

const zodLoaded = (urls: string[]): boolean => urls.some((u) => /\/node_modules\/zod\//.test(u));

describe('start-up imports', () => {
  it.each([['--help'], ['help']])('`radlabel %s` does not load zod (the config schema) when no RADLABEL_* variable is set', (arg) => {
    expect(zodLoaded(loadedModules([arg], withoutRadlabelVars()))).toBe(false);
  }, 60_000);

  it('with a RADLABEL_* variable set, the typo check (and so zod) does load', () => {
    expect(zodLoaded(loadedModules(['--help'], withoutRadlabelVars({ RADLABEL_DEID_KYE: 'x' })))).toBe(true);
  }, 60_000);

  it('a rules `run` loads neither the LLM path, the progress bar, the exporter nor the yaml parser', () => {
    const dir = mkdtempSync(join(tmpdir(), 'radlabel-imports-run-'));
    try {
      const csv = join(dir, 'reports.csv');
      writeFileSync(csv, 'report_id,report_text\nr1,"FINDINGS: Small right pleural effusion. No pneumothorax."\n');
      const urls = loadedModules(['run', csv, '--db', join(dir, 'run.db'), '--no-progress'], withoutRadlabelVars({ RADLABEL_DEID_KEY: 'imports-test-key-0123456789' }));
      expect(urls.some((u) => u.includes('/src/deid/'))).toBe(true);
      const unwanted = urls.filter((u) => /\/src\/extract\/llm\/|\/src\/export\/|\/node_modules\/(cli-progress|yaml|csv-stringify)\//.test(u));
      expect(unwanted).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
