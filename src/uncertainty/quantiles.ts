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

export const EXACT_LIMIT = 1_000_000;
export const HISTOGRAM_BINS = 1 << 20;

export interface QuantileSink {
  /** Record one draw (a share in [0, 1]). */
  add(value: number): void;
  /** Record the draws `values[0 … n)`, in order. */
  addAll(values: Float64Array, n: number): void;
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
let scratchCounts = new Uint32Array(MAX_BUCKETS * 17);
const pooledCounts = new Uint32Array(MAX_BUCKETS);
const pooledSlots = new Int32Array(MAX_BUCKETS);
const ownSlots = new Int32Array(MAX_BUCKETS);

/** A range `values[from … to)` of draws. */
export interface Segment {
  readonly values: Float64Array;
  readonly from: number;
  readonly to: number;
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
 * own (`each`), without reordering or copying them, in three passes over the draws whatever the
 * number of segments and probabilities: their least and greatest; a count of each segment's draws
 * into equal buckets between the two (bucket order is value order, as (v − min) · (buckets /
 * (max − min)) is monotone in v), the pooled counts being the sums of the segments'; then the draws
 * of the few buckets that hold an order statistic needed, pooled or the segment's own, are kept
 * and sorted. About eight pooled draws a bucket, at most MAX_BUCKETS buckets. Exact: the same
 * numbers a sort of each set gives.
 */
export function segmentQuantiles(
  segments: readonly Segment[],
  probabilities: readonly number[],
): { pooled: number[]; each: number[][] } {
  const count = segments.length;
  let n = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let s = 0; s < count; s++) {
    const { values, from, to } = segments[s] as Segment;
    if (to <= from) throw new RangeError('quantiles of no draws');
    n += to - from;
    for (let i = from; i < to; i++) {
      const v = values[i] as number;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (n === 0) throw new RangeError('quantiles of no draws');
  const perSegment = count > 1;
  if (max === min) {
    const constant = probabilities.map(() => min);
    return { pooled: constant, each: segments.map(() => (perSegment ? [...constant] : constant)) };
  }
  // (v − min) · scale lies in [0, buckets] when the scale is finite; a span so small that
  // buckets / span overflows (denormal draws) is sorted instead (0 × Infinity would be NaN).
  const buckets = Math.max(1, Math.min(MAX_BUCKETS, 2 ** Math.ceil(Math.log2(n / 8))));
  const scale = buckets / (max - min);
  if (!Number.isFinite(scale)) return sortedQuantiles(segments, probabilities);
  const last = buckets - 1;
  if (scratchCounts.length < count * buckets) scratchCounts = new Uint32Array(count * buckets);
  const cells = scratchCounts;
  cells.fill(0, 0, count * buckets);
  for (let s = 0; s < count; s++) {
    const { values, from, to } = segments[s] as Segment;
    const base = s * buckets;
    for (let i = from; i < to; i++) {
      const b = (((values[i] as number) - min) * scale) | 0;
      const k = base + (b > last ? last : b);
      cells[k] = (cells[k] as number) + 1;
    }
  }
  let pooledCount = cells;
  if (perSegment) {
    pooledCount = pooledCounts;
    pooledCount.set(cells.subarray(0, buckets));
    for (let s = 1; s < count; s++) {
      const base = s * buckets;
      for (let k = 0; k < buckets; k++)
        pooledCount[k] = (pooledCount[k] as number) + (cells[base + k] as number);
    }
  }
  // The values of the buckets that hold an order statistic needed, a list a bucket (pooled, or of
  // one segment), with the rank of the list's first value.
  const lists: number[][] = [];
  const starts: number[] = [];
  /** Mark in `slots` the bucket of each rank (ranks ascending); the order statistic of a rank. */
  const mark = (n: number, tally: Uint32Array, base: number, slots: Int32Array) => {
    const where = new Map<number, number>();
    let cumulative = 0;
    let b = 0;
    for (const rank of ranksOf(n, probabilities)) {
      while (cumulative + (tally[base + b] as number) <= rank)
        cumulative += tally[base + b++] as number;
      if ((slots[b] as number) < 0) {
        slots[b] = lists.length;
        lists.push([]);
        starts.push(cumulative);
      }
      where.set(rank, slots[b] as number);
    }
    return (rank: number) => {
      const slot = where.get(rank) as number;
      return (lists[slot] as number[])[rank - (starts[slot] as number)] as number;
    };
  };
  pooledSlots.fill(-1, 0, buckets);
  const pooledOrder = mark(n, pooledCount, 0, pooledSlots);
  const own: ((rank: number) => number)[] = [];
  for (let s = 0; s < count; s++) {
    const { values, from, to } = segments[s] as Segment;
    if (perSegment) {
      ownSlots.fill(-1, 0, buckets);
      own.push(mark(to - from, cells, s * buckets, ownSlots));
    }
    for (let i = from; i < to; i++) {
      const v = values[i] as number;
      const b = ((v - min) * scale) | 0;
      const k = b > last ? last : b;
      const pooled = pooledSlots[k] as number;
      if (pooled >= 0) (lists[pooled] as number[]).push(v);
      if (perSegment) {
        const mine = ownSlots[k] as number;
        if (mine >= 0) (lists[mine] as number[]).push(v);
      }
    }
  }
  for (const list of lists) list.sort((x, y) => x - y);
  const pooled = type7(n, probabilities, pooledOrder);
  return {
    pooled,
    each: perSegment
      ? segments.map(({ from, to }, s) =>
          type7(to - from, probabilities, own[s] as (rank: number) => number),
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
