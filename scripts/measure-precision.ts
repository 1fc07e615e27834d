/**
 * The table "What it buys" of docs/method.md §4: the spread (sample standard deviation) of the
 * Da Nang 2024 bounds over 100 seeds, in percentage points, for plain Monte Carlo and scrambled
 * Sobol points at 4,096, 16,384 and 65,536 draws, and the mean Monte Carlo error each run reports.
 * Run: npx tsx scripts/measure-precision.ts (about 10 s).
 */
import { readFileSync } from 'node:fs';
import { sampleStandardDeviation } from 'simple-statistics';
import { estimate } from '../src/index.js';
import type { LocalityInputInit } from '../src/input/schemas.js';

const input = JSON.parse(
  readFileSync(new URL('../data/inputs/da-nang-2024.json', import.meta.url), 'utf8'),
) as LocalityInputInit;
const SEEDS = 100;
const points = (x: number) => (100 * x).toFixed(3);
console.log(
  'draws  sampler  parameter 5% / 95% (sd)  predictive 5% / 95% (sd)  reported error: parameter / predictive',
);
for (const draws of [4096, 16384, 65536]) {
  for (const sampler of ['mc', 'sobol'] as const) {
    const runs = Array.from(
      { length: SEEDS },
      (_, i) => estimate(input, { draws, seed: i + 1, sampler }).share,
    );
    const sd = (pick: (s: (typeof runs)[number]) => number) =>
      points(sampleStandardDeviation(runs.map(pick)));
    const mean = (pick: (s: (typeof runs)[number]) => number) =>
      points(runs.reduce((a, s) => a + pick(s), 0) / runs.length);
    console.log(
      [
        String(draws).padStart(6),
        sampler.padEnd(7),
        `${sd((s) => s.parameterInterval.low)} / ${sd((s) => s.parameterInterval.high)}`.padEnd(24),
        `${sd((s) => s.low)} / ${sd((s) => s.high)}`.padEnd(25),
        `${mean((s) => s.monteCarloError.parameterLow)} / ${mean((s) => s.monteCarloError.parameterHigh)}; ${mean((s) => s.monteCarloError.low)} / ${mean((s) => s.monteCarloError.high)}`,
      ].join('  '),
    );
  }
}
