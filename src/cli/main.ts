import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { EXIT } from './exit-codes.js';
import { RadlabelError, behaviourOf } from '../errors/index.js';

/** Builds the `radlabel` program with every command registered. */
export function buildProgram(): Command {
  const program = new Command('radlabel')
    .description('Radiology reports to weak image-level labels: de-identified, explainable, auditable.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError();
  for (const c of COMMANDS) c.register(program);
  for (const c of program.commands) c.exitOverride();
  return program;
}

/**
 * Runs the CLI and returns the exit code: 0 done, 1 done with quarantined inputs, 2 usage or
 * configuration error. Errors print as `CODE: message` without stack traces or report text.
 */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    process.exitCode = undefined;
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE;
    }
    if (e instanceof RadlabelError) {
      process.stderr.write(`radlabel: ${e.describe()}\n`);
      return behaviourOf(e.code).exit === 'usage' ? EXIT.USAGE : EXIT.QUARANTINED;
    }
    process.stderr.write(`radlabel: internal error: ${e instanceof Error ? e.name + ': ' + e.message : String(e)}\n`);
    return EXIT.USAGE;
  }
}
