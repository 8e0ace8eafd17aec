/**
 * Where a pipeline run spent its CPU time, per thread and per stage (filled in by `runPipeline`
 * when `RunOptions.profile` is given; printed by `radlabel bench`). Scaling measured in wall-clock
 * time means little on a busy machine; this split does not depend on how busy the machine is, so
 * a design can be judged under load: the run cannot finish faster than its busiest thread, nor
 * faster than all its CPU time spread over every core.
 */
export interface ThreadTimes {
  /** Milliseconds by stage. */
  phases: Record<string, number>;
  /** All CPU time of the thread over the run (start-up included for a labelling thread). */
  totalMs: number;
  /** Units the thread labelled. */
  units: number;
}

export interface PipelineProfile {
  /** `thread-cpu`: each thread's own CPU time (Linux); `wall`: busy wall-clock time (elsewhere). */
  clock: 'thread-cpu' | 'wall';
  /**
   * The main thread: `read` (read files; in one thread also parse), `dispatch` (split HL7 messages,
   * route and send units), `receive` (take outcomes back: copying them between threads),
   * `deidentify` and `extract` (one thread only), `store` (resume checks and batched writes).
   */
  main: ThreadTimes;
  /** One per labelling thread: `parse`, `deidentify`, `extract`, `send` (copying outcomes out). */
  workers: ThreadTimes[];
  /** CPU time of the whole process (every thread, including V8's garbage collector and compiler threads). */
  processCpuMs: number;
}

/** An empty profile for `runPipeline` to fill. */
export const emptyProfile = (): PipelineProfile => ({ clock: 'thread-cpu', main: { phases: {}, totalMs: 0, units: 0 }, workers: [], processCpuMs: 0 });

/** Adds `ms` to a stage. */
export function addPhase(t: ThreadTimes, phase: string, ms: number): void {
  t.phases[phase] = (t.phases[phase] ?? 0) + ms;
}

/**
 * The shortest wall-clock time the profiled run could take on an idle machine with `cores`
 * cores: its busiest thread, or all its CPU time over every core, whichever is longer.
 */
export function idleMachineFloorMs(p: PipelineProfile, cores: number): number {
  const busiest = Math.max(p.main.totalMs, ...p.workers.map((w) => w.totalMs));
  return Math.max(busiest, p.processCpuMs / Math.max(1, cores));
}
