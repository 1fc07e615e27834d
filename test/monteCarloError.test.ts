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

  it('matches the spread of the bounds over independent seeds (Da Nang 2024, 40 seeds × 4,000 draws)', () => {
    const runs = Array.from({ length: 40 }, (_, seed) =>
      estimate(daNang2024(), { draws: 4000, seed: seed + 1 }),
    );
    const spread = (pick: (r: (typeof runs)[number]) => number) =>
      sampleStandardDeviation(runs.map(pick));
    const mean = (pick: (r: (typeof runs)[number]) => number) =>
      runs.reduce((a, r) => a + pick(r), 0) / runs.length;
    for (const bound of ['low', 'median', 'high'] as const) {
      const observed = spread((r) => r.share[bound]);
      const reported = mean((r) => r.share.monteCarloError[bound]);
      // 40 seeds estimate a standard deviation to about ±11%; the density estimate adds its own.
      expect(reported / observed).toBeGreaterThan(0.7);
      expect(reported / observed).toBeLessThan(1.4);
    }
  });

  it('shrinks as 1/√draws', () => {
    const small = estimate(daNang2024(), { draws: 10_000 }).share.monteCarloError.high;
    const large = estimate(daNang2024(), { draws: 160_000 }).share.monteCarloError.high;
    expect(small / large).toBeGreaterThan(3);
    expect(small / large).toBeLessThan(5.5);
  });
});
