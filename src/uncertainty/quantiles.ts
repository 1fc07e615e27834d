import { quantile } from 'simple-statistics';

/**
 * Quantiles of Monte Carlo draws of a share.
 *
 * Up to EXACT_LIMIT draws are kept in a Float64Array, sorted, and read with simple-statistics'
 * `quantileSorted`. Beyond that, draws are not kept: they are counted in HISTOGRAM_BINS equal bins
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
}

class ExactSink implements QuantileSink {
  private readonly values: Float64Array;
  private count = 0;
  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
  }
  add(value: number): void {
    this.values[this.count++] = value;
  }
  quantiles(probabilities: readonly number[]): number[] {
    // quantile selects the order statistics it needs (Floyd–Rivest) on a copy, without sorting
    // everything; it only reads `length`, `slice` and indexes, which a typed array provides.
    const values = this.values.subarray(0, this.count) as unknown as number[];
    return quantile(values, [...probabilities]);
  }
}

class HistogramSink implements QuantileSink {
  private readonly counts = new Uint32Array(HISTOGRAM_BINS);
  private count = 0;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;
  add(value: number): void {
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

/** A sink for `draws` values: exact when they fit under EXACT_LIMIT, a histogram otherwise. */
export function quantileSink(draws: number): QuantileSink {
  return draws <= EXACT_LIMIT ? new ExactSink(draws) : new HistogramSink();
}
