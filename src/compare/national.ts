import type { Frame } from '../input/schemas.js';

/**
 * Comparison with the national average of the same frame.
 *
 * @example
 * estimate(daNang2024).national
 * // => { frame: 'mic', year: 2024, share: 0.183, gap: 0.0519…, ratio: 1.28…, core: 0.0859…, sectoral: 0.0970…, source: […] }
 */
export interface NationalComparison {
  readonly frame: Frame;
  /** Reference year read (the input year, or the nearest available: see checks). */
  readonly year: number;
  readonly share: number;
  /** Locality minus nation, in share units (positive: above the national average). */
  readonly gap: number;
  /** Locality ÷ nation. */
  readonly ratio: number;
  readonly core: number;
  readonly sectoral: number;
  readonly source: readonly string[];
}
