import { runDeidEvalWithTexts } from '../src/evaluate/deid/run-deid-eval.js';
const [text, gold, filter] = process.argv.slice(2);
const run = await runDeidEvalWithTexts(text!, gold!);
for (const e of run.evaluation.spanErrors) {
  if (filter && !`${e.kind}:${e.category}:${e.source ?? ''}`.includes(filter)) continue;
  const t = run.texts.get(e.id)!;
  console.log(e.kind, e.category, e.source ?? e.group, JSON.stringify(t.slice(e.start, e.end)), '|', JSON.stringify(t.slice(Math.max(0, e.start - 40), e.end + 25)));
}
const o = run.evaluation;
console.log('span R', o.span.overall.recall.toFixed(4), 'P', o.span.overall.precision!.toFixed(4), 'tokP', o.token.overall.precision!.toFixed(4), JSON.stringify(Object.fromEntries(Object.entries(o.span.byCategory).map(([k, v]) => [k, v.recall.toFixed(3)]))));
