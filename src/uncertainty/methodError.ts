/**
 * The method's own error (docs/method.md §4, "Method error"): how far a published provincial
 * share lies from the method's point estimate beyond what the parameter ranges explain, on the
 * log-odds scale, estimated from the published figures that have sourced inputs.
 */

/**
 * The method error the predictive interval adds to every draw: scale × T, T Student's t with `df`
 * degrees of freedom, on the log-odds of the share.
 *
 * @example
 * estimate(daNang2024).share.methodError // => { scale: 0.11…, df: 3 }
 */
export interface MethodError {
  /** Scale of the error on the log-odds of the share (0: no method error). */
  readonly scale: number;
  /** Degrees of freedom of the Student t (the locality-years the scale was estimated from). */
  readonly df: number;
}

/**
 * One published share with the method's point estimate for the same locality, year and frame.
 * `group` names the locality-year: figures of one group are publications of the same quantity.
 *
 * @example
 * { group: 'da-nang|2022|mic', published: 0.1976, estimate: 0.1579 }
 */
export interface ErrorFigure {
  readonly group: string;
  readonly published: number;
  readonly estimate: number;
}

/**
 * The estimate of the method error with its two parts: the revision spread between publications
 * of the same locality-year (τ) and the method's error beyond it (σ_m); scale = √(σ_m² + τ²).
 *
 * @example
 * estimateMethodError(figures) // => { scale: 0.11…, df: 3, revision: 0.08…, method: 0.07…, groups: 3, figures: 6, revisionDf: 3 }
 */
export interface MethodErrorEstimate extends MethodError {
  /** τ: pooled standard deviation, on the log-odds, of the publications of one locality-year. */
  readonly revision: number;
  /** σ_m: the method's error beyond the revision spread, on the log-odds. */
  readonly method: number;
  /** Locality-years with a point estimate. */
  readonly groups: number;
  /** Published figures used. */
  readonly figures: number;
  /** Degrees of freedom of τ: Σ (figures of a locality-year − 1). */
  readonly revisionDf: number;
}

/**
 * The log-odds of a share: ln(p / (1 − p)).
 *
 * @example
 * logit(0.5) // => 0
 */
export function logit(share: number): number {
  return Math.log(share / (1 - share));
}

/**
 * A share moved by `error` on the log-odds scale: 1 / (1 + (1 − p)/p · e^(−error)). It stays
 * between 0 and 1, both included; a share of 0 or 1 is returned as it is.
 *
 * @example
 * withMethodError(0.2, 0) // => 0.2
 */
export function withMethodError(share: number, error: number): number {
  return movedShare(share, error, Math.exp(-error));
}

/**
 * `withMethodError(share, error)` given `factor` = e^(−error) (the Monte Carlo loop reads it from
 * a column computed once): the same number.
 */
export function movedShare(share: number, error: number, factor: number): number {
  if (share <= 0) return 0;
  if (share >= 1) return 1;
  const ratio = ((1 - share) / share) * factor;
  if (Number.isFinite(ratio)) return 1 / (1 + ratio);
  // (1 − p)/p or the exponential overflowed (a share near 0, an error in the hundreds): the same
  // on the log-odds, which cannot overflow.
  const x = Math.log(share) - Math.log1p(-share) + error;
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/**
 * Estimate the method error from published figures and point estimates (docs/method.md §4):
 * with y the log-odds of a published share and x that of the estimate, τ² is the pooled variance
 * of y within locality-years with two figures or more; σ_m² = max(0, mean over locality-years of
 * (ȳ − x)² − τ²/k), k the locality-year's figures; scale = √(σ_m² + τ²) with as many degrees of
 * freedom as locality-years (the error's mean is taken as zero, not estimated). Null without a
 * figure. Figures whose published share or estimate is 0 or 1 have no log-odds and are left out.
 *
 * @example
 * estimateMethodError([
 *   { group: 'a', published: 0.2, estimate: 0.18 },
 *   { group: 'a', published: 0.22, estimate: 0.18 },
 *   { group: 'b', published: 0.1, estimate: 0.11 },
 * ])?.df // => 2
 */
export function estimateMethodError(figures: readonly ErrorFigure[]): MethodErrorEstimate | null {
  const groups = new Map<string, { estimate: number; published: number[] }>();
  let used = 0;
  for (const figure of figures) {
    const y = logit(figure.published);
    const x = logit(figure.estimate);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const group = groups.get(figure.group) ?? { estimate: x, published: [] };
    group.published.push(y);
    groups.set(figure.group, group);
    used++;
  }
  if (groups.size === 0) return null;
  let withinSquares = 0;
  let revisionDf = 0;
  const means: { mean: number; estimate: number; k: number }[] = [];
  for (const { estimate, published } of groups.values()) {
    const mean = published.reduce((a, b) => a + b, 0) / published.length;
    for (const y of published) withinSquares += (y - mean) ** 2;
    revisionDf += published.length - 1;
    means.push({ mean, estimate, k: published.length });
  }
  const revisionVariance = revisionDf > 0 ? withinSquares / revisionDf : 0;
  const excess =
    means.reduce((sum, g) => sum + (g.mean - g.estimate) ** 2 - revisionVariance / g.k, 0) /
    means.length;
  const methodVariance = Math.max(0, excess);
  return {
    scale: Math.sqrt(methodVariance + revisionVariance),
    df: groups.size,
    revision: Math.sqrt(revisionVariance),
    method: Math.sqrt(methodVariance),
    groups: groups.size,
    figures: used,
    revisionDf,
  };
}
