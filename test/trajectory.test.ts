import { describe, expect, it } from 'vitest';
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
