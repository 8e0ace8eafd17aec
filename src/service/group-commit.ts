/**
 * Group commit: calls made while a flush is in flight are gathered and written by the next flush
 * as one batch (one transaction, one Redis round trip). An idle system flushes at once, so there is
 * no added latency; a busy one writes fewer, larger batches. Each caller gets its own slice of the
 * result, or the batch's error (a batch is all or nothing, so is each caller's part of it).
 */
export function groupCommit<T, R>(flush: (items: T[]) => Promise<R[]>, maxItems = 500): (items: T[]) => Promise<R[]> {
  const queue: Array<{ items: T[]; resolve: (r: R[]) => void; reject: (e: unknown) => void }> = [];
  let busy = false;
  const run = async (): Promise<void> => {
    if (busy || !queue.length) return;
    busy = true;
    const batch: typeof queue = [];
    let n = 0;
    while (queue.length && (n === 0 || n + queue[0]!.items.length <= maxItems)) {
      const c = queue.shift()!;
      batch.push(c);
      n += c.items.length;
    }
    try {
      const results = await flush(batch.flatMap((c) => c.items));
      let at = 0;
      for (const c of batch) {
        c.resolve(results.slice(at, at + c.items.length));
        at += c.items.length;
      }
    } catch (e) {
      for (const c of batch) c.reject(e);
    } finally {
      busy = false;
      void run();
    }
  };
  return (items) =>
    new Promise<R[]>((resolve, reject) => {
      queue.push({ items, resolve, reject });
      void run();
    });
}
