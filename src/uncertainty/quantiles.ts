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

/** Scratch space of the bucket selection (counts, and which buckets are kept), grown and reused. */
let bucketCounts = new Uint32Array(1024);
let bucketSlots = new Int32Array(1024);

/**
 * Type-7 quantiles of `values[from … to)`, without reordering or copying them: the order
 * statistics needed are found by counting the values into equal buckets between their least and
 * greatest (bucket order is value order, as (v − min) / (max − min) is monotone), then sorting
 * only the few values of the buckets that hold them. Three passes over the values whatever the number of
 * probabilities; exact, the same numbers a sort gives.
 */
export function rangeQuantiles(
  values: Float64Array,
  from: number,
  to: number,
  probabilities: readonly number[],
): number[] {
  const n = to - from;
  if (n <= 0) throw new RangeError('quantiles of no draws');
  let min = values[from] as number;
  let max = min;
  for (let i = from + 1; i < to; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  const ranks = probabilities.flatMap((p) => [Math.floor((n - 1) * p), Math.ceil((n - 1) * p)]);
  let order: (rank: number) => number;
  if (max === min) order = () => min;
  else {
    // About eight values a bucket.
    const buckets = Math.max(1, Math.min(1 << 20, 2 ** Math.ceil(Math.log2(n / 8))));
    if (bucketCounts.length < buckets) {
      bucketCounts = new Uint32Array(buckets);
      bucketSlots = new Int32Array(buckets);
    }
    const counts = bucketCounts;
    counts.fill(0, 0, buckets);
    // (v − min) / (max − min) stays in [0, 1] however close min and max are (a scale factor
    // buckets / (max − min) can overflow to Infinity, and 0 × Infinity is NaN).
    const span = max - min;
    const last = buckets - 1;
    for (let i = from; i < to; i++) {
      const b = Math.floor((((values[i] as number) - min) / span) * buckets);
      const k = b > last ? last : b;
      counts[k] = (counts[k] as number) + 1;
    }
    // The bucket of each rank needed (one pass over the counts, ranks ascending), and a slot for
    // the values of each such bucket.
    const sorted = [...new Set(ranks)].sort((a, b) => a - b);
    const slots = bucketSlots;
    slots.fill(-1, 0, buckets);
    const lists: number[][] = [];
    const starts: number[] = [];
    const where = new Map<number, { slot: number }>();
    let cumulative = 0;
    let b = 0;
    for (const rank of sorted) {
      while (cumulative + (counts[b] as number) <= rank) cumulative += counts[b++] as number;
      if ((slots[b] as number) < 0) {
        slots[b] = lists.length;
        lists.push([]);
        starts.push(cumulative);
      }
      where.set(rank, { slot: slots[b] as number });
    }
    for (let i = from; i < to; i++) {
      const v = values[i] as number;
      const k = Math.floor(((v - min) / span) * buckets);
      const slot = slots[k > last ? last : k] as number;
      if (slot >= 0) (lists[slot] as number[]).push(v);
    }
    for (const list of lists) list.sort((x, y) => x - y);
    order = (rank) => {
      const { slot } = where.get(rank) as { slot: number };
      return (lists[slot] as number[])[rank - (starts[slot] as number)] as number;
    };
  }
  return probabilities.map((p) => {
    const position = (n - 1) * p;
    const lower = Math.floor(position);
    const low = order(lower);
    return position === lower ? low : low + (position - lower) * (order(lower + 1) - low);
  });
}

class ExactSink implements QuantileSink {
  private readonly values: Float64Array;
  private count = 0;
  private readonly blocks: { from: number; to: number; probabilities: readonly number[] }[] = [];
  private replicates: number[][] | undefined;
  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
  }
  add(value: number): void {
    this.values[this.count++] = value;
  }
  endReplicate(probabilities: readonly number[]): void {
    const from = this.blocks.at(-1)?.to ?? 0;
    this.blocks.push({ from, to: this.count, probabilities });
  }
  replicateQuantiles(): number[][] {
    this.replicates ??= this.blocks.map((b) =>
      rangeQuantiles(this.values, b.from, b.to, b.probabilities),
    );
    return this.replicates;
  }
  quantiles(probabilities: readonly number[]): number[] {
    return rangeQuantiles(this.values, 0, this.count, probabilities);
  }
}

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
