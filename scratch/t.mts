import { detectPatterns } from '../src/deid/patterns.js';
for (const t of process.argv.slice(2)) console.log(detectPatterns(t).map((s) => `${s.category}:${t.slice(s.start, s.end)}`));
