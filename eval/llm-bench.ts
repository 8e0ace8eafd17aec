/**
 * Runs the LLM throughput and robustness bench alone (the code is in `src/bench/llm-bench.ts`, which
 * `radlabel bench` also runs).
 *
 *   npx tsx eval/llm-bench.ts            # both scenarios through runPipeline, 2,000 reports, concurrency 32, 200 ms
 *   npx tsx eval/llm-bench.ts --loop     # the extractor alone, without ingest / de-id / store
 */
import { pathToFileURL } from 'node:url';
import { benchLlm } from '../src/bench/llm-bench.js';

export * from '../src/bench/llm-bench.js';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const via = process.argv.includes('--loop') ? 'loop' : 'pipeline';
  const r = await benchLlm({ via });
  console.log(JSON.stringify(r.clean, null, 2));
  console.log(JSON.stringify(r.faults, null, 2));
  const pass = r.ratio >= 0.9 && r.lost === 0;
  console.log(
    `[${via}] throughput ${r.reportsPerSecond}/s = ${(r.ratio * 100).toFixed(1)}% of ideal ${r.ideal}/s; ` +
      `faults: labelled ${r.labelled}, failed ${r.failed} ${JSON.stringify(r.failureReasons)}, lost ${r.lost} → ${pass ? 'PASS' : 'FAIL'}`,
  );
  process.exitCode = pass ? 0 : 1;
}
