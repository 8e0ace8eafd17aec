import type { CommandModule } from '../command-module.js';

/** Every CLI command, in help order. Add one import and one entry per command file. */
export const COMMANDS: CommandModule[] = [];
