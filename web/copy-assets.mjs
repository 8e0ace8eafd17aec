// Copies the review workbench's static files (HTML, CSS) beside its compiled modules, so
// dist/web/review/ is complete for `radlabel serve` and for `npm pack`. index.html gets a
// <link rel="modulepreload"> per module: the browser then fetches them all at once instead of
// discovering them import by import (four round trips deep), which is most of the first render.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const from = 'web/review';
const to = 'dist/web/review';
mkdirSync(to, { recursive: true });
const assets = readdirSync(from).filter((f) => /\.(css|svg|png)$/.test(f));
for (const f of assets) copyFileSync(join(from, f), join(to, f));

const modules = readdirSync(to, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.js') && f !== 'main.js')
  // type-only modules compile to an empty `export {};` that nothing imports at run time
  .filter((f) => readFileSync(join(to, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').trim() !== 'export {};')
  .map((f) => relative('.', f).split('\\').join('/'))
  .sort();
const html = readFileSync(join(from, 'index.html'), 'utf8');
const marker = '<!-- modulepreload -->';
if (!html.includes(marker)) throw new Error(`${from}/index.html lost its ${marker} marker`);
writeFileSync(join(to, 'index.html'), html.replace(marker, modules.map((m) => `<link rel="modulepreload" href="${m}">`).join('\n  ')));
console.log(`review assets: ${assets.length + 1} files, ${modules.length + 1} modules`);
