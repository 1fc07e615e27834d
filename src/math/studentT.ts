/**
 * Quantiles of Student's t distribution for a whole number of degrees of freedom.
 *
 * The CDF uses the exact finite series of Abramowitz & Stegun (1964), 26.7.3 (ν odd) and 26.7.4
 * (ν even), for A(t|ν) = P(|T| ≤ t) with θ = arctan(t/√ν); the quantile is found by bisection to
 * machine precision. Used for the prediction interval of a trend (a handful of points, so ν is
 * small and the series is short).
 */

/** P(|T| ≤ t) for t ≥ 0 and a whole ν ≥ 1. */
function twoSidedCoverage(t: number, nu: number): number {
  const theta = Math.atan(t / Math.sqrt(nu));
  const s = Math.sin(theta);
  const c = Math.cos(theta);
  const c2 = c * c;
  if (nu % 2 === 0) {
    // A = sinθ [1 + ½cos²θ + (1·3)/(2·4)cos⁴θ + … + (1·3…(ν−3))/(2·4…(ν−2)) cos^(ν−2)θ]
    let term = 1;
    let sum = 1;
    for (let k = 2; k <= nu - 2; k += 2) {
      term *= ((k - 1) / k) * c2;
      sum += term;
    }
    return s * sum;
  }
  if (nu === 1) return (2 * theta) / Math.PI;
  // A = (2/π)[θ + sinθ (cosθ + (2/3)cos³θ + … + (2·4…(ν−3))/(1·3…(ν−2)) cos^(ν−2)θ)]
  let term = c;
  let sum = c;
  for (let k = 3; k <= nu - 2; k += 2) {
    term *= ((k - 1) / k) * c2;
    sum += term;
  }
  return (2 / Math.PI) * (theta + s * sum);
}

/**
 * The p-quantile of Student's t with ν degrees of freedom, for 0.5 ≤ p < 1 and a whole ν ≥ 1.
 *
 * @example studentTQuantile(0.95, 2) // => 2.919985580...
 */
export function studentTQuantile(p: number, nu: number): number {
  if (!(p >= 0.5 && p < 1) || !Number.isInteger(nu) || nu < 1) {
    throw new RangeError(
      `studentTQuantile requires 0.5 ≤ p < 1 and a whole ν ≥ 1, got p = ${p}, ν = ${nu}`,
    );
  }
  const coverage = 2 * p - 1;
  let low = 0;
  let high = 1;
  while (twoSidedCoverage(high, nu) < coverage) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-15 * high; i++) {
    const mid = (low + high) / 2;
    if (twoSidedCoverage(mid, nu) < coverage) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** The constant of Student's t density: Γ((ν+1)/2) / (Γ(ν/2) √(νπ)), for a whole ν ≥ 1. */
function densityConstant(nu: number): number {
  // Γ((ν+1)/2) / Γ(ν/2) by its recurrence from ν = 1 (1/√π) and ν = 2 (√π/2).
  let ratio = nu % 2 === 1 ? 1 / Math.sqrt(Math.PI) : Math.sqrt(Math.PI) / 2;
  for (let k = nu % 2 === 1 ? 1 : 2; k < nu; k += 2) ratio *= (k + 1) / k;
  return ratio / Math.sqrt(nu * Math.PI);
}

/** The density of Student's t with a whole ν ≥ 1 degrees of freedom. */
export function studentTDensity(t: number, nu: number, constant = densityConstant(nu)): number {
  return constant * Math.exp((-(nu + 1) / 2) * Math.log1p((t * t) / nu));
}

/** Knots of the tail table over s = −ln(2(1 − u)) ∈ [0, TABLE_SPAN]. */
const TABLE_KNOTS = 1024;
/** Covers every u a 32-bit point can give: 1 − u ≥ 2^-33, so s ≤ 32 ln 2 ≈ 22.18. */
const TABLE_SPAN = 23;
/** The body table covers |u − ½| ≤ BODY_SPAN (u from 5% to 95%), with no logarithm to take. */
const BODY_SPAN = 0.45;
const BODY_KNOTS = 1024;

/** Cubic Hermite interpolation at x ∈ [0, 1] of knot j of a table with step h. */
function hermite(values: Float64Array, slopes: Float64Array, j: number, x: number, h: number) {
  const y = 1 - x;
  return (
    (1 + 2 * x) * y * y * (values[j] as number) +
    x * y * y * h * (slopes[j] as number) +
    x * x * (3 - 2 * x) * (values[j + 1] as number) -
    x * x * y * h * (slopes[j + 1] as number)
  );
}

/**
 * Solve P(|T| ≤ t) = coverage for t by Newton's method from `t`: stop once a step no longer
 * shrinks (in the far tail the CDF's last bits limit it) or is below 1e-15 relative.
 */
function solveCoverage(start: number, coverage: number, nu: number, constant: number): number {
  let t = start;
  let last = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 8; i++) {
    const delta = (twoSidedCoverage(t, nu) - coverage) / (2 * studentTDensity(t, nu, constant));
    if (!(Math.abs(delta) < last)) break;
    t -= delta;
    last = Math.abs(delta);
    if (last <= 1e-14 * Math.abs(t)) break;
  }
  return t;
}

/**
 * The inverse CDF of Student's t with a whole ν ≥ 1, as two tables for the quasi-Monte Carlo's
 * hot loop (docs/method.md §4), read by cubic Hermite interpolation with the exact derivatives:
 * the body, |u − ½| ≤ 0.45, over w = |u − ½| at 1,025 knots (dt/dw = 1/f(t)); the tails over
 * s = −ln(2(1 − |u − ½| − ½)) ∈ [0, 23], which is smooth and grows linearly (t ~ e^(s/ν)), at
 * 1,025 knots (dt/ds = (1 − u)/f(t)); the lower half by symmetry. Knots are solved by Newton's
 * method on the exact CDF (A&S 26.7.3–4); the interpolation agrees with `studentTQuantile` to
 * about 3e-9 of max(1, |t|). Built once per ν.
 */
export class StudentTInverse {
  /** The tail table's step in s, the body table's in |u − ½|, and the four tables' length. */
  static readonly STEP = TABLE_SPAN / TABLE_KNOTS;
  static readonly BODY_STEP = BODY_SPAN / BODY_KNOTS;
  static readonly LENGTH = 2 * (TABLE_KNOTS + 1) + 2 * (BODY_KNOTS + 1);
  /**
   * The four tables one after the other (tail values, tail slopes, body values, body slopes), as
   * the draw kernel reads them (src/uncertainty/drawKernel.ts). Never written after the build.
   */
  readonly tables = new Float64Array(StudentTInverse.LENGTH);
  private readonly values = this.tables.subarray(0, TABLE_KNOTS + 1);
  private readonly slopes = this.tables.subarray(TABLE_KNOTS + 1, 2 * (TABLE_KNOTS + 1));
  private readonly bodyValues = this.tables.subarray(
    2 * (TABLE_KNOTS + 1),
    2 * (TABLE_KNOTS + 1) + BODY_KNOTS + 1,
  );
  private readonly bodySlopes = this.tables.subarray(2 * (TABLE_KNOTS + 1) + BODY_KNOTS + 1);
  /** The tail table's step in s, and the body table's in |u − ½|. */
  readonly step = StudentTInverse.STEP;
  readonly bodyStep = StudentTInverse.BODY_STEP;

  /**
   * The tables of ν degrees of freedom, built, or copied from `tables` (another StudentTInverse's
   * of the same ν, as a second thread receives them).
   */
  constructor(
    readonly nu: number,
    tables?: Float64Array,
  ) {
    if (!Number.isInteger(nu) || nu < 1)
      throw new RangeError(`StudentTInverse requires a whole ν ≥ 1, got ${nu}`);
    if (tables) {
      if (tables.length !== this.tables.length)
        throw new RangeError(
          `StudentTInverse tables of ${this.tables.length} numbers, got ${tables.length}`,
        );
      this.tables.set(tables);
      return;
    }
    const constant = densityConstant(nu);
    let t = 0;
    for (let j = 0; j <= TABLE_KNOTS; j++) {
      const s = j * this.step;
      const tail = Math.exp(-s) / 2; // 1 − u
      // From the previous knot's value extrapolated along its slope.
      if (j > 0)
        t = solveCoverage(
          t + this.step * (this.slopes[j - 1] as number),
          1 - 2 * tail,
          nu,
          constant,
        );
      this.values[j] = t;
      this.slopes[j] = tail / studentTDensity(t, nu, constant);
    }
    t = 0;
    for (let j = 0; j <= BODY_KNOTS; j++) {
      const w = j * this.bodyStep; // u − ½
      if (j > 0)
        t = solveCoverage(
          t + this.bodyStep * (this.bodySlopes[j - 1] as number),
          2 * w,
          nu,
          constant,
        );
      this.bodyValues[j] = t;
      this.bodySlopes[j] = 1 / studentTDensity(t, nu, constant);
    }
  }

  /** The u-quantile, 0 < u < 1. */
  quantile(u: number): number {
    const w = u - 0.5;
    const a = w < 0 ? -w : w;
    let value: number;
    if (a <= BODY_SPAN) {
      const x = a * (1 / this.bodyStep);
      const j = Math.min(BODY_KNOTS - 1, Math.floor(x));
      value = hermite(this.bodyValues, this.bodySlopes, j, x - j, this.bodyStep);
    } else {
      const s = -Math.log(1 - 2 * a) * (1 / this.step);
      const j = Math.min(TABLE_KNOTS - 1, Math.floor(s));
      value = hermite(this.values, this.slopes, j, s - j, this.step);
    }
    return w < 0 ? -value : value;
  }

  /** Replace each uniform of `target[0 … count)` by its quantile. */
  fill(target: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) target[i] = this.quantile(target[i] as number);
  }
}
