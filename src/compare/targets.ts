import type { Reason } from '../i18n/messages.js';
import { reason } from '../i18n/messages.js';
import { InputError, inputIssue } from '../input/inputError.js';
import { checkFiniteNumber } from '../input/options.js';
import { describeValue } from '../input/zodIssues.js';
import {
  findLocality,
  type ReferenceData,
  referenceData,
  type Target,
} from '../reference/reference.js';
import type { Trajectory } from './trajectory.js';
import { shareInYear, yearReached } from './trajectory.js';

/**
 * The targets that apply to a locality: every national target (the national benchmark) and the
 * locality's own, superseded targets left out. Matching of the locality uses the registry's names
 * and aliases without diacritics ("Da Nang" finds "Đà Nẵng").
 *
 * @example applicableTargets('Da Nang').map((t) => t.id)
 * // => ['vn-2025', 'vn-2030', 'da-nang-2025', 'da-nang-2030']
 */
export function applicableTargets(
  locality: string,
  reference: ReferenceData = referenceData,
): Target[] {
  if (typeof locality !== 'string') {
    throw new InputError('applicableTargets', [
      inputIssue(['locality'], { code: 'expected.text-argument' }, describeValue(locality)),
    ]);
  }
  const id = findLocality(locality, reference)?.id;
  return reference.targets.targets.filter(
    (t) =>
      t.supersededBy === undefined &&
      (t.scope === 'national' || (id !== undefined && t.locality === id)),
  );
}

/**
 * What it takes to go from `now` (share in year `fromYear`) to `level` by `toYear`:
 * gap = level − now; required annual growth of the share (level / now)^(1/(T − t)) − 1;
 * required points per year (level − now) / (T − t). Null with a reason when T ≤ t or now = 0.
 *
 * @example targetPath(0.235, 2024, 0.35, 2030).requiredAnnualGrowth
 * // => 0.0686…  ((0.35 / 0.235)^(1/6) − 1)
 */
export function targetPath(
  now: number,
  fromYear: number,
  level: number,
  toYear: number,
): TargetPath {
  for (const [name, value] of Object.entries({ now, fromYear, level, toYear }))
    checkFiniteNumber(value, name, 'targetPath');
  const gap = level - now;
  const years = toYear - fromYear;
  if (years <= 0) {
    return {
      gap,
      requiredAnnualGrowth: null,
      requiredPointsPerYear: null,
      reason: reason(years === 0 ? 'target-year-now' : 'target-year-passed'),
    };
  }
  const growth = (level / now) ** (1 / years) - 1;
  if (!(now > 0) || !Number.isFinite(growth)) {
    return {
      gap,
      requiredAnnualGrowth: null,
      requiredPointsPerYear: gap / years,
      reason: reason('share-zero'),
    };
  }
  return { gap, requiredAnnualGrowth: growth, requiredPointsPerYear: gap / years };
}

/**
 * Compare an estimate with each target; with a trajectory, add the projection and the year reached.
 *
 * @example
 * compareTargets(0.235, 2024, applicableTargets('Da Nang'), null) // reference: the bundled data.map((t) => [t.id, t.gap])
 * // => [['vn-2025', -0.035], ['vn-2030', 0.065], ['da-nang-2025', -0.035], ['da-nang-2030', 0.115]] (rounded)
 */
export function compareTargets(
  point: number,
  year: number,
  targets: readonly Target[],
  trajectory: Trajectory | null,
  reference: ReferenceData = referenceData,
): TargetComparison[] {
  // The names of a local target's locality, carried in the result so that reports read no data.
  const namesOf = (id: string) => {
    const locality = reference.localities.localities.find((l) => l.id === id);
    return locality
      ? { vi: locality.name, latin: locality.aliases[0] ?? locality.name }
      : { vi: id, latin: id };
  };
  // With a trajectory: the year each level is reached at the current pace.
  const withReached = (path: TargetPath, level: number): TargetPath => {
    if (!trajectory) return path;
    const reached = yearReached(trajectory, level);
    return {
      ...path,
      yearReached: reached.year,
      ...(reached.reason ? { yearReachedReason: reached.reason } : {}),
    };
  };
  return targets.map((target) => {
    const path = withReached(targetPath(point, year, target.low, target.year), target.low);
    const status: TargetComparison['status'] =
      point >= target.low ? 'met' : target.year < year ? 'passed' : 'open';
    return {
      id: target.id,
      label: target.label,
      scope: target.scope,
      ...(target.locality
        ? { locality: target.locality, localityName: namesOf(target.locality) }
        : {}),
      year: target.year,
      low: target.low,
      high: target.high,
      status,
      ...path,
      ...(target.high > target.low
        ? { toHigh: withReached(targetPath(point, year, target.high, target.year), target.high) }
        : {}),
      ...(trajectory ? { projected: shareInYear(trajectory, target.year) } : {}),
      instrument: target.instrument,
      source: target.source,
      ...(target.inputLabel ? { inputLabel: target.inputLabel } : {}),
    };
  });
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
  /** That locality's name: Vietnamese with diacritics, and the Latin spelling (its first alias). */
  readonly localityName?: { readonly vi: string; readonly latin: string };
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
  /** A target stated in the input (`targets`) with its own label: shown as given. */
  readonly inputLabel?: string;
}
