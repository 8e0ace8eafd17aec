// Why the learned layer leaves a gold name or place token of a labelled set unmarked: for every
// gold NAME / LOCATION token no predicted span covers, whether the layer looked at it (candidate),
// whether a class limit forbade it (mayMark) or its margin stayed under the threshold. A
// development aid for feature work on sets meant to be read (the style dev set, the PhysioNet dev
// split). On a blind set only `--counts` runs: it prints the tallies (reason × gold category × the
// word's list class × its line's case) and never a word of the notes.
//   node --import tsx eval/deid-learned/explain.ts --set eval/deid-styles-dev/icu-caps [--profile strict] [--show 40]
//   node --import tsx eval/deid-learned/explain.ts --set eval/deid-blind-3/ed --counts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parsePhysionet } from '../../src/ingest/physionet/parse-physionet.js';
import { parseGoldPhrase } from '../../src/evaluate/deid/gold-phrase.js';
import { detectPhi } from '../../src/deid/detect.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { tokenStream } from '../../src/deid/token-stream.js';
import * as tokenScanner from '../../src/deid/free-text/token-scanner.js';
import * as vocabularyLists from '../../src/deid/free-text/vocabulary.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { classify, isCandidate, mayMark } from '../../src/deid/learned/learned-names.js';
import { lineIndex, tokenFeatures } from '../../src/deid/learned/features.js';
import { shippedModel, LEARNED_CLASSES } from '../../src/deid/learned/model-file.js';

const { values } = parseArgs({ options: { set: { type: 'string' }, profile: { type: 'string', default: 'balanced' }, show: { type: 'string', default: '40' }, counts: { type: 'boolean', default: false } } });
if (!values.set) throw new Error('--set <labelled set> required');
if (/blind/.test(values.set) && !values.counts) throw new Error('a blind set is explained by --counts only (tallies, never its words)');
const profile = values.profile as 'balanced' | 'strict';
const gold = parseGoldPhrase(readFileSync(path.join(values.set, 'gold.phrase'), 'utf8'));
const model = shippedModel();

/** Which lists hold a word: v (keep-list vocabulary), n (a name list), p (the place list), or "-" for none. */
function wordClass(s: tokenScanner.TokenScanner, w: string, v: typeof vocab): string {
  const l = s.lex;
  const c = `${v.has(w) ? 'v' : ''}${l.firstNames.has(w) || l.lastNames.has(w) || l.ambiguousNames.has(w) ? 'n' : ''}${l.places.has(w) ? 'p' : ''}`;
  return c || '-';
}
const vocab = shippedVocabulary();
const counts = new Map<string, number>();
const lines: string[] = [];
for (const item of parsePhysionet(readFileSync(path.join(values.set, 'notes.text'), 'utf8'))) {
  if (item.kind !== 'report') continue;
  const text = item.report.text;
  const g = (gold.get(item.report.archiveId!) ?? []).filter((x) => /Name|Initial|Location/.test(x.category));
  const predicted = detectPhi(text, undefined, { profile });
  const s = new tokenScanner.TokenScanner(tokenStream(text), loadLexicons(), vocabularyLists.commonWords(), vocabularyLists.clippedWords());
  const li = lineIndex(s);
  const feats: string[] = [];
  const scores = new Float64Array(LEARNED_CLASSES.length);
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    const gs = g.find((x) => x.start < t.end && x.end > t.start);
    // A gold span counts as found when any prediction overlaps it (deid-eval's span recall): only wholly missed spans are explained.
    if (!gs || predicted.some((p) => p.start < gs.end && p.end > gs.start)) continue;
    let why: string;
    let margin = NaN;
    if (!isCandidate(s, t, vocab)) why = 'not-candidate';
    else if (t.word.length === 1) why = 'initial';
    else if (!mayMark(s, i, vocab, profile)) why = 'mayMark';
    else {
      tokenFeatures(s, vocab, li, i, feats);
      margin = classify(model, feats, scores).margin;
      why = margin > model.thresholds[profile] ? 'above-threshold(other limit)' : 'margin';
    }
    const key = values.counts ? `${why}|${gs.category}|${wordClass(s, t.lower, vocab)}|${li.lineCase[i]}` : why;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (values.counts) continue;
    lines.push(`${why.padEnd(14)} ${Number.isNaN(margin) ? '' : margin.toFixed(1).padStart(6)} ${gs.category.padEnd(10)} ${JSON.stringify(text.slice(Math.max(0, t.start - 35), t.start))} [${t.word}] ${JSON.stringify(text.slice(t.end, t.end + 25))}`);
  }
}
if (values.counts) {
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(5)} ${k}`);
  process.exit(0);
}
console.log([...counts].map(([k, v]) => `${k} ${v}`).join(', '));
for (const l of lines.slice(0, Number(values.show))) console.log(l);
