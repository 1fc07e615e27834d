import type { NationalComparison } from '../compare/national.js';
import type { TargetComparison } from '../compare/targets.js';
import type { Trajectory } from '../compare/trajectory.js';
import type { Reason } from '../i18n/messages.js';
import type { Frame, LocalityInput } from '../input/schemas.js';
import type { ParameterUsed } from '../model/setup.js';
import type { Source } from '../reference/reference.js';
import type { MethodError } from '../uncertainty/methodError.js';
import type { SensitivityEntry } from '../uncertainty/sensitivity.js';
import type { Check } from './checks.js';

export type { NationalComparison } from '../compare/national.js';
export type { TargetComparison, TargetPath } from '../compare/targets.js';
export type { Trajectory, TrajectoryPoint } from '../compare/trajectory.js';
export type { Reason, ReasonCode } from '../i18n/messages.js';
export type { ParameterUsed } from '../model/setup.js';
export type { MethodError } from '../uncertainty/methodError.js';
export type { SensitivityEntry } from '../uncertainty/sensitivity.js';
export type { Check, CheckCode, Severity } from './checks.js';

/**
 * The 5–95% interval of the parameter and input ranges alone, without the method's own error.
 *
 * @example
 * estimate(daNang2024).share.parameterInterval // => { low: 0.2129…, high: 0.2664… }
 */
export interface ParameterInterval {
  readonly low: number;
  readonly high: number;
}

/**
 * Result types. Every share is a fraction of GRDP in [0, 1]; "points" are differences of shares
 * (0.01 = one percentage point). A value that cannot be computed is `null` with a `reason`, never
 * NaN or Infinity.
 */

/**
 * Everything needed to reproduce a result exactly.
 *
 * @example
 * const { seed, draws, dataVersion, methodVersion } = estimate(daNang2024).provenance;
 * // estimate(daNang2024, { seed, draws, sampler }) reproduces the result exactly with the same data version
 */
export interface Provenance {
  readonly method: string;
  readonly methodVersion: string;
  readonly dataVersion: string;
  readonly packageVersion: string;
  readonly seed: number;
  /** The draws the interval took (with a precision: the count it stopped at). */
  readonly draws: number;
  /** How the draws were made: `'sobol'` (scrambled Sobol points) or `'mc'` (docs/method.md §4). */
  readonly sampler: 'sobol' | 'mc';
  /** The precision asked for, whether it was reached and the most draws allowed; null without. */
  readonly precision: {
    readonly target: number;
    readonly reached: boolean;
    readonly maxDraws: number;
  } | null;
  readonly generator: string;
  readonly parameters: readonly ParameterUsed[];
  /** The registry entries of every source key used. */
  readonly sources: Readonly<Record<string, Source>>;
}

/**
 * The estimate in one frame and that frame's national average.
 *
 * @example
 * estimate(daNang2024).byFrame.gso.national.share // => 0.1317 (the statistics office, 2024)
 */
export interface FrameEstimate {
  readonly point: number;
  readonly median: number;
  /** 5% and 95% of the predictive interval (parameters and method error). */
  readonly low: number;
  readonly high: number;
  readonly parameterInterval: ParameterInterval;
  /** Draws of this interval: the estimate's for the headline, at most 16,384 for the other frame. */
  readonly draws: number;
  readonly national: {
    readonly share: number;
    readonly year: number;
    /** Estimate − national share. */
    readonly gap: number;
    /** Estimate ÷ national share. */
    readonly ratio: number;
    readonly source: readonly string[];
  };
}

/**
 * The result of `estimate` for one locality-year.
 *
 * @example
 * const result: EstimateResult = estimate(daNang2024);
 * result.share.point // => 0.2349…
 */
export interface EstimateResult {
  readonly locality: string;
  /** Registry id of the locality, or null when it is not in data/localities.json. */
  readonly localityId: string | null;
  readonly year: number;
  readonly frame: Frame;
  readonly unit: string;
  /**
   * `point` at default parameters; `median`, `low` (5%) and `high` (95%) of the predictive
   * interval, which adds the method's own error (`methodError`, docs/method.md §4) to the
   * parameter and input ranges; `parameterInterval` is the interval of those ranges alone.
   */
  readonly share: {
    readonly point: number;
    readonly median: number;
    readonly low: number;
    readonly high: number;
    readonly parameterInterval: ParameterInterval;
    readonly methodError: MethodError;
    /**
     * Monte Carlo standard error of `low`, `median` and `high`, and of the parameter interval's
     * `parameterLow` and `parameterHigh` (share units): how much they would move with another
     * seed. With the default sampler, the spread of the 16 scrambles' own quantiles, ÷ √16; with
     * `'mc'`, Siddiqui's estimator (docs/method.md §4).
     */
    readonly monteCarloError: {
      readonly low: number;
      readonly median: number;
      readonly high: number;
      readonly parameterLow: number;
      readonly parameterHigh: number;
    };
  };
  /**
   * The estimate in each frame, with that frame's national average: the ministry's revenue-based
   * series (`mic`) and the statistics office's value-added series (`gso`). The headline frame's
   * entry repeats `share` and `national`; the other is the same input through the other frame's
   * national figures (docs/method.md §5).
   */
  readonly byFrame: Readonly<Record<Frame, FrameEstimate>>;
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
