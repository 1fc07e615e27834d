import { UNRANKED_CHECKS } from '../estimate/checks.js';
import {
  ESTIMATE_OPTION_KEYS,
  type EstimateOptions,
  resolveEstimateOptions,
  runEstimate,
} from '../estimate/estimate.js';
import type { EstimateResult } from '../estimate/result.js';
import type { BatchError } from '../input/inputError.js';
import { mergeOntoMap } from './mergeOntoMap.js';

export type { BatchError } from '../input/inputError.js';

import { InputError, inputIssue, rowErrors } from '../input/inputError.js';
import { checkOptions } from '../input/options.js';
import { describeValue } from '../input/zodIssues.js';
import { DrawCache } from '../uncertainty/simulate.js';

/**
 * One valid row of a batch: its 1-based row number, its rank by share (`null` when a warning makes
 * the figure unfit to rank as a measurement: `UNRANKED_CHECKS`), and its estimate.
 *
 * @example
 * const [first] = estimateBatch(inputs).rows;
 * `${first.rank ?? '–'}. ${first.locality} (row ${first.row}): ${first.share.point}`
 */
export type BatchRow = EstimateResult & { readonly row: number; readonly rank: number | null };

/**
 * Whether a result carries a warning that keeps it out of the ranking (a capped share, say).
 *
 * @example
 * unranked(estimate({ ...daNang2024, firmsPerThousand: 1000, itWorkforceShare: 1 })) // => true (capped at 100%)
 */
export function unranked(result: Pick<EstimateResult, 'checks'>): boolean {
  return result.checks.some((check) => UNRANKED_CHECKS.includes(check.code));
}

/**
 * Ranked rows first, by rank; then the unranked, by share, largest first; ties in row order.
 *
 * @example
 * [...estimateBatch(inputs).rows].sort(rankOrder).map((r) => r.rank) // => [1, 2, 3, null]
 */
export function rankOrder(a: BatchRow, b: BatchRow): number {
  if (a.rank !== null && b.rank !== null) return a.rank - b.rank;
  if (a.rank !== null) return -1;
  if (b.rank !== null) return 1;
  return b.share.point - a.share.point || a.row - b.row;
}

/**
 * Options of `estimateBatch`: those of `estimate`, with progress counted in rows.
 *
 * @example
 * estimateBatch(inputs, { draws: 10_000, seed: 1, onProgress: (done, total) => console.log(`${done}/${total}`) })
 */
export interface EstimateBatchOptions extends Omit<EstimateOptions, 'onProgress'> {
  /** Called after each row: rows done, rows in all. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * 2025: the rows are former provinces, brought onto the 34 of 1 July 2025 before estimating
   * (`mergeOntoMap`); a result's `row` is then its first part's row.
   */
  readonly map?: 2025;
}

/**
 * The result of `estimateBatch`: every valid row estimated and ranked, every invalid row reported.
 *
 * @example
 * const { rows, errors } = estimateBatch(parseInputsCsv(csvText));
 */
export interface BatchResult {
  readonly rows: readonly BatchRow[];
  readonly errors: readonly BatchError[];
}

/**
 * Estimate every row of a table (an array of the objects `estimate` takes) in one call. Each row is
 * validated and estimated on its own: a bad row is reported in `errors` with its row number
 * (1-based) and every field at fault, and never stops or silently drops the others. Valid rows are
 * ranked by point estimate, largest first (rank 1), ties in row order. Every row uses the same
 * seed and draws, so each is reproducible alone.
 *
 * @param rows - The inputs, one per locality-year.
 * @param options - As for `estimate` (`draws`, `seed`, `reference`, `parameters`).
 * @returns `{ rows, errors }`.
 * @throws {InputError} Only when `rows` is not a list or the options are invalid.
 * @example
 * const { rows, errors } = estimateBatch([daNang2024, { locality: 'X' }]);
 * rows.length   // => 1
 * errors[0]     // => { row: 2, field: 'year', message: 'year: expected …' }
 */
export function estimateBatch(
  rows: readonly unknown[],
  options: EstimateBatchOptions = {},
): BatchResult {
  if (!Array.isArray(rows)) {
    throw new InputError('estimateBatch', [
      inputIssue([], { code: 'expected.locality-rows' }, describeValue(rows)),
    ]);
  }
  // The options are validated once, for every row.
  const { onProgress, map, ...estimateOptions } = checkOptions(options, 'estimateBatch options', [
    ...ESTIMATE_OPTION_KEYS,
    'map',
  ]);
  if (map !== undefined && map !== 2025)
    throw new InputError('estimateBatch options', [
      inputIssue(['map'], { code: 'expected.map-year' }, describeValue(map)),
    ]);
  // One DrawCache for the batch: the rows share the parameters' draws (docs/method.md §4).
  const settings = {
    ...resolveEstimateOptions(estimateOptions, 'estimateBatch'),
    cache: new DrawCache(),
  };
  const merged =
    map === 2025
      ? mergeOntoMap(
          rows,
          estimateOptions.reference ? { reference: estimateOptions.reference } : {},
        )
      : undefined;
  const inputs: readonly unknown[] = merged ? merged.inputs : rows;
  // With a map, a result and its errors carry the row number of its first part.
  const rowOf = (i: number) => merged?.rows[i]?.[0] ?? i + 1;
  const results: { row: number; result: EstimateResult }[] = [];
  const errors: BatchError[] = [...(merged?.errors ?? [])];
  inputs.forEach((input, i) => {
    try {
      results.push({
        row: rowOf(i),
        result: runEstimate(input, settings, 'estimate'),
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(...rowErrors(rowOf(i), error));
    }
    onProgress?.(i + 1, inputs.length);
  });
  errors.sort((a, b) => a.row - b.row);
  // Only measurements are ranked: a capped or flagged row keeps its estimate, without a rank.
  const order = results
    .filter(({ result }) => !unranked(result))
    .sort((a, b) => b.result.share.point - a.result.share.point || a.row - b.row);
  const rank = new Map(order.map((r, i) => [r.row, i + 1]));
  return {
    rows: results.map(({ row, result }) => ({ row, rank: rank.get(row) ?? null, ...result })),
    errors,
  };
}

/**
 * The columns of a batch's comparison table whose values are shares of GRDP (a spreadsheet shows
 * them as percentages).
 *
 * @example
 * BATCH_SHARE_COLUMNS.includes('share') // => true
 */
export const BATCH_SHARE_COLUMNS = [
  'share',
  'low',
  'high',
  'parameterLow',
  'parameterHigh',
  'core',
  'sectoral',
  'national',
] as const;

/**
 * The columns of a batch's comparison table (CSV output, `batchTable`).
 *
 * @example
 * formatBatch(batch, { format: 'csv' }).split('\n')[0] === BATCH_COLUMNS.join(',') // => true
 */
export const BATCH_COLUMNS = [
  'rank',
  'row',
  'locality',
  'year',
  'frame',
  ...BATCH_SHARE_COLUMNS,
  'nationalYear',
  'gap',
  'ratio',
  'published',
  'checks',
] as const;

/**
 * One row of a batch's comparison table.
 *
 * @example
 * const first: BatchRecord | undefined = batchRecords(batch)[0]; // first?.share, first?.gap …
 */
export type BatchRecord = Record<(typeof BATCH_COLUMNS)[number], string | number | null>;

/**
 * The comparison columns of a batch as plain records, one per valid input, in rank order.
 *
 * @example
 * batchRecords(estimateBatch(inputs))[0] // => { rank: 1, row: 2, locality: 'Da Nang', year: 2024, frame: 'mic', share: 0.2349…, … }
 */
export function batchRecords(batch: BatchResult): BatchRecord[] {
  return [...batch.rows].sort(rankOrder).map((r) => ({
    rank: r.rank,
    row: r.row,
    locality: r.locality,
    year: r.year,
    frame: r.frame,
    share: r.share.point,
    low: r.share.low,
    high: r.share.high,
    parameterLow: r.share.parameterInterval.low,
    parameterHigh: r.share.parameterInterval.high,
    core: r.components.core,
    sectoral: r.components.sectoral,
    national: r.national.share,
    nationalYear: r.national.year,
    gap: r.national.gap,
    ratio: r.national.ratio,
    published: r.input.published?.share ?? null,
    checks: r.checks.map((c) => c.code).join(' '),
  }));
}
