import { beforeAll, describe, expect, it } from 'vitest';
import {
  calibrate,
  estimate,
  estimateMethodError,
  referenceData,
  validate,
  validationData,
} from '../src/index.js';
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

  it('estimates Da Nang 2022 from its inputs: 6.38% core + 9.77% sectoral = 16.15% against the published 19.76%', () => {
    // C_L = 34,293 × 0.233 / 125,219 = 0.063810; D_n (mic 2022) = 0.1426 − 0.0901945 = 0.0524055
    // LQ_w = 0.077 / 0.0232 = 3.318966 (w_n 2022: 1.2 mn ICT workers / 51.7 mn); LQ_f = 2.24 / 0.69 = 3.246377
    // I_L = √10.774669 = 3.282479; D_L = 0.0524055 × 1.811762 × (1 − 0.063810)/(1 − 0.0901945) = 0.097700
    expect(row(2022)?.estimate).toBeCloseTo(0.16151, 5);
    expect(row(2022)?.published).toBe(0.1976);
    expect(row(2022)?.error).toBeCloseTo(0.16151 - 0.1976, 5);
    expect(row(2022)?.source).toEqual(['S24']);
  });

  it('estimates Da Nang 2023 from its value added: 7.33% core + 14.33% sectoral = 21.66% against 20.69%', () => {
    // C_L = 9,841 / 134,247 = 0.073305 (value added, no ρ); D_n (mic 2023) = 0.165 − 0.086815 = 0.078185
    // LQ_w = 0.077 / 0.0232 = 3.318966 (2022 and 2024 equally near: the earlier); LQ_f = 2.3 / 0.717 = 3.207810
    // I_L = √10.646613 = 3.262915; D_L = 0.078185 × 1.806354 × (1 − 0.073305)/(1 − 0.086815) = 0.143317
    expect(row(2023)?.estimate).toBeCloseTo(0.21662, 4);
    expect(row(2023)?.published).toBe(0.2069);
  });

  it('uses the same numbers as estimate() for Da Nang 2024', () => {
    const single = estimate(daNang2024());
    expect(row(2024)).toMatchObject({
      estimate: single.share.point,
      low: single.share.low,
      high: single.share.high,
      parameterLow: single.share.parameterInterval.low,
      parameterHigh: single.share.parameterInterval.high,
      published: 0.22,
    });
  });

  it('summarises the primary rows: MAE, bias, Spearman, coverage and width of both intervals', () => {
    const primary = result.rows.filter((r) => r.primary);
    expect(primary.map((r) => r.year)).toEqual([2022, 2023, 2024]);
    const errors = primary.map((r) => r.error);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(result.summary.n).toBe(3);
    expect(result.summary.mae).toBeCloseTo(mean(errors.map(Math.abs)), 14);
    expect(result.summary.bias).toBeCloseTo(mean(errors), 14);
    // Estimates 16.2 < 21.7 < 23.5 and published 19.76 < 20.69 < 22.00: the same order.
    expect(result.summary.spearman).toBe(1);
    // Every published figure lies inside its predictive interval; 19.76% lies above the
    // parameter interval (14.8%–17.9%), the two others inside theirs.
    for (const r of result.rows) expect(r.published).toBeGreaterThanOrEqual(r.low);
    for (const r of result.rows) expect(r.published).toBeLessThanOrEqual(r.high);
    expect(result.summary.coverage).toBe(1);
    expect(result.summary.parameterCoverage).toBeCloseTo(2 / 3, 14);
    expect(result.summary.meanWidth).toBeCloseTo(mean(primary.map((r) => r.high - r.low)), 14);
    expect(result.summary.meanWidth).toBeLessThan(0.12);
    expect(result.summary.parameterMeanWidth).toBeCloseTo(
      mean(primary.map((r) => r.parameterHigh - r.parameterLow)),
      14,
    );
    expect(result.byFrame.gso).toMatchObject({
      n: 0,
      mae: null,
      reason: { code: 'no-rows', message: 'no published share has inputs' },
    });
  });

  it('holds each locality-year out in turn: the interval from the others covers 5 of the 6 figures', () => {
    // Held out 2022, the others give a narrow error and 19.76% falls above the interval (17.0%
    // and 17.5% inside); held out 2023 or 2024, every figure is inside.
    expect(result.leaveOneOut).toMatchObject({ groups: 3, figures: 6 });
    expect(result.leaveOneOut?.coverage).toBeCloseTo(5 / 6, 14);
    expect(result.leaveOneOut?.primaryCoverage).toBeCloseTo(2 / 3, 14);
    expect(result.leaveOneOut?.coverage).toBeGreaterThanOrEqual(0.8);
    expect(result.leaveOneOut?.meanWidth).toBeLessThan(0.12);
  });

  it('recomputes a held-out interval through the public API: the others’ method error in the reference', () => {
    const others = estimateMethodError(
      result.rows
        .filter((r) => r.year !== 2022)
        .map((r) => ({ group: String(r.year), published: r.published, estimate: r.estimate })),
    );
    expect(others).not.toBeNull();
    const { scale, df } = others as NonNullable<typeof others>;
    const reference = {
      ...referenceData,
      parameters: {
        ...referenceData.parameters,
        methodError: { ...referenceData.parameters.methodError, scale, df },
      },
    };
    const input = validationData.inputs.find((e) => 'input' in e && e.input.year === 2022);
    const held = estimate((input as { input: never }).input, { reference });
    expect(held.share.high).toBeLessThan(0.1976);
    expect(held.share.high).toBeGreaterThan(0.175);
  });
  it('keeps alternates out of the summary but shows them', () => {
    expect(result.rows.filter((r) => !r.primary).map((r) => [r.year, r.published])).toEqual([
      [2022, 0.17],
      [2022, 0.175],
      [2024, 0.2318],
    ]);
    expect(result.methodError).toMatchObject({ groups: 3, figures: 6, df: 3 });
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
    // 29: 24 of the 63-province years, less Da Nang 2023 (now with inputs), and the statistics
    // office's six 2025 figures on the 34-province map.
    expect(result.lacking).toHaveLength(29);
    expect(result.lacking.filter((l) => l.year === 2025).map((l) => l.locality)).toEqual([
      'bac-ninh',
      'thai-nguyen',
      'phu-tho',
      'hai-phong',
      'ha-noi',
      'ho-chi-minh-city',
    ]);
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
    const rows = validationData.inputs
      .map((entry) => ('input' in entry ? entry.input : daNang2024()))
      .map((input) => ({
        input: input as never,
        published: validationData.published.find(
          (p) => p.locality === 'da-nang' && p.year === input.year && p.primary,
        )?.share as number,
      }));
    expect(rows.map((r) => r.published)).toEqual([0.22, 0.1976, 0.2069]);
    // Leave one out: fit β on the other rows, predict this one.
    const loo: number[] = [];
    for (const [i, row] of rows.entries()) {
      const fit = await calibrate(rows.filter((_, k) => k !== i));
      const beta = fit.parameters[0]?.value as number;
      loo.push(
        Math.abs(
          estimate(row.input, { parameters: { beta: { value: beta } } }).share.point -
            row.published,
        ),
      );
    }
    expect(calibration?.leaveOneOutMae).toBeCloseTo(loo.reduce((a, b) => a + b, 0) / 3, 10);
    expect(calibration?.defaultMae).toBeCloseTo((await validate()).summary.mae as number, 12);
    // 2.83 points out of sample against 2.03 at β = 0.5: the defaults stay.
    expect(calibration?.leaveOneOutMae).toBeGreaterThan(calibration?.defaultMae as number);
    expect(calibration?.improves).toBe(false);
  });
});
