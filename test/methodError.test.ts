import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { quantile } from 'simple-statistics';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  estimate,
  estimateMethodError,
  logit,
  referenceData,
  validate,
  withMethodError,
} from '../src/index.js';
import { studentTQuantile } from '../src/math/studentT.js';
import { Xoshiro128StarStar } from '../src/uncertainty/random.js';
import { daNang2024 } from './helpers.js';
import { describeMethodError, roundMethodError } from './methodErrorDerivation.js';

describe('estimateMethodError(figures)', () => {
  it('pools the spread within a locality-year and takes the excess of the mean residuals', () => {
    // Group a: log-odds of 0.2 and 0.25 around an estimate of 0.2; group b: 0.1 against 0.1.
    const a1 = Math.log(0.2 / 0.8); // −1.386294
    const a2 = Math.log(0.25 / 0.75); // −1.098612
    const meanA = (a1 + a2) / 2; // −1.242453
    // τ² = ((a1 − ā)² + (a2 − ā)²) / (2 − 1) = 2 × 0.143841² = 0.041381
    const tau2 = (a1 - meanA) ** 2 + (a2 - meanA) ** 2;
    // σ_m² = mean over groups of (ȳ − x)² − τ²/k: ((0.143841² − τ²/2) + (0 − τ²/1)) / 2 < 0 → 0
    const estimated = estimateMethodError([
      { group: 'a', published: 0.2, estimate: 0.2 },
      { group: 'a', published: 0.25, estimate: 0.2 },
      { group: 'b', published: 0.1, estimate: 0.1 },
    ]);
    expect(estimated).toMatchObject({ df: 2, groups: 2, figures: 3, revisionDf: 1, method: 0 });
    expect(estimated?.revision).toBeCloseTo(Math.sqrt(tau2), 12);
    expect(estimated?.scale).toBeCloseTo(Math.sqrt(tau2), 12);
  });

  it('has no revision part with one figure a locality-year: the scale is the root mean square residual', () => {
    // (ln(0.2/0.8) − ln(0.15/0.85))² = 0.348832² ; (ln(0.1/0.9) − ln(0.12/0.88))² = 0.204794²
    const r1 = logit(0.2) - logit(0.15);
    const r2 = logit(0.1) - logit(0.12);
    const estimated = estimateMethodError([
      { group: 'a', published: 0.2, estimate: 0.15 },
      { group: 'b', published: 0.1, estimate: 0.12 },
    ]);
    expect(estimated).toMatchObject({ revision: 0, revisionDf: 0, df: 2 });
    expect(estimated?.scale).toBeCloseTo(Math.sqrt((r1 * r1 + r2 * r2) / 2), 12);
  });

  it('is null without a usable figure, and leaves out estimates of 0 or 1', () => {
    expect(estimateMethodError([])).toBeNull();
    expect(estimateMethodError([{ group: 'a', published: 0.2, estimate: 1 }])).toBeNull();
  });
});

describe('the bundled method error (data/parameters.json)', () => {
  let derived: NonNullable<Awaited<ReturnType<typeof validate>>['methodError']>;
  beforeAll(async () => {
    const result = await validate();
    derived = result.methodError as typeof derived;
  });

  it('is what validate derives from data/validation.json (re-derive: npx tsx scripts/derive-method-error.ts)', () => {
    const stored = JSON.parse(
      readFileSync(new URL('../data/parameters.json', import.meta.url), 'utf8'),
    ).methodError;
    const rounded = roundMethodError(derived);
    expect(stored).toMatchObject(rounded);
    expect(stored.derivation).toBe(describeMethodError(rounded));
    expect(referenceData.parameters.methodError.scale).toBe(rounded.scale);
  });

  it('has the revision spread of the Da Nang figures: τ = 0.0845 on the log-odds', () => {
    // 2022: logit 19.76% = −1.401364, 17% = −1.585627, 17.5% = −1.550597, mean −1.512529,
    //   squares 0.012358 + 0.005343 + 0.001449 = 0.019150 (2 degrees of freedom)
    // 2024: logit 22% = −1.265666, 23.18% = −1.198175, squares 2 × 0.033746² = 0.002278 (1)
    // τ² = (0.019150 + 0.002278) / 3 = 0.007143, τ = 0.08451
    expect(derived.revision).toBeCloseTo(0.08451, 4);
    expect(derived).toMatchObject({ groups: 3, figures: 6, revisionDf: 3, df: 3 });
    expect(derived.scale).toBeCloseTo(Math.sqrt(derived.method ** 2 + derived.revision ** 2), 12);
  });
});

describe('withMethodError(share, error)', () => {
  it('moves a share on the log-odds: 20% by ln 2 is 1 / (1 + 4 / 2) = 1/3', () => {
    expect(withMethodError(0.2, Math.log(2))).toBeCloseTo(1 / 3, 14);
    expect(withMethodError(0.2, 0)).toBeCloseTo(0.2, 14);
    expect(withMethodError(0, 5)).toBe(0);
    expect(withMethodError(1, -5)).toBe(1);
  });

  it('stays in [0, 1] and never gives NaN, whatever the error', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (share, error) => {
          const moved = withMethodError(share, error);
          return Number.isFinite(moved) && moved >= 0 && moved <= 1;
        },
      ),
    );
  });

  it('is monotone in the error', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (share, error, more) =>
          withMethodError(share, error + more) >= withMethodError(share, error),
      ),
    );
  });
});

describe('Xoshiro128StarStar#fillStudentT', () => {
  const draws = (df: number, n = 200_000) => {
    const target = new Float64Array(n);
    new Xoshiro128StarStar(20240101).fillStudentT(target, n, df);
    return Array.from(target);
  };

  it.each([1, 2, 3, 4, 7])(
    'draws Student t with %i degrees of freedom: 5%, 50% and 95% quantiles',
    (df) => {
      // 200,000 draws: the 95% quantile's standard error is about √(0.05·0.95/n)/f(q), under 2%
      // of its value for these ν (for ν = 1, f(6.314) = 0.0078: ±0.06 on 6.31).
      const sample = draws(df);
      const q = studentTQuantile(0.95, df);
      const [low, median, high] = quantile(sample, [0.05, 0.5, 0.95]) as [number, number, number];
      expect(high / q).toBeGreaterThan(0.96);
      expect(high / q).toBeLessThan(1.04);
      expect(-low / q).toBeGreaterThan(0.96);
      expect(-low / q).toBeLessThan(1.04);
      expect(Math.abs(median)).toBeLessThan(0.01);
    },
  );

  it('is Bailey’s polar method: T = u √(ν (w^(−2/ν) − 1) / w) from the first pair with 0 < w ≤ 1', () => {
    const g = new Xoshiro128StarStar(7);
    const expected: number[] = [];
    while (expected.length < 5) {
      const u = 2 * g.next() - 1;
      const v = 2 * g.next() - 1;
      const w = u * u + v * v;
      if (w > 1 || w === 0) continue;
      expected.push(u * Math.sqrt((3 * (w ** (-2 / 3) - 1)) / w));
    }
    const target = new Float64Array(5);
    new Xoshiro128StarStar(7).fillStudentT(target, 5, 3);
    for (const [i, value] of expected.entries()) expect(target[i]).toBeCloseTo(value, 12);
  });
});

describe('the predictive interval of estimate()', () => {
  it('is the parameter interval exactly when the method error is 0', () => {
    const reference = {
      ...referenceData,
      parameters: {
        ...referenceData.parameters,
        methodError: { ...referenceData.parameters.methodError, scale: 0 },
      },
    };
    const { share } = estimate(daNang2024(), { reference, draws: 2000 });
    expect([share.low, share.high]).toEqual([
      share.parameterInterval.low,
      share.parameterInterval.high,
    ]);
  });

  it('never moves the parameter interval, whatever the method error (its own random stream)', () => {
    const base = estimate(daNang2024(), { draws: 500 }).share.parameterInterval;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 100 }),
        (scale, df) => {
          const reference = {
            ...referenceData,
            parameters: {
              ...referenceData.parameters,
              methodError: { ...referenceData.parameters.methodError, scale, df },
            },
          };
          const { share } = estimate(daNang2024(), { reference, draws: 500 });
          expect(share.parameterInterval).toEqual(base);
          expect(share.low).toBeLessThanOrEqual(share.median);
          expect(share.median).toBeLessThanOrEqual(share.high);
          expect(share.low).toBeGreaterThanOrEqual(0);
          expect(share.high).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('leaves the parameter interval as it was and widens around it (Da Nang 2024)', () => {
    const { share, byFrame } = estimate(daNang2024(), { seed: 7, draws: 5000, sampler: 'mc' });
    // The method error draws from its own stream: under plain Monte Carlo the parameter interval
    // is, to the bit, the 5–95% interval that method 1.2.0 reported for this seed (test/fixtures
    // before 1.3.0); 1.4.0's column-wise model evaluation kept every operation in its order.
    expect(share.parameterInterval).toEqual({
      low: 0.21311907876944217,
      high: 0.26634857965821623,
    });
    expect(byFrame.gso.parameterInterval).toEqual({
      low: 0.1394566957080295,
      high: 0.16661938360593298,
    });
    expect(share.low).toBeLessThan(share.parameterInterval.low);
    expect(share.high).toBeGreaterThan(share.parameterInterval.high);
    expect(share.methodError).toEqual({ scale: 0.104, df: 3 });
    const sobol = estimate(daNang2024(), { seed: 7, draws: 5000 }).share;
    expect(sobol.low).toBeLessThan(sobol.parameterInterval.low);
    expect(sobol.high).toBeGreaterThan(sobol.parameterInterval.high);
  });
});
