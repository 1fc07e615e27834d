import { isMissingModule } from '../math/matrix.js';
import { InputError, inputIssue, missingPackageIssue } from './inputError.js';

/**
 * Reading an Excel workbook (.xlsx) with read-excel-file (small, MIT-licensed), an optional peer
 * dependency loaded on first use through its "universal" entry: the same code in Node and in a
 * browser. The first sheet becomes CSV text, read by the CSV's rules (docs/method.md §2).
 */

/**
 * The first sheet of an .xlsx workbook as CSV text (comma-separated, quoted where needed; numbers
 * written in full with a decimal point), so that `parseInputsCsv` reads it with the CSV's rules.
 * Needs the optional package read-excel-file (`npm install read-excel-file`).
 *
 * @param bytes - The workbook's bytes.
 * @returns CSV text of its first sheet.
 * @throws {InputError} When read-excel-file is not installed or the bytes are not a workbook.
 * @example
 * parseInputsCsv(await xlsxToCsv(readFileSync('provinces.xlsx')))
 */
export async function xlsxToCsv(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  let readSheet: (input: ArrayBuffer) => Promise<unknown[][]>;
  try {
    ({ readSheet } = (await import('read-excel-file/universal')) as unknown as {
      readSheet: typeof readSheet;
    });
  } catch (error) {
    if (!isMissingModule(error)) throw error;
    throw new InputError('digital-economy-share', [
      missingPackageIssue(['.xlsx'], ['read-excel-file'], 'xlsx input'),
    ]);
  }
  const buffer =
    bytes instanceof ArrayBuffer
      ? bytes
      : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  let rows: unknown[][];
  try {
    rows = await readSheet(buffer);
  } catch (error) {
    throw new InputError('xlsx', [
      inputIssue(
        [],
        { code: 'expected.xlsx' },
        {
          code: 'received.not-xlsx',
          values: { reason: error instanceof Error ? error.message : String(error) },
        },
        { code: 'hint.save-as-xlsx' },
      ),
    ]);
  }
  const text = (value: unknown) => {
    if (value === null || value === undefined) return '';
    const s = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return rows.map((row) => row.map(text).join(',')).join('\n');
}
