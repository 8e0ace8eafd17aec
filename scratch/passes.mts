import type { RawReport } from '../src/domain/report.js';
import { parseHl7 } from '../src/ingest/hl7/parse-hl7.js';
import { seededRandom, syntheticCase, syntheticCaseHl7 } from '../src/deid/synthetic-phi.js';
import { loadLexicons } from '../src/deid/lexicons.js';
import { TokenScanner, caseStyle } from '../src/deid/free-text/token-scanner.js';
import { clippedWords, commonWords } from '../src/deid/free-text/vocabulary.js';
import * as P from '../src/deid/free-text/person-names.js';
import * as L from '../src/deid/free-text/places.js';
import { keepListNames } from '../src/deid/keep-list/keep-list-names.js';
import { shippedVocabulary } from '../src/deid/keep-list/keep-vocabulary.js';
import { detectFreeTextNames } from '../src/deid/free-text-names.js';
const r = seededRandom(7);
const raws: RawReport[] = [];
for (let i = 0; i < 1000; i++) for (const item of parseHl7(syntheticCaseHl7(syntheticCase(i, r), i))) if (item.kind === 'report') raws.push(item.report);
for (const x of raws) detectFreeTextNames(x.text);
const lex = loadLexicons(); const cw = commonWords(); const cl = clippedWords(); const v = shippedVocabulary();
const passes: [string, (s: TokenScanner) => void][] = [['scanner', () => {}], ['institutions', L.institutions], ['facilities', L.facilities], ['titles', P.titlesAndLexiconNames], ['cues', P.namesAfterCues], ['relatives', P.namesAfterRelatives], ['header', P.headerNames], ['pairs', P.titleCasePairs], ['dict', P.dictationInitials], ['cc', P.copyListInitials], ['subject', P.subjectLineNames], ['cred', P.credentials], ['aware', P.namesBeforeAwareness], ['andTitle', P.namesBeforeAndTitle], ['keep', (s) => keepListNames(s, v, 'balanced')], ['extend', P.extend], ['places', L.places], ['placeCues', L.placesAfterCues], ['wards', L.wards], ['acr', L.hospitalAcronyms], ['afterFac', L.placesAfterFacilities], ['employers', L.employers]];
const t = new Array(passes.length).fill(0);
for (let k = 0; k < 3; k++) for (const x of raws) {
  let c = process.cpuUsage();
  const s = new TokenScanner(x.text, lex, cw, caseStyle(x.text), cl);
  let u = process.cpuUsage(c); t[0] += u.user + u.system;
  for (let p = 1; p < passes.length; p++) { c = process.cpuUsage(); passes[p]![1](s); u = process.cpuUsage(c); t[p] += u.user + u.system; }
}
passes.forEach(([n], i) => console.log(n.padEnd(12), (t[i] / 3 / raws.length).toFixed(1)));
