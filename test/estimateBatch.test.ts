import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimate, estimateBatch, formatBatch, InputError } from '../src/index.js';
import { batchTable, inputCsvColumns, parseInputsCsv } from '../src/tables.js';
import { daNang2024, minimalDaNang } from './helpers.js';

describe('estimateBatch(rows)', () => {
  const good = minimalDaNang();
  const small = { ...minimalDaNang(), locality: 'Small', grdp: 1_000_000 };
  const batch = estimateBatch(
    [
      good,
      { ...good, grdp: 0 },
      small,
      'not an object',
      { ...good, itWorkforceShare: 7.7, digitalFirms: 1.5 },
    ],
    { draws: 500 },
  );

  it('estimates every valid row as estimate() would, keeping its 1-based row number', () => {
    expect(batch.rows.map((r) => r.row)).toEqual([1, 3]);
    expect(batch.rows[0]?.share).toEqual(estimate(good, { draws: 500 }).share);
  });

  it('ranks valid rows by share, largest first', () => {
    expect(batch.rows.map((r) => [r.locality, r.rank])).toEqual([
      ['Da Nang', 1],
      ['Small', 2],
    ]);
  });

  it('reports every bad row by number and field, without stopping the others', () => {
    expect(batch.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'grdp'],
      [4, '(input)'],
      [5, 'digitalFirms'],
      [5, 'itWorkforceShare'],
    ]);
    expect(batch.errors[0]?.message).toMatch(/^grdp: expected a number > 0, received 0 \(number\)/);
  });

  it("keeps the errors plain data, and reports them in the reader's language", () => {
    const batch = estimateBatch([minimalDaNang(), { ...minimalDaNang(), itWorkforceShare: 7.7 }], {
      draws: 1000,
    });
    expect(JSON.parse(JSON.stringify(batch.errors))).toEqual(batch.errors);
    expect(formatBatch(batch, { lang: 'vi' })).toContain(
      'dòng 2: itWorkforceShare: cần một tỷ lệ từ 0 đến 1, nhận được 7.7 (số); tỷ trọng được nhập dưới dạng tỷ lệ (7,7% → 0,077), không phải phần trăm: có phải ý bạn là 0.077?',
    );
    expect(formatBatch(batch, { lang: 'fr', format: 'markdown' })).toContain(
      '- ligne 2 : itWorkforceShare : attendu une fraction entre 0 et 1, reçu 7.7 (nombre)',
    );
    // A batch read back from JSON renders exactly as the original, in every language.
    const reread = JSON.parse(JSON.stringify(batch));
    for (const lang of ['en', 'vi', 'fr'] as const)
      for (const format of ['text', 'markdown'] as const)
        expect(formatBatch(reread, { lang, format })).toBe(formatBatch(batch, { lang, format }));
    expect(batch.errors[0]).toMatchObject({
      row: 2,
      field: 'itWorkforceShare',
      code: 'too-big',
      path: ['itWorkforceShare'],
    });
  });

  it('never ranks a capped or flagged row as a measurement: no rank, listed after the ranked ones', () => {
    const hub = { ...good, locality: 'Hub', grdp: 1000, ictRevenue: 1500 }; // core 4.07× the nation's
    const capped = { ...good, locality: 'Capped', firmsPerThousand: 1000, itWorkforceShare: 1 };
    const { rows } = estimateBatch([capped, good, hub], { draws: 500 });
    const byName = Object.fromEntries(rows.map((r) => [r.locality, r]));
    // Capped is 100% and Hub 45%, both above Da Nang's 23.5%: neither is ranked first.
    expect(byName.Capped?.share.point).toBe(1);
    expect([byName['Da Nang']?.rank, byName.Capped?.rank, byName.Hub?.rank]).toEqual([
      1,
      null,
      null,
    ]);
    const text = formatBatch({ rows, errors: [] });
    expect(text).toMatch(/\n {3}1 {4}2 {2}Da Nang/);
    expect(text).toMatch(/\n {3}– {4}1 {2}Capped[^\n]*sectoral-capped/);
    expect(text).toContain('– not ranked: a share that was capped');
    const csv = formatBatch({ rows, errors: [] }, { format: 'csv' }).split('\n');
    expect(csv.slice(1, 4).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      '1,2,Da Nang',
      ',1,Capped',
      ',3,Hub',
    ]);
  });

  it('returns one row per input row for a 34-row table', () => {
    const rows = Array.from({ length: 34 }, (_, i) => ({
      ...minimalDaNang(),
      locality: `Province ${i + 1}`,
      grdp: 100_000 + 5_000 * i,
    }));
    const result = estimateBatch(rows, { draws: 1000 });
    expect(result.rows).toHaveLength(34);
    expect(result.errors).toEqual([]);
    expect(new Set(result.rows.map((r) => r.rank)).size).toBe(34);
  });

  it('rejects options and non-lists as a whole', () => {
    expect(() => estimateBatch([good], { draws: 1 })).toThrow(InputError);
    expect(() => estimateBatch('rows' as unknown as unknown[])).toThrow(
      /expected a list of locality-year objects/,
    );
  });
});

describe('parseInputsCsv(text)', () => {
  it('reads a file separated by semicolons with decimal commas and dots grouping thousands (Excel, vi/fr settings)', () => {
    const text =
      'locality;year;grdp;ictRevenue;firmsPerThousand;itWorkforceShare;publishedShare\n' +
      'Đà Nẵng;2024;151.307;39.888;2,35;0,077;0,22\n';
    expect(parseInputsCsv(text)).toEqual([
      {
        locality: 'Đà Nẵng',
        year: 2024,
        grdp: 151307,
        ictRevenue: 39888,
        firmsPerThousand: 2.35,
        itWorkforceShare: 0.077,
        published: { share: 0.22, source: '' },
      },
    ]);
  });

  it('reads a file separated by tabs (a copy from a spreadsheet) with decimal points', () => {
    const text =
      'locality\tyear\tgrdp\tictRevenue\tfirmsPerThousand\titWorkforceShare\nA\t2024\t1000\t100\t2.5\t0.05\n';
    expect(parseInputsCsv(text)).toEqual([
      {
        locality: 'A',
        year: 2024,
        grdp: 1000,
        ictRevenue: 100,
        firmsPerThousand: 2.5,
        itWorkforceShare: 0.05,
      },
    ]);
  });

  it('reads the documented columns: fields, ranges, sources, published share', () => {
    const rows = parseInputsCsv(
      'locality,year,grdp,grdpLow,grdpHigh,grdpSource,ictRevenue,firmsPerThousand,itWorkforceShare,publishedShare,publishedSource,publishedFrame\n' +
        'Da Nang,2024,151307,140000,160000,D12,39888,2.35,0.077,0.22,seed-004,mic\n',
    );
    expect(rows).toEqual([
      {
        locality: 'Da Nang',
        year: 2024,
        grdp: { value: 151307, low: 140000, high: 160000 },
        ictRevenue: 39888,
        firmsPerThousand: 2.35,
        itWorkforceShare: 0.077,
        published: { share: 0.22, source: 'seed-004', frame: 'mic' },
        sources: { grdp: 'D12' },
      },
    ]);
  });

  it('leaves empty cells out and passes text through to validation (which names the fix)', () => {
    // (The missing ICT field is a cross-field rule: it is reported once the fields themselves are valid.)
    const [row] = parseInputsCsv(
      'locality,year,grdp,ictRevenue,firmsPerThousand,itWorkforceShare\nHue,2024,"73,230",,1,2%\n',
    );
    expect(row).toEqual({
      locality: 'Hue',
      year: 2024,
      grdp: '73,230',
      firmsPerThousand: 1,
      itWorkforceShare: '2%',
    });
    const { errors } = estimateBatch([row]);
    expect(errors.map((e) => e.message)).toEqual([
      'grdp: expected a number > 0, received "73,230" (string); write numbers without quotes or thousands separators (73,230 is 73230 if the separators group thousands)',
      'itWorkforceShare: expected a fraction from 0 to 1, received "2%" (string); write it as a fraction, without quotes: 0.02',
    ]);
  });

  it('rejects an unknown column with the closest known name', () => {
    expect(() => parseInputsCsv('locality,grpd\nA,1\n')).toThrowErrorMatchingInlineSnapshot(
      `[InputError: CSV: column "grpd": expected a known column, received an unknown column; did you mean "grdp"?]`,
    );
  });

  it('documents a Low, High and Source column for every numeric field', () => {
    expect(inputCsvColumns()).toEqual(
      expect.arrayContaining([
        'grdpLow',
        'grdpHigh',
        'grdpSource',
        'itWorkforceShareHigh',
        'publishedShare',
      ]),
    );
  });

  it('reads the example file into four valid rows', () => {
    const rows = parseInputsCsv(
      readFileSync(new URL('../examples/provinces.csv', import.meta.url), 'utf8'),
    );
    const batch = estimateBatch(rows, { draws: 500 });
    expect(batch.errors).toEqual([]);
    expect(batch.rows.map((r) => `${r.locality} ${r.year} ${r.frame}`)).toEqual([
      'Da Nang 2024 mic',
      'Da Nang 2022 mic',
      'Viet Nam 2024 mic',
      'Viet Nam 2024 gso',
    ]);
    expect(batch.rows[0]?.share.point).toBe(estimate(daNang2024()).share.point);
  });
});

describe('batchTable(batch)', () => {
  it('is an arquero table with the comparison columns, in rank order', () => {
    const table = batchTable(
      estimateBatch([{ ...minimalDaNang(), grdp: 1_000_000 }, minimalDaNang()], { draws: 300 }),
    );
    expect(table.columnNames()).toEqual([
      'rank',
      'row',
      'locality',
      'year',
      'frame',
      'share',
      'low',
      'high',
      'parameterLow',
      'parameterHigh',
      'core',
      'sectoral',
      'national',
      'nationalYear',
      'gap',
      'ratio',
      'published',
      'checks',
    ]);
    expect(table.array('row')).toEqual([2, 1]);
  });
});

describe('parseInputsCsv refuses what a spreadsheet would read in silence', () => {
  const header = 'locality,year,grdp,ictRevenue,firmsPerThousand,itWorkforceShare';
  const row = (name: string) => `${name},2024,151307,39888,2.35,0.077`;
  const message = (text: string) => {
    try {
      parseInputsCsv(text);
    } catch (error) {
      return (error as InputError).message;
    }
    throw new Error('expected an InputError');
  };

  it('a column named twice', () => {
    expect(message(`${header},grdp\n${row('A')},1`)).toBe(
      'CSV: column "grdp": expected each column once, received the same column a second time; remove or rename one of the two columns',
    );
  });

  it('an empty header cell', () => {
    expect(message(`${header},\n${row('A')},`)).toBe(
      'CSV: column 7: expected a column name, received an empty header cell',
    );
  });

  it('a row with a cell too many (a thousands comma), by its number', () => {
    expect(message(`${header}\n${row('A')}\nB,2024,151307,39,888,2.35,0.077`)).toBe(
      'CSV: row 2: expected 6 cells, as many as the header, received 7 cells; a cell too many or too few: check for a comma inside a number or name (quote it), or a missing value',
    );
  });

  it('a quote that never closes (it would swallow the rows after it)', () => {
    expect(message(`${header}\n${row('A')}\n"B,2024,1,1,1,0.1\n${row('C')}`)).toBe(
      'CSV: row 2: expected every quoted cell closed by a quote, received a quote that opens here and never closes; close the quote: an unclosed quote swallows every row after it',
    );
  });

  it('skips blank rows and numbers the others as the batch does', () => {
    const rows = parseInputsCsv(`${header}\n${row('A')}\n\n,,,,,\n${row('B')}\n`);
    expect(rows.map((r) => (r as { locality: string }).locality)).toEqual(['A', 'B']);
  });

  it('keeps a quoted comma inside a cell', () => {
    const rows = parseInputsCsv(`${header}\n"Da Nang, city",2024,151307,39888,2.35,0.077`);
    expect((rows[0] as { locality: string }).locality).toBe('Da Nang, city');
  });
});

describe('a published source without its share, in a CSV', () => {
  it('is a row error naming published.share, not dropped in silence', () => {
    const rows = parseInputsCsv(
      'locality,year,grdp,ictRevenue,firmsPerThousand,itWorkforceShare,publishedSource\nA,2024,151307,39888,2.35,0.077,city report',
    );
    const batch = estimateBatch(rows, { draws: 200 });
    expect(batch.rows).toHaveLength(0);
    expect(batch.errors[0]).toMatchObject({ row: 1, field: 'published.share', code: 'missing' });
  });
});
