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

/** The density of Student's t with a whole ν ≥ 1 degrees of freedom. */
export function studentTDensity(t: number, nu: number): number {
  // Γ((ν+1)/2) / Γ(ν/2) by its recurrence from ν = 1 (1/√π) and ν = 2 (√π/2).
  let ratio = nu % 2 === 1 ? 1 / Math.sqrt(Math.PI) : Math.sqrt(Math.PI) / 2;
  for (let k = nu % 2 === 1 ? 1 : 2; k < nu; k += 2) ratio *= (k + 1) / k;
  return (ratio / Math.sqrt(nu * Math.PI)) * (1 + (t * t) / nu) ** (-(nu + 1) / 2);
}

/** Knots of the inverse-CDF table over s = −ln(2(1 − u)) ∈ [0, TABLE_SPAN]. */
const TABLE_KNOTS = 2048;
/** Covers every u a 32-bit point can give: 1 − u ≥ 2^-33, so s ≤ 32 ln 2 ≈ 22.18. */
const TABLE_SPAN = 23;

/**
 * The inverse CDF of Student's t with a whole ν ≥ 1, as a table for the quasi-Monte Carlo's hot
 * loop (docs/method.md §4): the upper half as a function of s = −ln(2(1 − u)), which is smooth
 * and grows linearly in the tail (t ~ e^(s/ν)), tabulated at 2,049 knots with its derivative
 * dt/ds = (1 − u)/f(t) and read by cubic Hermite interpolation; the lower half by symmetry.
 * Knots are solved by Newton's method on the exact CDF (A&S 26.7.3–4); the interpolation agrees
 * with `studentTQuantile` to about 3e-9 of max(1, |t|). Built once per ν.
 */
export class StudentTInverse {
  private readonly values: Float64Array;
  private readonly slopes: Float64Array;
  private readonly step = TABLE_SPAN / TABLE_KNOTS;

  constructor(readonly nu: number) {
    if (!Number.isInteger(nu) || nu < 1)
      throw new RangeError(`StudentTInverse requires a whole ν ≥ 1, got ${nu}`);
    this.values = new Float64Array(TABLE_KNOTS + 1);
    this.slopes = new Float64Array(TABLE_KNOTS + 1);
    let t = 0;
    for (let j = 0; j <= TABLE_KNOTS; j++) {
      const s = j * this.step;
      const tail = Math.exp(-s) / 2; // 1 − u
      const coverage = 1 - 2 * tail; // P(|T| ≤ t)
      // Newton from the previous knot's value (the CDF is convex above 0: it converges from below).
      // Start from the previous knot's value extrapolated along its slope; stop once a step no
      // longer shrinks (in the far tail the CDF's last bits limit it) or is below 1e-15 relative.
      if (j > 0) t += this.step * (this.slopes[j - 1] as number);
      let last = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 20 && j > 0; i++) {
        const delta = (twoSidedCoverage(t, nu) - coverage) / (2 * studentTDensity(t, nu));
        if (!(Math.abs(delta) < last)) break;
        t -= delta;
        last = Math.abs(delta);
        if (last <= 1e-15 * Math.abs(t)) break;
      }
      this.values[j] = t;
      this.slopes[j] = tail / studentTDensity(t, nu);
    }
  }

  /** The u-quantile, 0 < u < 1. */
  quantile(u: number): number {
    const upper = u >= 0.5;
    const s = -Math.log(2 * (upper ? 1 - u : u)) * (1 / this.step);
    const j = Math.min(TABLE_KNOTS - 1, Math.floor(s));
    const x = s - j;
    const y = 1 - x;
    const h = this.step;
    const value =
      (1 + 2 * x) * y * y * (this.values[j] as number) +
      x * y * y * h * (this.slopes[j] as number) +
      x * x * (3 - 2 * x) * (this.values[j + 1] as number) -
      x * x * y * h * (this.slopes[j + 1] as number);
    return upper ? value : -value;
  }

  /** Replace each uniform of `target[0 … count)` by its quantile (`quantile`, inlined). */
  fill(target: Float64Array, count: number): void {
    const values = this.values;
    const slopes = this.slopes;
    const h = this.step;
    const perStep = 1 / h;
    const last = TABLE_KNOTS - 1;
    for (let i = 0; i < count; i++) {
      const u = target[i] as number;
      const upper = u >= 0.5;
      const s = -Math.log(2 * (upper ? 1 - u : u)) * perStep;
      const floor = Math.floor(s);
      const j = floor < last ? floor : last;
      const x = s - j;
      const y = 1 - x;
      const value =
        (1 + 2 * x) * y * y * (values[j] as number) +
        x * y * y * h * (slopes[j] as number) +
        x * x * (3 - 2 * x) * (values[j + 1] as number) -
        x * x * y * h * (slopes[j + 1] as number);
      target[i] = upper ? value : -value;
    }
  }
}
