import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { RadlabelError } from '../errors/index.js';

/**
 * The de-identification key: the configured one, else `<dirname(dbPath)>/deid.key`, created on
 * first use (32 random bytes, hex, file mode 0600). Pseudonyms, date shifts and surrogates are
 * stable only as long as this key is.
 */
export function resolveDeidKey(configuredKey: string | undefined, dbPath: string): string {
  if (configuredKey && configuredKey.trim() !== '') return configuredKey.trim();
  const file = path.join(path.dirname(path.resolve(dbPath)), 'deid.key');
  try {
    if (existsSync(file)) {
      const key = readFileSync(file, 'utf8').trim();
      if (key.length >= 32) return key;
      throw new RadlabelError('DEID_NO_KEY', 'The de-identification key file is empty or too short.', { locator: { file } });
    }
    mkdirSync(path.dirname(file), { recursive: true });
    const key = randomBytes(32).toString('hex');
    writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (err) {
    if (err instanceof RadlabelError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw new RadlabelError('DEID_NO_KEY', 'The de-identification key file could not be read or created.', { locator: { file }, cause: err });
  }
}
