/**
 * The matrix work of least squares (solving the normal equations, inverting JᵀJ), by mathjs.
 * mathjs is an optional peer dependency loaded on first use, not at import: it takes about half a
 * second to load and brings ten packages (README, "Speed" and "Dependencies"), and only
 * calibration needs it, so no other function or command pays for it.
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

/**
 * Whether an error of `import()` says that the package is not installed: Node's codes, or a
 * browser's "failed to resolve module specifier".
 */
export function isMissingModule(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    code === 'ERR_MODULE_NOT_FOUND' ||
    code === 'MODULE_NOT_FOUND' ||
    (typeof message === 'string' &&
      /failed to resolve module specifier|cannot find (module|package)/i.test(message))
  );
}

/**
 * The optional package's name in a variable, not a literal: bundlers (esbuild, Vite, webpack)
 * would otherwise try to bundle it and fail when it is not installed.
 */
const MATHJS = 'mathjs';

/** The result of a mathjs call, or null where mathjs finds the matrix singular (it throws). */
function attempt<T>(call: () => T): T | null {
  try {
    return call();
  } catch {
    return null;
  }
}

const copy = (a: readonly (readonly number[])[]) => a.map((row) => [...row]);

function fromMathJs(math: MathJs): MatrixOps {
  return {
    solve(a, b) {
      // mathjs solves a consistent singular system too; a singular A has no unique x.
      if (attempt(() => math.det(copy(a))) === 0) return null;
      const out = attempt(() => math.lusolve(copy(a), [...b]))?.map((row) => row[0] ?? Number.NaN);
      return out?.every(Number.isFinite) ? out : null;
    },
    invert(a) {
      const inverse = attempt(() => math.inv(copy(a)));
      return inverse?.every((row) => row.every(Number.isFinite)) ? inverse : null;
    },
  };
}

/** Load mathjs and wrap it; null when it is not installed. `load` replaces the import in tests. */
export async function loadMatrixOps(
  load: () => Promise<unknown> = () => import(/* @vite-ignore */ /* webpackIgnore: true */ MATHJS),
): Promise<MatrixOps | null> {
  try {
    return fromMathJs((await load()) as MathJs);
  } catch (error) {
    if (isMissingModule(error)) return null;
    throw error;
  }
}

let loaded: Promise<MatrixOps | null> | undefined;

/** The matrix operations, mathjs loaded once on first use; null when mathjs is not installed. */
export function matrixOps(): Promise<MatrixOps | null> {
  loaded ??= loadMatrixOps();
  return loaded;
}
