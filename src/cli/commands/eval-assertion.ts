import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { RadlabelError } from '../../errors/index.js';
import { assertionDocument } from '../../evaluate/assertion/assertion-document.js';
import { runAssertionBenchmark } from '../../evaluate/assertion/run-assertion-benchmark.js';
import { formatAssertionMetrics, writePredictionsTsv } from '../../evaluate/assertion/write-predictions.js';
import { codeVersion } from '../../evaluate/report/code-version.js';
import { renderMetricsReport } from '../../evaluate/report/render-metrics-report.js';
import { writeOutputFile, writeReportFiles } from '../../evaluate/report/write-report-files.js';
import { DEFAULT_RULES_DIR, loadRules } from '../../extract/rules/load-rules.js';
import { sha256 } from '../../util/hash.js';
import type { CommandModule } from '../command-module.js';
import { EXIT } from '../exit-codes.js';

interface Flags {
  out: string;
  json?: string | boolean;
  md?: string;
  html?: string;
  rules?: string;
  language: string;
  likelyPositive?: boolean;
}

/**
 * `radlabel eval-assertion FILE.tsv --out predictions.tsv [--json [FILE]] [--md FILE] [--html FILE]`:
 * the NegEx / ConText sentence benchmark, reported through the shared report formats.
 */
export const evalAssertionCommand: CommandModule = {
  register(program: Command) {
    program
      .command('eval-assertion')
      .argument('<file>', 'annotated sentences (tab separated: line number, Condition, sentence, negation_status, temporality, experiencer)')
      .requiredOption('--out <file>', 'predictions TSV: the input rows plus pred_negation, pred_temporality, pred_experiencer')
      .option('--json [file]', 'write the JSON report to FILE (to stdout instead of the table when FILE is omitted)')
      .option('--md <file>', 'write a Markdown report')
      .option('--html <file>', 'write a self-contained HTML report')
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
        const rulesDir = flags.rules ?? DEFAULT_RULES_DIR;
        const likely = flags.likelyPositive ?? false;
        const { header, rows, metrics } = runAssertionBenchmark(text, { file, rulesDir, language: flags.language, likelyIsPositive: likely });
        await writeOutputFile(flags.out, writePredictionsTsv(header, rows));
        // Loaded rules are cached per folder, so this reads the same rules the benchmark ran with.
        const rules = loadRules(rulesDir, flags.language);
        const doc = assertionDocument(metrics, rows, {
          file,
          sha256: sha256(text),
          codeVersion: await codeVersion(),
          rules: { id: `context-${rules.language}@${rules.version}${likely ? '+likely-positive' : ''}`, hash: rules.hash },
          parameters: { language: flags.language, likelyIsPositive: likely, rulesDir: flags.rules ?? 'bundled', predictions: flags.out },
        });
        const jsonToStdout = await writeReportFiles(doc, flags);
        process.stdout.write(jsonToStdout ? renderMetricsReport(doc, 'json') : formatAssertionMetrics(metrics));
        process.exitCode = EXIT.OK;
      });
  },
};
