/**
 * Quantiles of Monte Carlo draws of a share.
 *
 * Up to EXACT_LIMIT draws are kept in a Float64Array and the order statistics a quantile needs are
 * found by a bucket selection (`rangeQuantiles`: counts, then a sort of the few values of the
 * buckets that hold them), read by the rule of simple-statistics' `quantileSorted` (type 7:
 * linear between order statistics). Beyond that, draws are not kept: they are counted in
 * HISTOGRAM_BINS equal bins over [0, 1] (a share cannot leave that interval), and each quantile
 * is read from the cumulative counts by the same rule, placing the order statistic linearly
 * inside its bin. The bin width is 2^-20 ≈ 9.5e-7 of GRDP (0.0001 percentage points), so the two paths agree
 * to well under the precision any report uses, and memory stays at 8 MiB whatever the draw count.
 */

import { type DrawKernel, drawKernel } from './drawKernel.js';
import { EXACT_LIMIT } from './limits.js';

export { EXACT_LIMIT };
export const HISTOGRAM_BINS = 1 << 20;

export interface QuantileSink {
  /** Record one draw (a share in [0, 1]). */
  add(value: number): void;
  /** Record the draws `values[0 … n)`, in order. */
  addAll(values: Float64Array, n: number): void;
  /** The next n places, to write n draws into directly (they count as recorded); absent where draws are not kept. */
  place?(n: number): Float64Array;
  /** Quantiles at the given probabilities, in the same order. */
  quantiles(probabilities: readonly number[]): number[];
  /**
   * Close a replicate (a block of the draws added so far since the last call): its quantiles at
   * `probabilities` are kept for `replicateQuantiles`.
   */
  endReplicate(probabilities: readonly number[]): void;
  /** The quantiles of each closed replicate, in order. */
  replicateQuantiles(): number[][];
}

/**
 * The most buckets of the bucket selection: 2^13, so that a segment's counts and the slots stay
 * in the first-level cache (a larger count array made the counting pass slower than the values
 * it saved sorting).
 */
const MAX_BUCKETS = 1 << 13;

/** Scratch space of the bucket selection (counts and slots), grown and reused. */
let scratchCounts = new Uint32Array(MAX_BUCKETS);
const pooledCounts = new Uint32Array(MAX_BUCKETS);
const pooledSlots = new Int32Array(MAX_BUCKETS);
let segmentSlots = new Int32Array(MAX_BUCKETS);
let kept = new Float64Array(1024);

/** A range `values[from … to)` of draws. */
export interface Segment {
  readonly values: Float64Array;
  readonly from: number;
  readonly to: number;
}

/** Consecutive segments of `values` of these sizes, from its start. */
export function segmentsOf(values: Float64Array, sizes: readonly number[]): Segment[] {
  let at = 0;
  return sizes.map((m) => {
    at += m;
    return { values, from: at - m, to: at };
  });
}

/**
 * Type-7 quantiles of `values[from … to)`, without reordering or copying them (the one-segment
 * case of `segmentQuantiles`): exact, the same numbers a sort gives.
 */
export function rangeQuantiles(
  values: Float64Array,
  from: number,
  to: number,
  probabilities: readonly number[],
): number[] {
  return segmentQuantiles([{ values, from, to }], probabilities).pooled;
}

/** The ranks a type-7 quantile at each probability reads, of n values: ⌊(n − 1)p⌋ and ⌈(n − 1)p⌉. */
const ranksOf = (n: number, probabilities: readonly number[]) =>
  [
    ...new Set(probabilities.flatMap((p) => [Math.floor((n - 1) * p), Math.ceil((n - 1) * p)])),
  ].sort((a, b) => a - b);

/** Type-7 quantiles at `probabilities` of n values, from their order statistics by rank. */
const type7 = (n: number, probabilities: readonly number[], order: (rank: number) => number) =>
  probabilities.map((p) => {
    const position = (n - 1) * p;
    const lower = Math.floor(position);
    const low = order(lower);
    return position === lower ? low : low + (position - lower) * (order(lower + 1) - low);
  });

/** Fold the least and greatest of `values[from … to)` into range[0] and range[1]. */
function foldRange(values: Float64Array, from: number, to: number, range: Float64Array): void {
  let min = range[0] as number;
  let max = range[1] as number;
  for (let i = from; i < to; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  range[0] = min;
  range[1] = max;
}

/*
 * The passes of the bucket selection, each its own small function (V8 optimises a short loop in
 * a short function better than the same loop inside a long one: about twice as fast here), and
 * every loop over buckets too, so that segmentQuantiles itself, long and run a few times, is
 * never compiled by V8's optimising compiler: in a fresh process its compilations (and those of
 * its inner function) took about 60 ms of the second processor's time, delaying the small
 * functions' (an estimate at 10^6 draws took 8 to 12 ms less without them).
 * A draw's bucket is x = (v − min) · scale truncated, clamped to [0, last]: the range is the
 * first segment's, so other segments' draws may lie outside it (x below 0, or far above last,
 * where a truncation to 32 bits would wrap); the comparisons come first, so it is monotone in v.
 */

/**
 * The draw kernel for a pass over `n` draws (src/uncertainty/drawKernel.ts: the same counts, the
 * same draws kept), from KERNEL_FROM draws; below, and where it does not run, the loops here.
 */
const kernelFor = (n: number): DrawKernel | null => (n >= KERNEL_FROM ? drawKernel() : null);
/** The fewest draws a pass hands to the kernel, which copies them first. */
const KERNEL_FROM = 1024;

function countInto(
  values: Float64Array,
  from: number,
  to: number,
  min: number,
  scale: number,
  last: number,
  counts: Uint32Array,
  base: number,
): void {
  const kernel = kernelFor(to - from);
  if (kernel) {
    kernel.countInto(values, from, to, { min, scale, last, shift: 0 }, counts, base);
    return;
  }
  for (let i = from; i < to; i++) {
    const x = ((values[i] as number) - min) * scale;
    const k = base + (x < last ? (x > 0 ? x | 0 : 0) : last);
    counts[k] = (counts[k] as number) + 1;
  }
}

function countBoth(
  values: Float64Array,
  from: number,
  to: number,
  min: number,
  scale: number,
  last: number,
  pooled: Uint32Array,
  cells: Uint32Array,
  base: number,
  shift: number,
): void {
  const kernel = kernelFor(to - from);
  if (kernel) {
    kernel.countBoth(values, from, to, { min, scale, last, shift }, pooled, cells, base);
    return;
  }
  for (let i = from; i < to; i++) {
    const x = ((values[i] as number) - min) * scale;
    const k = x < last ? (x > 0 ? x | 0 : 0) : last;
    pooled[k] = (pooled[k] as number) + 1;
    const c = base + (k >> shift);
    cells[c] = (cells[c] as number) + 1;
  }
}

/** pooled[k] += Σ_s cells[s · buckets + k] for k < buckets: the pooled counts, from `count` segments' own. */
function sumCells(cells: Uint32Array, count: number, buckets: number, pooled: Uint32Array): void {
  for (let s = 0; s < count; s++)
    for (let k = 0, c = s * buckets; k < buckets; k++, c++)
      pooled[k] = (pooled[k] as number) + (cells[c] as number);
}

/**
 * For each of the ascending `ranks`, the bucket of tally[base …] that holds it and the count of
 * the buckets before that one.
 */
function findRanks(
  tally: Uint32Array,
  base: number,
  ranks: readonly number[],
): { buckets: Int32Array; before: Float64Array } {
  const buckets = new Int32Array(ranks.length);
  const before = new Float64Array(ranks.length);
  let cumulative = 0;
  let b = 0;
  for (let i = 0; i < ranks.length; i++) {
    const rank = ranks[i] as number;
    while (cumulative + (tally[base + b] as number) <= rank)
      cumulative += tally[base + b++] as number;
    buckets[i] = b;
    before[i] = cumulative;
  }
  return { buckets, before };
}

/** How draws are bucketed: bucket ⌊(v − min) · scale⌋, clamped to [0, last], and 2^shift wide for a segment. */
interface Bucketing {
  readonly min: number;
  readonly scale: number;
  readonly last: number;
  readonly shift: number;
}

/** Keep each draw whose bucket has a slot (≥ 0) at the slot's next place. */
function collectInto(
  values: Float64Array,
  from: number,
  to: number,
  bucketing: Bucketing,
  slots: Int32Array,
  keep: Float64Array,
  fill: Int32Array,
): void {
  const kernel = kernelFor(to - from);
  if (kernel) {
    kernel.collect(values, from, to, bucketing, slots, undefined, 0, keep, fill);
    return;
  }
  const { min, scale, last } = bucketing;
  for (let i = from; i < to; i++) {
    const v = values[i] as number;
    const x = (v - min) * scale;
    const slot = slots[x < last ? (x > 0 ? x | 0 : 0) : last] as number;
    if (slot >= 0) {
      const at = fill[slot] as number;
      keep[at] = v;
      fill[slot] = at + 1;
    }
  }
}

/** `collectInto` for the pooled slots and the segment's own (its buckets from `base`, 2^shift wide). */
function collectBoth(
  values: Float64Array,
  from: number,
  to: number,
  bucketing: Bucketing,
  slots: Int32Array,
  own: Int32Array,
  base: number,
  keep: Float64Array,
  fill: Int32Array,
): void {
  const kernel = kernelFor(to - from);
  if (kernel) {
    kernel.collect(values, from, to, bucketing, slots, own, base, keep, fill);
    return;
  }
  const { min, scale, last, shift } = bucketing;
  for (let i = from; i < to; i++) {
    const v = values[i] as number;
    const x = (v - min) * scale;
    const k = x < last ? (x > 0 ? x | 0 : 0) : last;
    const pooled = slots[k] as number;
    if (pooled >= 0) {
      const at = fill[pooled] as number;
      keep[at] = v;
      fill[pooled] = at + 1;
    }
    const mine = own[base + (k >> shift)] as number;
    if (mine >= 0) {
      const at = fill[mine] as number;
      keep[at] = v;
      fill[mine] = at + 1;
    }
  }
}

/**
 * Sort `values[from … to)` ascending in place: by insertion when short (most buckets hold a few
 * draws, and a typed-array view and its sort cost more than the sorting), else the built-in sort.
 */
function sortRun(values: Float64Array, from: number, to: number): void {
  if (to - from > 32) {
    values.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = values[i] as number;
    let j = i - 1;
    while (j >= from && (values[j] as number) > v) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = v;
  }
}

/** `segmentQuantiles` by sorting a copy of each segment (for spans too small to bucket). */
function sortedQuantiles(
  segments: readonly Segment[],
  probabilities: readonly number[],
): { pooled: number[]; each: number[][] } {
  const sorted = segments.map(({ values, from, to }) =>
    Float64Array.from(values.subarray(from, to)).sort(),
  );
  const all = new Float64Array(sorted.reduce((sum, x) => sum + x.length, 0));
  let at = 0;
  for (const x of sorted) {
    all.set(x, at);
    at += x.length;
  }
  all.sort();
  const read = (x: Float64Array) => type7(x.length, probabilities, (rank) => x[rank] as number);
  return { pooled: read(all), each: sorted.map(read) };
}

/**
 * Type-7 quantiles of all the segments' draws together (`pooled`) and of each segment's on its
 * own (`each`), without reordering or copying them, in two passes over the draws whatever the
 * number of segments and probabilities, after one over the first segment: its least and greatest;
 * a count of the draws into equal buckets between the two, the draws outside them in the end
 * buckets (bucket order is value order, as the clamped (v − min) · (buckets / (max − min)) is
 * monotone in v), about eight draws a bucket and at most MAX_BUCKETS buckets, each draw counted
 * in its segment's buckets (2^shift pooled buckets wide, about eight of the segment's draws a
 * bucket) and in the pooled ones (counted with them, or, when the segment's buckets are the
 * pooled ones, summed from them); then the draws of the few buckets that hold an order statistic
 * needed, pooled or the segment's own, are kept and sorted. Exact: the same numbers a sort of
 * each set gives.
 */
export function segmentQuantiles(
  segments: readonly Segment[],
  probabilities: readonly number[],
): { pooled: number[]; each: number[][] } {
  const sizes = segments.map(({ from, to }) => to - from);
  if (sizes.length === 0 || sizes.some((m) => !(m > 0)))
    throw new RangeError('quantiles of no draws');
  // The buckets span the first segment's draws: the segments are draws of one distribution, so
  // that is nearly the whole range at a fraction of the pass; draws outside it fall in the end
  // buckets, which the selection reads like any other. All segments' when the first is constant.
  const range = Float64Array.of(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
  const first = segments[0] as Segment;
  foldRange(first.values, first.from, first.to, range);
  if (range[0] === range[1])
    for (let s = 1; s < segments.length; s++) {
      const { values, from, to } = segments[s] as Segment;
      foldRange(values, from, to, range);
    }
  const min = range[0] as number;
  const max = range[1] as number;
  if (max === min) {
    const constant = probabilities.map(() => max);
    const perSegment = segments.length > 1;
    return { pooled: constant, each: segments.map(() => (perSegment ? [...constant] : constant)) };
  }
  const plan = planOfRange(min, max, sizes);
  if (!plan) return sortedQuantiles(segments, probabilities);
  const cellCount = cellsLength(plan);
  if (scratchCounts.length < cellCount) scratchCounts = new Uint32Array(cellCount);
  const counts = { cells: scratchCounts, pooled: pooledCounts };
  zeroCounts(plan, counts);
  for (let s = 0; s < segments.length; s++) countSegment(plan, s, segments[s] as Segment, counts);
  return finishSelection(plan, segments, counts, probabilities);
}

/**
 * How a selection of segments buckets their draws (`segmentQuantiles`), fixed by the first
 * segment's range and the segments' sizes: `buckets` equal buckets over [min, min + buckets /
 * scale], a segment's own 2^shift of them wide (`wide` a segment), counted alone and summed
 * when `summed`.
 */
export interface SelectionPlan extends Bucketing {
  /** The greatest draw of the first segment (the buckets span [min, max]). */
  readonly max: number;
  readonly n: number;
  readonly count: number;
  readonly buckets: number;
  readonly wide: number;
  readonly perSegment: boolean;
  readonly summed: boolean;
}

/** A selection's counts: each segment's buckets, one after the other, and the pooled ones. */
export interface SelectionCounts {
  readonly cells: Uint32Array;
  readonly pooled: Uint32Array;
  /**
   * What `tallySegment` prepared as each segment was counted: the pooled counts summed from a
   * summed plan's cells, and each segment's ranks' buckets and the counts before them (from
   * s · ranksAt(probabilities) for segment s); absent, `finishSelection` works them out.
   */
  readonly tallied?: {
    readonly buckets: Int32Array;
    readonly before: Float64Array;
  };
}

/**
 * The plan of a selection of segments of `sizes` draws whose first is `first`, from its range;
 * undefined where `segmentQuantiles` reads the draws otherwise (the first segment's draws all
 * equal, or a span too small to bucket).
 */
export function planSelection(first: Segment, sizes: readonly number[]): SelectionPlan | undefined {
  const range = Float64Array.of(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
  foldRange(first.values, first.from, first.to, range);
  const min = range[0] as number;
  const max = range[1] as number;
  return max === min ? undefined : planOfRange(min, max, sizes);
}

/**
 * The shape of a selection of segments of `sizes` draws, whatever their range: about eight draws
 * a bucket, at most MAX_BUCKETS, a segment's own buckets 2^shift pooled buckets wide (about
 * eight of its draws a bucket); segments as fine as the pooled buckets are counted alone and
 * summed (fewer writes a draw), coarser ones with the pooled buckets (fewer counts to sum).
 */
function shapeOf(sizes: readonly number[]) {
  const count = sizes.length;
  const n = sizes.reduce((a, b) => a + b, 0);
  const perSegment = count > 1;
  const buckets = Math.max(1, Math.min(MAX_BUCKETS, 2 ** Math.ceil(Math.log2(n / 8))));
  const shift = perSegment
    ? Math.max(
        0,
        Math.log2(buckets) - Math.max(0, Math.min(13, Math.ceil(Math.log2(n / count / 8)))),
      )
    : 0;
  const summed = perSegment && shift === 0;
  return { n, count, buckets, shift, wide: buckets >> shift, perSegment, summed };
}

/** The plan of a selection over [min, max]; undefined when the span is too small to bucket. */
export function planOfRange(
  min: number,
  max: number,
  sizes: readonly number[],
): SelectionPlan | undefined {
  const shape = shapeOf(sizes);
  // (v − min) · scale lies in [0, buckets] when the scale is finite; a span so small that
  // buckets / span overflows (denormal draws) is sorted instead (0 × Infinity would be NaN).
  const scale = shape.buckets / (max - min);
  if (!Number.isFinite(scale)) return undefined;
  const { n, count, buckets, shift, wide, perSegment, summed } = shape;
  return { n, count, buckets, shift, wide, perSegment, summed, min, max, scale, last: buckets - 1 };
}

/**
 * The lengths of the count arrays of a selection of segments of `sizes` draws: the segments'
 * cells (or the one set's buckets), and the pooled buckets.
 */
export function countSizes(sizes: readonly number[]): { cells: number; pooled: number } {
  const shape = shapeOf(sizes);
  return { cells: cellsLength(shape), pooled: shape.buckets };
}

/** The cells a selection counts into: each segment's own buckets, or the one set's buckets. */
const cellsLength = ({ perSegment, count, wide, buckets }: ReturnType<typeof shapeOf>) =>
  Math.max(perSegment ? count * wide : 0, buckets);

/** Zero the counts a plan counts into (arrays of `countSizes`). */
function zeroCounts(plan: SelectionPlan, counts: SelectionCounts): void {
  counts.cells.fill(0, 0, cellsLength(plan));
  if (plan.perSegment && !plan.summed) counts.pooled.fill(0, 0, plan.buckets);
}

/** Count segment s's draws into its own buckets (and the pooled ones, when not summed). */
function countSegment(
  plan: SelectionPlan,
  s: number,
  { values, from, to }: Segment,
  counts: SelectionCounts,
): void {
  const { min, scale, last } = plan;
  const base = s * plan.wide;
  if (!plan.perSegment || plan.summed)
    countInto(values, from, to, min, scale, last, counts.cells, base);
  else countBoth(values, from, to, min, scale, last, counts.pooled, counts.cells, base, plan.shift);
}

/** The most ranks a set's quantiles read (two a probability) for `tallied` counts' layout. */
export const ranksAt = (probabilities: readonly number[]) => 2 * probabilities.length;

/**
 * `countSegment`, and what finishSelection would work out of the segment's counts once all are
 * counted, into `counts.tallied`: its own ranks' buckets, and, for a summed plan, its cells added
 * to the pooled counts. For a thread that counts the segments as they are drawn
 * (src/uncertainty/counting.ts), so that less is left to do once the last one is.
 */
export function tallySegment(
  plan: SelectionPlan,
  s: number,
  segment: Segment,
  counts: SelectionCounts & Required<Pick<SelectionCounts, 'tallied'>>,
  probabilities: readonly number[],
): void {
  countSegment(plan, s, segment, counts);
  const base = s * plan.wide;
  if (plan.summed) addCells(counts.cells, base, plan.buckets, counts.pooled);
  if (!plan.perSegment) return;
  const ranks = ranksOf(segment.to - segment.from, probabilities);
  const found = findRanks(counts.cells, base, ranks);
  const at = s * ranksAt(probabilities);
  counts.tallied.buckets.set(found.buckets, at);
  counts.tallied.before.set(found.before, at);
}

/** pooled[k] += cells[base + k] for k < buckets. */
function addCells(cells: Uint32Array, base: number, buckets: number, pooled: Uint32Array): void {
  for (let k = 0, c = base; k < buckets; k++, c++)
    pooled[k] = (pooled[k] as number) + (cells[c] as number);
}

/**
 * The quantiles of segments counted under a plan (every segment counted): the buckets that hold
 * an order statistic needed, the draws of those kept and sorted, the quantiles read. Reads the
 * counts and the draws only, so that two threads may each finish a selection of shared counts.
 */
export function finishSelection(
  plan: SelectionPlan,
  segments: readonly Segment[],
  counts: SelectionCounts,
  probabilities: readonly number[],
): { pooled: number[]; each: number[][] } {
  const { n, count, buckets, wide, perSegment } = plan;
  const cells = counts.cells;
  const cellCount = perSegment ? count * wide : 0;
  const { tallied } = counts;
  let pooledCount = cells;
  if (plan.summed && !tallied) {
    pooledCounts.fill(0, 0, buckets);
    sumCells(cells, count, buckets, pooledCounts);
    pooledCount = pooledCounts;
  } else if (perSegment) pooledCount = counts.pooled;
  // The buckets that hold an order statistic needed, pooled or a segment's own: each gets a
  // slot, a run of `kept` as long as its count, and the rank of its least value.
  const slotStart: number[] = [];
  const slotRank: number[] = [];
  let keptSize = 0;
  const ranksBySize = new Map<number, number[]>();
  /** The ranks a set of m draws needs and the slot of each, marked in `slots` from `at`. */
  const mark = (
    m: number,
    tally: Uint32Array,
    base: number,
    slots: Int32Array,
    at: number,
    segment?: number,
  ) => {
    let ranks = ranksBySize.get(m);
    if (!ranks) {
      ranks = ranksOf(m, probabilities);
      ranksBySize.set(m, ranks);
    }
    const from = (segment ?? 0) * ranksAt(probabilities);
    const { buckets: holding, before } =
      tallied && segment !== undefined
        ? {
            buckets: tallied.buckets.subarray(from, from + ranks.length),
            before: tallied.before.subarray(from, from + ranks.length),
          }
        : findRanks(tally, base, ranks);
    const slotOfRank = ranks.map((_, i) => {
      const b = holding[i] as number;
      let slot = slots[at + b] as number;
      if (slot < 0) {
        slot = slotStart.length;
        slots[at + b] = slot;
        slotStart.push(keptSize);
        slotRank.push(before[i] as number);
        keptSize += tally[base + b] as number;
      }
      return slot;
    });
    return { ranks, slotOfRank };
  };
  // Module scratch read through local names: the passes below stay free of context loads.
  const pooledSlot = pooledSlots;
  pooledSlot.fill(-1, 0, buckets);
  const pooledMarks = mark(n, pooledCount, 0, pooledSlot, 0);
  if (segmentSlots.length < cellCount) segmentSlots = new Int32Array(cellCount);
  const own = segmentSlots;
  own.fill(-1, 0, cellCount);
  const segmentMarks = perSegment
    ? segments.map(({ from, to }, s) => mark(to - from, cells, s * wide, own, s * wide, s))
    : [];
  if (kept.length < keptSize) kept = new Float64Array(keptSize);
  const keep = kept.subarray(0, keptSize);
  const fill = Int32Array.from(slotStart);
  for (let s = 0; s < count; s++) {
    const { values, from, to } = segments[s] as Segment;
    if (perSegment) collectBoth(values, from, to, plan, pooledSlot, own, s * wide, keep, fill);
    else collectInto(values, from, to, plan, pooledSlot, keep, fill);
  }
  for (let slot = 0; slot < slotStart.length; slot++)
    sortRun(keep, slotStart[slot] as number, slotStart[slot + 1] ?? keptSize);
  const read = (m: number, marks: ReturnType<typeof mark>) =>
    type7(m, probabilities, (rank) => {
      const slot = marks.slotOfRank[marks.ranks.indexOf(rank)] as number;
      return keep[(slotStart[slot] as number) + rank - (slotRank[slot] as number)] as number;
    });
  const pooled = read(n, pooledMarks);
  return {
    pooled,
    each: perSegment
      ? segments.map(({ from, to }, s) =>
          read(to - from, segmentMarks[s] as ReturnType<typeof mark>),
        )
      : [pooled],
  };
}

class ExactSink implements QuantileSink {
  private readonly values: Float64Array;
  private count = 0;
  private readonly blocks: { from: number; to: number; probabilities: readonly number[] }[] = [];
  /** The quantiles of the whole and of each block, at the blocks' probabilities (one selection). */
  private summary: { pooled: number[]; each: number[][] } | undefined;
  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
  }
  add(value: number): void {
    this.values[this.count++] = value;
    this.summary = undefined;
  }
  addAll(values: Float64Array, n: number): void {
    this.values.set(n === values.length ? values : values.subarray(0, n), this.count);
    this.count += n;
    this.summary = undefined;
  }
  place(n: number): Float64Array {
    this.count += n;
    this.summary = undefined;
    return this.values.subarray(this.count - n, this.count);
  }
  endReplicate(probabilities: readonly number[]): void {
    const from = this.blocks.at(-1)?.to ?? 0;
    this.blocks.push({ from, to: this.count, probabilities });
    this.summary = undefined;
  }
  /** The blocks' quantiles and the pooled ones in one selection, when the blocks share probabilities. */
  private summarise(): { pooled: number[]; each: number[][] } | undefined {
    const first = this.blocks[0]?.probabilities;
    if (!first || this.blocks.some((b) => !sameNumbers(b.probabilities, first))) return undefined;
    const whole = this.blocks.at(-1)?.to === this.count;
    if (!whole) return undefined;
    this.summary ??= segmentQuantiles(
      this.blocks.map((b) => ({ values: this.values, from: b.from, to: b.to })),
      first,
    );
    return this.summary;
  }
  replicateQuantiles(): number[][] {
    return (
      this.summarise()?.each ??
      this.blocks.map((b) => rangeQuantiles(this.values, b.from, b.to, b.probabilities))
    );
  }
  quantiles(probabilities: readonly number[]): number[] {
    const summary = this.summarise();
    if (summary && sameNumbers(probabilities, this.blocks[0]?.probabilities ?? []))
      return [...summary.pooled];
    return rangeQuantiles(this.values, 0, this.count, probabilities);
  }
}

const sameNumbers = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

class HistogramSink implements QuantileSink {
  private readonly counts = new Uint32Array(HISTOGRAM_BINS);
  private count = 0;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;
  /** The current replicate's draws, when replicates are closed (one histogram, reused). */
  private readonly replicate: HistogramSink | undefined;
  private readonly closed: number[][] = [];
  /** With `withReplicates`, keep the current replicate's draws apart too (one more histogram). */
  constructor(withReplicates = false) {
    this.replicate = withReplicates ? new HistogramSink() : undefined;
  }
  endReplicate(probabilities: readonly number[]): void {
    if (!this.replicate) throw new Error('endReplicate on a sink without replicates');
    this.closed.push(this.replicate.quantiles(probabilities));
    this.replicate.reset();
  }
  replicateQuantiles(): number[][] {
    return this.closed;
  }
  private reset(): void {
    this.counts.fill(0);
    this.count = 0;
    this.min = Number.POSITIVE_INFINITY;
    this.max = Number.NEGATIVE_INFINITY;
  }
  addAll(values: Float64Array, n: number): void {
    for (let i = 0; i < n; i++) this.add(values[i] as number);
  }
  add(value: number): void {
    this.replicate?.add(value);
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    let bin = Math.floor(value * HISTOGRAM_BINS);
    if (bin >= HISTOGRAM_BINS) bin = HISTOGRAM_BINS - 1;
    else if (bin < 0) bin = 0;
    this.counts[bin] = (this.counts[bin] ?? 0) + 1;
    this.count++;
  }
  /** Value of the order statistic with 1-based rank `rank`. */
  private orderStatistic(rank: number): number {
    let cumulative = 0;
    for (let bin = 0; bin < HISTOGRAM_BINS; bin++) {
      const inBin = this.counts[bin] ?? 0;
      if (cumulative + inBin >= rank) {
        const position = (rank - cumulative - 0.5) / inBin;
        return (bin + position) / HISTOGRAM_BINS;
      }
      cumulative += inBin;
    }
    return 1;
  }
  quantiles(probabilities: readonly number[]): number[] {
    const n = this.count;
    return probabilities.map((p) => {
      // Same rule as simple-statistics quantileSorted (type 7, as NumPy's default): the
      // 0-based position (n − 1)·p, interpolated linearly between its neighbours.
      const position = (n - 1) * p;
      const lower = Math.floor(position);
      const fraction = position - lower;
      const low = this.orderStatistic(lower + 1);
      const value = fraction === 0 ? low : low + fraction * (this.orderStatistic(lower + 2) - low);
      // Inside a bin the placement is approximate: never report beyond the draws actually seen.
      return Math.min(this.max, Math.max(this.min, value));
    });
  }
}

/**
 * A sink for `draws` values: exact when they fit under EXACT_LIMIT, a histogram otherwise (with a
 * second, reused histogram for the current replicate when `replicates` is set).
 */
export function quantileSink(draws: number, replicates = false): QuantileSink {
  return draws <= EXACT_LIMIT ? new ExactSink(draws) : new HistogramSink(replicates);
}
