import { parentPort, workerData } from 'node:worker_threads';
import { createRulesExtractor } from '../../extract/rules/rules-extractor.js';
import { restrictToSections } from '../../extract/section-filter.js';
import { openThreadClock } from '../../util/thread-cpu.js';
import { addPhase, type ThreadTimes } from './thread-profile.js';
import { labelUnits, type UnitContext, type WorkUnit } from './work-unit.js';
import type { WorkerInit } from './worker-pool.js';

// Entry of a labelling thread (see worker-pool.ts): builds its own rules extractor from plain
// data once, then labels batches of units in the order they arrive. Each reply carries the
// thread's CPU time so far by stage (a few clock reads per batch), for `radlabel bench`.
const clock = openThreadClock();
const init = workerData as WorkerInit;
const rules = createRulesExtractor(init.rules);
const ctx: UnitContext = { ontology: init.ontology, deid: init.deid, extractor: init.sections ? restrictToSections(rules, init.sections) : rules };
const times: ThreadTimes = { phases: {}, totalMs: 0, units: 0 };

parentPort!.on('message', async (batch: { id: number; units: WorkUnit[] }) => {
  let mark = clock.now();
  const outcomes = await labelUnits(batch.units, ctx, (phase) => {
    const t = clock.now();
    addPhase(times, phase, t - mark);
    mark = t;
  });
  times.units += batch.units.length;
  times.totalMs = clock.now();
  parentPort!.postMessage({ id: batch.id, outcomes, times });
  // Copying the outcomes into the message is this thread's cost; it travels with the next reply.
  addPhase(times, 'send', clock.now() - times.totalMs);
});
