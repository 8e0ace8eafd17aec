import type { Writable } from 'node:stream';

/**
 * Writes a chunk and, when the stream's buffer is full, waits for `drain`. Both listeners are
 * removed once either fires, so thousands of writes never pile up `error` listeners
 * (`MaxListenersExceededWarning`).
 */
export function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (out.write(chunk)) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onDrain = (): void => {
      out.off('error', onError);
      resolve();
    };
    const onError = (e: Error): void => {
      out.off('drain', onDrain);
      reject(e);
    };
    out.once('drain', onDrain);
    out.once('error', onError);
  });
}
