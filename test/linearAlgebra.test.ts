import { describe, expect, it } from 'vitest';
import { invert, solve } from '../src/math/linearAlgebra.js';

describe('solve / invert (Gaussian elimination, partial pivoting)', () => {
  it('solves [[2, 1], [1, 3]] x = [3, 5]: x = [4/5, 7/5]', () => {
    const [x, y] = solve(
      [
        [2, 1],
        [1, 3],
      ],
      [3, 5],
    ) as number[];
    expect(x).toBeCloseTo(0.8, 14);
    expect(y).toBeCloseTo(1.4, 14);
  });

  it('pivots past a zero on the diagonal: [[0, 1], [1, 0]] x = [2, 3] → [3, 2]', () => {
    expect(
      solve(
        [
          [0, 1],
          [1, 0],
        ],
        [2, 3],
      ),
    ).toEqual([3, 2]);
  });

  it('inverts [[4, 7], [2, 6]]: 1/10 × [[6, −7], [−2, 4]]', () => {
    const inverse = invert([
      [4, 7],
      [2, 6],
    ]) as number[][];
    [
      [0.6, -0.7],
      [-0.2, 0.4],
    ].forEach((row, i) => {
      for (const [k, v] of row.entries()) expect(inverse[i]?.[k]).toBeCloseTo(v, 14);
    });
  });

  it('returns null for a singular matrix instead of Infinity', () => {
    expect(
      solve(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2],
      ),
    ).toBeNull();
    expect(invert([[0]])).toBeNull();
  });
});
