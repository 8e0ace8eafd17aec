// The refusal of a bad model file, shared by the tests of each learned layer's model reader.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { RadlabelError } from '../../src/errors/index.js';

/**
 * A function that writes `content` (when given) to a file named `name` in a fresh directory, reads
 * it with `read`, checks the refusal is `DEID_MODEL_INVALID` naming that file, and returns its message.
 */
export function refusedModelFile(read: (file: string) => unknown, prefix: string): (name: string, content?: string) => string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return (name, content) => {
    const file = path.join(dir, name);
    if (content !== undefined) writeFileSync(file, content);
    try {
      read(file);
    } catch (err) {
      expect(err).toBeInstanceOf(RadlabelError);
      expect((err as RadlabelError).code).toBe('DEID_MODEL_INVALID');
      expect((err as RadlabelError).locator.file).toBe(file);
      return (err as RadlabelError).message;
    }
    throw new Error('accepted');
  };
}
