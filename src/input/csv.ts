import * as aq from 'arquero';
import { closest } from '../math/editDistance.js';
import { InputError, inputIssue } from './inputError.js';
import { readNumberText } from './numberText.js';
import { checkOptions } from './options.js';
import { INPUT_NAMES } from './schemas.js';
import { describeValue } from './zodIssues.js';

/**
 * The CSV reader of the batch (docs/method.md §2): one locality-year a row, columns named after
 * the input fields, ranges as `<field>Low`/`<field>High`, sources as `<field>Source`, the
 * published share as `published*`. Read with arquero, which is loaded only by this module (the
 * `digital-economy-share/tables` entry and the CLI's `batch`), never by the core.
 */

/** Columns of the batch CSV besides the input fields (see `parseInputsCsv`). */
const PUBLISHED_COLUMNS = [
  'publishedShare',
  'publishedSource',
  'publishedFrame',
  'publishedYear',
] as const;
const TEXT_FIELDS = new Set(['locality', 'unit', 'frame', 'publishedSource', 'publishedFrame']);

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

/**
 * A cell as the schema should see it: absent when empty, a number when it reads as one, else the
 * text. In a file separated by semicolons (Excel where the decimal symbol is a comma, as in
 * Vietnamese and French settings) a number is written "0,077" or "151.307": the comma is the
 * decimal point and dots group thousands.
 */
function cell(name: string, value: unknown, decimalComma = false): unknown {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  if (text === '') return undefined;
  if (TEXT_FIELDS.has(name) || name.endsWith('Source')) return text;
  return readNumberText(text, decimalComma);
}

/**
 * The separator of a CSV text, from its header line: a comma; a semicolon or a tab when the header
 * has one of them and no comma (Excel writes semicolons where the decimal symbol is a comma; a
 * copy from a spreadsheet has tabs).
 */
export function csvSeparator(text: string): ',' | ';' | '\t' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  return header.includes('\t') ? '\t' : ',';
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
 * sign is passed on as text, and the row's validation says what to write instead. The separator
 * is the comma, or the semicolon or tab of a header without commas; in a file separated by
 * semicolons, numbers have a decimal comma and may group thousands with dots (`0,077`,
 * `151.307`), as Excel writes them where the decimal symbol is a comma. Segments (`ictSegments`)
 * need the JSON form. `decimalComma: true` reads numbers that way whatever the separator (a file
 * separated by commas or tabs whose numbers are written `39.888,5`, quoted); `false` never.
 *
 * @throws {InputError} For an unknown column (with the closest known name) or a missing `locality` column.
 *
 * @example
 * parseInputsCsv('locality,year,grdp,ictRevenue,firmsPerThousand,itWorkforceShare\nDa Nang,2024,151307,39888,2.35,0.077')
 * // => [{ locality: 'Da Nang', year: 2024, grdp: 151307, ictRevenue: 39888, firmsPerThousand: 2.35, itWorkforceShare: 0.077 }]
 */
export function parseInputsCsv(
  text: string,
  options: { readonly decimalComma?: boolean } = {},
): unknown[] {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new InputError('CSV', [
      inputIssue(
        [],
        { code: 'expected.csv-text' },
        typeof text === 'string' ? { code: 'received.empty-file' } : describeValue(text),
      ),
    ]);
  }
  const separator = csvSeparator(text);
  const { decimalComma = separator === ';' } = checkOptions(options, 'parseInputsCsv options', [
    'decimalComma',
  ]);
  checkCsvShape(text, separator);
  // Header cells are names: the spaces a hand-typed header leaves around them ("grdp, year") are not.
  const read = aq.fromCSV(text, { autoType: false, delimiter: separator });
  const table = read.rename(
    Object.fromEntries(read.columnNames().map((name) => [name, name.trim()])),
  );
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
  // Blank rows (every cell empty, as spreadsheets leave them) are not localities.
  const records = table
    .objects()
    .filter((record) =>
      Object.values(record as object).some((v) => v !== null && v !== undefined && v !== ''),
    );
  return records.map((record) => {
    const row = record as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const sources: Record<string, string> = {};
    for (const [name, raw] of Object.entries(row)) {
      const value = cell(name, raw, decimalComma);
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
      const low = cell(`${name}Low`, row[`${name}Low`], decimalComma);
      const high = cell(`${name}High`, row[`${name}High`], decimalComma);
      if (low !== undefined || high !== undefined) out[name] = { value: out[name], low, high };
    }
    const share = cell('publishedShare', row.publishedShare, decimalComma);
    const source = cell('publishedSource', row.publishedSource);
    const frame = cell('publishedFrame', row.publishedFrame);
    const year = cell('publishedYear', row.publishedYear, decimalComma);
    // Any published* cell makes a published share: one given without its share is reported (by
    // the row's validation, "published.share: … missing"), never dropped.
    if ([share, source, frame, year].some((v) => v !== undefined)) {
      out.published = {
        ...(share === undefined ? {} : { share }),
        source: source ?? '',
        ...(frame === undefined ? {} : { frame }),
        ...(year === undefined ? {} : { year }),
      };
    }
    if (Object.keys(sources).length > 0) out.sources = sources;
    return out;
  });
}

/**
 * The rows of a CSV text as cells (RFC 4180: quoted cells, doubled quotes, CRLF or LF), and the
 * row where a quote opened and never closed, if any. One pass, O(length).
 */
export function csvCells(
  text: string,
  separator = ',',
): { rows: string[][]; unclosedRow?: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteRow = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      quoted = true;
      quoteRow = rows.length;
    } else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return quoted ? { rows, unclosedRow: quoteRow } : { rows };
}

/**
 * What arquero would read in silence, refused: a quote never closed (it swallows the rows after
 * it), a header named twice or left empty, a row with more or fewer cells than the header. Blank
 * rows are allowed and skipped: rows are numbered as the batch numbers them, from the first
 * non-blank row under the header.
 */
function checkCsvShape(text: string, separator: string): void {
  const { rows, unclosedRow } = csvCells(text, separator);
  const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
  // The batch's number of each row of the file (0 for the header and for blank rows).
  const numbers: number[] = [];
  let counted = 0;
  rows.forEach((cells, i) => {
    numbers.push(i === 0 || isBlank(cells) ? 0 : ++counted);
  });
  const issues = [];
  if (unclosedRow !== undefined)
    issues.push(
      inputIssue(
        unclosedRow === 0 ? ['header'] : [`row ${numbers[unclosedRow] || counted + 1}`],
        { code: 'expected.closed-quote' },
        { code: 'received.unclosed-quote' },
        { code: 'hint.unclosed-quote' },
        'invalid',
      ),
    );
  const [header = [], ...body] = rows;
  const seen = new Set<string>();
  header.forEach((name, i) => {
    const trimmed = name.trim();
    if (trimmed === '')
      issues.push(
        inputIssue(
          [`column ${i + 1}`],
          { code: 'expected.column-name' },
          { code: 'received.empty-header' },
          undefined,
          'invalid',
        ),
      );
    else if (seen.has(trimmed))
      issues.push(
        inputIssue(
          [`column ${JSON.stringify(trimmed)}`],
          { code: 'expected.unique-column' },
          { code: 'received.repeated-column' },
          { code: 'hint.repeated-column' },
          'invalid',
        ),
      );
    seen.add(trimmed);
  });
  if (unclosedRow === undefined)
    body.forEach((cells, i) => {
      if (!isBlank(cells) && cells.length !== header.length)
        issues.push(
          inputIssue(
            [`row ${numbers[i + 1]}`],
            { code: 'expected.cells-per-row', values: { count: header.length } },
            { code: 'received.cells', values: { count: cells.length } },
            { code: 'hint.ragged-row' },
            'invalid',
          ),
        );
    });
  if (issues.length > 0) throw new InputError('CSV', issues);
}
