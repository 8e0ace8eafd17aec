// Build step (`npm run build`, after tsc): bundles the CLI's own modules into dist/bundle/, which
// bin/radlabel.js runs (issue: CLI start-up). tsc's dist/ has one file per source module, and a
// rules run links some 220 of them: resolving, reading and linking each was about a fifth of its
// start-up. esbuild joins them into a few files:
//  - entries: the CLI (`main.js`), the labelling thread (`label-worker.js`, which worker-pool.ts
//    starts from a path beside itself) and the validated-copies build step (see below);
//  - `splitting`: a lazy `import()` (a command, the LLM SDK glue, the service) stays lazy, in a
//    chunk of its own, and code shared by the entries sits in shared chunks;
//  - dependencies stay external (`packages: 'external'`: better-sqlite3 is native, and the package
//    installs them anyway); they load from node_modules as from tsc's dist/.
// Every file lands directly in dist/bundle/, as deep as dist/util/: `new URL('../../',
// import.meta.url)` in src/util/paths.ts finds the package root from either (checked below).
// tsc's dist/ stays as it is: the library exports (`dist/index.js`) and the build steps use it.
//
// The de-identification rules' validated copies (src/util/validated-data.ts) are named after a
// fingerprint of their schemas, transforms' source included, and esbuild prints that source
// differently from tsc: the bundle's build step writes copies under the bundle's fingerprints too.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { relative, resolve, sep } from 'node:path';

const OUT = 'dist/bundle';
rmSync(OUT, { recursive: true, force: true });

const result = await build({
  entryPoints: {
    main: 'src/cli/main.ts',
    'label-worker': 'src/pipeline/parallel/label-worker.ts',
    'build-rules-cache': 'src/deid/rules/build-rules-cache.ts',
  },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  metafile: true,
  logLevel: 'warning',
});

// Every output file must sit directly in OUT (paths.ts and the worker's path rely on it).
const files = Object.keys(result.metafile.outputs).map((f) => relative(OUT, f));
const nested = files.filter((f) => f.includes(sep) || f.includes('/'));
if (nested.length) throw new Error(`bundle: files below ${OUT}/: ${nested.join(', ')}`);
if (relative(resolve(OUT, '../..'), resolve('.')) !== '') throw new Error(`bundle: ${OUT} is not two levels below the package root`);

// The bundle's validated copies, beside tsc's (the tsc build step cleared the folder before).
const copyDir = 'dist/validated-cache';
const before = new Set(readdirSync(copyDir));
const { writeRulesCopies } = await import(pathToFileURL(resolve(OUT, 'build-rules-cache.js')).href);
const copies = writeRulesCopies();
const added = readdirSync(copyDir).filter((f) => !before.has(f)).length;
const chunks = readdirSync(OUT).filter((f) => f.endsWith('.js')).length;
process.stdout.write(`cli bundle: ${chunks} files in ${OUT}; validated rules under its schemas: ${copies} files (${added} not named as tsc's)\n`);
