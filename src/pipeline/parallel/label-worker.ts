import { parentPort, workerData } from 'node:worker_threads';
import { createRulesExtractor } from '../../extract/rules/rules-extractor.js';
import { restrictToSections } from '../../extract/section-filter.js';
import { labelUnit, type UnitContext, type UnitOutcome, type WorkUnit } from './work-unit.js';
import type { WorkerInit } from './worker-pool.js';

// Entry of a labelling thread (see worker-pool.ts): builds its own rules extractor from plain
// data once, then labels batches of units in the order they arrive.
const init = workerData as WorkerInit;
const rules = createRulesExtractor(init.rules);
const ctx: UnitContext = { ontology: init.ontology, deid: init.deid, extractor: init.sections ? restrictToSections(rules, init.sections) : rules };

parentPort!.on('message', async (batch: { id: number; units: WorkUnit[] }) => {
  const outcomes: UnitOutcome[] = [];
  for (const unit of batch.units) outcomes.push(await labelUnit(unit, ctx));
  parentPort!.postMessage({ id: batch.id, outcomes });
});
