/**
 * digital-economy-share/tables: the table side of the library, on arquero. Kept apart from the
 * core so that importing the core never loads arquero: CSV input for `estimateBatch` and a batch
 * as an arquero table for further work (joins, group-bys, export).
 *
 * @packageDocumentation
 */

import * as aq from 'arquero';
import { type BatchResult, batchRecords } from './analyses/estimateBatch.js';

export { inputCsvColumns, parseInputsCsv } from './input/csv.js';

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
