import * as aq from 'arquero';
import { closest } from '../math/editDistance.js';
import { InputError, inputIssue } from './inputError.js';
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
  if (typeof text !== 'string' || text.trim() === '') {
    throw new InputError('CSV', [
      inputIssue(
        [],
        { code: 'expected.csv-text' },
        typeof text === 'string' ? { code: 'received.empty-file' } : describeValue(text),
      ),
    ]);
  }
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
