import type { Reason } from './render/messages.js';
import type { Frame, LocalityInput } from './schemas.js';

export type { Reason, ReasonCode } from './render/messages.js';

/**
 * Result types. Every share is a fraction of GRDP in [0, 1]; "points" are differences of shares
 * (0.01 = one percentage point). A value that cannot be computed is `null` with a `reason`, never
 * NaN or Infinity.
 */

/** Severity of a consistency check: `error` means the number should not be used as is. */
export type Severity = 'info' | 'warning' | 'error';

/** A consistency warning: a stable code, a severity, a message that shows the arithmetic, and its numbers. */
export interface Check {
  readonly code: CheckCode;
  readonly severity: Severity;
  readonly message: string;
  /** The numbers in the message, by name, for renderers in other languages. */
  readonly values: Readonly<Record<string, number | string>>;
}

/** Stable codes of the consistency checks (docs/method.md §6). */
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

/** A parameter as used: default value, range, source keys and, for national figures, the year read. */
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

/** One-at-a-time swing of the point estimate when one parameter or ranged input moves across its range. */
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

/** Comparison with the national average of the same frame. */
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

/** Progress needed from now to a target level by a target year. */
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

/** A target compared with the estimate. */
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

/** A projected share with its interval. */
export interface TrajectoryPoint {
  readonly year: number;
  readonly share: number;
  readonly low: number;
  readonly high: number;
}

/** Trend projection from a share history (docs/method.md §5). */
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

/** Everything needed to reproduce a result exactly. */
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

/** The result of `estimate` for one locality-year. */
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
