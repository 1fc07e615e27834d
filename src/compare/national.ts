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

/**
 * The estimate against the national average of its frame and reference year: gap (locality −
 * nation) and ratio (locality ÷ nation), with the national components beside it.
 *
 * @example
 * compareNational(0.2349, { frame: 'mic', year: 2024, share: 0.183, core: 0.0859, source: ['S32'] }, 0.0971)
 * // => { frame: 'mic', year: 2024, share: 0.183, gap: 0.0519, ratio: 1.284, core: 0.0859, sectoral: 0.0971, source: ['S32'] }
 */
export function compareNational(
  total: number,
  national: {
    readonly frame: Frame;
    readonly year: number;
    readonly share: number;
    readonly core: number;
    readonly source: readonly string[];
  },
  nationalSectoral: number,
): NationalComparison {
  return {
    frame: national.frame,
    year: national.year,
    share: national.share,
    gap: total - national.share,
    ratio: total / national.share,
    core: national.core,
    sectoral: nationalSectoral,
    source: national.source,
  };
}
