import { findLocality, type ReferenceData, referenceData, type Target } from './reference.js';
import { reason } from './render/messages.js';
import { shareInYear, yearReached } from './trajectory.js';
import type { TargetComparison, TargetPath, Trajectory } from './types.js';

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
 * compareTargets(0.235, 2024, applicableTargets('Da Nang'), null).map((t) => [t.id, t.gap])
 * // => [['vn-2025', -0.035], ['vn-2030', 0.065], ['da-nang-2025', -0.035], ['da-nang-2030', 0.115]] (rounded)
 */
export function compareTargets(
  point: number,
  year: number,
  targets: readonly Target[],
  trajectory: Trajectory | null,
): TargetComparison[] {
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
      ...(target.locality ? { locality: target.locality } : {}),
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
    };
  });
}
