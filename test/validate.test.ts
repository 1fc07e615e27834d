import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate, estimate, validate } from '../src/index.js';
import { daNang2024, minimalDaNang } from './helpers.js';

const daNang2022 = {
  locality: 'Da Nang',
  year: 2022,
  grdp: 125219,
  ictRevenue: 34293,
  firmsPerThousand: 2.24,
  itWorkers: 44000,
  itWorkforceShare: 0.077,
};

describe('validate()', () => {
  let result: Awaited<ReturnType<typeof validate>>;
  beforeAll(async () => {
    result = await validate();
  });
  const row = (year: number, primary = true) =>
    result.rows.find((r) => r.year === year && r.primary === primary);

  it('estimates Da Nang 2022 from its inputs: 6.38% core + 9.41% sectoral = 15.79% against the published 19.76%', () => {
    // C_L = 34,293 × 0.233 / 125,219 = 0.063810; D_n (mic 2022) = 0.1426 − 0.0901945 = 0.0524055
    // LQ_w = 0.077 / 0.027 = 2.851852 (w_n of 2024, the nearest year); LQ_f = 2.24 / 0.69 = 3.246377
    // I_L = √9.258186 = 3.042727; D_L = 0.0524055 × 1.744341 × (1 − 0.063810)/(1 − 0.0901945) = 0.094064
    expect(row(2022)?.estimate).toBeCloseTo(0.157874, 6);
    expect(row(2022)?.published).toBe(0.1976);
    expect(row(2022)?.error).toBeCloseTo(0.157874 - 0.1976, 6);
    expect(row(2022)?.source).toEqual(['S24']);
  });

  it('uses the same numbers as estimate() for Da Nang 2024', () => {
    const single = estimate(daNang2024());
    expect(row(2024)).toMatchObject({
      estimate: single.share.point,
      low: single.share.low,
      high: single.share.high,
      published: 0.22,
    });
  });

  it('summarises the primary rows: MAE, bias and coverage recomputed from the rows; no Spearman on two rows', () => {
    const primary = result.rows.filter((r) => r.primary);
    expect(primary).toHaveLength(2);
    const [a, b] = primary.map((r) => r.error) as [number, number];
    expect(result.summary.n).toBe(2);
    expect(result.summary.mae).toBeCloseTo((Math.abs(a) + Math.abs(b)) / 2, 14);
    expect(result.summary.bias).toBeCloseTo((a + b) / 2, 14);
    // 2022: 19.76% lies above the interval; 2024: 22% lies inside.
    expect(result.summary.coverage).toBe(0.5);
    expect(result.summary.spearman).toBeNull();
    expect(result.summary.reason).toMatchObject({
      code: 'spearman-few-rows',
      message: 'a rank correlation needs three rows or more (2)',
    });
    expect(result.byFrame.gso).toMatchObject({
      n: 0,
      mae: null,
      reason: { code: 'no-rows', message: 'no published share has inputs' },
    });
  });

  it('keeps alternates out of the summary but shows them', () => {
    expect(result.rows.filter((r) => !r.primary).map((r) => [r.year, r.published])).toEqual([
      [2022, 0.17],
      [2022, 0.175],
      [2024, 0.2318],
    ]);
  });

  it('reproduces each national share when the nation itself is the locality', () => {
    // The nation: C = 4,243,984 × 0.233 / 11,511,900 = 8.5898% (2024), LQs = 1, so
    // S = C + (S_n − C_n)(1 − C)/(1 − C_n). mic 2024: C_n = 8.59125%: S = 18.2987% (−0.0013 pts, ρ rounded);
    // gso 2024: C_n = 8.16% (value added): S = 13.5763%, +0.41 pts: a revenue-based core overshoots it.
    const check = (frame: string, year: number) =>
      result.national.find((c) => c.frame === frame && c.year === year);
    expect(check('mic', 2024)?.estimate).toBeCloseTo(0.182987, 6);
    expect(Math.abs(check('mic', 2024)?.error ?? 1)).toBeLessThan(0.0001);
    expect(check('gso', 2024)?.error).toBeCloseTo(0.004063, 6);
    expect(check('mic', 2023)?.error).toBeCloseTo(-0.001342, 6);
    expect(check('gso', 2023)?.error).toBeCloseTo(0.005441, 6);
  });

  it('lists what lacks inputs, with what was found', () => {
    const bacNinh = result.lacking.find((l) => l.locality === 'bac-ninh' && l.frame === 'gso');
    expect(bacNinh).toMatchObject({
      name: 'Bắc Ninh',
      year: 2022,
      published: 0.467,
      found: ['GRDP 248,376 (P2)'],
    });
    expect(result.lacking).toHaveLength(24);
    expect(result.segments).toMatch(/^No electronics-assembly province/);
  });
});

describe('calibrate(rows)', () => {
  it('fits β exactly to one row: plugging it back gives the published 22%', async () => {
    const fit = await calibrate([{ input: minimalDaNang(), published: 0.22 }]);
    const beta = fit.parameters[0]?.value as number;
    expect(
      estimate(minimalDaNang(), { parameters: { beta: { value: beta } } }).share.point,
    ).toBeCloseTo(0.22, 10);
    expect(fit.parameters[0]?.standardError).toBeNull();
    expect(fit.reason?.message).toBe('no more rows (1) than parameters (1): no standard error');
  });

  it('finds the least-squares β for two rows, with its standard error √(SSE/(n − p) / ΣJ²)', async () => {
    const rows = [
      { input: minimalDaNang(), published: 0.22 },
      { input: daNang2022, published: 0.1976 },
    ];
    const fit = await calibrate(rows);
    const beta = fit.parameters[0]?.value as number;
    const share = (input: object, b: number) =>
      estimate(input as never, { draws: 100, parameters: { beta: { value: b } } }).share.point;
    const sse = (b: number) => rows.reduce((s, r) => s + (share(r.input, b) - r.published) ** 2, 0);
    // A minimum: moving β either way raises the sum of squares.
    expect(sse(beta)).toBeLessThan(sse(beta + 0.001));
    expect(sse(beta)).toBeLessThan(sse(beta - 0.001));
    expect(fit.sse).toBeCloseTo(sse(beta), 12);
    const h = 1e-6;
    const jacobian = rows.map(
      (r) => (share(r.input, beta + h) - share(r.input, beta - h)) / (2 * h),
    );
    const expected = Math.sqrt(sse(beta) / (2 - 1) / jacobian.reduce((s, j) => s + j * j, 0));
    expect(fit.parameters[0]?.standardError).toBeCloseTo(expected, 6);
  });

  it('refuses to fit ρ when no row depends on it', async () => {
    await expect(
      calibrate([{ input: { ...minimalDaNang(), ictValueAdded: 10261 }, published: 0.22 }], {
        parameters: ['rho'],
      }),
    ).rejects.toThrow(
      /parameters: expected parameters that move the fitted rows, received "rho", which none of the rows depends on/,
    );
  });
});

describe('validate({ calibrate: ["beta"] })', () => {
  it('judges the fit out of sample: leave-one-out error above the default one keeps the defaults', async () => {
    const { calibration } = await validate({ calibrate: ['beta'] });
    const rows = [
      { input: minimalDaNang(), published: 0.22 },
      { input: daNang2022, published: 0.1976 },
    ];
    // Leave one out: fit β on the other row, predict this one.
    const loo: number[] = [];
    for (const [i, row] of rows.entries()) {
      const fit = await calibrate([rows[1 - i] as (typeof rows)[number]]);
      const beta = fit.parameters[0]?.value as number;
      loo.push(
        Math.abs(
          estimate(row.input as never, { parameters: { beta: { value: beta } } }).share.point -
            row.published,
        ),
      );
    }
    expect(calibration?.leaveOneOutMae).toBeCloseTo(
      (loo[0] as number) / 2 + (loo[1] as number) / 2,
      10,
    );
    expect(calibration?.defaultMae).toBeCloseTo((await validate()).summary.mae as number, 12);
    expect(calibration?.improves).toBe(false);
  });
});
