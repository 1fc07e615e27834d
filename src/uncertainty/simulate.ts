import { emptyOutput, evaluate, INDEX } from '../model/model.js';
import type { Setup } from '../model/setup.js';
import { type MethodError, withMethodError } from './methodError.js';
import { quantileSink } from './quantiles.js';
import { streamSeed, Xoshiro128StarStar } from './random.js';

/** Draws per chunk: drawn column by column, and between two progress reports. */
const CHUNK = 1 << 16;

/** Median and 5–95% quantiles of a set of draws of the share. */
export interface Quantiles {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The predictive interval (parameters and method error, docs/method.md §4) and, in `parameter`,
 * the interval of the parameter and input ranges alone.
 */
export interface Interval extends Quantiles {
  readonly parameter: Quantiles;
  /** Monte Carlo standard error of the predictive low, median and high (see `quantileError`). */
  readonly standardError: Quantiles;
}

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

/**
 * Seeded Monte Carlo of the share (docs/method.md §4). Each draw takes every variable whose range
 * is not a single point from a triangular distribution on [low, high] with its mode at the
 * default value, then evaluates the model; that share is a draw of the parameter interval, and
 * the same share moved by the method error (scale × a Student t draw, on the log-odds) a draw of
 * the predictive interval. Each variable, and the method error, draws from its own xoshiro128**
 * stream, seeded from `seed` and the name (`streamSeed`), so giving one input a range leaves every
 * other variable's draws as they were. Same setup, seed and draws: same numbers, bit for bit.
 * Memory does not grow with the draw count beyond EXACT_LIMIT.
 */
export function simulate(
  setup: Setup,
  draws: number,
  seed: number,
  methodError: MethodError,
  onProgress?: (done: number, total: number) => void,
): Interval {
  const vector = Float64Array.from(setup.base);
  const drawn = setup.variables.filter((v) => v.high > v.low);
  const streams = drawn.map((v) => new Xoshiro128StarStar(streamSeed(seed, v.name)));
  const indices = Int32Array.from(drawn.map((v) => INDEX[v.name]));
  const count = drawn.length;
  const size = Math.min(draws, CHUNK);
  const columns = drawn.map(() => new Float64Array(size));
  const out = emptyOutput();
  const sink = quantileSink(draws);
  const withError = methodError.scale > 0;
  const predictiveSink = withError ? quantileSink(draws) : sink;
  const errorStream = new Xoshiro128StarStar(streamSeed(seed, METHOD_ERROR_STREAM));
  const errors = new Float64Array(withError ? size : 0);
  const { scale, df } = methodError;
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
    for (let d = 0; d < n; d++) {
      for (let k = 0; k < count; k++)
        vector[indices[k] as number] = (columns[k] as Float64Array)[d] as number;
      const share = evaluate(vector, setup.plan, out).total;
      sink.add(share);
      if (withError) predictiveSink.add(withMethodError(share, scale * (errors[d] as number)));
    }
    onProgress?.(start + n, draws);
  }
  // One selection for the headline's three quantiles and their neighbours at ±δ (the standard
  // error's density estimate), one for the parameter interval's.
  const delta = errorDelta(draws);
  const at = [0.05, 0.5, 0.95];
  const q = (withError ? predictiveSink : sink).quantiles(
    at.flatMap((p) => [p - delta, p, p + delta]),
  ) as number[];
  const pick = (i: number) => q[i] as number;
  const headline = { low: pick(1), median: pick(4), high: pick(7) };
  const error = (k: number) => quantileError(at[k] as number, draws, pick(3 * k), pick(3 * k + 2));
  const standardError = { low: error(0), median: error(1), high: error(2) };
  if (!withError) return { ...headline, parameter: headline, standardError };
  const [low, median, high] = sink.quantiles(at) as [number, number, number];
  return { ...headline, parameter: { median, low, high }, standardError };
}
