import type { ThreadClock } from '../../util/thread-cpu.js';
import { addPhase, type ThreadTimes } from './thread-profile.js';

/**
 * Books a thread's time to stages. `lap(phase)` closes the stage running since the previous lap;
 * `settle(phase)` does too, and also brings every stage booked so far up to the thread clock.
 */
export interface PhaseMeter {
  lap(phase: string): void;
  settle(phase: string): void;
}

/** A meter that reads the thread clock at every lap (a thread that waits between laps: stage times must not count the wait). */
export function exactPhaseMeter(clock: ThreadClock, times: ThreadTimes, start = clock.now()): PhaseMeter {
  let mark = start;
  const lap = (phase: string): void => {
    const t = clock.now();
    addPhase(times, phase, t - mark);
    mark = t;
  };
  return { lap, settle: lap };
}

/**
 * A meter for a thread that computes without waiting between laps (the one-thread pipeline):
 * each lap notes wall-clock time only, and `settle` (once per store batch) reads the thread CPU
 * clock once and shares the CPU time since the last settle among the stages in proportion to
 * their wall time. Reading the thread clock costs a system call (some 20 µs in a VM), three per
 * report when read at every lap; the schedstat clock only advances at scheduler ticks anyway, so
 * a per-lap reading was itself a tick sample of which stage ran. The totals stay the clock's own.
 */
export function batchedPhaseMeter(clock: ThreadClock, times: ThreadTimes, start = clock.now(), wall: () => number = () => performance.now()): PhaseMeter {
  let cpuMark = start;
  let wallMark = wall();
  const pending = new Map<string, number>();
  const lap = (phase: string): void => {
    const w = wall();
    pending.set(phase, (pending.get(phase) ?? 0) + (w - wallMark));
    wallMark = w;
  };
  return {
    lap,
    settle(phase: string) {
      lap(phase);
      const t = clock.now();
      const cpu = t - cpuMark;
      cpuMark = t;
      let spent = 0;
      for (const w of pending.values()) spent += w;
      if (spent > 0) for (const [p, w] of pending) addPhase(times, p, (cpu * w) / spent);
      else addPhase(times, phase, cpu);
      pending.clear();
    },
  };
}
