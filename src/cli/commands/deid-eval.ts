import { Option, type Command } from 'commander';
import { DETECTOR_VERSION } from '../../deid/detect.js';
import { deidDocument } from '../../evaluate/deid/deid-document.js';
import { renderDeidEvaluation } from '../../evaluate/deid/render-deid-evaluation.js';
import { runDeidEvalWithTexts } from '../../evaluate/deid/run-deid-eval.js';
import { codeVersion } from '../../evaluate/report/code-version.js';
import { renderMetricsReport } from '../../evaluate/report/render-metrics-report.js';
import { writeReportFiles } from '../../evaluate/report/write-report-files.js';
import type { CommandModule } from '../command-module.js';
import { RadlabelError } from '../../errors/index.js';
import { STYLE_TRANSFORMS, type StyleTransform } from '../../deid/learned/note-transforms.js';
import { EXIT } from '../exit-codes.js';
import { reseededStyleNotes, styleDevSets, styleTrainingNotes } from '../../evaluate/deid/style-notes.js';

interface Flags {
  text: string;
  gold: string;
  json?: string | boolean;
  md?: string;
  html?: string;
  profile?: 'strict' | 'balanced';
  cv?: string;
  learned?: boolean;
  transforms?: string;
  augment?: boolean;
  trainStyles?: string;
  trainStyleSeeds?: string;
}

/** `--transforms all` or a comma list of {@link STYLE_TRANSFORMS}. */
function parseTransforms(v: string | undefined): StyleTransform[] | undefined {
  if (v === undefined) return undefined;
  const names = v === 'all' ? [...STYLE_TRANSFORMS] : v.split(',').map((x) => x.trim());
  for (const n of names) if (!(STYLE_TRANSFORMS as readonly string[]).includes(n)) throw new RadlabelError('EVAL_BAD_INPUT', `--transforms takes all or a comma list of ${STYLE_TRANSFORMS.join(', ')}, not ${n}.`);
  return names as StyleTransform[];
}

/**
 * `radlabel deid-eval --text id.text --gold id-phi.phrase [--profile strict|balanced] [--cv K] [--transforms all|LIST] [--no-augment] [--no-learned] [--train-styles DIR [--train-style-seeds DIR]] [--json [FILE]] [--md FILE] [--html FILE]`:
 * recall / precision / F1 of the de-identification detector against PhysioNet-style gold, per
 * category, per rule and overall, reported through the shared report formats; `--cv K` scores
 * patient-grouped K-fold cross-validation of everything learned (issue 11).
 */
export const deidEvalCommand: CommandModule = {
  register(program: Command) {
    program
      .command('deid-eval')
      .description('score de-identification against PhysioNet-style gold PHI spans')
      .requiredOption('--text <file>', 'records in the PhysioNet layout (START_OF_RECORD=…)')
      .requiredOption('--gold <file>', 'gold PHI spans (id-phi.phrase: patient note start end category phrase)')
      .option('--json [file]', 'write the JSON report to FILE (to stdout instead of the table when FILE is omitted)')
      .option('--md <file>', 'write a Markdown report (figures only)')
      .option('--html <file>', 'write a self-contained HTML report (contains note text: PHI-bearing on real data)')
      .addOption(new Option('--profile <profile>', 'detection profile (default balanced)').choices(['strict', 'balanced']))
      .option('--cv <k>', 'patient-grouped k-fold cross-validation: the notes vocabulary and the learned layer are built from the training folds only')
      .option('--transforms <list>', `with --cv: also score the test folds rewritten in other styles (all, or a comma list of ${STYLE_TRANSFORMS.join(', ')})`)
      .option('--no-augment', 'with --cv: train the learned layer on the training notes as written, without their transformed copies')
      .option('--train-styles <dir>', 'with --cv: also train each fold\'s learned layer on the style development sets under DIR (eval/deid-styles-dev*), as the shipped model is trained')
      .option('--train-style-seeds <dir>', 'with --cv and --train-styles: also train each fold on the reseeded copies of the style sets under DIR (seed-<k>/deid-styles-dev*, made by eval/deid-learned/reseed-sets.ts), as train.ts trains the shipped model')
      .option('--no-learned', 'run the rules alone, without the learned layers (names and places, years; to see what they add)')
      .action(async (flags: Flags) => {
        const transforms = parseTransforms(flags.transforms);
        if (transforms && flags.cv === undefined) throw new RadlabelError('EVAL_BAD_INPUT', '--transforms needs --cv: the transformed notes are the held-out folds.');
        if (flags.trainStyles !== undefined && flags.cv === undefined) throw new RadlabelError('EVAL_BAD_INPUT', '--train-styles needs --cv: without it the shipped model (already trained on them) is scored.');
        if (flags.trainStyleSeeds !== undefined && flags.trainStyles === undefined) throw new RadlabelError('EVAL_BAD_INPUT', '--train-style-seeds needs --train-styles: the reseeded copies go with the style sets they copy.');
        const extraTraining =
          flags.trainStyles === undefined ? undefined : [...styleTrainingNotes(styleDevSets(flags.trainStyles)), ...(flags.trainStyleSeeds === undefined ? [] : reseededStyleNotes(flags.trainStyleSeeds, undefined, styleDevSets(flags.trainStyles)))];
        const run = await runDeidEvalWithTexts(flags.text, flags.gold, { profile: flags.profile, cv: flags.cv === undefined ? undefined : Number(flags.cv), learned: flags.learned, transforms, augment: flags.augment, extraTraining });
        const doc = deidDocument(run.evaluation, run.texts, {
          textFile: flags.text,
          goldFile: flags.gold,
          sha256: run.sha256,
          codeVersion: await codeVersion(),
          detectorVersion: DETECTOR_VERSION,
          profile: run.profile,
          folds: run.folds,
          transformed: run.transformed,
        });
        const jsonToStdout = await writeReportFiles(doc, flags);
        process.stdout.write(jsonToStdout ? renderMetricsReport(doc, 'json') : renderDeidEvaluation(run.evaluation, { profile: run.profile, folds: run.folds, transformed: run.transformed }));
        process.exitCode = EXIT.OK;
      });
  },
};
