import { readFileSync, readdirSync } from 'node:fs';
const dir = 'scratch/prof';
let best;
for (const f of readdirSync(dir)) { const p = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')); if (!best || p.nodes.length > best.nodes.length) best = p; }
const self = new Map();
const dt = best.timeDeltas; const samples = best.samples;
const byId = new Map(best.nodes.map((n) => [n.id, n]));
const t = new Map();
for (let i = 0; i < samples.length; i++) t.set(samples[i], (t.get(samples[i]) ?? 0) + (dt[i] ?? 0));
for (const [id, us] of t) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + us); }
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / total * 100).toFixed(1).padStart(5), k);
