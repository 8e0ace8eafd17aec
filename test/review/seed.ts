export { seedBulk, seedWithRules, synthReport } from '../../src/bench/review-seed.js';
