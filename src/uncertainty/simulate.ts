import { StudentTInverse } from '../math/studentT.js';
import {
  evaluateTotals,
  INDEX,
  INPUT_NAMES,
  intensityVariables,
  PARAMETER_NAMES,
  totalsOfPowers,
  VARIABLE_NAMES,
} from '../model/model.js';
import type { Setup } from '../model/setup.js';
import {
  type ColumnQuantiles,
  claimScramble,
  type DrawAlong,
  finishColumns,
  isDrawn,
  markDrawn,
  type SelectionHelper,
  type SelectionJob,
  selectionJob,
} from './counting.js';
import { type DrawKernel, drawKernel } from './drawKernel.js';
import { sharesDraws } from './limits.js';
import { type MethodError, movedShare } from './methodError.js';
import {
  EXACT_LIMIT,
  type QuantileSink,
  quantileSink,
  segmentQuantiles,
  segmentsOf,
} from './quantiles.js';
import { streamSeed, Xoshiro128StarStar } from './random.js';
import { SobolDimension } from './sobol.js';

/**
 * Draws per chunk: drawn column by column, and between two progress reports. 16,384, so that a
 * chunk's columns and scratch (about ten of 128 kB) stay in a second-level cache of 2 MiB
 * between the passes: a whole estimate at 10^6 draws took 6 ms less than with chunks of 65,536
 * (and one at 10^7 draws, into histograms, 2% more; 8,192 gained 7 ms and lost 4%).
 */
const CHUNK = 1 << 14;

/**
 * The size of the chunk after `done` draws of a run: 1,024 doubling to CHUNK, so that in a fresh
 * process each loop runs on small chunks first and V8 optimises it before the large ones (a first
 * chunk of 65,536 ran partly unoptimised). The chunks do not change the numbers.
 */
const chunkAfter = (done: number) => Math.min(CHUNK, Math.max(1024, done));

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
    // Built by the draw kernel where it runs (the same tables, faster in a fresh process).
    const kernel = Number.isInteger(df) && df >= 1 ? drawKernel() : null;
    table = new StudentTInverse(
      df,
      kernel?.studentTTables(
        df,
        StudentTInverse.STEP,
        StudentTInverse.BODY_STEP,
        StudentTInverse.LENGTH,
      ),
    );
    tInverses.set(df, table);
  }
  return table;
}

/** The t tables of df degrees of freedom as another thread built them (the same numbers). */
function keepTInverse(df: number, tables: Float64Array): void {
  if (!tInverses.has(df)) tInverses.set(df, new StudentTInverse(df, tables));
}

/** Replace each uniform of target[0 … n) by its t quantile: by the draw kernel where it runs. */
function fillStudentT(df: number, target: Float64Array, n: number): void {
  const kernel = drawKernel();
  if (kernel) kernel.studentT(target, n, tInverse(df));
  else tInverse(df).fill(target, n);
}

/** What one pass of draws fills: the two intervals' draws, each somewhere that keeps them. */
interface Sinks<S extends Adds = QuantileSink> {
  readonly parameter: S;
  readonly predictive: S;
}

/**
 * Anything that keeps draws, a column at a time; `place(n)`, where a sink has it, gives the next
 * n places to write the draws into directly (they count as added), saving a copy.
 */
type Adds = {
  addAll(values: Float64Array, n: number): void;
  place?(n: number): Float64Array;
};

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
 * draw count beyond EXACT_LIMIT. A `cache` (a batch's) reads drawn columns kept from earlier
 * estimates; a `helper` (the command line's second thread) draws scrambles of a default-sampler
 * run of SHARED_MIN_DRAWS to EXACT_LIMIT draws (src/uncertainty/limits.ts) beside this thread and
 * counts them all as they are drawn (src/uncertainty/counting.ts): the same numbers either way.
 */
export function simulate(
  setup: Setup,
  draws: number,
  seed: number,
  methodError: MethodError,
  onProgress?: (done: number, total: number) => void,
  sampler: Sampler = 'sobol',
  cache?: DrawCache,
  helper?: SelectionHelper,
): Interval {
  if (sampler === 'mc') return monteCarlo(setup, draws, seed, methodError, onProgress);
  if (helper && sharesDraws(draws))
    return sharedQuasiMonteCarlo(setup, draws, seed, methodError, helper, onProgress);
  if (cache && draws <= CACHED_DRAWS)
    return cachedQuasiMonteCarlo(setup, draws, seed, methodError, cache, onProgress);
  return quasiMonteCarlo(setup, draws, seed, methodError, onProgress);
}

/** The most draws whose columns a DrawCache keeps: 65,536 (16 scrambles of 4,096 points). */
export const CACHED_DRAWS = 65_536;

/** The most numbers a DrawCache holds (64 MiB); past it, it drops them all and starts again. */
const CACHED_NUMBERS = 8 * 2 ** 20;

/**
 * Drawn columns kept for reuse under the default sampler: a quantity's triangular draws (by seed,
 * name, range and draw count) and the method error's (by seed, degrees of freedom, scale and draw
 * count), all 16 scrambles one after the other, the numbers a fresh run draws. `estimateBatch`
 * keeps one for all its rows: the rows share the parameters' ranges, so after the first row each
 * reads the parameters' and the method error's draws instead of drawing them again. Only runs of
 * at most CACHED_DRAWS draws are kept, so memory stays bounded.
 */
export class DrawCache {
  private readonly columns = new Map<string, Float64Array>();
  private numbers = 0;
  private totals = new Float64Array(0);
  private moved = new Float64Array(0);

  /** The column under `key` (`length` numbers), filled by `make` the first time it is asked for. */
  column(key: string, length: number, make: (target: Float64Array) => void): Float64Array {
    let column = this.columns.get(key);
    if (!column) {
      if (this.numbers + length > CACHED_NUMBERS) {
        this.columns.clear();
        this.numbers = 0;
      }
      column = new Float64Array(length);
      make(column);
      this.columns.set(key, column);
      this.numbers += length;
    }
    return column;
  }

  /** The I_L^β of the current estimate's draws, under the key of what it was computed from. */
  private powers: { key: string; sizes: readonly number[]; column: Float64Array } | undefined;
  private powersSpace = new Float64Array(0);
  private gathered = new Float64Array(0);

  /**
   * Start an estimate: forget the I_L^β kept for the one before. The frames of one estimate share
   * theirs (the same points of the same variables); rows of a batch never share them.
   */
  beginEstimate(): void {
    this.powers = undefined;
  }

  /**
   * The current estimate's I_L^β under `key` for scrambles of `sizes` points (one after the
   * other), when they were kept for at least as many points a scramble (`known`: a scramble's
   * first points are the same however many it draws, so a shorter run reads the first of each);
   * else a column to compute them into, kept under `key` from now on.
   */
  powersFor(key: string, sizes: readonly number[]): { column: Float64Array; known: boolean } {
    const draws = sizes.reduce((a, b) => a + b, 0);
    const kept = this.powers;
    if (kept?.key === key && sizes.every((m, r) => m <= (kept.sizes[r] ?? 0))) {
      if (sizes.every((m, r) => m === kept.sizes[r])) return { column: kept.column, known: true };
      if (this.gathered.length < draws) this.gathered = new Float64Array(draws);
      let from = 0;
      let to = 0;
      sizes.forEach((m, r) => {
        this.gathered.set(kept.column.subarray(from, from + m), to);
        from += kept.sizes[r] ?? 0;
        to += m;
      });
      return { column: this.gathered, known: true };
    }
    if (this.powersSpace.length < draws) this.powersSpace = new Float64Array(draws);
    this.powers = { key, sizes: [...sizes], column: this.powersSpace };
    return { column: this.powersSpace, known: false };
  }

  /** Two work columns of at least `length` numbers (the shares and the moved shares), reused. */
  work(length: number): { totals: Float64Array; moved: Float64Array } {
    if (this.totals.length < length) {
      this.totals = new Float64Array(length);
      this.moved = new Float64Array(length);
    }
    return { totals: this.totals, moved: this.moved };
  }
}

/**
 * `quasiMonteCarlo` reading its columns from a DrawCache (drawing them there the first time): the
 * same draws, model and quantiles, so the same interval bit for bit; the model is evaluated for
 * all the draws at once, and the quantiles read from its output in place.
 */
function cachedQuasiMonteCarlo(
  setup: Setup,
  draws: number,
  seed: number,
  methodError: MethodError,
  cache: DrawCache,
  onProgress?: (done: number, total: number) => void,
): Interval {
  const drawn = drawnOf(setup);
  const { scale, df } = methodError;
  const withError = scale > 0;
  const sizes = Array.from({ length: SOBOL_REPLICATES }, (_, r) => replicateDraws(draws, r));
  /** Fill `target` scramble after scramble from the stream of `name` (as replicateOf does). */
  const eachReplicate = (
    name: string,
    target: Float64Array,
    fill: (dimension: SobolDimension, part: Float64Array, m: number) => void,
  ) => {
    const stream = new Xoshiro128StarStar(streamSeed(seed, `sobol:${name}`));
    let at = 0;
    for (const m of sizes) {
      if (m === 0) continue;
      fill(new SobolDimension(dimensionOf(name), stream, m), target.subarray(at, at + m), m);
      at += m;
    }
  };
  // A quantity's points: its seed, name and range; its column, those points for `draws`.
  const keys = drawn.map((v) => `${seed}|${v.name}|${v.low}|${v.value}|${v.high}`);
  const columns = drawn.map((v, k) =>
    cache.column(`${keys[k]}|${draws}`, draws, (target) =>
      eachReplicate(v.name, target, (dimension, part, m) =>
        dimension.fillTriangular(part, m, v.low, v.value, v.high),
      ),
    ),
  );
  const errorKey = `${seed}|${METHOD_ERROR_STREAM}|${df}|${scale}|${draws}`;
  const errors = withError
    ? cache.column(errorKey, draws, (target) => {
        eachReplicate(METHOD_ERROR_STREAM, target, (dimension, part, m) => {
          dimension.fill(part, m);
          fillStudentT(df, part, m);
        });
        for (let d = 0; d < draws; d++) target[d] = scale * (target[d] as number);
      })
    : undefined;
  const factors = errors
    ? cache.column(`${errorKey}|factor`, draws, (target) => {
        for (let d = 0; d < draws; d++) target[d] = Math.exp(-(errors[d] as number));
      })
    : undefined;
  const { totals, moved } = cache.work(draws);
  // I_L^β reads only intensityVariables: the other frame of the estimate, drawn from the same
  // columns there, reads its headline's (the same numbers) instead of computing them again.
  const indexed = byIndex(drawn, columns);
  const keyOf = byIndex(drawn, keys);
  const powersKey = [
    setup.plan.densityFromRatio,
    setup.plan.workforceFromRatio,
    ...intensityVariables(setup.plan).map((i) => keyOf[i] ?? `=${setup.base[i]}`),
  ].join('|');
  const powers = cache.powersFor(powersKey, sizes);
  if (powers.known) totalsOfPowers(setup.base, setup.plan, indexed, powers.column, draws, totals);
  else evaluateTotals(setup.base, setup.plan, indexed, draws, totals, powers.column);
  if (errors && factors) moveShares(totals, errors, factors, moved, draws);
  onProgress?.(draws, draws);
  // The scrambles lie one after the other: their quantiles and the pooled ones in one selection.
  const parameter = spreadQuantiles(quantilesOfColumn(totals, sizes));
  if (!(errors && factors)) return { ...parameter, parameter };
  return { ...spreadQuantiles(quantilesOfColumn(moved, sizes)), parameter };
}

/** The pooled and the scrambles' quantiles (AT) of a column of scrambles of `sizes` draws, one after the other. */
function quantilesOfColumn(values: Float64Array, sizes: readonly number[]): ColumnQuantiles {
  return segmentQuantiles(
    segmentsOf(
      values,
      sizes.filter((m) => m > 0),
    ),
    AT,
  );
}

/** Pooled quantiles with their standard errors from the scrambles' quantiles. */
const spreadQuantiles = ({ pooled, each }: ColumnQuantiles): QuantilesWithError => ({
  ...asQuantiles(pooled),
  standardError: spreadOf(each),
});

/** moved[d] = movedShare(totals[d], errors[d], factors[d]) for d < n (a small function: a tight loop). */
function moveShares(
  totals: Float64Array,
  errors: Float64Array,
  factors: Float64Array,
  moved: Float64Array,
  n: number,
): void {
  for (let d = 0; d < n; d++)
    moved[d] = movedShare(totals[d] as number, errors[d] as number, factors[d] as number);
}

/** The interval of closed sinks: pooled quantiles, and standard errors from the scrambles'. */
function intervalOfSinks(sinks: Sinks, withError: boolean): Interval {
  const withSpread = (sink: QuantileSink): QuantilesWithError => ({
    ...asQuantiles(sink.quantiles(AT)),
    standardError: spreadOf(sink.replicateQuantiles()),
  });
  const parameter = withSpread(sinks.parameter);
  if (!withError) return { ...parameter, parameter };
  return { ...withSpread(sinks.predictive), parameter };
}

/**
 * Evaluate the model for the `n` draws held in `columns` (by variable index; undefined where a
 * variable keeps its value) and add the shares to the parameter sink, and the shares moved by
 * their method errors to the predictive sink: written where a sink keeps its draws (`place`),
 * else into `totals` and over `errors`, then added.
 */
function evaluateChunk(
  setup: DrawSetup,
  n: number,
  columns: readonly (Float64Array | undefined)[],
  totals: Float64Array,
  errors: Float64Array,
  scale: number,
  sinks: Sinks<Adds>,
): void {
  const shares = sinks.parameter.place?.(n);
  evaluateTotals(setup.base, setup.plan, columns, n, shares ?? totals);
  if (!shares) sinks.parameter.addAll(totals, n);
  if (!(scale > 0)) return;
  const moved = sinks.predictive.place?.(n);
  moveInto(shares ?? totals, errors, scale, n, moved ?? errors);
  if (!moved) sinks.predictive.addAll(errors, n);
}

/** e^(−error) of a chunk's method errors, between the passes of moveInto (grown and reused). */
let factors = new Float64Array(0);

/**
 * moved[d] = withMethodError(totals[d], scale × errors[d]) for d < n (`moved` may be `errors`),
 * as movedShare(totals[d], error, e^(−error)) in two passes: the exponentials first, which the
 * processor overlaps when no other work waits on each. A small function of its own, which V8
 * optimises early (in a fresh process the same loop inside evaluateChunk ran unoptimised for
 * much of the first million draws). The same numbers as withMethodError.
 */
function moveInto(
  totals: Float64Array,
  errors: Float64Array,
  scale: number,
  n: number,
  moved: Float64Array,
): void {
  if (factors.length < n) factors = new Float64Array(n);
  const factor = factors;
  for (let d = 0; d < n; d++) factor[d] = Math.exp(-(scale * (errors[d] as number)));
  for (let d = 0; d < n; d++)
    moved[d] = movedShare(totals[d] as number, scale * (errors[d] as number), factor[d] as number);
}

/** The chunk's columns by variable index: the drawn variables' columns, undefined elsewhere. */
function byIndex<T>(drawn: readonly { name: string }[], columns: readonly T[]): (T | undefined)[] {
  const out: (T | undefined)[] = new Array(VARIABLE_NAMES.length).fill(undefined);
  drawn.forEach((v, k) => {
    out[INDEX[v.name as keyof typeof INDEX]] = columns[k];
  });
  return out;
}

const drawnOf = (setup: DrawSetup) => setup.variables.filter((v) => v.high > v.low);

function sinksFor(draws: number, withError: boolean, replicates = false): Sinks {
  const parameter = quantileSink(draws, replicates);
  return { parameter, predictive: withError ? quantileSink(draws, replicates) : parameter };
}

/** The 1-based Sobol dimension of a drawn quantity (SOBOL_ORDER). */
const dimensionOf = (name: string) => SOBOL_ORDER.indexOf(name) + 1;

/** The scrambles of one seed: a stream a drawn quantity, and one for the method error. */
function scramblesOf(drawn: readonly { name: string }[], seed: number) {
  return {
    quantities: drawn.map((v) => new Xoshiro128StarStar(streamSeed(seed, `sobol:${v.name}`))),
    error: new Xoshiro128StarStar(streamSeed(seed, `sobol:${METHOD_ERROR_STREAM}`)),
  };
}

/** The draws of replicate r of 16 when `draws` are split as evenly as they go. */
const replicateDraws = (draws: number, r: number) =>
  Math.floor(draws / SOBOL_REPLICATES) + (r < draws % SOBOL_REPLICATES ? 1 : 0);

/** One replicate's scrambled dimensions: a quantity each, and the method error's. */
interface Replicate {
  readonly dimensions: readonly SobolDimension[];
  readonly error: SobolDimension | undefined;
}

/**
 * Replicate r's dimensions for at most `points` points: each quantity's stream gives the next 33
 * words (its scramble and its shift), so that replicate r is the same however many points it draws.
 */
function replicateOf(
  drawn: readonly { name: string }[],
  scrambles: ReturnType<typeof scramblesOf>,
  withError: boolean,
  points: number,
): Replicate {
  return {
    dimensions: drawn.map(
      (v, k) =>
        new SobolDimension(
          dimensionOf(v.name),
          scrambles.quantities[k] as Xoshiro128StarStar,
          points,
        ),
    ),
    error: withError
      ? new SobolDimension(dimensionOf(METHOD_ERROR_STREAM), scrambles.error, points)
      : undefined,
  };
}

/** The work space of a chunk of draws: a column a drawn quantity, the totals, the errors. */
function chunkSpace(drawn: readonly { name: string }[], size: number, withError: boolean) {
  const columns = drawn.map(() => new Float64Array(size));
  return {
    columns,
    indexed: byIndex(drawn, columns),
    totals: new Float64Array(size),
    errors: new Float64Array(withError ? size : 0),
  };
}

/** Draw the next `n` points of a replicate and add their shares to the sinks. */
function drawChunk(
  setup: DrawSetup,
  drawn: ReturnType<typeof drawnOf>,
  replicate: Replicate,
  space: ReturnType<typeof chunkSpace>,
  methodError: MethodError,
  n: number,
  sinks: Sinks<Adds>,
): void {
  const kernel = drawKernel();
  if (kernel) {
    kernelChunk(kernel, setup, drawn, replicate, methodError, n, sinks);
    return;
  }
  drawn.forEach((v, k) => {
    (replicate.dimensions[k] as SobolDimension).fillTriangular(
      space.columns[k] as Float64Array,
      n,
      v.low,
      v.value,
      v.high,
    );
  });
  if (replicate.error) {
    replicate.error.fill(space.errors, n);
    tInverse(methodError.df).fill(space.errors, n);
  }
  evaluateChunk(setup, n, space.indexed, space.totals, space.errors, methodError.scale, sinks);
}

/**
 * `drawChunk` by the draw kernel: the same points, draws, model and moved shares, bit for bit,
 * drawn and evaluated in the kernel's memory; the shares are copied out into the sinks.
 */
function kernelChunk(
  kernel: DrawKernel,
  setup: DrawSetup,
  drawn: ReturnType<typeof drawnOf>,
  replicate: Replicate,
  methodError: MethodError,
  n: number,
  sinks: Sinks<Adds>,
): void {
  const chunk = kernel.chunk(n, drawn.length);
  drawn.forEach((v, k) => {
    const at = chunk.columns[k] as number;
    (replicate.dimensions[k] as SobolDimension).drawWith(n, (directions, x, i) =>
      kernel.triangularAt(at, n, directions, v.low, v.value, v.high, x, i),
    );
  });
  const scale = replicate.error ? methodError.scale : 0;
  if (replicate.error) {
    replicate.error.drawWith(n, (directions, x, i) =>
      kernel.uniformAt(chunk.errors, n, directions, x, i),
    );
    kernel.studentTAt(chunk.errors, n, tInverse(methodError.df));
  }
  kernel.shares(chunk, setup.base, setup.plan, byIndex(drawn, chunk.columns), scale);
  copyInto(sinks.parameter, kernel.read(chunk.totals, n), n);
  if (scale > 0) copyInto(sinks.predictive, kernel.read(chunk.moved, n), n);
}

/** Add n draws to a sink: written where it keeps them (`place`), else added. */
function copyInto(sink: Adds, values: Float64Array, n: number): void {
  const place = sink.place?.(n);
  if (place) place.set(values);
  else sink.addAll(values, n);
}

/** The standard error of each of low, median and high from the replicates' own quantiles. */
function spreadOf(replicates: readonly number[][]): Quantiles {
  const error = (k: number) => {
    const values = replicates.map((q) => q[k] as number);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
    return Math.sqrt(variance / values.length);
  };
  return { low: error(0), median: error(1), high: error(2) };
}

/** The quasi-Monte Carlo interval of `draws` draws, replicate after replicate (any size). */
function quasiMonteCarlo(
  setup: Setup,
  draws: number,
  seed: number,
  methodError: MethodError,
  onProgress?: (done: number, total: number) => void,
): Interval {
  const withError = methodError.scale > 0;
  const sinks = sinksFor(draws, withError, true);
  drawReplicates(
    setup,
    draws,
    seed,
    methodError,
    () => sinks,
    () => {
      sinks.parameter.endReplicate(AT);
      if (withError) sinks.predictive.endReplicate(AT);
    },
    onProgress,
  );
  return intervalOfSinks(sinks, withError);
}

/** What drawing reads of a setup: the drawn variables' ranges, the base values and the plan. */
export type DrawSetup = Pick<Setup, 'variables' | 'base' | 'plan'>;

/** Where replicate r of a run of `draws` draws starts among the run's draws. */
const replicateStart = (draws: number, r: number) =>
  r * Math.floor(draws / SOBOL_REPLICATES) + Math.min(r, draws % SOBOL_REPLICATES);

/** The replicates in order, 0 to SOBOL_REPLICATES − 1: a thread that draws them all. */
function inOrder(): () => number {
  let next = 0;
  return () => next++;
}

/**
 * Draw the `draws` draws of a quasi-Monte Carlo run replicate after replicate, chunk by chunk,
 * into the sinks `sinksOf(r, at)` gives replicate r (whose draws start at `at`), calling
 * `drawn(r)` once replicate r is drawn. `claim` gives the replicates this thread draws, in
 * ascending order, SOBOL_REPLICATES or more once there are no more (every replicate, by default);
 * the others' scrambles are still made, so that each replicate is the same whichever thread
 * draws it.
 */
function drawReplicates(
  setup: DrawSetup,
  draws: number,
  seed: number,
  methodError: MethodError,
  sinksOf: (r: number, at: number) => Sinks<Adds>,
  drawn: (r: number) => void,
  onProgress?: (done: number, total: number) => void,
  claim: () => number = inOrder(),
): void {
  const variables = drawnOf(setup);
  const withError = methodError.scale > 0;
  const scrambles = scramblesOf(variables, seed);
  const space = chunkSpace(
    variables,
    Math.min(Math.ceil(draws / SOBOL_REPLICATES), CHUNK),
    withError,
  );
  let done = 0;
  let made = 0;
  let replicate: Replicate | undefined;
  for (let r = claim(); r < SOBOL_REPLICATES; r = claim()) {
    const m = replicateDraws(draws, r);
    // (The replicates of no draws are the last ones: none after them is drawn.)
    if (m === 0) continue;
    for (; made <= r; made++)
      replicate = replicateOf(variables, scrambles, withError, replicateDraws(draws, made));
    const sinks = sinksOf(r, replicateStart(draws, r));
    for (let start = 0; start < m; ) {
      const n = Math.min(chunkAfter(done), m - start);
      drawChunk(setup, variables, replicate as Replicate, space, methodError, n, sinks);
      start += n;
      done += n;
      onProgress?.(done, draws);
    }
    drawn(r);
  }
}

/** Draws kept whole, growing: one replicate's shares, in the order drawn. */
class Growing {
  values = new Float64Array(256);
  count = 0;
  place(n: number): Float64Array {
    this.reserve(n);
    this.count += n;
    return this.values.subarray(this.count - n, this.count);
  }
  addAll(values: Float64Array, n: number): void {
    this.reserve(n);
    this.values.set(values.subarray(0, n), this.count);
    this.count += n;
  }
  /** Room for n more draws. */
  private reserve(n: number): void {
    if (this.count + n > this.values.length) {
      let size = 2 * this.values.length;
      while (size < this.count + n) size *= 2;
      const bigger = new Float64Array(size);
      bigger.set(this.values.subarray(0, this.count));
      this.values = bigger;
    }
  }
}

/**
 * A quasi-Monte Carlo run that can be extended: `extend(draws)` adds to each of the 16 scrambles
 * the points it lacks for `draws` in all (its next Sobol points, the ones a fresh run of `draws`
 * would take), so a run extended from 4,096 to 8,192 draws gives the interval of a run of 8,192,
 * bit for bit, at the cost of 4,096 more. Keeps every draw (up to EXACT_LIMIT in all).
 */
export class SobolRun {
  private readonly drawn: ReturnType<typeof drawnOf>;
  private readonly replicates: Replicate[] = [];
  private readonly stores: { parameter: Growing; predictive: Growing }[] = [];
  /** The chunk's work space, as large as the largest chunk drawn so far (grown on demand). */
  private space: ReturnType<typeof chunkSpace> | undefined;
  private readonly withError: boolean;
  /** The draws made so far. */
  draws = 0;

  constructor(
    private readonly setup: Setup,
    seed: number,
    private readonly methodError: MethodError,
    /** The most draws the run will be extended to (at most EXACT_LIMIT). */
    readonly maxDraws: number,
  ) {
    if (maxDraws > EXACT_LIMIT)
      throw new RangeError(`a SobolRun keeps at most ${EXACT_LIMIT} draws`);
    this.drawn = drawnOf(setup);
    this.withError = methodError.scale > 0;
    const scrambles = scramblesOf(this.drawn, seed);
    for (let r = 0; r < SOBOL_REPLICATES; r++) {
      this.replicates.push(
        replicateOf(this.drawn, scrambles, this.withError, replicateDraws(maxDraws, r)),
      );
      const parameter = new Growing();
      this.stores.push({ parameter, predictive: this.withError ? new Growing() : parameter });
    }
  }

  /** A work space for chunks of n draws. */
  private spaceFor(n: number): ReturnType<typeof chunkSpace> {
    if (!this.space || this.space.totals.length < n)
      this.space = chunkSpace(this.drawn, n, this.withError);
    return this.space;
  }

  /** Draw up to `draws` in all (at most maxDraws). */
  extend(draws: number): void {
    if (draws > this.maxDraws) throw new RangeError(`extend(${draws}) beyond ${this.maxDraws}`);
    for (let r = 0; r < SOBOL_REPLICATES; r++) {
      const store = this.stores[r] as { parameter: Growing; predictive: Growing };
      const target = replicateDraws(draws, r);
      for (let have = store.parameter.count; have < target; have = store.parameter.count) {
        const n = Math.min(CHUNK, target - have);
        drawChunk(
          this.setup,
          this.drawn,
          this.replicates[r] as Replicate,
          this.spaceFor(n),
          this.methodError,
          n,
          store,
        );
      }
    }
    this.draws = Math.max(this.draws, draws);
  }

  /** The interval of the draws so far: that of a fresh run of as many. */
  interval(): Interval {
    const withSpread = (
      pick: (s: { parameter: Growing; predictive: Growing }) => Growing,
    ): QuantilesWithError => {
      const kept = this.stores.map(pick).filter((g) => g.count > 0);
      const { pooled, each } = segmentQuantiles(
        kept.map((g) => ({ values: g.values, from: 0, to: g.count })),
        AT,
      );
      return { ...asQuantiles(pooled), standardError: spreadOf(each) };
    };
    const parameter = withSpread((s) => s.parameter);
    if (!this.withError) return { ...parameter, parameter };
    return { ...withSpread((s) => s.predictive), parameter };
  }
}

/**
 * The interval to a precision (docs/method.md §4): the draws double from `start` (never beyond
 * `max`) until `errorOf(interval)` is at most `precision`. Under the default sampler the run is
 * extended rather than restarted while it keeps every draw (up to EXACT_LIMIT), each count giving
 * the interval a fresh run of it gives; beyond, and under plain Monte Carlo, each count is a run
 * of its own.
 */
export function simulateToPrecision(
  setup: Setup,
  seed: number,
  methodError: MethodError,
  sampler: Sampler,
  target: {
    readonly precision: number;
    readonly start: number;
    readonly max: number;
    readonly errorOf: (interval: Interval) => number;
  },
  onProgress?: (done: number, total: number) => void,
): { interval: Interval; draws: number; reached: boolean } {
  const run =
    sampler === 'sobol'
      ? new SobolRun(setup, seed, methodError, Math.min(target.max, EXACT_LIMIT))
      : undefined;
  for (let draws = Math.min(target.start, target.max); ; draws = Math.min(2 * draws, target.max)) {
    let interval: Interval;
    if (run && draws <= run.maxDraws) {
      run.extend(draws);
      interval = run.interval();
      onProgress?.(draws, draws);
    } else interval = simulate(setup, draws, seed, methodError, onProgress, sampler);
    const reached = target.errorOf(interval) <= target.precision;
    if (reached || draws >= target.max) return { interval, draws, reached };
  }
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

/** Draws written into a column from `at` on, as a sink (a scramble's place in a shared column). */
class ColumnFrom {
  constructor(
    private readonly column: Float64Array,
    private at: number,
  ) {}
  place(n: number): Float64Array {
    this.at += n;
    return this.column.subarray(this.at - n, this.at);
  }
  addAll(values: Float64Array, n: number): void {
    this.column.set(values.subarray(0, n), this.at);
    this.at += n;
  }
}

/** The sinks of a scramble starting at `at` in a job's columns (the parameter's, the moved's). */
const columnSinks =
  (job: SelectionJob) =>
  (_: number, at: number): Sinks<Adds> => {
    const [parameterColumn, movedColumn] = job.columns as [Float64Array, Float64Array?];
    const parameter = new ColumnFrom(parameterColumn, at);
    return { parameter, predictive: movedColumn ? new ColumnFrom(movedColumn, at) : parameter };
  };

/**
 * What a helper thread needs to draw scrambles of a shared run (plain data, posted to it): the
 * drawn setup, the run, and the t tables when there is a method error (so that it need not build
 * them again).
 */
export interface SharedDrawing extends DrawSetup {
  readonly draws: number;
  readonly seed: number;
  readonly methodError: MethodError;
  readonly tTables?: Float64Array;
}

/** A shared run's selection job with what the helper needs to draw its scrambles too. */
export interface SharedJob extends SelectionJob {
  readonly drawing: SharedDrawing;
}

/**
 * The helper's drawing of a shared job (counting.ts's `countAlong`): the scrambles it claims, drawn
 * as the caller's thread draws its own, into the job's columns.
 */
export function drawAlongOf(job: SharedJob): DrawAlong {
  const { drawing } = job;
  if (drawing.tTables) keepTInverse(drawing.methodError.df, drawing.tTables);
  return (claim, drawn) =>
    drawReplicates(
      drawing,
      drawing.draws,
      drawing.seed,
      drawing.methodError,
      columnSinks(job),
      drawn,
      undefined,
      claim,
    );
}

/** Hand a job to the helper; one that cannot start leaves the selection to finishColumns. */
function startHelper(helper: SelectionHelper, job: SelectionJob): void {
  try {
    helper.start(job);
  } catch {
    // finishColumns selects here alone.
  }
}

/**
 * `quasiMonteCarlo` with a helper thread (src/uncertainty/counting.ts): the scrambles drawn into
 * shared columns by both threads, each taking the next not yet taken, the helper counting each
 * once drawn meanwhile; then each thread finishes one interval's selection. The same interval,
 * bit for bit.
 */
function sharedQuasiMonteCarlo(
  setup: Setup,
  draws: number,
  seed: number,
  methodError: MethodError,
  helper: SelectionHelper,
  onProgress?: (done: number, total: number) => void,
): Interval {
  const withError = methodError.scale > 0;
  const sizes = Array.from({ length: SOBOL_REPLICATES }, (_, r) => replicateDraws(draws, r));
  const { variables, base, plan } = setup;
  const drawing: SharedDrawing = {
    variables,
    base,
    plan,
    draws,
    seed,
    methodError,
    ...(withError ? { tTables: tInverse(methodError.df).tables } : {}),
  };
  const job: SharedJob = { ...selectionJob(sizes, withError ? 2 : 1, AT), drawing };
  const sinksOf = columnSinks(job);
  // Progress: this thread's draws and the scrambles the helper has drawn.
  const mine = new Uint8Array(SOBOL_REPLICATES);
  let reported = 0;
  const report =
    onProgress &&
    ((done: number) => {
      let others = 0;
      sizes.forEach((m, r) => {
        if (mine[r] === 0 && isDrawn(job, r)) others += m;
      });
      reported = done + others;
      onProgress(reported, draws);
    });
  /** Draw the scrambles `claim` gives into the job's columns. */
  const drawClaimed = (
    claim: () => number,
    drawn: (r: number) => void = () => {},
    progress?: (done: number) => void,
  ) => drawReplicates(setup, draws, seed, methodError, sinksOf, drawn, progress, claim);
  // The helper joins as soon as it can (the command line starts its worker early).
  startHelper(helper, job);
  drawClaimed(
    () => {
      const r = claimScramble(job);
      if (r < SOBOL_REPLICATES) mine[r] = 1;
      return r;
    },
    (r) => markDrawn(job, r),
    report,
  );
  // A scramble the helper claimed and never drew (it failed or stalled), drawn here.
  const redraw = (r: number) => {
    let taken = false;
    drawClaimed(() => {
      if (taken) return SOBOL_REPLICATES;
      taken = true;
      return r;
    });
  };
  const [parameterQuantiles, movedQuantiles] = finishColumns(job, redraw);
  if (reported < draws) onProgress?.(draws, draws);
  const parameter = spreadQuantiles(parameterQuantiles as ColumnQuantiles);
  if (!movedQuantiles) return { ...parameter, parameter };
  return { ...spreadQuantiles(movedQuantiles), parameter };
}
