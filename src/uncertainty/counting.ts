/**
 * The quantile selection of a long quasi-Monte Carlo run on two threads (README "Speed"): both
 * threads draw scrambles, each taking the next one not yet taken (`claimScramble`), and a
 * helper thread (the command line's worker, src/cli/helper.ts) counts each scramble into its
 * buckets as soon as it is drawn, whoever drew it, between its own; once all are drawn and
 * counted, each thread finishes the selection of one interval (the helper the parameter
 * interval's, the caller the predictive's). A scramble's draws are the same whichever thread
 * draws it, and the counts and the selections are those of `segmentQuantiles` on the same draws,
 * so the quantiles are the same, bit for bit, whichever thread computes what; where the helper
 * fails, stalls or never starts, the caller's thread draws what is missing and selects on its
 * own.
 *
 * The job is plain data and shared memory (SharedArrayBuffer), so that it can be posted to a
 * worker; Atomics order the two threads' reads and writes.
 */
import {
  countSizes,
  finishSelection,
  planOfRange,
  planSelection,
  ranksAt,
  type Segment,
  type SelectionCounts,
  type SelectionPlan,
  segmentQuantiles,
  segmentsOf,
  tallySegment,
} from './quantiles.js';

/** The quantiles of one interval's draws: pooled, and each scramble's. */
export interface ColumnQuantiles {
  readonly pooled: number[];
  readonly each: number[][];
}

/**
 * A run's selection shared with a helper: its scrambles' sizes, its columns of draws (each
 * scramble's draws one after the other: the parameter interval's, then the predictive's when
 * there is a method error), a column's counts, the states the threads signal through, and the
 * first column's quantiles when the helper selects them.
 */
export interface SelectionJob {
  readonly sizes: readonly number[];
  readonly probabilities: readonly number[];
  readonly columns: readonly Float64Array[];
  readonly counts: readonly TalliedCounts[];
  /** Each column's range of its first scramble (least, greatest), as the helper planned it. */
  readonly ranges: Float64Array;
  /**
   * CLAIM_AT, COUNTED_AT, FINISH_AT, FAILED_AT, NEXT_AT, then each scramble's DRAWN flag (at
   * FLAGS + r).
   */
  readonly state: Int32Array;
  /** The first column's quantiles: pooled, then each scramble's. */
  readonly result: Float64Array;
}

/** Counts with what the helper prepared of the selection as it counted. */
type TalliedCounts = SelectionCounts & Required<Pick<SelectionCounts, 'tallied'>>;

/** A thread that takes part in a job: `start` hands the job to it. */
export interface SelectionHelper {
  start(job: SelectionJob): void;
}

/** Where a job's state keeps who has the job (0 no one yet, 1 the helper, 2 the caller alone). */
const CLAIM_AT = 0;
/** … how many scrambles the helper has counted. */
const COUNTED_AT = 1;
/** … the first column's selection (0 free, 1 being made, 2 made). */
const FINISH_AT = 2;
/** … a failure of the helper (1). */
const FAILED_AT = 3;
/** … the next scramble to draw (claimScramble). */
const NEXT_AT = 4;
/** The flags before the scrambles' own (scramble r's DRAWN flag is at FLAGS + r). */
const FLAGS = 5;

/**
 * How long a thread waits for the other with nothing changing before it does the work itself:
 * 10 s (counting a scramble takes a millisecond or less).
 */
const STALL_MS = 10_000;

const sharedFloats = (length: number) => new Float64Array(new SharedArrayBuffer(8 * length));
const sharedCounts = (length: number) => new Uint32Array(new SharedArrayBuffer(4 * length));

/**
 * A job for `columns` columns of draws in scrambles of `sizes` draws (each at least one),
 * in shared memory, zeroed.
 */
export function selectionJob(
  sizes: readonly number[],
  columns: number,
  probabilities: readonly number[],
): SelectionJob {
  const draws = sizes.reduce((a, b) => a + b, 0);
  const lengths = countSizes(sizes);
  const ranks = ranksAt(probabilities) * sizes.length;
  return {
    sizes: [...sizes],
    probabilities: [...probabilities],
    columns: Array.from({ length: columns }, () => sharedFloats(draws)),
    counts: Array.from({ length: columns }, () => ({
      cells: sharedCounts(lengths.cells),
      pooled: sharedCounts(lengths.pooled),
      tallied: {
        buckets: new Int32Array(new SharedArrayBuffer(4 * ranks)),
        before: sharedFloats(ranks),
      },
    })),
    ranges: sharedFloats(2 * columns),
    state: new Int32Array(new SharedArrayBuffer(4 * (FLAGS + sizes.length))),
    result: sharedFloats(probabilities.length * (sizes.length + 1)),
  };
}

/**
 * The next scramble this thread draws, the sizes' length or more once every one is taken: each
 * scramble goes to one thread, and each thread's come in ascending order.
 */
export function claimScramble(job: SelectionJob): number {
  return Atomics.add(job.state, NEXT_AT, 1);
}

/** Whether scramble r of the job is drawn (and marked). */
export const isDrawn = (job: SelectionJob, r: number) => Atomics.load(job.state, FLAGS + r) === 1;

/** Scramble r of the job is drawn, in every column: the helper may count it. */
export function markDrawn(job: SelectionJob, r: number): void {
  Atomics.store(job.state, FLAGS + r, 1);
  Atomics.notify(job.state, FLAGS + r);
}

/**
 * How a helper draws scrambles: `claim` gives the next scramble to draw (as claimScramble, and the
 * helper counts what is drawn meanwhile before each), `drawn(r)` is called once scramble r is
 * drawn into the job's columns.
 */
export type DrawAlong = (claim: () => number, drawn: (r: number) => void) => void;

/**
 * The helper's part (the worker's): count each scramble once drawn, in every column, drawing
 * scrambles itself between counts when it can (`drawAlong`), then, when there are two columns,
 * select the first's quantiles into `result`. Returns at once when the caller has taken the job
 * back; a failure is flagged in the job, never thrown.
 */
export function countAlong(job: SelectionJob, drawAlong?: DrawAlong): void {
  const { state, sizes } = job;
  if (Atomics.compareExchange(state, CLAIM_AT, 0, 1) !== 0) return;
  try {
    const segments = job.columns.map((column) => segmentsOf(column, sizes));
    const plans: SelectionPlan[] = [];
    const counted = new Uint8Array(sizes.length);
    let total = 0;
    // Count every scramble drawn and not yet counted, none before the first (whose range plans
    // the buckets); the counts are sums, the same in any order.
    const countDrawn = () => {
      if (!isDrawn(job, 0)) return;
      for (let r = 0; r < sizes.length; r++) {
        if (counted[r] === 1 || !isDrawn(job, r)) continue;
        segments.forEach((column, c) => {
          let plan = plans[c];
          if (!plan) {
            plan = planSelection(column[0] as Segment, sizes) ?? unplanned();
            plans[c] = plan;
            job.ranges.set([plan.min, plan.max], 2 * c);
          }
          tallySegment(
            plan,
            r,
            column[r] as Segment,
            job.counts[c] as TalliedCounts,
            job.probabilities,
          );
        });
        counted[r] = 1;
        Atomics.store(state, COUNTED_AT, ++total);
        Atomics.notify(state, COUNTED_AT);
      }
    };
    drawAlong?.(
      () => {
        countDrawn();
        return claimScramble(job);
      },
      (r) => markDrawn(job, r),
    );
    for (countDrawn(); total < sizes.length; countDrawn())
      Atomics.wait(state, FLAGS + counted.indexOf(0), 0, 50);
    if (job.columns.length < 2 || Atomics.compareExchange(state, FINISH_AT, 0, 1) !== 0) return;
    const { pooled, each } = finishSelection(
      plans[0] as SelectionPlan,
      segments[0] as Segment[],
      job.counts[0] as TalliedCounts,
      job.probabilities,
    );
    job.result.set([...pooled, ...each.flat()]);
    Atomics.store(state, FINISH_AT, 2);
    Atomics.notify(state, FINISH_AT);
  } catch {
    Atomics.store(state, FAILED_AT, 1);
    Atomics.notify(state, COUNTED_AT);
    Atomics.notify(state, FINISH_AT);
  }
}

/** A first scramble whose draws are all equal (or too close to bucket): the caller selects alone. */
function unplanned(): never {
  throw new Error('a selection segmentQuantiles makes otherwise');
}

/**
 * Wait while the state at `at` reads `value`, as long as the helper has not failed and the
 * counts keep moving (STALL_MS); true once it reads otherwise.
 */
function awaitChange(state: Int32Array, at: number, value: number): boolean {
  let seen = Atomics.load(state, COUNTED_AT);
  let since = Date.now();
  while (Atomics.load(state, at) === value) {
    if (Atomics.load(state, FAILED_AT) === 1) return false;
    Atomics.wait(state, at, value, 50);
    const now = Atomics.load(state, COUNTED_AT);
    if (now !== seen) {
      seen = now;
      since = Date.now();
    } else if (Date.now() - since > STALL_MS) return false;
  }
  return Atomics.load(state, FAILED_AT) !== 1;
}

/** Wait until the helper has counted every scramble; false if it failed or stalled. */
function awaitCounts(job: SelectionJob): boolean {
  const { state } = job;
  for (let counted = Atomics.load(state, COUNTED_AT); counted < job.sizes.length; ) {
    if (!awaitChange(state, COUNTED_AT, counted)) return false;
    counted = Atomics.load(state, COUNTED_AT);
  }
  return true;
}

/**
 * The caller's part, once it has drawn every scramble it claimed: each column's quantiles. The
 * last column's selection is finished here from the helper's counts while the helper finishes the
 * first's; a column the helper could not select is selected here, and so is every column when
 * the helper never started, failed or stalled, after `redraw(r)` has drawn (into the job's
 * columns) each scramble r the helper claimed and did not draw.
 */
export function finishColumns(job: SelectionJob, redraw?: (r: number) => void): ColumnQuantiles[] {
  const { state, sizes, probabilities } = job;
  const segments = job.columns.map((column) => segmentsOf(column, sizes));
  const alone = () => {
    sizes.forEach((_, r) => {
      if (isDrawn(job, r)) return;
      if (!redraw) throw new Error(`scramble ${r} of a shared run was never drawn`);
      redraw(r);
      markDrawn(job, r);
    });
    return segments.map((column) => segmentQuantiles(column, probabilities));
  };
  if (Atomics.compareExchange(state, CLAIM_AT, 0, 2) === 0 || !awaitCounts(job)) return alone();
  // The helper's plans, from the ranges it found (and wrote before it counted).
  const plans = segments.map((_, c) =>
    planOfRange(job.ranges[2 * c] as number, job.ranges[2 * c + 1] as number, sizes),
  );
  if (plans.some((plan) => plan === undefined)) return alone();
  const finish = (c: number): ColumnQuantiles =>
    finishSelection(
      plans[c] as SelectionPlan,
      segments[c] as Segment[],
      job.counts[c] as TalliedCounts,
      probabilities,
    );
  const last = finish(job.columns.length - 1);
  if (job.columns.length < 2) return [last];
  // The first column: the helper's selection, unless it has not begun it (then this thread's).
  if (Atomics.compareExchange(state, FINISH_AT, 0, 1) === 0 || !awaitChange(state, FINISH_AT, 1))
    return [finish(0), last];
  const k = probabilities.length;
  const read = (r: number) => Array.from(job.result.subarray(k * r, k * (r + 1)));
  return [{ pooled: read(0), each: sizes.map((_, r) => read(r + 1)) }, last];
}
