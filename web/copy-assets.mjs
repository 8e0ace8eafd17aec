// Copies the review workbench's static files (HTML, CSS) beside its compiled modules, so
// dist/web/review/ is complete for `radlabel serve` and for `npm pack`.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const from = 'web/review';
const to = 'dist/web/review';
mkdirSync(to, { recursive: true });
const assets = readdirSync(from).filter((f) => /\.(html|css|svg|png)$/.test(f));
for (const f of assets) copyFileSync(join(from, f), join(to, f));
console.log(`review assets: ${assets.length} files`);
