import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { EXIT } from './exit-codes.js';
import { RadlabelError, behaviourOf } from '../errors/index.js';
import { endQuietlyOnClosedPipe } from './quiet-pipe.js';

/** The command named on the command line (`radlabel [help] NAME …`), if any. */
function requestedCommand(argv: string[]): string | undefined {
  const words = argv.slice(2).filter((a) => !a.startsWith('-'));
  return words[0] === 'help' ? words[1] : words[0];
}

/**
 * Builds the `radlabel` program. Only the command named in `argv` is loaded and registered for
 * real; the others are stubs with their name and summary for the help list (see
 * `commands/index.ts`), so start-up never imports what this invocation does not use. Without
 * `argv`, every command is loaded (for tests and tools that inspect the whole program).
 */
export async function buildProgram(argv?: string[]): Promise<Command> {
  const program = new Command('radlabel')
    .description('Radiology reports to weak image-level labels: de-identified, explainable, auditable.')
    .option('-V, --version', 'print the package, rules, ontology and de-identification detector versions')
    .exitOverride()
    .showHelpAfterError();
  const wanted = argv ? requestedCommand(argv) : undefined;
  for (const d of COMMANDS) {
    if (!argv || d.name === wanted) (await d.load()).register(program);
    else program.command(d.args ? `${d.name} ${d.args}` : d.name).description(d.summary);
  }
  for (const c of program.commands) c.exitOverride();
  return program;
}

/**
 * Runs the CLI and returns the exit code: 0 done, 1 done with quarantined inputs, 2 usage or
 * configuration error. Errors print as `CODE: message` without stack traces or report text.
 */
export async function main(argv: string[]): Promise<number> {
  endQuietlyOnClosedPipe();
  try {
    if (argv[2] === '--version' || argv[2] === '-V') {
      const { versionText } = await import('./version-info.js');
      process.stdout.write(versionText() + '\n');
      return EXIT.OK;
    }
    const program = await buildProgram(argv);
    // A misspelt RADLABEL_* variable is otherwise silently ignored (a misspelt key variable means a generated key).
    // The check reads only RADLABEL_* names, and its module loads zod (~60 ms, most of `--help`), so it
    // is loaded only when such a variable is set.
    if (Object.keys(process.env).some((name) => name.startsWith('RADLABEL_'))) {
      const { configEnvWarnings } = await import('../config/load-config.js');
      for (const w of configEnvWarnings()) process.stderr.write(`radlabel: warning: ${w}\n`);
    }
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
