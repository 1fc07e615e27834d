import * as aq from 'arquero';
import { type EstimateOptions, resolveEstimateOptions, runEstimate } from '../estimate/estimate.js';
import type { EstimateResult } from '../estimate/result.js';
import { formatPath, InputError, type InputIssue, inputIssue } from '../input/inputError.js';
import { describeValue } from '../input/zodIssues.js';
import { closest } from '../math/editDistance.js';
import { INPUT_NAMES } from '../model/model.js';

/**
 * One valid row of a batch: its 1-based row number, its rank by share, and its estimate.
 *
 * @example
 * const [first] = estimateBatch(inputs).rows;
 * `${first.rank}. ${first.locality} (row ${first.row}): ${first.share.point}`
 */
export type BatchRow = EstimateResult & { readonly row: number; readonly rank: number };

/**
 * Options of `estimateBatch`: those of `estimate`, with progress counted in rows.
 *
 * @example
 * estimateBatch(inputs, { draws: 10_000, seed: 1, onProgress: (done, total) => console.log(`${done}/${total}`) })
 */
export interface EstimateBatchOptions extends Omit<EstimateOptions, 'onProgress'> {
  /** Called after each row: rows done, rows in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * One problem of one row: the row number, the field at fault, the one-line message.
 *
 * @example
 * estimateBatch([daNang2024, { ...daNang2024, grdp: 0 }]).errors[0]
 * // => { row: 2, field: 'grdp', message: 'grdp: expected a number > 0, received 0 (number); …' }
 */
export interface BatchError extends InputIssue {
  /** The row's number, from 1 (a CSV's first data row is row 1). */
  readonly row: number;
  /** The field's path as text (`history[2].share`); `path` is the same as an array. */
  readonly field: string;
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
  const { onProgress, ...estimateOptions } = options;
  const settings = resolveEstimateOptions(estimateOptions, 'estimateBatch');
  const results: { row: number; result: EstimateResult }[] = [];
  const errors: BatchError[] = [];
  rows.forEach((input, i) => {
    try {
      results.push({
        row: i + 1,
        result: runEstimate(input, settings, 'estimate'),
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const issue of error.issues)
        errors.push({ row: i + 1, field: formatPath(issue.path), ...issue });
    }
    onProgress?.(i + 1, rows.length);
  });
  const order = [...results].sort(
    (a, b) => b.result.share.point - a.result.share.point || a.row - b.row,
  );
  const rank = new Map(order.map((r, i) => [r.row, i + 1]));
  return {
    rows: results.map(({ row, result }) => ({ row, rank: rank.get(row) ?? 0, ...result })),
    errors,
  };
}

/** Columns of the batch CSV besides the input fields (see `parseInputsCsv`). */
const PUBLISHED_COLUMNS = [
  'publishedShare',
  'publishedSource',
  'publishedFrame',
  'publishedYear',
] as const;
const TEXT_FIELDS = new Set(['locality', 'unit', 'frame', 'publishedSource', 'publishedFrame']);
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * The CSV columns that are understood: the input fields, their Low/High/Source companions, published.
 *
 * @example
 * inputCsvColumns().slice(0, 8)
 * // => ['locality', 'year', 'unit', 'frame', 'grdp', 'grdpLow', 'grdpHigh', 'grdpSource']
 */
export function inputCsvColumns(): string[] {
  const numeric = INPUT_NAMES.filter((name) => name !== 'ictSegments');
  return [
    'locality',
    'year',
    'unit',
    'frame',
    ...numeric.flatMap((name) => [name, `${name}Low`, `${name}High`, `${name}Source`]),
    ...PUBLISHED_COLUMNS,
  ];
}

/** A cell as the schema should see it: absent when empty, a number when it reads as one, else the text. */
function cell(name: string, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  if (text === '') return undefined;
  if (TEXT_FIELDS.has(name) || name.endsWith('Source')) return text;
  return NUMBER.test(text) ? Number(text) : text;
}

/**
 * Read a CSV of locality-years into the objects `estimate` and `estimateBatch` take.
 *
 * Columns (header row, any order, empty cell = not given): `locality`, `year`, `unit`, `frame`, every
 * numeric input field by its name (`grdp`, `ictRevenue`, `ictValueAdded`, `platformRevenue`,
 * `digitalFirms`, `population`, `firmsPerThousand`, `itWorkers`, `labourForce`,
 * `itWorkforceShare`); `<field>Low` and `<field>High` for a range; `<field>Source` for its source;
 * `publishedShare`, `publishedSource`, `publishedFrame`, `publishedYear` for a reported share.
 * Numbers are written plainly (`39888`, `0.077`); a number with thousands separators or a percent
 * sign is passed on as text, and the row's validation says what to write instead. Segments
 * (`ictSegments`) need the JSON form.
 *
 * @throws {InputError} For an unknown column (with the closest known name) or a missing `locality` column.
 *
 * @example
 * parseInputsCsv('locality,year,grdp,ictRevenue,firmsPerThousand,itWorkforceShare\nDa Nang,2024,151307,39888,2.35,0.077')
 * // => [{ locality: 'Da Nang', year: 2024, grdp: 151307, ictRevenue: 39888, firmsPerThousand: 2.35, itWorkforceShare: 0.077 }]
 */
export function parseInputsCsv(text: string): unknown[] {
  const table = aq.fromCSV(text, { autoType: false });
  const known = inputCsvColumns();
  const unknown = table.columnNames().filter((name) => !known.includes(name));
  if (unknown.length > 0 || !table.columnNames().includes('locality')) {
    const issues = unknown.map((name) => {
      const suggestion = closest(name, known);
      return inputIssue(
        [`column ${JSON.stringify(name)}`],
        { code: 'expected.known-column' },
        { code: 'received.unknown-column' },
        suggestion
          ? { code: 'hint.did-you-mean', values: { name: JSON.stringify(suggestion) } }
          : { code: 'hint.documented-columns' },
      );
    });
    if (!table.columnNames().includes('locality'))
      issues.push(
        inputIssue(
          ['column "locality"'],
          { code: 'expected.header-row' },
          { code: 'received.no-locality-column' },
          { code: 'hint.header-first' },
        ),
      );
    throw new InputError('CSV', issues);
  }
  return table.objects().map((record) => {
    const row = record as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const sources: Record<string, string> = {};
    for (const [name, raw] of Object.entries(row)) {
      const value = cell(name, raw);
      if (
        value === undefined ||
        name.endsWith('Low') ||
        name.endsWith('High') ||
        name.startsWith('published')
      )
        continue;
      if (name.endsWith('Source')) sources[name.slice(0, -'Source'.length)] = String(value);
      else out[name] = value;
    }
    for (const name of INPUT_NAMES) {
      const low = cell(`${name}Low`, row[`${name}Low`]);
      const high = cell(`${name}High`, row[`${name}High`]);
      if (low !== undefined || high !== undefined) out[name] = { value: out[name], low, high };
    }
    const share = cell('publishedShare', row.publishedShare);
    if (share !== undefined) {
      const frame = cell('publishedFrame', row.publishedFrame);
      const year = cell('publishedYear', row.publishedYear);
      out.published = {
        share,
        source: cell('publishedSource', row.publishedSource) ?? '',
        ...(frame === undefined ? {} : { frame }),
        ...(year === undefined ? {} : { year }),
      };
    }
    if (Object.keys(sources).length > 0) out.sources = sources;
    return out;
  });
}

/**
 * The comparison columns of a batch, one row per valid input, ranked: an arquero table.
 *
 * @example
 * batchTable(estimateBatch(inputs)).columnNames().slice(0, 6)
 * // => ['rank', 'row', 'locality', 'year', 'frame', 'share']
 */
export function batchTable(batch: BatchResult): aq.ColumnTable {
  return aq
    .from(
      batch.rows.map((r) => ({
        rank: r.rank,
        row: r.row,
        locality: r.locality,
        year: r.year,
        frame: r.frame,
        share: r.share.point,
        low: r.share.low,
        high: r.share.high,
        core: r.components.core,
        sectoral: r.components.sectoral,
        national: r.national.share,
        nationalYear: r.national.year,
        gap: r.national.gap,
        ratio: r.national.ratio,
        published: r.input.published?.share ?? null,
        checks: r.checks.map((c) => c.code).join(' '),
      })),
    )
    .orderby('rank');
}
