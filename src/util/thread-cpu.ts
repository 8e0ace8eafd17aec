import { closeSync, openSync, readSync } from 'node:fs';

/**
 * A clock of the calling thread's own CPU time, in milliseconds. Node 20 has no per-thread CPU
 * counter (`process.cpuUsage()` sums every thread), so on Linux it reads the kernel's per-thread
 * scheduler statistics (`/proc/thread-self/schedstat`: nanoseconds on a CPU). Where that file is
 * missing it falls back to wall-clock time, and says so in `kind`: busy wall time is still a fair
 * split on an idle machine, but on a loaded one it also counts time spent waiting for a core.
 */
export interface ThreadClock {
  readonly kind: 'thread-cpu' | 'wall';
  now(): number;
  close(): void;
}

const SCHEDSTAT = '/proc/thread-self/schedstat';

/** Opens a clock for the calling thread (the file is per-thread: open it on the thread that reads it). */
export function openThreadClock(): ThreadClock {
  let fd: number | undefined;
  try {
    fd = openSync(SCHEDSTAT, 'r');
    const buf = Buffer.alloc(96);
    // The first field's digits are summed from the bytes: the bench reads this clock a few times
    // per report, and a string per read (decode, slice, Number) cost a third as much as the read.
    const read = (): number => {
      const n = readSync(fd!, buf, 0, buf.length, 0);
      let ns = 0;
      let i = 0;
      for (; i < n; i++) {
        const c = buf[i]!;
        if (c === 0x20) break;
        if (c < 0x30 || c > 0x39) return NaN;
        ns = ns * 10 + (c - 0x30);
      }
      return i === 0 || i === n ? NaN : ns / 1e6;
    };
    if (!Number.isFinite(read())) throw new Error('unreadable schedstat');
    return {
      kind: 'thread-cpu',
      now: read,
      close: () => closeSync(fd!),
    };
  } catch {
    if (fd !== undefined) closeSync(fd);
    return { kind: 'wall', now: () => performance.now(), close: () => undefined };
  }
}
