import { idleMachineFloorMs, type PipelineProfile, type ThreadTimes } from '../pipeline/parallel/thread-profile.js';

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

function line(name: string, t: ThreadTimes, order: string[]): string {
  const named = order.filter((k) => (t.phases[k] ?? 0) > 0).map((k) => `${k} ${s(t.phases[k]!)}`);
  const rest = t.totalMs - Object.values(t.phases).reduce((a, b) => a + b, 0);
  if (rest > 0) named.push(`other ${s(rest)}`);
  return `          ${name.padEnd(10)} ${s(t.totalMs).padStart(9)}${t.units ? ` (${t.units} units)` : ''}: ${named.join(', ')}\n`;
}

/**
 * The CPU-time split of one profiled pipeline run, as `radlabel bench` prints it: each thread by
 * stage, the rest of the process (V8's garbage collector and compiler threads, libuv), and the
 * shortest wall time the run could take on an idle machine with `cores` cores.
 */
export function formatThreadReport(p: PipelineProfile, cores: number): string {
  const unit = p.clock === 'thread-cpu' ? 'CPU time per thread' : 'busy wall time per thread (no per-thread CPU clock here)';
  let out = `          ${unit}:\n`;
  out += line('main', p.main, ['read', 'dispatch', 'receive', 'deidentify', 'extract', 'store']);
  p.workers.forEach((w, i) => (out += line(`thread ${i + 1}`, w, ['parse', 'deidentify', 'extract', 'send'])));
  const threads = p.main.totalMs + p.workers.reduce((a, w) => a + w.totalMs, 0);
  if (p.clock === 'thread-cpu') out += `          ${'V8 / libuv'.padEnd(10)} ${s(Math.max(0, p.processCpuMs - threads)).padStart(9)} (garbage collector and compiler threads: process CPU ${s(p.processCpuMs)} minus the threads above)\n`;
  out += `          idle-machine floor on ${cores} cores: ${s(idleMachineFloorMs(p, cores))} (the busiest thread, or all CPU time over the cores)\n`;
  return out;
}
