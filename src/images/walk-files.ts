import { opendir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Every regular file under the given files or folders, depth first, streamed: one open directory
 * handle per level, so a folder of 100,000 files costs no more memory than one of ten. Hidden
 * entries (a leading dot) and media directories (`DICOMDIR`: an index of the files, not an image)
 * are skipped; symbolic links are not followed.
 */
export async function* walkFiles(roots: string[]): AsyncIterable<string> {
  for (const root of roots) {
    const abs = resolve(root);
    let dir;
    try {
      dir = await opendir(abs);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') {
        yield abs;
        continue;
      }
      throw e;
    }
    yield* walkDir(dir, abs);
  }
}

async function* walkDir(dir: AsyncIterable<{ name: string; isFile(): boolean; isDirectory(): boolean }>, path: string): AsyncIterable<string> {
  for await (const entry of dir) {
    if (entry.name.startsWith('.') || entry.name.toUpperCase() === 'DICOMDIR') continue;
    const p = join(path, entry.name);
    if (entry.isDirectory()) yield* walkDir(await opendir(p), p);
    else if (entry.isFile()) yield p;
  }
}
