import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../../src/util/paths.js';

/** Whether any file under `dir` changed after `since` (ms). */
function changedAfter(dir: string, since: number): boolean {
  return readdirSync(dir, { withFileTypes: true }).some((e) =>
    e.isDirectory() ? changedAfter(join(dir, e.name), since) : statSync(join(dir, e.name)).mtimeMs > since,
  );
}

/** Runs an ES module script as a consumer of the package would: `import … from 'radlabel'`. */
function asConsumer(script: string): string {
  // Code inside the package folder resolves the package's own name through its `exports`.
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoPath(), encoding: 'utf8' });
}

describe('the built package, imported by name', () => {
  beforeAll(() => {
    // `npm ci` builds through `prepare`; rebuild here only when the sources are newer (a local edit).
    const stamp = repoPath('dist/.build-stamp');
    if (!existsSync(stamp) || changedAfter(repoPath('src'), statSync(stamp).mtimeMs)) execFileSync('npm', ['run', 'build'], { cwd: repoPath(), stdio: 'ignore' });
  }, 180_000);

  it('exports labelReport, deidentify, loadOntology and runPipeline with their types', () => {
    const out = asConsumer(`
      import { labelReport, deidentify, loadOntology, runPipeline, openStore } from 'radlabel';
      const r = await labelReport('FINDINGS: Small right pleural effusion. No pneumothorax. Dr. Alma Quintero.', { deid: { key: 'consumer-key-0123456789' } });
      const d = deidentify('Seen by Dr. Alma Quintero on 03/04/2021.', { key: 'consumer-key-0123456789' });
      const o = loadOntology('chestxray14');
      const store = openStore(':memory:');
      const s = await runPipeline({ inputs: ['samples/csv/archive.csv'], ontology: loadOntology('chexpert'), extractor: (await import('radlabel')).createRulesExtractor(), store, deid: { key: 'consumer-key-0123456789', mode: 'tag', keepStudyUids: false } });
      await store.close();
      console.log(JSON.stringify({ effusion: r.labels.labels['Pleural Effusion'].value, leaked: /Quintero/.test(r.report.text + d.text), ontology: o.id, labelled: s.labelled, fns: typeof runPipeline }));
    `);
    expect(JSON.parse(out)).toEqual({ effusion: 'positive', leaked: false, ontology: 'chestxray14', labelled: 6, fns: 'function' });
  });

  it('ships type declarations for the main export', () => {
    const types = repoPath('dist/index.d.ts');
    expect(existsSync(types)).toBe(true);
    const pkg = JSON.parse(asConsumer(`import p from 'radlabel/package.json' with { type: 'json' }; console.log(JSON.stringify(p.exports))`)) as Record<string, { types: string }>;
    expect(pkg['.']!.types).toBe('./dist/index.d.ts');
  });

  it('bin/radlabel.js runs the CLI from its bundle, with the labelling thread beside it', () => {
    const bundle = repoPath('dist/bundle');
    const files = readdirSync(bundle, { withFileTypes: true });
    // paths.ts finds the package root two levels up and worker-pool.ts starts ./label-worker.js: no sub-folders.
    expect(files.filter((e) => e.isDirectory()).map((e) => e.name)).toEqual([]);
    expect(files.map((e) => e.name)).toEqual(expect.arrayContaining(['main.js', 'label-worker.js']));
    const out = execFileSync(process.execPath, [repoPath('bin/radlabel.js'), '--version'], { cwd: repoPath(), encoding: 'utf8', stdio: 'pipe' });
    expect(out).toMatch(/^radlabel \d/);
    const bin = readFileSync(repoPath('bin/radlabel.js'), 'utf8');
    expect(bin).toContain("import('../dist/bundle/main.js')");
  });
});
