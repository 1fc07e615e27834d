import {
  BATCH_COLUMNS,
  BATCH_SHARE_COLUMNS,
  type BatchResult,
  batchRecords,
} from '../analyses/estimateBatch.js';
import type { EstimateResult } from '../estimate/result.js';

type Source = EstimateResult['provenance']['sources'][string];

import { InputError, missingPackageIssue } from '../input/inputError.js';
import { isMissingModule } from '../math/matrix.js';

/**
 * Results as an Excel workbook (.xlsx), with write-excel-file (small, MIT-licensed), an optional
 * peer dependency loaded on first use through its "universal" entry: the same code in Node and in
 * a browser. Reading a workbook is src/input/xlsx.ts.
 */

type Cell = string | number | boolean | null;
type CellFormat = { value: number; format: string };

const SHARE_FORMAT = '0.0%';
const POINTS_FORMAT = '+0.0%;-0.0%;0.0%';

/** Columns whose values are shares (a percentage in Excel) or share differences (signed). */
const SHARE_COLUMNS = new Set<string>([
  ...BATCH_SHARE_COLUMNS,
  'published',
  'level',
  'levelHigh',
  'projected',
]);
const POINT_COLUMNS = new Set(['gap']);

function cell(column: string, value: unknown): Cell | CellFormat {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (SHARE_COLUMNS.has(column)) return { value, format: SHARE_FORMAT };
    if (POINT_COLUMNS.has(column)) return { value, format: POINTS_FORMAT };
    return value;
  }
  if (typeof value === 'boolean') return value;
  return String(value);
}

function sheet(records: readonly Record<string, unknown>[], columns: readonly string[]) {
  return [
    columns.map((name) => ({ value: name, fontWeight: 'bold' as const })),
    ...records.map((record) => columns.map((name) => cell(name, record[name]))),
  ];
}

function sourcesSheet(sources: Readonly<Record<string, Source>>) {
  const columns = ['key', 'title', 'publisher', 'date', 'url', 'what'];
  return sheet(
    Object.entries(sources).map(([key, s]) => ({
      key,
      title: s.title,
      publisher: s.publisher,
      date: s.date ?? '',
      url: s.url,
      what: s.what,
    })),
    columns,
  );
}

async function loadWriter() {
  try {
    return (await import('write-excel-file/universal')).default;
  } catch (error) {
    if (!isMissingModule(error)) throw error;
    throw new InputError('digital-economy-share', [
      missingPackageIssue(['--format xlsx'], ['write-excel-file'], 'xlsx output'),
    ]);
  }
}

/** An estimate's columns: a batch's, without rank and row. */
const ESTIMATE_COLUMNS = BATCH_COLUMNS.filter((c) => c !== 'rank' && c !== 'row');

const TARGET_COLUMNS = [
  'id',
  'label',
  'year',
  'level',
  'levelHigh',
  'gap',
  'requiredAnnualGrowth',
  'status',
  'projected',
] as const;

/**
 * An estimate or a batch as an Excel workbook: the results (numbers as numbers, shares formatted
 * as percentages), for an estimate its targets, for a batch the rows not estimated, and the
 * sources. Needs the optional package write-excel-file (`npm install write-excel-file`).
 *
 * @param result - An `estimate` result or an `estimateBatch` result.
 * @returns The .xlsx file's bytes.
 * @throws {InputError} When write-excel-file is not installed.
 * @example
 * writeFileSync('results.xlsx', await resultsXlsx(estimateBatch(rows)))
 */
export async function resultsXlsx(result: EstimateResult | BatchResult): Promise<Uint8Array> {
  const write = await loadWriter();
  const sheets: { data: unknown[][]; sheet: string }[] = [];
  let sources: Record<string, Source> = {};
  if ('errors' in result) {
    const records = batchRecords(result);
    sheets.push({ sheet: 'Results', data: sheet(records, Object.keys(records[0] ?? { rank: 0 })) });
    if (result.errors.length > 0)
      sheets.push({
        sheet: 'Rows not estimated',
        data: sheet(result.errors as unknown as Record<string, unknown>[], [
          'row',
          'field',
          'message',
        ]),
      });
    for (const row of result.rows) sources = { ...sources, ...row.provenance.sources };
  } else {
    const [record] = batchRecords({ rows: [{ ...result, row: 1, rank: null }], errors: [] });
    sheets.push({ sheet: 'Estimate', data: sheet([record ?? {}], ESTIMATE_COLUMNS) });
    sheets.push({
      sheet: 'Targets',
      data: sheet(
        result.targets.map((t) => ({
          id: t.id,
          label: t.inputLabel ?? t.label,
          year: t.year,
          level: t.low,
          levelHigh: t.high,
          gap: t.gap,
          requiredAnnualGrowth: t.requiredAnnualGrowth,
          status: t.status,
          projected: t.projected ?? null,
        })),
        TARGET_COLUMNS,
      ),
    });
    sources = { ...result.provenance.sources };
  }
  sheets.push({ sheet: 'Sources', data: sourcesSheet(sources) });
  // biome-ignore lint/suspicious/noExplicitAny: write-excel-file's cell types are wider than ours.
  const blob = await write(sheets as any).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
