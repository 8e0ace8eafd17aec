import { main } from '../../src/cli/main.js';

/** Runs the CLI in process and captures what a user sees: exit code, stdout, stderr, warnings. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string; warnings: string[] }> {
  let out = '';
  let err = '';
  const warnings: string[] = [];
  const onWarning = (w: Error): void => void warnings.push(`${w.name}: ${w.message}`);
  process.on('warning', onWarning);
  const o = process.stdout.write.bind(process.stdout);
  const e = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => ((err += s), true)) as typeof process.stderr.write;
  try {
    const code = await main(['node', 'radlabel', ...args]);
    // Warnings are emitted on the next tick.
    await new Promise((r) => setImmediate(r));
    return { code, out, err, warnings };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
    process.off('warning', onWarning);
    process.exitCode = undefined;
  }
}
