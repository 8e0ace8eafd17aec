import type { Command } from 'commander';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';
import { runDeidEval } from '../../evaluate/deid/run-deid-eval.js';
import { renderDeidEvaluation } from '../../evaluate/deid/render-deid-evaluation.js';

/**
 * `radlabel deid-eval --text id.text --gold id-phi.phrase [--json]`: recall / precision / F1 of
 * the de-identification detector against PhysioNet-style gold, per category and overall.
 */
export const deidEvalCommand: CommandModule = {
  register(program: Command) {
    program
      .command('deid-eval')
      .description('score de-identification against PhysioNet-style gold PHI spans')
      .requiredOption('--text <file>', 'records in the PhysioNet layout (START_OF_RECORD=…)')
      .requiredOption('--gold <file>', 'gold PHI spans (id-phi.phrase: patient note start end category phrase)')
      .option('--json', 'print the metrics as JSON')
      .action(async (flags: { text: string; gold: string; json?: boolean }) => {
        const result = await runDeidEval(flags.text, flags.gold);
        process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : renderDeidEvaluation(result));
        process.exitCode = EXIT.OK;
      });
  },
};
