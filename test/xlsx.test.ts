import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { estimate, formatReport } from '../src/index.js';
import { parseInputsCsv } from '../src/tables.js';
import { daNang2024, runCli, workbookOf } from './helpers.js';

const csv = readFileSync(new URL('../examples/provinces.csv', import.meta.url), 'utf8');

function memoryIo(files: Record<string, string | Uint8Array>) {
  const written: Record<string, string | Uint8Array> = {};
  return {
    written,
    io: {
      readFile: (path: string) => {
        const f = files[path];
        if (f === undefined) return readFileSync(path, 'utf8');
        return typeof f === 'string' ? f : Buffer.from(f).toString('utf8');
      },
      readBytes: (path: string) => {
        const f = files[path];
        return typeof f === 'string' ? new TextEncoder().encode(f) : (f as Uint8Array);
      },
      writeFile: (path: string, data: string | Uint8Array) => {
        written[path] = data;
      },
      exists: (path: string) => path in files || path in written,
    },
  };
}

describe('Excel workbooks', () => {
  it('batch provinces.xlsx gives what batch provinces.csv gives', async () => {
    const { io } = memoryIo({ 'provinces.csv': csv, 'provinces.xlsx': await workbookOf(csv) });
    const fromCsv = await runCli(['batch', 'provinces.csv', '--format', 'json'], io);
    const fromXlsx = await runCli(['batch', 'provinces.xlsx', '--format', 'json'], io);
    expect(fromXlsx.code).toBe(fromCsv.code);
    expect(fromXlsx.stdout).toBe(fromCsv.stdout);
    expect(JSON.parse(fromXlsx.stdout).rows.length).toBeGreaterThan(0);
  });

  it('estimate --format xlsx --out writes the figures as numbers, the targets and the sources; they read back', async () => {
    const { io, written } = memoryIo({
      'in.json': JSON.stringify(daNang2024()),
    });
    const run = await runCli(['estimate', 'in.json', '--format', 'xlsx', '--out', 'r.xlsx'], io);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('digital-economy-share: wrote r.xlsx\n');
    const bytes = written['r.xlsx'] as Uint8Array;
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    const result = estimate(daNang2024());
    const [header, row] = (await readSheet(buffer)) as [string[], unknown[]];
    const at = (name: string) => row[header.indexOf(name)];
    expect(at('locality')).toBe('Da Nang');
    expect(at('share')).toBe(result.share.point);
    expect(at('low')).toBe(result.share.low);
    expect(at('parameterHigh')).toBe(result.share.parameterInterval.high);
    expect(at('national')).toBe(0.183);
    const targets = (await readSheet(buffer, 'Targets')) as unknown[][];
    expect(targets.slice(1).map((t) => t[0])).toEqual(result.targets.map((t) => t.id));
    const sources = (await readSheet(buffer, 'Sources')) as unknown[][];
    expect(sources[0]).toEqual(['key', 'title', 'publisher', 'date', 'url', 'what']);
    expect(sources.slice(1).map((s) => s[0])).toEqual(Object.keys(result.provenance.sources));
  });

  it('refuses --format xlsx without --out: a workbook is not text', async () => {
    const run = await runCli(['estimate', '--example', 'da-nang-2024', '--format', 'xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'digital-economy-share: --out: expected a file to write the workbook to, received nothing (the option is missing); an .xlsx workbook is not text: add --out results.xlsx\n',
    );
  });

  it('reads a one-row workbook as the input of estimate', async () => {
    const one =
      'locality,year,grdp,ictRevenue,firmsPerThousand,itWorkforceShare\nDa Nang,2024,151307,39888,2.35,0.077';
    const { io } = memoryIo({ 'one.xlsx': await workbookOf(one) });
    const run = await runCli(['estimate', 'one.xlsx', '--format', 'json'], io);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).share.point).toBe(
      estimate(parseInputsCsv(one)[0] as never).share.point,
    );
  });

  it('says what it expected of a file that is not a workbook', async () => {
    const { io } = memoryIo({ 'bad.xlsx': 'locality,year\n' });
    const run = await runCli(['batch', 'bad.xlsx'], io);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^digital-economy-share: bad\.xlsx: \(input\): expected an Excel workbook \(\.xlsx\), received a file that cannot be read as one \(.*\); save it from Excel as “Excel Workbook \(\*\.xlsx\)”, or as CSV UTF-8\n$/,
    );
  });
});

describe('CSV for and from Excel', () => {
  it('--excel writes a byte-order mark and rounded figures; in vi and fr, semicolons and decimal commas', () => {
    const result = estimate(daNang2024());
    const en = formatReport(result, { format: 'csv', excel: true });
    expect(en.startsWith('\ufefflocality,year,frame,share,')).toBe(true);
    expect(en).toContain(',0.234949,'); // 0.23494949483917774 rounded to 6 decimals
    const vi = formatReport(result, { format: 'csv', excel: true, lang: 'vi' });
    expect(vi.startsWith('\ufefflocality;year;frame;share;')).toBe(true);
    expect(vi).toContain(';0,234949;');
  });

  it('reads a table as Excel saves it in Vietnamese settings (BOM, semicolons, decimal commas) as the plain CSV', async () => {
    const [header = '', ...lines] = csv.trim().split('\n');
    // Cells with commas are quoted in the example; this one has none but the sources.
    const excel = `\ufeff${[
      header.replaceAll(',', ';'),
      ...lines.map((line) =>
        line
          .split(',')
          .map((c) => (/^\d+\.\d+$/.test(c) ? c.replace('.', ',') : c))
          .join(';'),
      ),
    ].join('\r\n')}\r\n`;
    const { io } = memoryIo({ 'plain.csv': csv, 'excel.csv': excel });
    const plain = await runCli(['batch', 'plain.csv', '--format', 'json'], io);
    const fromExcel = await runCli(['batch', 'excel.csv', '--format', 'json'], io);
    expect(excel).toContain(';0,077;');
    expect(fromExcel.stdout).toBe(plain.stdout);
  });

  it('the estimate’s CSV carries every target: year, level, gap, growth and status', () => {
    const result = estimate(daNang2024());
    const [header = '', row = ''] = formatReport(result, { format: 'csv' }).trim().split('\n');
    const cells = Object.fromEntries(header.split(',').map((h, i) => [h, row.split(',')[i]]));
    expect(cells['vn-2030.level']).toBe('0.3');
    expect(Number(cells['vn-2030.gap'])).toBeCloseTo(0.3 - result.share.point, 12);
    expect(cells['vn-2025.status']).toBe('met');
    expect(cells['da-nang-2030.status']).toBe('open');
  });

  it('--decimal-comma reads 39.888,5-style numbers from a tab-separated file', async () => {
    const tsv =
      'locality\tyear\tgrdp\tictRevenue\tfirmsPerThousand\titWorkforceShare\nDa Nang\t2024\t151.307\t39.888\t2,35\t0,077\n';
    const { io } = memoryIo({ 'dc.tsv': tsv });
    const run = await runCli(['batch', 'dc.tsv', '--decimal-comma', '--format', 'json'], io);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows[0].input).toMatchObject({
      grdp: 151307,
      ictRevenue: 39888,
      firmsPerThousand: 2.35,
      itWorkforceShare: 0.077,
    });
  });
});
