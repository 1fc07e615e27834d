/**
 * digital-economy-share/tables: the table side of the library, on arquero. Kept apart from the
 * core so that importing the core never loads arquero: CSV and Excel input for `estimateBatch`, a
 * batch as an arquero table for further work (joins, group-bys, export), results as a workbook.
 *
 * @packageDocumentation
 */

import * as aq from 'arquero';
import { type BatchResult, batchRecords } from './analyses/estimateBatch.js';

import { parseInputsCsv } from './input/csv.js';
import { xlsxToCsv } from './input/xlsx.js';

export { inputCsvColumns, parseInputsCsv } from './input/csv.js';
export { xlsxToCsv } from './input/xlsx.js';
export { resultsXlsx } from './render/xlsx.js';

/**
 * Read the first sheet of an Excel workbook (.xlsx) into the objects `estimateBatch` takes: the
 * header row names the columns as in a CSV (`parseInputsCsv`); numbers are the cells' numbers.
 * Needs the optional package read-excel-file.
 *
 * @example
 * estimateBatch(await parseInputsXlsx(readFileSync('provinces.xlsx')))
 */
export async function parseInputsXlsx(bytes: Uint8Array | ArrayBuffer): Promise<unknown[]> {
  return parseInputsCsv(await xlsxToCsv(bytes), { decimalComma: false });
}

/**
 * A batch's comparison columns, one row per valid input, ranked: an arquero table.
 *
 * @example
 * batchTable(estimateBatch(inputs)).columnNames().slice(0, 6)
 * // => ['rank', 'row', 'locality', 'year', 'frame', 'share']
 */
export function batchTable(batch: BatchResult): aq.ColumnTable {
  return aq.from(batchRecords(batch));
}
