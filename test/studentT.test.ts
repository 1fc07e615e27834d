import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../src/math/studentT.js';

describe('studentTQuantile', () => {
  it.each([
    [1, 6.313752], // tan(π × 0.45): the Cauchy case
    [2, 2.919986],
    [3, 2.353363],
    [10, 1.812461],
    [30, 1.697261],
  ])('studentTQuantile(0.95, %i) matches the t table: %f', (nu, expected) => {
    expect(studentTQuantile(0.95, nu)).toBeCloseTo(expected, 5);
  });
});

describe('studentTQuantile, symmetry and limits', () => {
  it('gives the median 0 at p = 0.5 and refuses the lower tail (p < 0.5) with a RangeError', () => {
    expect(studentTQuantile(0.5, 3)).toBeCloseTo(0, 12);
    expect(() => studentTQuantile(0.05, 1)).toThrow(RangeError);
  });

  it('tends to the normal quantile 1.644854 as ν grows (ν = 10^6)', () => {
    expect(studentTQuantile(0.95, 1e6)).toBeCloseTo(1.644854, 4);
  });
});
