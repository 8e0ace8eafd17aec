import { benchDeid } from '../src/deid/bench.js';
const r = benchDeid(Number(process.argv[2] ?? 3000));
console.log(Math.round(r.reportsPerSecond), Math.round(r.cpuReportsPerSecond));
