// Speed A/B of two built checkouts' de-identification stage: alternates their benchDeid(n) in one
// process, so both see the same machine load, and prints each round and the median ratio B/A (CPU
// time based). Whichever build runs second tends to read a few per cent slower: run both orders.
//   node eval/deid-speed/ab.mjs <checkout A> <checkout B> [rounds=8] [n=2000]
import path from 'node:path';

const [A, B] = process.argv.slice(2, 4).map((p) => path.resolve(p));
if (!A || !B) throw new Error('usage: ab.mjs <checkout A> <checkout B> [rounds] [n]');
const rounds = Number(process.argv[4] ?? 8);
const n = Number(process.argv[5] ?? 2000);
const a = await import(path.join(A, 'dist', 'deid', 'bench.js'));
const b = await import(path.join(B, 'dist', 'deid', 'bench.js'));
const ra = [];
const rb = [];
const ratio = [];
for (let i = 0; i < rounds; i++) {
  const x = a.benchDeid(n).cpuReportsPerSecond;
  const y = b.benchDeid(n).cpuReportsPerSecond;
  ra.push(x);
  rb.push(y);
  ratio.push(y / x);
  console.log(i, x.toFixed(0), y.toFixed(0), (y / x).toFixed(3));
}
const median = (v) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)];
console.log('median A', median(ra).toFixed(0), 'B', median(rb).toFixed(0), 'B/A', median(ratio).toFixed(3));
