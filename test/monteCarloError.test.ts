import { sampleStandardDeviation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { estimate } from '../src/index.js';
import { quantileError } from '../src/uncertainty/simulate.js';
import { daNang2024 } from './helpers.js';

describe('the Monte Carlo standard error of the interval', () => {
  it('is √(p(1 − p)/n) × (q(p + δ) − q(p − δ)) / 2δ, δ = n^(−1/3)/2 within 0.005–0.04', () => {
    // n = 10,000: δ = 0.5 × 10000^(−1/3) = 0.023208; p = 0.05: √(0.0475 / 10000) = 0.0021794
    const delta = 0.5 * 10000 ** (-1 / 3);
    expect(quantileError(0.05, 10_000, 0.2, 0.21)).toBeCloseTo(
      Math.sqrt((0.05 * 0.95) / 10_000) * (0.01 / (2 * delta)),
      15,
    );
  });

  it.each(['mc', 'sobol'] as const)(
    'matches the spread of the bounds over independent seeds (%s; Da Nang 2024, 40 seeds × 4,096 draws)',
    (sampler) => {
      const runs = Array.from({ length: 40 }, (_, seed) =>
        estimate(daNang2024(), { draws: 4096, seed: seed + 1, sampler }),
      );
      const spread = (pick: (r: (typeof runs)[number]) => number) =>
        sampleStandardDeviation(runs.map(pick));
      const mean = (pick: (r: (typeof runs)[number]) => number) =>
        runs.reduce((a, r) => a + pick(r), 0) / runs.length;
      const bounds = [
        ['low', (r: (typeof runs)[number]) => r.share.low, 'low'],
        ['median', (r: (typeof runs)[number]) => r.share.median, 'median'],
        ['high', (r: (typeof runs)[number]) => r.share.high, 'high'],
        [
          'parameter low',
          (r: (typeof runs)[number]) => r.share.parameterInterval.low,
          'parameterLow',
        ],
        [
          'parameter high',
          (r: (typeof runs)[number]) => r.share.parameterInterval.high,
          'parameterHigh',
        ],
      ] as const;
      for (const [name, pick, key] of bounds) {
        const observed = spread(pick);
        const reported = mean((r) => r.share.monteCarloError[key]);
        // 40 seeds estimate a standard deviation to about ±11%; each run's own estimate adds its
        // noise (Siddiqui's density estimate; 15 degrees of freedom across 16 scrambles).
        expect(reported / observed, name).toBeGreaterThan(0.7);
        expect(reported / observed, name).toBeLessThan(1.45);
      }
    },
  );

  it('shrinks as 1/√draws under plain Monte Carlo, faster with the scrambled Sobol points', () => {
    const error = (draws: number, sampler: 'mc' | 'sobol') =>
      estimate(daNang2024(), { draws, sampler }).share.monteCarloError.high;
    const mc = error(16_384, 'mc') / error(262_144, 'mc');
    expect(mc).toBeGreaterThan(3);
    expect(mc).toBeLessThan(5.5);
    // 16 times the draws: 1/√n would divide the error by 4; the scrambles divide it by more.
    expect(error(16_384, 'sobol') / error(262_144, 'sobol')).toBeGreaterThan(5);
  });
});
