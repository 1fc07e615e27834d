import type { MatrixOps } from './matrix.js';

/**
 * Non-linear least squares by Levenberg–Marquardt: minimise Σ rᵢ(θ)² over θ within bounds, and
 * the asymptotic standard errors of the fit. Small problems only (a few parameters): the normal
 * equations are solved directly, by the matrix operations passed in (`matrixOps()`, mathjs).
 */

/** A least-squares problem: residuals of θ, a start, optional bounds and Jacobian. */
export interface LeastSquaresProblem {
  /** r(θ): one residual per observation. */
  readonly residuals: (theta: readonly number[]) => number[];
  /** ∂rᵢ/∂θₖ, one row per observation; default: central differences (`numericJacobian`). */
  readonly jacobian?: (theta: readonly number[]) => number[][];
  readonly start: readonly number[];
  /** Box constraints per parameter; a step is clamped into them. */
  readonly bounds?: readonly { readonly low: number; readonly high: number }[];
  /** Default 200. */
  readonly maxIterations?: number;
}

/** The fit: θ, the sum of squared residuals there, and how the iteration ended. */
export interface LeastSquaresFit {
  readonly theta: number[];
  readonly sse: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Central-difference Jacobian of `residuals` at θ, step 1e-6 × max(1, |θₖ|). */
export function numericJacobian(
  residuals: (theta: readonly number[]) => number[],
  theta: readonly number[],
): number[][] {
  const columns = theta.map((t, k) => {
    const h = 1e-6 * Math.max(1, Math.abs(t));
    const up = [...theta];
    const down = [...theta];
    up[k] = t + h;
    down[k] = t - h;
    const ru = residuals(up);
    const rd = residuals(down);
    return ru.map((u, i) => (u - (rd[i] ?? 0)) / (2 * h));
  });
  const n = columns[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) => columns.map((c) => c[i] ?? 0));
}

/** JᵀJ. */
export function normalMatrix(jacobian: readonly (readonly number[])[]): number[][] {
  const p = jacobian[0]?.length ?? 0;
  return Array.from({ length: p }, (_, a) =>
    Array.from({ length: p }, (__, b) =>
      jacobian.reduce((s, row) => s + (row[a] ?? 0) * (row[b] ?? 0), 0),
    ),
  );
}

/**
 * Minimise Σ r(θ)²: at each step solve (JᵀJ + λ·diag(JᵀJ)) δ = −Jᵀr, accept the step if the sum
 * of squares does not grow (λ ÷ 10), else λ × 10. Converged when θ moves by less than 1e-10 or
 * the sum of squares by less than 1e-18, or when λ exceeds 1e12 (no step helps).
 */
export function levenbergMarquardt(problem: LeastSquaresProblem, ops: MatrixOps): LeastSquaresFit {
  const { residuals, bounds } = problem;
  const jacobian = problem.jacobian ?? ((theta) => numericJacobian(residuals, theta));
  const clamp = (theta: number[]) =>
    theta.map((t, k) => {
      const b = bounds?.[k];
      return b ? Math.min(b.high, Math.max(b.low, t)) : t;
    });
  const sumOfSquares = (theta: readonly number[]) =>
    residuals(theta).reduce((s, r) => s + r * r, 0);
  const maxIterations = problem.maxIterations ?? 200;

  let theta = [...problem.start];
  let current = sumOfSquares(theta);
  let lambda = 1e-3;
  let iterations = 0;
  let converged = false;
  for (; iterations < maxIterations && !converged; iterations++) {
    const j = jacobian(theta);
    const r = residuals(theta);
    const a = normalMatrix(j);
    const g = theta.map((_, k) => j.reduce((s, row, i) => s + (row[k] ?? 0) * (r[i] ?? 0), 0));
    const damped = a.map((row, i) => row.map((v, k) => (i === k ? v * (1 + lambda) + 1e-15 : v)));
    const step = ops.solve(
      damped,
      g.map((x) => -x),
    );
    if (step === null) {
      lambda *= 10;
      continue;
    }
    const candidate = clamp(theta.map((t, k) => t + (step[k] ?? 0)));
    const next = sumOfSquares(candidate);
    if (next <= current) {
      const moved = Math.max(...candidate.map((c, k) => Math.abs(c - (theta[k] ?? 0))));
      converged = moved < 1e-10 || current - next < 1e-18;
      theta = candidate;
      current = next;
      lambda = Math.max(lambda / 10, 1e-12);
    } else {
      lambda *= 10;
      converged = lambda > 1e12;
    }
  }
  return { theta, sse: current, iterations, converged };
}

/**
 * Asymptotic standard errors of a least-squares fit: √(σ² [(JᵀJ)⁻¹]ₖₖ) with σ² = SSE / (n − p).
 * `null` for every parameter when n ≤ p (`reason: 'no-degrees-of-freedom'`) or JᵀJ is singular
 * (`reason: 'singular'`).
 */
export function standardErrors(
  jacobian: readonly (readonly number[])[],
  sse: number,
  ops: MatrixOps,
): { errors: (number | null)[]; reason?: 'no-degrees-of-freedom' | 'singular' } {
  const n = jacobian.length;
  const p = jacobian[0]?.length ?? 0;
  if (n <= p) return { errors: Array(p).fill(null), reason: 'no-degrees-of-freedom' };
  const covariance = ops.invert(normalMatrix(jacobian));
  if (covariance === null) return { errors: Array(p).fill(null), reason: 'singular' };
  const variance = sse / (n - p);
  return {
    errors: covariance.map((row, k) => {
      const v = variance * (row[k] ?? Number.NaN);
      return Number.isFinite(v) && v >= 0 ? Math.sqrt(v) : null;
    }),
  };
}
