// Builds the keep-list vocabulary files of lexicons/ (issue 11):
//   lexicons/clinical-vocabulary.txt  words of rules/, ontologies/ and the Open-i report text
//   lexicons/notes-vocabulary.txt     non-PHI words of the PhysioNet dev notes (≥ 2 patients)
// Run: node --import tsx eval/deid-vocab/build-vocabulary.ts [--data ../shared/data]
// Under cross-validation (`radlabel deid-eval --cv 5`) the notes vocabulary is rebuilt from the
// training folds only; the file written here is what ships.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { parsePhysionet } from '../../src/ingest/physionet/parse-physionet.js';
import { parseGoldPhrase } from '../../src/evaluate/deid/gold-phrase.js';
import { notesVocabulary, wordsOf, type LabelledNote } from '../../src/deid/keep-list/keep-vocabulary.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { repoPath } from '../../src/util/paths.js';

const argData = process.argv.indexOf('--data');
const data = argData > 0 ? process.argv[argData + 1]! : path.resolve(repoPath(), '../shared/data');

// 1. Repository vocabulary: every word of the rules and ontology YAML files.
const words = new Set<string>();
for (const dir of ['rules/en', 'ontologies']) {
  for (const f of readdirSync(repoPath(dir))) if (f.endsWith('.yaml')) for (const w of wordsOf(readFileSync(repoPath(dir, f), 'utf8'))) if (w.length >= 2) words.add(w);
}
// 2. Open-i report text (public, names already replaced by XXXX upstream): words in ≥ 2 reports.
const reports = new Map<string, number>();
for await (const { item } of readInputs([path.join(data, 'openi/reports.dev.csv')], { preset: 'openi' })) {
  if (item.kind !== 'report') continue;
  for (const w of new Set(wordsOf(item.report.text))) reports.set(w, (reports.get(w) ?? 0) + 1);
}
for (const [w, n] of reports) if (n >= 2 && w.length >= 2 && !/^x+$/.test(w)) words.add(w);
// Adverbs of the clinical adjectives ("anteriorly", "diffusely", "bilaterally" of "anterior",
// "diffuse", "bilateral"): a report may use the adverb once where the adjective is everywhere.
for (const w of [...words]) if (w.length >= 5 && /(?:al|ar|or|ior|ic|ous|ive|ent|ant|ate|ose|ile|ine|ed|ful|less|ual|ary)$/.test(w)) words.add(w.endsWith('ic') ? `${w}ally` : w.endsWith('le') ? `${w.slice(0, -1)}y` : `${w}ly`);
// Names from the lexicons that are not also ordinary words never enter the vocabulary.
const lex = loadLexicons();
const clinical = [...words].filter((w) => !((lex.firstNames.has(w) || lex.lastNames.has(w)) && !lex.clinical.has(w) && !lex.ambiguousNames.has(w))).sort();
writeFileSync(repoPath('lexicons/clinical-vocabulary.txt'), `${clinical.join('\n')}\n`);

// 3. Notes vocabulary from the PhysioNet dev split (non-PHI words of ≥ 2 patients).
const text = readFileSync(path.join(data, 'deid-physionet/id.dev.text'), 'utf8');
const gold = parseGoldPhrase(readFileSync(path.join(data, 'deid-physionet/id-phi.dev.phrase'), 'utf8'));
const notes: LabelledNote[] = [];
for (const item of parsePhysionet(text, { file: 'id.dev.text' })) {
  if (item.kind !== 'report') continue;
  notes.push({ patient: item.report.patientId!, text: item.report.text, phi: gold.get(item.report.archiveId!) ?? [] });
}
const notesWords = notesVocabulary(notes).filter((w) => !words.has(w));
writeFileSync(repoPath('lexicons/notes-vocabulary.txt'), `${notesWords.join('\n')}\n`);
process.stdout.write(`clinical-vocabulary.txt: ${clinical.length} words; notes-vocabulary.txt: ${notesWords.length} words\n`);
