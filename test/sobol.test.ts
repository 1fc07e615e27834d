import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import sobolJson from '../data/sobol.json';
import { StudentTInverse, studentTQuantile } from '../src/math/studentT.js';
import { referenceData } from '../src/reference/reference.js';
import { triangular, Xoshiro128StarStar } from '../src/uncertainty/random.js';
import { SOBOL_ORDER } from '../src/uncertainty/simulate.js';
import {
  directionNumbers,
  SOBOL_DIMENSIONS,
  SobolDimension,
  scrambleDirections,
} from '../src/uncertainty/sobol.js';

/** The first `n` points of a dimension as 32-bit integers (the ½-step centring removed). */
function points(dimension: SobolDimension, n: number): number[] {
  const out = new Float64Array(n);
  dimension.fill(out, n);
  return Array.from(out, (u) => Math.round((u - 2 ** -33) * 2 ** 32));
}

describe('the Sobol points (Joe–Kuo direction numbers, data/sobol.json)', () => {
  it('keeps the table as published, with its source in the registry', () => {
    expect(SOBOL_DIMENSIONS).toBe(31);
    expect(sobolJson.dimensions[0]).toEqual({ d: 2, s: 1, a: 0, m: [1] });
    expect(sobolJson.dimensions[1]).toEqual({ d: 3, s: 2, a: 1, m: [1, 3] });
    expect(sobolJson.dimensions.at(-1)).toEqual({
      d: 31,
      s: 7,
      a: 41,
      m: [1, 3, 5, 13, 23, 1, 55],
    });
    for (const row of sobolJson.dimensions) {
      expect(row.m.length).toBe(row.s);
      // m_k is odd and below 2^k.
      row.m.forEach((m, k) => {
        expect(m % 2).toBe(1);
        expect(m).toBeLessThan(2 ** (k + 1));
      });
    }
    for (const key of sobolJson.source) expect(referenceData.sources.sources[key]).toBeDefined();
  });

  it('derives the direction numbers by the recurrence: dimension 2 is 1/2, 3/4, 5/8, 15/16, …', () => {
    // s = 1, a = 0: m_k = 2m_(k−1) ⊕ m_(k−1): 1, 3, 5, 15, 17, 51.
    const v = Array.from(directionNumbers(2).slice(0, 6), (x, k) => x / 2 ** (32 - k - 1));
    expect(v).toEqual([1, 3, 5, 15, 17, 51]);
    // Dimension 3 (s = 2, a = 1, m = 1, 3): m_3 = 2·3 ⊕ 4·1 ⊕ 1 = 6 ⊕ 4 ⊕ 1 = 3,
    // m_4 = 2·3 ⊕ 4·3 ⊕ 3 = 6 ⊕ 12 ⊕ 3 = 9.
    expect(Array.from(directionNumbers(3).slice(0, 4), (x, k) => x / 2 ** (32 - k - 1))).toEqual([
      1, 3, 3, 9,
    ]);
  });

  it('gives the sequence’s first points in Gray-code order', () => {
    const eighths = (dimension: number) =>
      points(new SobolDimension(dimension), 8).map((x) => x / 2 ** 29);
    expect(eighths(1)).toEqual([0, 4, 6, 2, 3, 7, 5, 1]); // 0, ½, ¾, ¼, ⅜, ⅞, ⅝, ⅛
    expect(eighths(2)).toEqual([0, 4, 2, 6, 3, 7, 1, 5]); // 0, ½, ¼, ¾, ⅜, ⅞, ⅛, ⅝
    expect(eighths(3)).toEqual([0, 4, 2, 6, 5, 1, 7, 3]); // 0, ½, ¼, ¾, ⅝, ⅛, ⅞, ⅜
  });

  it('puts one of the first 2^m points of every dimension in each interval of width 2^-m', () => {
    const m = 10;
    for (let d = 1; d <= SOBOL_DIMENSIONS; d++) {
      const cells = points(new SobolDimension(d), 2 ** m).map((x) => x >>> (32 - m));
      expect(new Set(cells).size, `dimension ${d}`).toBe(2 ** m);
    }
  });

  it('keeps that balance, and dimensions 1–2 a (0, m, 2)-net, under any scramble', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const random = new Xoshiro128StarStar(seed);
        const m = 8;
        const x = points(new SobolDimension(1, random), 2 ** m);
        const y = points(new SobolDimension(2, random), 2 ** m);
        expect(new Set(x.map((v) => v >>> (32 - m))).size).toBe(2 ** m);
        // Every box of 2^-a × 2^-(m−a) holds exactly one point.
        for (let a = 0; a <= m; a++) {
          const boxes = new Set(
            x.map((v, i) => `${v >>> (32 - a)}:${(y[i] as number) >>> (32 - (m - a))}`),
          );
          expect(boxes.size).toBe(2 ** m);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('scrambles uniformly: over seeds, a point lands in each half equally often', () => {
    // The first point of a scrambled dimension is its digital shift: uniform on the 2^32 cells.
    let upper = 0;
    const n = 4000;
    for (let seed = 0; seed < n; seed++) {
      const [first = 0] = points(new SobolDimension(5, new Xoshiro128StarStar(seed)), 1);
      if (first >= 2 ** 31) upper++;
    }
    // Binomial(4000, ½): sd 31.6; 4 sd either way.
    expect(Math.abs(upper - n / 2)).toBeLessThan(127);
  });

  it('keeps a scramble’s lower-triangular matrix invertible: distinct direction numbers stay distinct', () => {
    const v = directionNumbers(7);
    const scrambled = scrambleDirections(v, new Xoshiro128StarStar(1));
    expect(new Set(scrambled).size).toBe(32);
    // The leading digit of each direction number is unchanged by the scramble (unit diagonal).
    for (let k = 0; k < 32; k++)
      expect(Math.clz32(scrambled[k] as number)).toBe(Math.clz32(v[k] as number));
  });

  it('gives the same bits for the same seed (pinned: the first scrambled points of dimension 4, seed 7)', () => {
    const a = points(new SobolDimension(4, new Xoshiro128StarStar(7)), 4);
    const b = points(new SobolDimension(4, new Xoshiro128StarStar(7)), 4);
    expect(a).toEqual(b);
    expect(a).toMatchInlineSnapshot(`
      [
        1596130515,
        3841926899,
        469937468,
        2816380700,
      ]
    `);
  });

  it('draws a triangular from its points as from uniforms, and each quantity at its own dimension', () => {
    const d1 = new SobolDimension(3, new Xoshiro128StarStar(3));
    const d2 = new SobolDimension(3, new Xoshiro128StarStar(3));
    const a = new Float64Array(100);
    const b = new Float64Array(100);
    d1.fillTriangular(a, 100, 0.3, 0.5, 0.7);
    d2.fill(b, 100);
    expect(a).toEqual(b.map((u) => triangular(u, 0.3, 0.5, 0.7)));
    expect(SOBOL_ORDER.slice(0, 8)).toEqual([
      'rho',
      'beta',
      'nationalShare',
      'nationalCore',
      'nationalPlatform',
      'nationalFirmDensity',
      'nationalItWorkforceShare',
      'methodError',
    ]);
    expect(SOBOL_ORDER.length).toBeLessThanOrEqual(SOBOL_DIMENSIONS);
  });
});

describe('StudentTInverse: Student t by a tabulated inverse CDF', () => {
  it.each([1, 2, 3, 5, 10])(
    'agrees with the exact quantile to 3e-9 of max(1, |t|) up to p = 1 − 10^-6 (ν = %i)',
    (nu) => {
      const table = new StudentTInverse(nu);
      // Beyond 1 − 10^-6 the bisection's CDF loses digits to cancellation: no reference there.
      for (let k = 1; k <= 2600; k++) {
        const p = 0.5 + 0.5 * (1 - Math.exp(-k * 0.005));
        const exact = studentTQuantile(p, nu);
        expect(Math.abs(table.quantile(p) - exact)).toBeLessThan(3e-9 * Math.max(1, exact));
        expect(table.quantile(1 - p)).toBeCloseTo(-table.quantile(p), 12);
      }
      // Published: t₀.₉₅ with 3 degrees of freedom is 2.353363.
      if (nu === 3) expect(table.quantile(0.95)).toBeCloseTo(2.353363435, 8);
    },
  );

  it('stays finite for every probability a 32-bit point gives, and fill matches quantile', () => {
    const table = new StudentTInverse(3);
    const extremes = Float64Array.from([2 ** -33, 0.5, 1 - 2 ** -33]);
    const expected = Array.from(extremes, (u) => table.quantile(u));
    table.fill(extremes, 3);
    expect(Array.from(extremes)).toEqual(expected);
    for (const t of expected) expect(Number.isFinite(t)).toBe(true);
    expect(expected[1]).toBe(0);
  });
});
