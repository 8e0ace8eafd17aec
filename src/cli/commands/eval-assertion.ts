import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { RadlabelError } from '../../errors/index.js';
import { runAssertionBenchmark } from '../../evaluate/assertion/run-assertion-benchmark.js';
import { formatAssertionMetrics, writePredictionsTsv } from '../../evaluate/assertion/write-predictions.js';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';

interface Flags {
  out: string;
  json?: boolean;
  rules?: string;
  language: string;
  likelyPositive?: boolean;
}

/** `radlabel eval-assertion FILE.tsv --out predictions.tsv [--json]`: the NegEx / ConText sentence benchmark. */
export const evalAssertionCommand: CommandModule = {
  register(program: Command) {
    program
      .command('eval-assertion')
      .argument('<file>', 'annotated sentences (tab separated: line number, Condition, sentence, negation_status, temporality, experiencer)')
      .requiredOption('--out <file>', 'predictions TSV: the input rows plus pred_negation, pred_temporality, pred_experiencer')
      .option('--json', 'print the metrics as JSON')
      .option('--rules <dir>', 'rules folder (default: the bundled rules/)')
      .option('--language <lang>', 'rules language', 'en')
      .option('--likely-positive', 'read "likely" / "probable" as affirmed')
      .description('Score the rules engine on negation / temporality / experiencer of annotated sentences')
      .action(async (file: string, flags: Flags) => {
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (e) {
          throw new RadlabelError('EVAL_BAD_INPUT', 'cannot read the input file', { locator: { file }, cause: e });
        }
        const { header, rows, metrics } = runAssertionBenchmark(text, { file, rulesDir: flags.rules, language: flags.language, likelyIsPositive: flags.likelyPositive });
        await mkdir(dirname(flags.out), { recursive: true });
        await writeFile(flags.out, writePredictionsTsv(header, rows), 'utf8');
        process.stdout.write(flags.json ? JSON.stringify(metrics, null, 2) + '\n' : formatAssertionMetrics(metrics));
        process.exitCode = EXIT.OK;
      });
  },
};
