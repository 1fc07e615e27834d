import { describe, expect, it } from 'vitest';
import {
  levenbergMarquardt,
  normalMatrix,
  numericJacobian,
  standardErrors,
} from '../src/math/leastSquares.js';
import { type MatrixOps, matrixOps } from '../src/math/matrix.js';

const ops = (await matrixOps()) as MatrixOps;

// A straight line y = a + b·x through five points, fitted as a least-squares problem.
const x = [1, 2, 3, 4, 5];
const y = [2.1, 3.9, 6.2, 7.8, 10.1];
const line = (theta: readonly number[]) =>
  x.map((xi, i) => (theta[0] ?? 0) + (theta[1] ?? 0) * xi - (y[i] ?? 0));

describe('levenbergMarquardt(problem)', () => {
  it('fits the line y = 0.05 + 1.99·x, SSE 0.107, with standard errors 0.198074 and 0.059722', () => {
    // By hand: x̄ = 3, ȳ = 6.02, Sxx = Σ(x − x̄)² = 10, Sxy = Σ(x − x̄)(y − ȳ) = 19.9;
    // b = Sxy / Sxx = 1.99, a = ȳ − b·x̄ = 0.05; residuals 0.06, −0.13, 0.18, −0.21, 0.10, SSE 0.107.
    // σ² = SSE / (n − p) = 0.107 / 3; se(b) = √(σ² / Sxx) = 0.0597216, se(a) = √(σ² (1/n + x̄²/Sxx)) = 0.1980741.
    // Checked with numpy: np.linalg.lstsq(np.c_[np.ones(5), x], y) and sse/3 · inv(XᵀX).
    const fit = levenbergMarquardt({ residuals: line, start: [0, 0] }, ops);
    expect(fit.converged).toBe(true);
    expect(fit.theta[0]).toBeCloseTo(0.05, 8);
    expect(fit.theta[1]).toBeCloseTo(1.99, 8);
    expect(fit.sse).toBeCloseTo(0.107, 10);
    const { errors, reason } = standardErrors(numericJacobian(line, fit.theta), fit.sse, ops);
    expect(reason).toBeUndefined();
    expect(errors[0]).toBeCloseTo(0.19807406, 6);
    expect(errors[1]).toBeCloseTo(0.05972158, 6);
  });

  it('recovers a curve exactly: y = 2·e^(0.5x) at x = 0…3 from the start (1, 1)', () => {
    const xs = [0, 1, 2, 3];
    const ys = xs.map((v) => 2 * Math.exp(0.5 * v));
    const fit = levenbergMarquardt(
      {
        residuals: (t) => xs.map((v, i) => (t[0] ?? 0) * Math.exp((t[1] ?? 0) * v) - (ys[i] ?? 0)),
        start: [1, 1],
      },
      ops,
    );
    expect(fit.theta[0]).toBeCloseTo(2, 7);
    expect(fit.theta[1]).toBeCloseTo(0.5, 7);
    expect(fit.sse).toBeLessThan(1e-14);
  });

  it('keeps θ inside its bounds (the slope capped at 1.5 when the data want 1.99) and never raises the SSE', () => {
    const fit = levenbergMarquardt(
      {
        residuals: line,
        start: [0, 1],
        bounds: [
          { low: -10, high: 10 },
          { low: 0, high: 1.5 },
        ],
      },
      ops,
    );
    expect(fit.theta[1]).toBe(1.5);
    // A clamped step is a projection, not a constrained solver: with b held at 1.5 the best a
    // would be ȳ − 1.5·x̄ = 1.52, which the iteration approaches but need not reach (calibrate
    // reports such a fit as `atBound`). It never ends worse than it started.
    expect(fit.theta[0]).toBeGreaterThan(0);
    expect(fit.theta[0]).toBeLessThanOrEqual(1.52 + 1e-9);
    const start = line([0, 1]).reduce((s, r) => s + r * r, 0);
    expect(fit.sse).toBeLessThan(start);
  });
});

describe('standardErrors(jacobian, sse)', () => {
  it('gives none when there are no more observations than parameters', () => {
    expect(standardErrors([[1, 2]], 0, ops)).toEqual({
      errors: [null, null],
      reason: 'no-degrees-of-freedom',
    });
  });

  it('gives none for a singular JᵀJ (two identical columns)', () => {
    const j = [
      [1, 1],
      [2, 2],
      [3, 3],
    ];
    expect(standardErrors(j, 1, ops)).toEqual({ errors: [null, null], reason: 'singular' });
  });
});

describe('numericJacobian and normalMatrix', () => {
  it('differentiates the line exactly: ∂r/∂a = 1, ∂r/∂b = x; JᵀJ = [[5, 15], [15, 55]]', () => {
    const j = numericJacobian(line, [0.3, 0.7]);
    j.forEach((row, i) => {
      expect(row[0]).toBeCloseTo(1, 8);
      expect(row[1]).toBeCloseTo(x[i] ?? 0, 8);
    });
    const n = normalMatrix(j);
    expect(n[0]?.[0]).toBeCloseTo(5, 6);
    expect(n[0]?.[1]).toBeCloseTo(15, 6);
    expect(n[1]?.[1]).toBeCloseTo(55, 6);
  });
});
