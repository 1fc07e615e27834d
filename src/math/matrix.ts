/**
 * The matrix work of least squares (solving the normal equations, inverting JᵀJ), by mathjs.
 * mathjs is loaded on first use, not at import: it takes about half a second to load
 * (README, "Speed"), and only calibration needs it, so no other function or command pays for it.
 */

/** A square system solved and a square matrix inverted; null for a singular matrix. */
export interface MatrixOps {
  solve(a: readonly (readonly number[])[], b: readonly number[]): number[] | null;
  invert(a: readonly (readonly number[])[]): number[][] | null;
}

interface MathJs {
  lusolve(a: number[][], b: number[]): number[][];
  inv(a: number[][]): number[][];
  det(a: number[][]): number;
}

let loading: Promise<MatrixOps> | undefined;

/** The result of a mathjs call, or null where mathjs finds the matrix singular (it throws). */
function attempt<T>(call: () => T): T | null {
  try {
    return call();
  } catch {
    return null;
  }
}

/** The matrix operations, loading mathjs the first time. */
export function matrixOps(): Promise<MatrixOps> {
  loading ??= import('mathjs').then((module) => {
    const math = module as unknown as MathJs;
    return {
      solve(a, b) {
        // mathjs solves a consistent singular system too; a singular A has no unique x.
        if (attempt(() => math.det(a.map((row) => [...row]))) === 0) return null;
        const x = attempt(() =>
          math.lusolve(
            a.map((row) => [...row]),
            [...b],
          ),
        );
        const out = x?.map((row) => row[0] ?? Number.NaN);
        return out?.every(Number.isFinite) ? out : null;
      },
      invert(a) {
        const inverse = attempt(() => math.inv(a.map((row) => [...row])));
        return inverse?.every((row) => row.every(Number.isFinite)) ? inverse : null;
      },
    };
  });
  return loading;
}
