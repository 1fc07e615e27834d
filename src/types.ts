import type { Reason } from './render/messages.js';
import type { Frame, LocalityInput } from './schemas.js';

export type { Reason, ReasonCode } from './render/messages.js';

/**
 * Result types. Every share is a fraction of GRDP in [0, 1]; "points" are differences of shares
 * (0.01 = one percentage point). A value that cannot be computed is `null` with a `reason`, never
 * NaN or Infinity.
 */

/**
 * Severity of a consistency check: `error` means the number should not be used as is.
 *
 * @example
 * estimate(daNang2024).checks.filter((c) => c.severity === ('warning' satisfies Severity))
 */
export type Severity = 'info' | 'warning' | 'error';

/**
 * A consistency warning: a stable code, a severity, a message that shows the arithmetic, and its numbers.
 *
 * @example
 * estimate(daNang2024).checks[0]
 * // => { code: 'implied-population-mismatch', severity: 'warning',
 * //      message: '2,556 firms ÷ 2.35 per 1,000 = 1,087,660 inhabitants implied, but population is 1,245,000 (-12.6%); …', values: { … } }
 */
export interface Check {
  readonly code: CheckCode;
  readonly severity: Severity;
  readonly message: string;
  /** The numbers in the message, by name, for renderers in other languages. */
  readonly values: Readonly<Record<string, number | string>>;
}

/**
 * Stable codes of the consistency checks (docs/method.md §6).
 *
 * @example
 * estimate(daNang2024).checks.map((c) => c.code) // => ['implied-population-mismatch']
 */
export type CheckCode =
  | 'implied-population-mismatch'
  | 'implied-labour-force-mismatch'
  | 'value-added-exceeds-revenue'
  | 'segment-revenue-mismatch'
  | 'core-exceeds-grdp'
  | 'sectoral-capped'
  | 'unit-suspect'
  | 'published-share-mismatch'
  | 'history-conflict'
  | 'frame-mismatch'
  | 'nearest-year-used'
  | 'platform-inside-sectoral';

/**
 * A parameter as used: default value, range, source keys and, for national figures, the year read.
 *
 * @example
 * estimate(daNang2024).parameters[0]
 * // => { name: 'rho', symbol: 'ρ', value: 0.233, low: 0.23, high: 0.26, source: ['S31'], … }
 */
export interface ParameterUsed {
  readonly name: string;
  readonly symbol: string;
  readonly label: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** Source keys of data/sources.json. */
  readonly source: readonly string[];
  /** Reference year the value was read for (national figures only). */
  readonly year?: number;
  readonly note?: string;
}

/**
 * One-at-a-time swing of the point estimate when one parameter or ranged input moves across its range.
 *
 * @example
 * estimate(daNang2024).sensitivity[0]
 * // => { name: 'beta', kind: 'parameter', low: 0.2004…, high: 0.2780…, swing: 0.0775…, range: { low: 0.3, value: 0.5, high: 0.7 } }
 */
export interface SensitivityEntry {
  readonly name: string;
  readonly kind: 'parameter' | 'input';
  /** Point estimate with the variable at the low end of its range. */
  readonly low: number;
  /** Point estimate with the variable at the high end of its range. */
  readonly high: number;
  /** |high − low|, in share units. */
  readonly swing: number;
  /** The variable's own range. */
  readonly range: { readonly low: number; readonly value: number; readonly high: number };
}

/**
 * Comparison with the national average of the same frame.
 *
 * @example
 * estimate(daNang2024).national
 * // => { frame: 'mic', year: 2024, share: 0.183, gap: 0.0519…, ratio: 1.28…, core: 0.0859…, sectoral: 0.0970…, source: […] }
 */
export interface NationalComparison {
  readonly frame: Frame;
  /** Reference year read (the input year, or the nearest available: see checks). */
  readonly year: number;
  readonly share: number;
  /** Locality minus nation, in share units (positive: above the national average). */
  readonly gap: number;
  /** Locality ÷ nation. */
  readonly ratio: number;
  readonly core: number;
  readonly sectoral: number;
  readonly source: readonly string[];
}

/**
 * Progress needed from now to a target level by a target year.
 *
 * @example
 * targetPath(0.235, 2024, 0.35, 2030)
 * // => { gap: 0.115, requiredAnnualGrowth: 0.0686…, requiredPointsPerYear: 0.0191… }
 */
export interface TargetPath {
  /** Target level minus the estimate (positive: still to go). */
  readonly gap: number;
  /** (target / now)^(1/(T − t)) − 1, or null with `reason`. */
  readonly requiredAnnualGrowth: number | null;
  /** (target − now) / (T − t), or null with `reason`. */
  readonly requiredPointsPerYear: number | null;
  readonly reason?: Reason;
  /** Year this level is reached at the current pace (with a history), or null with `yearReachedReason`. */
  readonly yearReached?: number | null;
  readonly yearReachedReason?: Reason;
}

/**
 * A target compared with the estimate.
 *
 * @example
 * estimate(daNang2024).targets.find((t) => t.id === 'da-nang-2030')
 * // => { id: 'da-nang-2030', low: 0.35, high: 0.4, gap: 0.115…, requiredAnnualGrowth: 0.0686…, yearReached: 2028, toHigh: { … }, … }
 */
export interface TargetComparison extends TargetPath {
  readonly id: string;
  /** The target's label as the data state it (English); reports build their own in each language. */
  readonly label: string;
  readonly scope: 'national' | 'local';
  /** Registry id of the locality a local target belongs to. */
  readonly locality?: string;
  readonly year: number;
  readonly low: number;
  readonly high: number;
  /** `met`: the estimate is at or above the low end; `open`: not yet; `passed`: the year is over and it was not met. */
  readonly status: 'met' | 'open' | 'passed';
  /** The same figures towards the top of a range target. */
  readonly toHigh?: TargetPath;
  /** Trend projection of the share for the target year (when a history is given). */
  readonly projected?: number | null;
  readonly instrument: string;
  readonly source: readonly string[];
}

/**
 * A projected share with its interval.
 *
 * @example
 * estimate(daNang2024).trajectory?.points.at(-1)
 * // => { year: 2030, share: 0.4179…, low: 0.305…, high: 0.530… }
 */
export interface TrajectoryPoint {
  readonly year: number;
  readonly share: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Trend projection from a share history (docs/method.md §5).
 *
 * @example
 * const { method, pace, points } = estimate(daNang2024).trajectory!;
 * // method 'linear', pace 0.0316… (points per year), points 2025…2030
 */
export interface Trajectory {
  /** The trend chosen: linear (points per year) or compound (constant growth rate). */
  readonly method: 'linear' | 'compound';
  /** Why this trend was chosen. */
  readonly rule: Reason;
  /** Points per year (linear) or growth per year (compound) of the fitted trend. */
  readonly pace: number;
  /** Observed points used in the fit. */
  readonly history: readonly {
    readonly year: number;
    readonly share: number;
    readonly source: string;
  }[];
  /** Projection from the year after the last observation to the horizon, with a 5–95% interval. */
  readonly points: readonly TrajectoryPoint[];
}

/**
 * Everything needed to reproduce a result exactly.
 *
 * @example
 * const { seed, draws, dataVersion, methodVersion } = estimate(daNang2024).provenance;
 * // estimate(daNang2024, { seed, draws }) reproduces the result exactly with the same data version
 */
export interface Provenance {
  readonly method: string;
  readonly methodVersion: string;
  readonly dataVersion: string;
  readonly packageVersion: string;
  readonly seed: number;
  readonly draws: number;
  readonly generator: string;
  readonly parameters: readonly ParameterUsed[];
  /** The registry entries of every source key used. */
  readonly sources: Readonly<Record<string, { readonly url: string; readonly what: string }>>;
}

/**
 * The result of `estimate` for one locality-year.
 *
 * @example
 * const result: EstimateResult = estimate(daNang2024);
 * result.share // => { point: 0.2349…, median: 0.2375…, low: 0.2125…, high: 0.2664… }
 */
export interface EstimateResult {
  readonly locality: string;
  /** Registry id of the locality, or null when it is not in data/localities.json. */
  readonly localityId: string | null;
  readonly year: number;
  readonly frame: Frame;
  readonly unit: string;
  /** `point` at default parameters; `median`, `low` (5%) and `high` (95%) from the Monte Carlo. */
  readonly share: {
    readonly point: number;
    readonly median: number;
    readonly low: number;
    readonly high: number;
  };
  /** Components of the point estimate, summing to `share.point`. */
  readonly components: {
    readonly core: number;
    readonly platform: number;
    readonly sectoral: number;
  };
  /** Whether the platform economy is reported separately or stays inside the sectoral part, and why. */
  readonly platform: {
    readonly treatment: 'separate' | 'inside-sectoral';
    readonly reason: Reason;
  };
  /** The intermediate quantities of the point estimate. */
  readonly intermediate: {
    readonly coreValueAdded: number;
    readonly firmDensity: number;
    readonly workforceShare: number;
    readonly workforceLQ: number;
    readonly firmsLQ: number;
    readonly intensity: number;
    readonly nationalSectoral: number;
    /** Which stated figures were used: the ratio as stated, or counts over denominators. */
    readonly firmDensityFrom: 'firmsPerThousand' | 'digitalFirms/population';
    readonly workforceShareFrom: 'itWorkforceShare' | 'itWorkers/labourForce';
    readonly coreFrom: 'ictValueAdded' | 'ictRevenue×rho' | 'ictSegments';
  };
  /** Single-indicator estimates beside the main one; their spread is information. */
  readonly alternatives: {
    readonly workforce: number;
    readonly firms: number;
    readonly coreScaling: number;
  };
  readonly national: NationalComparison;
  readonly targets: readonly TargetComparison[];
  /** Present when the input has a history of two or more years. */
  readonly trajectory: Trajectory | null;
  readonly checks: readonly Check[];
  readonly parameters: readonly ParameterUsed[];
  /** Sorted by swing, largest first. */
  readonly sensitivity: readonly SensitivityEntry[];
  readonly provenance: Provenance;
  /** The input as validated (defaults applied), so that the result can be reproduced from itself. */
  readonly input: LocalityInput;
}
