import { readFileSync } from 'node:fs';
import { loadLexicons } from '../src/deid/lexicons.js';
const lex = loadLexicons();
const w = readFileSync('lexicons/notes-vocabulary.txt', 'utf8').split('\n').filter(Boolean);
const hits = w.filter((x) => (lex.firstNames.has(x) || lex.lastNames.has(x)) && !lex.ambiguousNames.has(x));
console.log(hits.length, hits.join(' '));
