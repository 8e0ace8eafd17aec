import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteImageStore } from '../../../src/store/images/sqlite-image-store.js';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { runImageStoreContract } from './image-store-contract.js';

runImageStoreContract('sqlite', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'radlabel-images-')), 'db.sqlite');
  const labels = openSqliteStore(path);
  await labels.migrate();
  return { labels, images: openSqliteImageStore(path) };
});
