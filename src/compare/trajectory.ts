import { linearRegression } from 'simple-statistics';
import * as z from 'zod';
import { type Reason, reason } from '../i18n/messages.js';
import { InputError, inputIssue } from '../input/inputError.js';
import { checkFiniteNumber, checkOptions } from '../input/options.js';
import { parseInput } from '../input/parseInput.js';
import { type HistoryPoint, HistoryPointSchema, YearSchema } from '../input/schemas.js';
import { describeValue } from '../input/zodIssues.js';
import { studentTQuantile } from '../math/studentT.js';

/** A level counts as reached within this much (floating-point noise: 0.12 + 8 × 0.01 is 0.19999999999999998). */
const REACHED_TOLERANCE = 1e-12;

/**
 * The last year `yearReached` looks at; later than this it answers "not before".
 *
 * @example
 * yearReached(estimate(daNang2024).trajectory!, 0.9)
// => { year: null, reason: { code: 'not-before', message: 'not before 2045', … } }
 */
export const SEARCH_HORIZON = 2045;

/**
 * Options of `projectTrajectory`.
 *
 * @example
 * projectTrajectory(daNang2024.history, { to: 2035 }).points.at(-1)?.year // => 2035
 */
export interface ProjectTrajectoryOptions {
  /** Last year to project, a whole year 1990–2100 (default 2030, or the last observed year + 1 if that is later). */
  readonly to?: number;
}

interface Fit {
  readonly method: 'linear' | 'compound';
  /** Trend value at a year, on the share scale. */
  at(year: number): number;
  /** 5–95% prediction interval at a year, on the share scale (equal to the trend when n = 2). */
  interval(year: number): { low: number; high: number };
  /** Slope on the fitted scale: points per year (linear) or log growth per year (compound). */
  readonly slope: number;
}

function fitTrend(
  points: readonly { year: number; share: number }[],
  method: 'linear' | 'compound',
): Fit {
  const transform = method === 'linear' ? (s: number) => s : Math.log;
  const back = method === 'linear' ? (y: number) => y : Math.exp;
  const xs = points.map((p) => p.year);
  const ys = points.map((p) => transform(p.share));
  const n = points.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const sxx = xs.reduce((a, x) => a + (x - meanX) ** 2, 0);
  // Every year the same: no slope can be fitted; the level is the mean.
  const line =
    sxx > 0
      ? linearRegression(xs.map((x, i) => [x, ys[i] as number]))
      : { m: 0, b: ys.reduce((a, y) => a + y, 0) / n };
  const predict = (x: number) => line.b + line.m * x;
  const residual = ys.reduce((a, y, i) => a + (y - predict(xs[i] as number)) ** 2, 0);
  const df = n - 2;
  const s = df > 0 ? Math.sqrt(residual / df) : 0;
  const t = df > 0 ? studentTQuantile(0.95, df) : 0;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return {
    method,
    slope: line.m,
    at: (year) => clamp(back(predict(year))),
    interval: (year) => {
      const half = df > 0 && sxx > 0 ? t * s * Math.sqrt(1 + 1 / n + (year - meanX) ** 2 / sxx) : 0;
      return { low: clamp(back(predict(year) - half)), high: clamp(back(predict(year) + half)) };
    },
  };
}

/**
 * Sum of squared one-step-ahead errors, fitting on the first k points and predicting point k + 1,
 * for every k from 2. The fit on k points is updated from the fit on k − 1 (running means and
 * co-moments, Welford's update), so the whole pass is O(n) rather than n fits of O(n).
 */
export function rollingError(
  points: readonly { year: number; share: number }[],
  method: 'linear' | 'compound',
): number {
  const transform = method === 'linear' ? (s: number) => s : Math.log;
  const back = method === 'linear' ? (y: number) => y : Math.exp;
  let n = 0;
  let meanX = 0;
  let meanY = 0;
  let sxx = 0;
  let sxy = 0;
  let total = 0;
  for (const point of points) {
    if (n >= 2) {
      // Every year the same so far: no slope can be fitted; the forecast is the mean.
      const slope = sxx > 0 ? sxy / sxx : 0;
      const forecast = back(meanY + slope * (point.year - meanX));
      total += (Math.min(1, Math.max(0, forecast)) - point.share) ** 2;
    }
    const y = transform(point.share);
    n += 1;
    const dx = point.year - meanX;
    meanX += dx / n;
    meanY += (y - meanY) / n;
    sxx += dx * (point.year - meanX);
    sxy += dx * (y - meanY);
  }
  return total;
}

/** The trend chosen for a history, with the reason (docs/method.md §5). */
function chooseTrend(points: readonly { year: number; share: number }[]): {
  fit: Fit;
  rule: Reason;
} {
  if (points.length < 3)
    return { fit: fitTrend(points, 'linear'), rule: reason('trend-few-years') };
  if (points.some((p) => p.share <= 0))
    return { fit: fitTrend(points, 'linear'), rule: reason('trend-zero-share') };
  const linear = rollingError(points, 'linear');
  const compound = rollingError(points, 'compound');
  const errors = { linear: linear.toExponential(2), compound: compound.toExponential(2) };
  return compound < linear
    ? { fit: fitTrend(points, 'compound'), rule: reason('trend-compound-better', errors) }
    : { fit: fitTrend(points, 'linear'), rule: reason('trend-linear-better', errors) };
}

const HistorySchema = z.array(HistoryPointSchema).min(2);
/** `to` is a calendar year like every other (1990–2100): `to: 1e9` ran Node out of memory. */
const ProjectOptionsSchema = z.strictObject({ to: YearSchema.optional() });

/**
 * Project a share history forward: a linear trend (constant points per year) or a compound one
 * (constant growth rate), whichever forecast the history better one step ahead (rolling origin:
 * fit on the first k years, predict year k + 1); linear with fewer than three years or on a tie.
 * The interval is the 5–95% OLS prediction interval (Student's t with n − 2 degrees of freedom),
 * on the log scale for the compound trend; shares are kept within [0, 1].
 *
 * @param history - Two or more `{ year, share, source }` points; shares are fractions.
 * @param options - `to`: last year to project (default 2030).
 * @returns The chosen method, the rule that chose it, the pace and the projected points.
 * @throws {InputError} When the history has fewer than two points or a share outside [0, 1].
 * @example
 * projectTrajectory([
 *   { year: 2021, share: 0.127, source: 'D1' }, { year: 2022, share: 0.17, source: 'D1' },
 *   { year: 2023, share: 0.2069, source: 'D4' }, { year: 2024, share: 0.22, source: 'seed-004' },
 * ]).points.at(-1)
 * // => { year: 2030, share: 0.4179…, low: …, high: … }
 */
export function projectTrajectory(
  history: readonly HistoryPoint[],
  options: ProjectTrajectoryOptions = {},
): Trajectory {
  const settings = parseInput(
    ProjectOptionsSchema,
    checkOptions(options, 'projectTrajectory options', ['to']),
    'projectTrajectory options',
  );
  const points = [...parseInput(HistorySchema, history, 'projectTrajectory')].sort(
    (a, b) => a.year - b.year,
  );
  const last = (points.at(-1) as HistoryPoint).year;
  const to = Math.max(settings.to ?? 2030, last + 1);
  const { fit: trend, rule } = chooseTrend(points);
  const projected: TrajectoryPoint[] = [];
  for (let year = last + 1; year <= to; year++) {
    projected.push({ year, share: trend.at(year), ...trend.interval(year) });
  }
  const first = (points[0] as HistoryPoint).year;
  const years = new Set(points.map((p) => p.year)).size;
  return {
    method: trend.method,
    rule,
    pace: trend.method === 'linear' ? trend.slope : Math.expm1(trend.slope),
    history: points.map(({ year, share, source }) => ({ year, share, source })),
    points: projected,
    caveats: { fewPoints: years < FEW_POINTS, horizon: last + 2 * (last - first) },
  };
}

/**
 * The share the trajectory gives for a year: observed if the history has it, else the trend.
 *
 * @example
 * shareInYear(estimate(daNang2024).trajectory!, 2030) // => 0.4179… (linear trend of the city's history)
 */
export function shareInYear(trajectory: Trajectory, year: number): number {
  checkTrajectory(trajectory, 'shareInYear');
  checkFiniteNumber(year, 'year', 'shareInYear');
  const observed = trajectory.history.filter((p) => p.year === year);
  if (observed.length > 0) return observed.reduce((a, p) => a + p.share, 0) / observed.length;
  return trendAt(trajectory, year);
}

/** A trajectory argument, checked for the fields the functions read (a result of projectTrajectory). */
function checkTrajectory(trajectory: unknown, context: string): void {
  const t = trajectory as Partial<Trajectory> | null;
  if (
    t === null ||
    typeof t !== 'object' ||
    !Array.isArray(t.history) ||
    !Array.isArray(t.points) ||
    t.points.length === 0 ||
    typeof t.pace !== 'number' ||
    (t.method !== 'linear' && t.method !== 'compound')
  ) {
    throw new InputError(context, [
      inputIssue(['trajectory'], { code: 'expected.trajectory' }, describeValue(trajectory)),
    ]);
  }
}

/** The fitted trend at any year, from the trajectory's pace and last projected point. */
function trendAt(trajectory: Trajectory, year: number): number {
  const anchor = trajectory.points[0] as TrajectoryPoint;
  const years = year - anchor.year;
  const value =
    trajectory.method === 'linear'
      ? anchor.share + trajectory.pace * years
      : anchor.share * (1 + trajectory.pace) ** years;
  return Math.min(1, Math.max(0, value));
}

/**
 * The first year the share reaches `level` at the trajectory's pace: an observed year if the
 * history already reached it, else the first projected year at or above it, searching up to
 * SEARCH_HORIZON.
 *
 * @example
 * yearReached(estimate(daNang2024).trajectory!, 0.35) // => { year: 2028 }
 */
export function yearReached(
  trajectory: Trajectory,
  level: number,
): { year: number | null; reason?: Reason } {
  checkTrajectory(trajectory, 'yearReached');
  checkFiniteNumber(level, 'level', 'yearReached');
  const reached = trajectory.history.find((p) => p.share >= level - REACHED_TOLERANCE);
  if (reached) return { year: reached.year };
  if (trajectory.pace <= 0) return { year: null, reason: reason('trend-not-rising') };
  const start = (trajectory.points[0] as TrajectoryPoint).year;
  for (let year = start; year <= SEARCH_HORIZON; year++) {
    if (trendAt(trajectory, year) >= level - REACHED_TOLERANCE) return { year };
  }
  return { year: null, reason: reason('not-before', { year: String(SEARCH_HORIZON) }) };
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
  /**
   * Where the projection is thin (docs/method.md §5): `fewPoints` when fitted on fewer than four
   * years; `horizon`, the last year within twice the span of the history (last + 2 × (last −
   * first)): a projected year after it is an extrapolation, not a forecast.
   */
  readonly caveats: { readonly fewPoints: boolean; readonly horizon: number };
}

/** Fewer observed years than this make a trend a rough guide (docs/method.md §5). */
export const FEW_POINTS = 4;
