import { describe, expect, it } from 'vitest';
import {
  combineLocalities,
  estimate,
  estimateBatch,
  type LocalityInputInit,
  mergeOntoMap,
} from '../src/index.js';
import { runCli } from './helpers.js';

// Former provinces of 2024 (the figures are illustrative: Quảng Nam's ICT inputs were not found,
// see examples/merged-da-nang-2024.ts; only the arithmetic is tested here).
const daNang: LocalityInputInit = {
  locality: 'Da Nang',
  year: 2024,
  grdp: 151307,
  ictRevenue: 39888,
  digitalFirms: 2556,
  population: 1245000,
  itWorkers: 57000,
  labourForce: 740000,
};
const quangNam: LocalityInputInit = {
  locality: 'Quảng Nam',
  year: 2024,
  grdp: 129000,
  ictRevenue: 6000,
  digitalFirms: 1121,
  population: 1535714,
  itWorkers: 21978,
  labourForce: 814000,
};
const haNoi: LocalityInputInit = {
  locality: 'Hà Nội',
  year: 2024,
  grdp: 1430000,
  ictRevenue: 300000,
  digitalFirms: 20000,
  population: 8685000,
  itWorkers: 207000,
  labourForce: 4000000,
};
const bacGiang: LocalityInputInit = { ...haNoi, locality: 'Bắc Giang', grdp: 209150 };

describe('mergeOntoMap(rows): former provinces onto the 34 of 1 July 2025', () => {
  it('combines Đà Nẵng and Quảng Nam into the new Đà Nẵng exactly as combineLocalities does', () => {
    const { inputs, rows, errors } = mergeOntoMap([daNang, haNoi, quangNam]);
    expect(errors).toEqual([]);
    expect(rows).toEqual([[1, 3], [2]]);
    expect(inputs[0]).toEqual(combineLocalities([daNang, quangNam], { locality: 'Đà Nẵng' }));
    // GRDP 151,307 + 129,000 = 280,307; firms 2,556 + 1,121 = 3,677; never an averaged share.
    expect(inputs[0]).toMatchObject({ locality: 'Đà Nẵng', grdp: 280307, digitalFirms: 3677 });
    // Hà Nội did not change: it passes through as it is.
    expect(inputs[1]).toMatchObject({ locality: 'Hà Nội', grdp: 1430000 });
  });

  it('refuses a new province whose parts are not all in the table, and names what is missing', () => {
    const { inputs, errors } = mergeOntoMap([haNoi, bacGiang]);
    expect(inputs.map((i) => i.locality)).toEqual(['Hà Nội']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 2, field: 'locality' });
    expect(errors[0]?.message).toBe(
      'locality: expected every former province that forms Bắc Ninh (Bắc Ninh, Bắc Giang), received a table without Bắc Ninh; add the missing rows with the same year, frame and unit, or leave out the map to estimate the former provinces as they were',
    );
  });

  it('refuses a part given twice, an unknown name, and reports an invalid row by its number', () => {
    const { inputs, errors } = mergeOntoMap([
      daNang,
      quangNam,
      { ...quangNam },
      { ...haNoi, locality: 'Atlantis' },
      { ...haNoi, grdp: -1 },
    ]);
    expect(inputs).toEqual([]);
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [1, 'locality'],
      [2, 'locality'],
      [3, 'locality'],
      [4, 'locality'],
      [5, 'grdp'],
    ]);
    expect(errors[0]?.message).toBe(
      'locality: expected one row per former province, year, frame and unit, received Quảng Nam in rows 2, 3',
    );
    expect(errors[3]?.message).toMatch(
      /^locality: expected a province or city of data\/localities\.json/,
    );
  });

  it('keeps different years apart', () => {
    const { inputs } = mergeOntoMap([
      daNang,
      quangNam,
      { ...daNang, year: 2023 },
      { ...quangNam, year: 2023 },
    ]);
    expect(inputs.map((i) => [i.locality, i.year])).toEqual([
      ['Đà Nẵng', 2024],
      ['Đà Nẵng', 2023],
    ]);
  });
});

describe('estimateBatch(rows, { map: 2025 })', () => {
  it('estimates the merged province as estimate(combineLocalities(…)) does, at the first part’s row', () => {
    const batch = estimateBatch([haNoi, daNang, quangNam], { map: 2025, draws: 2000 });
    const merged = estimate(combineLocalities([daNang, quangNam], { locality: 'Đà Nẵng' }), {
      draws: 2000,
    });
    const row = batch.rows.find((r) => r.locality === 'Đà Nẵng');
    expect(row?.row).toBe(2);
    expect(row?.share).toEqual(merged.share);
    expect(batch.errors).toEqual([]);
  });

  it('refuses another map', () => {
    expect(() => estimateBatch([haNoi], { map: 2020 as never })).toThrow(
      'estimateBatch options: map: expected 2025, the map of the 34 provinces of 1 July 2025, received 2020 (number)',
    );
  });
});

describe('digital-economy-share combine and batch --map 2025', () => {
  const files: Record<string, string> = {
    'dn.json': JSON.stringify(daNang),
    'qn.json': JSON.stringify(quangNam),
    'table.json': JSON.stringify([daNang, quangNam, haNoi]),
  };
  const io = { readFile: (path: string) => files[path] ?? '' };
  const expected = combineLocalities([daNang, quangNam], { locality: 'Đà Nẵng' });

  it('combine a.json b.json --locality: the combined input, as combineLocalities gives it', async () => {
    const { code, stdout } = await runCli(
      ['combine', 'dn.json', 'qn.json', '--locality', 'Đà Nẵng'],
      io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it('combine --into takes the parts from the merger map', async () => {
    const { code, stdout } = await runCli(['combine', '--into', 'Đà Nẵng', 'table.json'], io);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it('combine --into a former province says which province it joined', async () => {
    const { code, stderr } = await runCli(['combine', '--into', 'Quảng Nam', 'table.json'], io);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'digital-economy-share: --into: expected a province or city of the 34 since 1 July 2025, received Quảng Nam, which joined Đà Nẵng on 1 July 2025; combine into Đà Nẵng, the province it joined\n',
    );
  });

  it('batch --map 2025 ranks the 34-province table', async () => {
    const { code, stdout } = await runCli(
      ['batch', 'table.json', '--map', '2025', '--format', 'json'],
      io,
    );
    expect(code).toBe(0);
    const rows = JSON.parse(stdout).rows as { locality: string; share: { point: number } }[];
    expect(rows.map((r) => r.locality).sort()).toEqual(['Hà Nội', 'Đà Nẵng']);
    expect(rows.find((r) => r.locality === 'Đà Nẵng')?.share.point).toBe(
      estimate(expected).share.point,
    );
  });
});
