import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_TRAINED_MARK, styleDevSets, styleTrainingNotes } from '../../../src/evaluate/deid/style-notes.js';
import { runDeidEvalWithTexts } from '../../../src/evaluate/deid/run-deid-eval.js';
import { isRadlabelError } from '../../../src/errors/index.js';

// An invented style set: two notes of one patient, one of another, in PhysioNet layout with gold.
function styleTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'style-sets-'));
  const write = (set: string, style: string, notes: Array<[string, string, string, string[]]>) => {
    const dir = path.join(root, set, style);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'notes.text'), notes.map(([p, n, t]) => `START_OF_RECORD=${p}||||${n}||||\n${t}\n||||END_OF_RECORD\n`).join(''));
    const gold = notes.flatMap(([p, n, t, names]) => names.map((name) => {
      const at = t.indexOf(name);
      return `${p} ${n} ${at} ${at + name.length} HCPName ${name}`;
    }));
    writeFileSync(path.join(dir, 'gold.phrase'), `${gold.join('\n')}\n`);
  };
  write('deid-styles-dev', 'clinic', [['11', '1', 'Seen with Dr. Quennell today.', ['Quennell']], ['11', '2', 'Pt calm.', []]]);
  write('deid-styles-dev-2', 'icu', [['11', '1', 'RN VARDIMON AT BEDSIDE.', ['VARDIMON']]]);
  write('deid-blind-9', 'icu', [['12', '1', 'RN ZOLTAK AT BEDSIDE.', ['ZOLTAK']]]);
  mkdirSync(path.join(root, 'deid-synthetic'));
  return root;
}

describe('style development sets as training notes of the learned layer', () => {
  it('leaves out a set whose folder holds the not-trained mark', () => {
    const root = styleTree();
    writeFileSync(path.join(root, 'deid-styles-dev-2', NOT_TRAINED_MARK), '# why\n');
    expect(styleDevSets(root).map((s) => path.basename(s))).toEqual(['deid-styles-dev']);
  });

  it('lists only the style development sets, in order, and reads every note with its gold', () => {
    const root = styleTree();
    const sets = styleDevSets(root);
    expect(sets.map((s) => path.basename(s))).toEqual(['deid-styles-dev', 'deid-styles-dev-2']);
    const notes = styleTrainingNotes(sets);
    expect(notes).toHaveLength(3);
    // The same patient number in two sets is two patients.
    expect(new Set(notes.map((n) => n.patient)).size).toBe(2);
    const first = notes[0]!;
    expect(first.text.slice(first.phi[0]!.start, first.phi[0]!.end)).toBe('Quennell');
    expect(notes[1]!.phi).toEqual([]);
  });

  it('never takes a blind set, and names a missing folder', () => {
    const root = styleTree();
    expect(() => styleTrainingNotes([path.join(root, 'deid-blind-9')])).toThrow(/blind set is never training data/);
    try {
      styleDevSets(path.join(root, 'nowhere'));
      expect.unreachable();
    } catch (e) {
      expect(isRadlabelError(e) && e.code === 'EVAL_BAD_INPUT' && /nowhere/.test(e.message)).toBe(true);
    }
  });

  it('adds the notes to each fold of a cross-validation, so each fold trains on more examples', async () => {
    const root = styleTree();
    const dir = mkdtempSync(path.join(tmpdir(), 'style-cv-'));
    const notes: [string, string, string][] = [
      ['1', '1', 'Plan reviewed as per J. Quorvath.'],
      ['2', '1', 'Lasix given as per K. Dremmick.'],
    ];
    writeFileSync(path.join(dir, 'id.text'), notes.map(([p, n, t]) => `START_OF_RECORD=${p}||||${n}||||\n${t}\n||||END_OF_RECORD\n`).join(''));
    writeFileSync(path.join(dir, 'id-phi.phrase'), '');
    const opts = { cv: 2, syntheticNotes: 5, writerNotes: 1 };
    const without = await runDeidEvalWithTexts(path.join(dir, 'id.text'), path.join(dir, 'id-phi.phrase'), opts);
    const withStyles = await runDeidEvalWithTexts(path.join(dir, 'id.text'), path.join(dir, 'id-phi.phrase'), { ...opts, extraTraining: styleTrainingNotes(styleDevSets(root)) });
    for (let f = 0; f < 2; f++) expect(withStyles.folds![f]!.learnedExamples!).toBeGreaterThan(without.folds![f]!.learnedExamples!);
  });
});
