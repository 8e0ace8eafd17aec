import type { Command } from 'commander';

/**
 * One CLI command per file under `commands/`. `register` adds the command to the program; its
 * action sets `process.exitCode` from {@link EXIT} (never calls `process.exit`, so tests can run it).
 */
export interface CommandModule {
  register(program: Command): void;
}
