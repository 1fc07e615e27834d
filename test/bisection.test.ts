import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bisect } from '../src/math/bisection.js';

describe('bisect(f, target, low, high)', () => {
  it('finds √2 as the x in [0, 2] where x² = 2: 1.41421356237…', () => {
    expect(bisect((x) => x * x, 2, 0, 2)).toBeCloseTo(Math.SQRT2, 12);
  });

  it('finds the growth g where 0.235 × (1 + g)^6 = 0.35: (0.35 / 0.235)^(1/6) − 1 = 0.068662…', () => {
    const g = bisect((x) => 0.235 * (1 + x) ** 6, 0.35, -0.5, 5);
    expect(g).toBeCloseTo((0.35 / 0.235) ** (1 / 6) - 1, 12);
  });

  it('stops at the ends when the target is out of reach: high when f stays below, low when f starts above', () => {
    expect(bisect((x) => x, 10, 0, 1)).toBeCloseTo(1, 12);
    expect(bisect((x) => x, -10, 0, 1)).toBeCloseTo(0, 12);
  });

  it('solves any increasing line a·x + b = t inside its bracket (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, u) => {
          const root = -1 + 2 * u; // in [−1, 1]
          const x = bisect((v) => a * v + b, a * root + b, -1, 1);
          expect(Math.abs(x - root)).toBeLessThan(1e-9);
        },
      ),
    );
  });
});
