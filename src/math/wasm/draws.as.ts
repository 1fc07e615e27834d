// The draw kernel (src/math/drawKernel.ts): the quasi-Monte Carlo's innermost loops in
// AssemblyScript, compiled to WebAssembly by scripts/build-kernel.mjs into drawsModule.ts.
// Each loop is the same arithmetic, in the same order, as its JavaScript twin (named at each
// function), so the same bits; test/drawKernel.test.ts checks that. Pointers are byte offsets
// into the module's memory, where the JavaScript side copies the inputs and reads the outputs.
// Not TypeScript: f64, u32, usize, load and store are AssemblyScript's (tsconfig excludes it).

/** The natural logarithm, imported: JavaScript's Math.log, so the same bits as the twin's. */
@external('env', 'log')
declare function ln(x: f64): f64;

/** 2^-32, and the half-step that centres a 32-bit point inside its cell. */
const TWO_POW_M32: f64 = 2.3283064365386963e-10;
const HALF_STEP: f64 = 1.1641532182693481e-10;

/** The direction number of the lowest set bit of n (gray(n) ⊕ gray(n − 1)). */
@inline
function direction(directions: usize, n: u32): u32 {
  return load<u32>(directions + ((<usize>(31 - clz<u32>(n & (0 - n)))) << 2));
}

/**
 * SobolDimension.fillTriangular (src/uncertainty/sobol.ts) for a range of positive width: the
 * triangular draws on [low, high] with mode `mode` at the next `count` points of a dimension
 * whose current point is `x` and index `n`, written as f64 from `target`. Returns the new x.
 */
export function triangular(
  target: usize,
  directions: usize,
  count: i32,
  low: f64,
  mode: f64,
  high: f64,
  x: u32,
  n: u32,
): u32 {
  const width = high - low;
  const left = mode - low;
  const right = high - mode;
  for (let i = 0; i < count; i++) {
    const u = <f64>x * TWO_POW_M32 + HALF_STEP;
    const draw =
      u * width < left
        ? low + Math.sqrt(u * width * left)
        : high - Math.sqrt((1 - u) * width * right);
    store<f64>(target + (<usize>i << 3), min(high, max(low, draw)));
    n++;
    x ^= direction(directions, n);
  }
  return x;
}

/** SobolDimension.fill: the next `count` points as numbers in (0, 1). Returns the new x. */
export function uniform(target: usize, directions: usize, count: i32, x: u32, n: u32): u32 {
  for (let i = 0; i < count; i++) {
    store<f64>(target + (<usize>i << 3), <f64>x * TWO_POW_M32 + HALF_STEP);
    n++;
    x ^= direction(directions, n);
  }
  return x;
}

/** The knots of each of StudentTInverse's tables, less one (src/math/studentT.ts). */
const KNOTS: i32 = 1024;
/** StudentTInverse's BODY_SPAN. */
const BODY_SPAN: f64 = 0.45;

/** StudentTInverse's hermite: knot j of the table at `values` (its slopes follow its values). */
@inline
function hermite(values: usize, j: i32, x: f64, h: f64): f64 {
  const slopes = values + ((<usize>(KNOTS + 1)) << 3);
  const at = (<usize>j) << 3;
  const y = 1 - x;
  return (
    (1 + 2 * x) * y * y * load<f64>(values + at) +
    x * y * y * h * load<f64>(slopes + at) +
    x * x * (3 - 2 * x) * load<f64>(values + at + 8) -
    x * x * y * h * load<f64>(slopes + at + 8)
  );
}

/**
 * StudentTInverse.fill: each uniform of target[0 … count) replaced by its quantile, from the
 * tables at `tables` (tail values, tail slopes, body values, body slopes, KNOTS + 1 each);
 * `inverseStep` and `inverseBodyStep` are 1 / step and 1 / bodyStep, as the twin computes them.
 */
export function studentT(
  target: usize,
  count: i32,
  tables: usize,
  step: f64,
  bodyStep: f64,
  inverseStep: f64,
  inverseBodyStep: f64,
): void {
  const body = tables + ((<usize>(2 * (KNOTS + 1))) << 3);
  for (let i = 0; i < count; i++) {
    const at = target + (<usize>i << 3);
    const w = load<f64>(at) - 0.5;
    const a = w < 0 ? -w : w;
    let value: f64;
    if (a <= BODY_SPAN) {
      const x = a * inverseBodyStep;
      const j = min(<f64>(KNOTS - 1), Math.floor(x));
      value = hermite(body, <i32>j, x - j, bodyStep);
    } else {
      const s = -ln(1 - 2 * a) * inverseStep;
      const j = min(<f64>(KNOTS - 1), Math.floor(s));
      value = hermite(tables, <i32>j, s - j, step);
    }
    store<f64>(at, w < 0 ? -value : value);
  }
}
