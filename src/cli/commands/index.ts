import type { CommandModule } from '../command-module.js';
import { runCommand } from './run.js';
import { exportCommand } from './export.js';
import { quarantineCommand } from './quarantine.js';
import { demoCommand } from './demo.js';
import { benchCommand } from './bench.js';
import { evalCommand } from './eval.js';
import { deidCommand } from './deid.js';
import { deidEvalCommand } from './deid-eval.js';
import { ontologyCommand } from './ontology.js';
import { evalAssertionCommand } from './eval-assertion.js';
import { batchCommand } from './batch.js';
import { serviceCommand } from './service.js';

/** Every CLI command, in help order. Add one import and one entry per command file. */
export const COMMANDS: CommandModule[] = [
  runCommand,
  exportCommand,
  quarantineCommand,
  demoCommand,
  benchCommand,
  evalCommand,
  deidCommand,
  deidEvalCommand,
  ontologyCommand,
  evalAssertionCommand,
  batchCommand,
  serviceCommand,
];
