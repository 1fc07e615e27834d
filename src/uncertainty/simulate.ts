import { StudentTInverse } from '../math/studentT.js';
import {
  evaluateTotals,
  INDEX,
  INPUT_NAMES,
  PARAMETER_NAMES,
  VARIABLE_NAMES,
} from '../model/model.js';
import type { Setup } from '../model/setup.js';
import { type MethodError, withMethodError } from './methodError.js';
import { type QuantileSink, quantileSink } from './quantiles.js';
import { streamSeed, Xoshiro128StarStar } from './random.js';
import { SobolDimension } from './sobol.js';

/** Draws per chunk: drawn column by column, and between two progress reports. */
const CHUNK = 1 << 16;

/** Median and 5–95% quantiles of a set of draws of the share. */
export interface Quantiles {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

/** Quantiles with their Monte Carlo standard errors. */
export interface QuantilesWithError extends Quantiles {
  /** Monte Carlo standard error of low, median and high: across scrambles, or `quantileError`. */
  readonly standardError: Quantiles;
}

/**
 * The predictive interval (parameters and method error, docs/method.md §4) and, in `parameter`,
 * the interval of the parameter and input ranges alone, each with its Monte Carlo error.
 */
export interface Interval extends QuantilesWithError {
  readonly parameter: QuantilesWithError;
}

/**
 * How the draws are made (docs/method.md §4): `'sobol'`, randomised quasi-Monte Carlo (scrambled
 * Sobol points in SOBOL_REPLICATES independent scrambles; the default), or `'mc'`, plain Monte
 * Carlo (one xoshiro128** stream a variable), kept for comparison.
 *
 * @example
 * estimate(daNang2024, { sampler: 'mc' satisfies Sampler }).provenance.sampler // => 'mc'
 */
export type Sampler = 'sobol' | 'mc';

/**
 * The samplers, the default first.
 *
 * @example
 * SAMPLERS // => ['sobol', 'mc']
 */
export const SAMPLERS: readonly Sampler[] = ['sobol', 'mc'];

/**
 * Independent scrambles of the Sobol points: the draws are split between them, and the spread of
 * their quantiles gives the standard error (sd / √16, 15 degrees of freedom).
 */
export const SOBOL_REPLICATES = 16;

/**
 * The Sobol dimension of each drawn quantity, in this fixed order: the parameters (always drawn),
 * the method error, then the inputs that carry a range, each at its own dimension whether or not
 * the others are drawn, so that giving one input a range leaves every other quantity's points as
 * they were.
 */
export const SOBOL_ORDER: readonly string[] = [...PARAMETER_NAMES, 'methodError', ...INPUT_NAMES];

/**
 * The Monte Carlo standard error of a p-quantile of n independent draws, from the spread of the
 * quantiles around it (Siddiqui's estimator of the density, docs/method.md §4):
 * √(p(1 − p)/n) × (q(p + δ) − q(p − δ)) / (2δ), δ = n^(−1/3)/2 kept within 0.005–0.04.
 *
 * @example quantileError(0.05, 10_000, 0.2129, 0.2135) // the 5% and its neighbours at ±δ
 */
export function quantileError(p: number, n: number, below: number, above: number): number {
  const delta = errorDelta(n);
  return Math.sqrt((p * (1 - p)) / n) * ((above - below) / (2 * delta));
}

const errorDelta = (n: number) => Math.min(0.04, Math.max(0.005, 0.5 * n ** (-1 / 3)));

/** The name of the method error's random stream (a name no model variable has). */
export const METHOD_ERROR_STREAM = 'methodError';

/** The inverse CDF tables of Student's t, one per degrees of freedom. */
const tInverses = new Map<number, StudentTInverse>();
function tInverse(df: number): StudentTInverse {
  let table = tInverses.get(df);
  if (!table) {
    table = new StudentTInverse(df);
    tInverses.set(df, table);
  }
  return table;
}

/** What one pass of draws fills: the two intervals' sinks. */
interface Sinks {
  readonly parameter: QuantileSink;
  readonly predictive: QuantileSink;
}

const AT = [0.05, 0.5, 0.95] as const;
const asQuantiles = ([low, median, high]: readonly number[]): Quantiles => ({
  low: low as number,
  median: median as number,
  high: high as number,
});

/**
 * The interval of the share (docs/method.md §4). Each draw takes every variable whose range is
 * not a single point from a triangular distribution on [low, high] with its mode at the default
 * value, then evaluates the model; that share is a draw of the parameter interval, and the same
 * share moved by the method error (scale × a Student t draw, on the log-odds) a draw of the
 * predictive interval.
 *
 * - `'sobol'` (default): the probabilities are scrambled Sobol points, one dimension per drawn
 *   quantity (SOBOL_ORDER), mapped through each one's inverse CDF, in SOBOL_REPLICATES
 *   independent scrambles seeded from `seed` and each quantity's name; the quantiles are those of
 *   all the draws, their standard error the spread of the scrambles' own quantiles.
 * - `'mc'`: each variable, and the method error, draws from its own xoshiro128** stream seeded
 *   from `seed` and the name (`streamSeed`); the standard error is Siddiqui's (`quantileError`).
 *
 * Same setup, seed, draws and sampler: same numbers, bit for bit. Memory does not grow with the
 * draw count beyond EXACT_LIMIT.
 */
export function simulate(
  setup: Setup,
  draws: number,
  seed: number,
  methodError: MethodError,
  onProgress?: (done: number, total: number) => void,
  sampler: Sampler = 'sobol',
): Interval {
  return sampler === 'mc'
    ? monteCarlo(setup, draws, seed, methodError, onProgress)
    : quasiMonteCarlo(setup, draws, seed, methodError, onProgress);
}

/**
 * Evaluate the model for the `n` draws held in `columns` (by variable index; undefined where a
 * variable keeps its value) and add each share, and each share moved by its method error, to the
 * sinks.
 */
function evaluateChunk(
  setup: Setup,
  n: number,
  columns: readonly (Float64Array | undefined)[],
  totals: Float64Array,
  errors: Float64Array,
  scale: number,
  sinks: Sinks,
): void {
  evaluateTotals(setup.base, setup.plan, columns, n, totals);
  const { parameter, predictive } = sinks;
  if (!(scale > 0)) {
    for (let d = 0; d < n; d++) parameter.add(totals[d] as number);
    return;
  }
  for (let d = 0; d < n; d++) {
    const share = totals[d] as number;
    parameter.add(share);
    predictive.add(withMethodError(share, scale * (errors[d] as number)));
  }
}

/** The chunk's columns by variable index: the drawn variables' columns, undefined elsewhere. */
function byIndex(drawn: readonly { name: string }[], columns: readonly Float64Array[]) {
  const out: (Float64Array | undefined)[] = new Array(VARIABLE_NAMES.length).fill(undefined);
  drawn.forEach((v, k) => {
    out[INDEX[v.name as keyof typeof INDEX]] = columns[k];
  });
  return out;
}

const drawnOf = (setup: Setup) => setup.variables.filter((v) => v.high > v.low);

function sinksFor(draws: number, withError: boolean, replicates = false): Sinks {
  const parameter = quantileSink(draws, replicates);
  return { parameter, predictive: withError ? quantileSink(draws, replicates) : parameter };
}

function quasiMonteCarlo(
  setup: Setup,
  draws: number,
  seed: number,
  methodError: MethodError,
  onProgress?: (done: number, total: number) => void,
): Interval {
  const drawn = drawnOf(setup);
  const { scale, df } = methodError;
  const withError = scale > 0;
  // One stream of scrambles a quantity, keyed by its name; replicate r takes the next 33 words.
  const scrambles = drawn.map((v) => new Xoshiro128StarStar(streamSeed(seed, `sobol:${v.name}`)));
  const errorScrambles = new Xoshiro128StarStar(streamSeed(seed, `sobol:${METHOD_ERROR_STREAM}`));
  const dimensionOf = (name: string) => SOBOL_ORDER.indexOf(name) + 1;
  const inverse = withError ? tInverse(df) : undefined;
  const size = Math.min(Math.ceil(draws / SOBOL_REPLICATES), CHUNK);
  const columns = drawn.map(() => new Float64Array(size));
  const indexed = byIndex(drawn, columns);
  const totals = new Float64Array(size);
  const errors = new Float64Array(withError ? size : 0);
  const sinks = sinksFor(draws, withError, true);
  let done = 0;
  for (let r = 0; r < SOBOL_REPLICATES; r++) {
    // The draws split as evenly as they go: the first (draws mod R) scrambles take one more.
    const m = Math.floor(draws / SOBOL_REPLICATES) + (r < draws % SOBOL_REPLICATES ? 1 : 0);
    if (m === 0) continue;
    const dimensions = drawn.map(
      (v, k) => new SobolDimension(dimensionOf(v.name), scrambles[k] as Xoshiro128StarStar, m),
    );
    const errorDimension = withError
      ? new SobolDimension(dimensionOf(METHOD_ERROR_STREAM), errorScrambles, m)
      : undefined;
    for (let start = 0; start < m; start += CHUNK) {
      const n = Math.min(CHUNK, m - start);
      drawn.forEach((v, k) => {
        (dimensions[k] as SobolDimension).fillTriangular(
          columns[k] as Float64Array,
          n,
          v.low,
          v.value,
          v.high,
        );
      });
      if (errorDimension && inverse) {
        errorDimension.fill(errors, n);
        inverse.fill(errors, n);
      }
      evaluateChunk(setup, n, indexed, totals, errors, scale, sinks);
      done += n;
      onProgress?.(done, draws);
    }
    sinks.parameter.endReplicate(AT);
    if (withError) sinks.predictive.endReplicate(AT);
  }
  const withSpread = (sink: QuantileSink): QuantilesWithError => {
    const replicates = sink.replicateQuantiles();
    const error = (k: number) => {
      const values = replicates.map((q) => q[k] as number);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
      return Math.sqrt(variance / values.length);
    };
    return {
      ...asQuantiles(sink.quantiles(AT)),
      standardError: { low: error(0), median: error(1), high: error(2) },
    };
  };
  const parameter = withSpread(sinks.parameter);
  if (!withError) return { ...parameter, parameter };
  return { ...withSpread(sinks.predictive), parameter };
}

function monteCarlo(
  setup: Setup,
  draws: number,
  seed: number,
  methodError: MethodError,
  onProgress?: (done: number, total: number) => void,
): Interval {
  const drawn = drawnOf(setup);
  const streams = drawn.map((v) => new Xoshiro128StarStar(streamSeed(seed, v.name)));
  const size = Math.min(draws, CHUNK);
  const columns = drawn.map(() => new Float64Array(size));
  const indexed = byIndex(drawn, columns);
  const totals = new Float64Array(size);
  const { scale, df } = methodError;
  const withError = scale > 0;
  const sinks = sinksFor(draws, withError);
  const errorStream = new Xoshiro128StarStar(streamSeed(seed, METHOD_ERROR_STREAM));
  const errors = new Float64Array(withError ? size : 0);
  // Draws in chunks: each variable's column of the chunk is filled from its stream in one tight
  // loop, then the model is evaluated draw by draw; progress is reported between chunks.
  for (let start = 0; start < draws; start += CHUNK) {
    const n = Math.min(CHUNK, draws - start);
    drawn.forEach((v, k) => {
      (streams[k] as Xoshiro128StarStar).fillTriangular(
        columns[k] as Float64Array,
        n,
        v.low,
        v.value,
        v.high,
      );
    });
    if (withError) errorStream.fillStudentT(errors, n, df);
    evaluateChunk(setup, n, indexed, totals, errors, scale, sinks);
    onProgress?.(start + n, draws);
  }
  // One selection for each interval's three quantiles and their neighbours at ±δ (the standard
  // error's density estimate).
  const delta = errorDelta(draws);
  const withErrors = (sink: QuantileSink): QuantilesWithError => {
    const q = sink.quantiles(AT.flatMap((p) => [p - delta, p, p + delta]));
    const pick = (i: number) => q[i] as number;
    const error = (k: number) =>
      quantileError(AT[k] as number, draws, pick(3 * k), pick(3 * k + 2));
    return {
      low: pick(1),
      median: pick(4),
      high: pick(7),
      standardError: { low: error(0), median: error(1), high: error(2) },
    };
  };
  const parameter = withErrors(sinks.parameter);
  if (!withError) return { ...parameter, parameter };
  return { ...withErrors(sinks.predictive), parameter };
}
