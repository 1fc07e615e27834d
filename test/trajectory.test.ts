import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollingError } from '../src/compare/trajectory.js';
import { projectTrajectory, yearReached } from '../src/index.js';

const history = (shares: Record<number, number>) =>
  Object.entries(shares).map(([year, share]) => ({ year: Number(year), share, source: 'test' }));

describe('projectTrajectory', () => {
  it('fits a straight line to a linear history and projects it: 0.10, 0.12, 0.14, 0.16 → 0.28 in 2030', () => {
    const t = projectTrajectory(history({ 2021: 0.1, 2022: 0.12, 2023: 0.14, 2024: 0.16 }));
    expect(t.method).toBe('linear');
    expect(t.pace).toBeCloseTo(0.02, 12);
    expect(t.points.at(-1)?.share).toBeCloseTo(0.28, 12);
    // A perfect fit has no residual: the interval collapses onto the trend.
    expect(t.points.at(-1)?.high).toBeCloseTo(0.28, 12);
  });

  it('chooses the compound trend for a history growing 20% a year: 0.05 × 1.2^k', () => {
    const t = projectTrajectory(
      history({ 2020: 0.05, 2021: 0.06, 2022: 0.072, 2023: 0.0864, 2024: 0.10368 }),
    );
    expect(t.method).toBe('compound');
    expect(t.pace).toBeCloseTo(0.2, 10);
    expect(t.points.find((p) => p.year === 2026)?.share).toBeCloseTo(0.10368 * 1.44, 10);
    expect(t.rule.code).toBe('trend-compound-better');
    expect(t.rule.message).toMatch(/^compound trend forecast the history better/);
  });

  it('uses a linear trend and no interval with two years', () => {
    const t = projectTrajectory(history({ 2023: 0.2, 2024: 0.22 }));
    expect(t.method).toBe('linear');
    expect(t.rule).toMatchObject({
      code: 'trend-few-years',
      message: 'fewer than three years: linear trend, no interval',
    });
    const [first] = t.points;
    expect(first?.year).toBe(2025);
    expect(first?.share).toBeCloseTo(0.24, 12);
    expect(first?.low).toBe(first?.share);
    expect(first?.high).toBe(first?.share);
  });

  it('keeps projections within [0, 1]', () => {
    const t = projectTrajectory(history({ 2022: 0.5, 2023: 0.7, 2024: 0.9 }));
    for (const p of t.points) {
      expect(p.share).toBeLessThanOrEqual(1);
      expect(p.low).toBeGreaterThanOrEqual(0);
    }
  });

  it('rejects a history of one point', () => {
    expect(() => projectTrajectory(history({ 2024: 0.2 }))).toThrowErrorMatchingInlineSnapshot(
      `[InputError: projectTrajectory: (input): expected a list of at least 2 items, received a list of 1 item]`,
    );
  });
});

describe('yearReached', () => {
  const rising = projectTrajectory(history({ 2022: 0.1, 2023: 0.11, 2024: 0.12 }));

  it('gives the first year at or above the level: 0.12 + 0.01 × k ≥ 0.2 → 2032', () => {
    expect(yearReached(rising, 0.2)).toEqual({ year: 2032 });
  });

  it('gives an observed year when the history already reached the level', () => {
    expect(yearReached(rising, 0.105)).toEqual({ year: 2023 });
  });

  it('answers "not before 2045" when the pace is too slow', () => {
    expect(yearReached(rising, 0.5)).toEqual({
      year: null,
      reason: { code: 'not-before', message: 'not before 2045', values: { year: '2045' } },
    });
  });

  it('says so when the trend is flat or falling', () => {
    const falling = projectTrajectory(history({ 2022: 0.2, 2023: 0.19, 2024: 0.18 }));
    expect(yearReached(falling, 0.3)).toMatchObject({
      year: null,
      reason: { code: 'trend-not-rising', message: 'the trend is flat or falling' },
    });
  });
});

describe('rollingError (the one-step-ahead errors that choose the trend)', () => {
  /** The definition, by brute force: n separate least-squares fits, O(n²) in all. */
  function bruteForce(points: { year: number; share: number }[], method: 'linear' | 'compound') {
    const f = method === 'linear' ? (s: number) => s : Math.log;
    const g = method === 'linear' ? (y: number) => y : Math.exp;
    let total = 0;
    for (let k = 2; k < points.length; k++) {
      const first = points.slice(0, k);
      const mx = first.reduce((a, p) => a + p.year, 0) / k;
      const my = first.reduce((a, p) => a + f(p.share), 0) / k;
      const sxx = first.reduce((a, p) => a + (p.year - mx) ** 2, 0);
      const sxy = first.reduce((a, p) => a + (p.year - mx) * (f(p.share) - my), 0);
      const slope = sxx > 0 ? sxy / sxx : 0;
      const next = points[k] as { year: number; share: number };
      const forecast = Math.min(1, Math.max(0, g(my + slope * (next.year - mx))));
      total += (forecast - next.share) ** 2;
    }
    return total;
  }

  it('is 0.0016 for 0.10, 0.12, 0.14, 0.20 (linear): the line through 0.10, 0.12 predicts 0.14, then 0.16 for 0.20', () => {
    const points = history({ 2021: 0.1, 2022: 0.12, 2023: 0.14, 2024: 0.2 });
    // (0.14 − 0.14)² + (0.16 − 0.20)² = 0 + 0.0016; the second fit is on three points on a line.
    expect(rollingError(points, 'linear')).toBeCloseTo(0.0016, 12);
  });

  it('equals n separate fits for any history, updated in one pass (O(n), not O(n²))', () => {
    const histories = fc.array(
      fc.record({
        year: fc.integer({ min: 1990, max: 2100 }),
        share: fc.double({ min: 1e-4, max: 1, noNaN: true }),
      }),
      { minLength: 2, maxLength: 40 },
    );
    fc.assert(
      fc.property(histories, fc.constantFrom('linear', 'compound'), (points, method) => {
        const sorted = [...points].sort((a, b) => a.year - b.year);
        const fast = rollingError(sorted, method as 'linear' | 'compound');
        const slow = bruteForce(sorted, method as 'linear' | 'compound');
        expect(Math.abs(fast - slow)).toBeLessThanOrEqual(1e-9 * Math.max(1, slow));
      }),
      { numRuns: 300 },
    );
  });
});
