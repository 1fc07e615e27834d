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
