import { quickselect } from 'simple-statistics';

/**
 * Quantiles of Monte Carlo draws of a share.
 *
 * Up to EXACT_LIMIT draws are kept in a Float64Array and the order statistics a quantile needs are
 * selected in place (simple-statistics' Floyd–Rivest `quickselect`), read by the rule of
 * `quantileSorted` (type 7). Beyond that, draws are not kept: they are counted in HISTOGRAM_BINS equal bins
 * over [0, 1] (a share cannot leave that interval), and each quantile is read from the cumulative
 * counts by the same rule as `quantileSorted` (type 7: linear between order statistics), placing the order statistic linearly inside its
 * bin. The bin width is 2^-20 ≈ 9.5e-7 of GRDP (0.0001 percentage points), so the two paths agree
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

/**
 * Type-7 quantiles of `values[from … to)`, selecting the order statistics they need in place
 * (the range is reordered, its contents are not changed).
 */
export function quantilesInPlace(
  values: Float64Array,
  from: number,
  to: number,
  probabilities: readonly number[],
): number[] {
  const n = to - from;
  if (n <= 0) throw new RangeError('quantiles of no draws');
  // Every order statistic needed, ascending, selected divide and conquer: the middle one over the
  // whole range, then those below it on the left part and those above on the right part.
  const ranks: number[] = [];
  for (const p of probabilities)
    for (const rank of [Math.floor((n - 1) * p), Math.ceil((n - 1) * p)])
      if (!ranks.includes(from + rank)) ranks.push(from + rank);
  ranks.sort((a, b) => a - b);
  selectRanks(values as unknown as number[], from, to, ranks, 0, ranks.length - 1);
  return probabilities.map((p) => {
    const position = (n - 1) * p;
    const lower = Math.floor(position);
    const low = values[from + lower] as number;
    if (position === lower) return low;
    return low + (position - lower) * ((values[from + lower + 1] as number) - low);
  });
}

/** Put the elements of absolute ranks `ranks[lo … hi]` in place within `values[from … to)`. */
function selectRanks(
  values: number[],
  from: number,
  to: number,
  ranks: readonly number[],
  lo: number,
  hi: number,
): void {
  if (lo > hi) return;
  const mid = (lo + hi) >> 1;
  const k = ranks[mid] as number;
  if (to - 1 > from) quickselect(values, k, from, to - 1);
  selectRanks(values, from, k, ranks, lo, mid - 1);
  selectRanks(values, k + 1, to, ranks, mid + 1, hi);
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
    // Selected before the pooled quantiles reorder the whole array, and only once.
    this.replicates ??= this.blocks.map((b) =>
      quantilesInPlace(this.values, b.from, b.to, b.probabilities),
    );
    return this.replicates;
  }
  quantiles(probabilities: readonly number[]): number[] {
    this.replicateQuantiles();
    return quantilesInPlace(this.values, 0, this.count, probabilities);
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
