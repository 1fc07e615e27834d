import { describe, expect, it } from 'vitest';
import { estimate, InputError } from '../src/index.js';
import { daNang2024, deepFreeze, minimalDaNang, numbersIn } from './helpers.js';

// Da Nang 2024, mic frame, default parameters (docs/method.md §8, worked example).
//   C_L  = 39,888 × 0.233 / 151,307                       = 9,293.904 / 151,307 = 0.0614242
//   C_n  = 989,016 / 11,511,900 (data: 0.0859125)
//   D_n  = 0.183 − 0.0859125                              = 0.0970875
//   LQ_w = 0.077 / 0.027                                  = 2.851852
//   LQ_f = 2.35 / 0.73                                    = 3.219178
//   I_L  = √(2.851852 × 3.219178) = √9.180619             = 3.029954
//   D_L  = 0.0970875 × 3.029954^0.5 × (1 − 0.0614242) / (1 − 0.0859125)
//        = 0.0970875 × 1.740676 × 1.026790                 = 0.173525
//   S_L  = 0.0614242 + 0.173525                           = 0.234949
describe('estimate(daNang2024)', () => {
  const result = estimate(daNang2024());

  it('puts the core share at 6.14%: 39,888 × 0.233 / 151,307', () => {
    expect(result.components.core).toBeCloseTo(0.0614242, 6);
    expect(result.intermediate.coreValueAdded).toBeCloseTo(9293.904, 3);
  });

  it('computes the intensity from the stated ratios: LQ_w 2.851852, LQ_f 3.219178, I_L 3.029954', () => {
    expect(result.intermediate.workforceLQ).toBeCloseTo(2.851852, 6);
    expect(result.intermediate.firmsLQ).toBeCloseTo(3.219178, 6);
    expect(result.intermediate.intensity).toBeCloseTo(3.029954, 6);
    expect(result.intermediate.firmDensityFrom).toBe('firmsPerThousand');
    expect(result.intermediate.workforceShareFrom).toBe('itWorkforceShare');
  });

  it('puts the sectoral share at 17.35% and the total at 23.49%', () => {
    expect(result.intermediate.nationalSectoral).toBeCloseTo(0.0970875, 7);
    expect(result.components.sectoral).toBeCloseTo(0.173525, 6);
    expect(result.share.point).toBeCloseTo(0.234949, 6);
  });

  it('has components that sum to share.point, with the platform inside the sectoral part', () => {
    const { core, platform, sectoral } = result.components;
    expect(core + platform + sectoral).toBeCloseTo(result.share.point, 14);
    expect(platform).toBe(0);
    expect(result.platform.treatment).toBe('inside-sectoral');
  });

  it('gives a 5–95% interval around the point that contains the city’s reported 22%', () => {
    const { low, median, high, point } = result.share;
    expect(low).toBeLessThan(median);
    expect(median).toBeLessThan(high);
    expect(low).toBeLessThan(point);
    expect(point).toBeLessThan(high);
    expect(low).toBeLessThan(0.22);
    expect(high).toBeGreaterThan(0.22);
  });

  it('reports the alternatives: workforce 0.183 × √2.851852, firms 0.183 × √3.219178, core 0.183 × 0.0614242 / 0.0859125', () => {
    expect(result.alternatives.workforce).toBeCloseTo(0.30904, 5); // 0.183 × 1.688743
    expect(result.alternatives.firms).toBeCloseTo(0.32834, 5); // 0.183 × 1.794207
    expect(result.alternatives.coreScaling).toBeCloseTo(0.130838, 5); // 0.183 × 0.714962
  });

  it('compares with the mic 2024 national average 18.3%: gap +5.19 points, ratio 1.2839', () => {
    expect(result.national).toMatchObject({ frame: 'mic', year: 2024, share: 0.183 });
    expect(result.national.gap).toBeCloseTo(0.051949, 6); // 0.234949 − 0.183
    expect(result.national.ratio).toBeCloseTo(1.283877, 5); // 0.234949 / 0.183
  });

  it('lists the national and Da Nang targets, superseded ones left out', () => {
    expect(result.targets.map((t) => t.id)).toEqual([
      'vn-2025',
      'vn-2030',
      'da-nang-2025',
      'da-nang-2030',
    ]);
  });

  it('computes what the 35–40% (2030) target takes: (0.35 / 0.234949)^(1/6) − 1 = 6.87% a year', () => {
    const target = result.targets.find((t) => t.id === 'da-nang-2030');
    expect(target).toMatchObject({ low: 0.35, high: 0.4, year: 2030, status: 'open' });
    expect(target?.gap).toBeCloseTo(0.115051, 6); // 0.35 − 0.234949
    expect(target?.requiredAnnualGrowth).toBeCloseTo(0.068684, 5); // ln(1.489685)/6 = 0.066428 → e^… − 1
    expect(target?.requiredPointsPerYear).toBeCloseTo(0.019175, 6); // 0.115051 / 6
    expect(target?.toHigh?.gap).toBeCloseTo(0.165051, 6); // 0.40 − 0.234949
    expect(target?.toHigh?.requiredAnnualGrowth).toBeCloseTo(0.092734, 5); // (0.40 / 0.234949)^(1/6) − 1
  });

  it('marks the 20% (2025) targets as met and says growth per year may be negative', () => {
    const target = result.targets.find((t) => t.id === 'vn-2025');
    expect(target?.status).toBe('met');
    expect(target?.gap).toBeCloseTo(-0.034949, 6);
    expect(target?.requiredAnnualGrowth).toBeCloseTo(0.2 / result.share.point - 1, 12); // one year to go
  });

  it('projects the 2021–2024 history linearly: slope 0.15795 / 5 = 0.03159 a year, 41.79% in 2030', () => {
    // x̄ = 2022.5, ȳ = 0.7239 / 4 = 0.180975; Sxy = 0.15795, Sxx = 5.
    // 2030: 0.180975 + 0.03159 × 7.5 = 0.4179; 35% reached at 2022.5 + (0.35 − 0.180975)/0.03159 = 2027.85 → 2028.
    expect(result.trajectory?.method).toBe('linear');
    expect(result.trajectory?.pace).toBeCloseTo(0.03159, 10);
    expect(result.trajectory?.points.at(-1)).toMatchObject({ year: 2030 });
    expect(result.trajectory?.points.at(-1)?.share).toBeCloseTo(0.4179, 10);
    const target = result.targets.find((t) => t.id === 'da-nang-2030');
    expect(target?.projected).toBeCloseTo(0.4179, 10);
    expect(target?.yearReached).toBe(2028);
    // 40%: 2029 gives 0.180975 + 0.03159 × 6.5 = 0.3863 < 0.40; 2030 gives 0.4179.
    expect(target?.toHigh?.yearReached).toBe(2030);
    expect(result.targets.find((t) => t.id === 'vn-2030')?.yearReached).toBe(2027);
    expect(result.targets.find((t) => t.id === 'vn-2025')?.yearReached).toBe(2023); // 20.69% observed
  });

  it('records the parameters with their sources and the run in the provenance', () => {
    expect(result.parameters.map((p) => p.name)).toEqual([
      'rho',
      'beta',
      'nationalShare',
      'nationalCore',
      'nationalFirmDensity',
      'nationalItWorkforceShare',
    ]);
    expect(result.parameters.find((p) => p.name === 'rho')).toMatchObject({
      value: 0.233,
      low: 0.23,
      high: 0.26,
      source: ['S31'],
    });
    expect(result.provenance).toMatchObject({
      seed: 20240101,
      draws: 65536,
      sampler: 'sobol',
      precision: null,
      methodVersion: '1.4.0',
    });
    expect(result.provenance.sources.S31?.url).toMatch(/^https:\/\/ictvietnam\.vn\//);
  });

  it('returns only finite numbers', () => {
    for (const { path, value } of numbersIn(result))
      expect(Number.isFinite(value), path).toBe(true);
  });
});

describe('estimate(input) variants', () => {
  it('uses ictValueAdded when given: 10,261 / 151,307 = 6.78% core', () => {
    const result = estimate({ ...minimalDaNang(), ictValueAdded: 10261 });
    expect(result.components.core).toBeCloseTo(0.0678158, 6);
    expect(result.intermediate.coreFrom).toBe('ictValueAdded');
    expect(result.parameters.map((p) => p.name)).not.toContain('rho');
  });

  it('computes density and workforce share from counts when no ratio is stated', () => {
    const { firmsPerThousand: _f, itWorkforceShare: _w, ...rest } = minimalDaNang();
    // 2,556 / 1,245,000 × 1000 = 2.053012 per 1,000; 57,000 / 740,000 = 0.0770270
    const result = estimate({ ...rest, population: 1_245_000, labourForce: 740_000 });
    expect(result.intermediate.firmDensity).toBeCloseTo(2.053012, 6);
    expect(result.intermediate.workforceShare).toBeCloseTo(0.077027, 6);
    expect(result.intermediate.firmDensityFrom).toBe('digitalFirms/population');
  });

  it('compares in the gso frame with 13.17% (2024): S_L = 0.0614242 + (0.1317 − 0.0816) × 1.740676 × 0.9385758 / 0.9184 = 0.150548', () => {
    const result = estimate({ ...minimalDaNang(), frame: 'gso' });
    expect(result.national).toMatchObject({ frame: 'gso', year: 2024, share: 0.1317 });
    expect(result.share.point).toBeCloseTo(0.150548, 6);
  });

  it('falls back to the nearest reference year and says so', () => {
    const result = estimate({ ...minimalDaNang(), year: 2026 });
    expect(result.national.year).toBe(2024);
    expect(
      result.checks.filter((c) => c.code === 'nearest-year-used').map((c) => c.values.series),
    ).toEqual(['nationalShare', 'nationalCore', 'nationalFirmDensity', 'nationalItWorkforceShare']);
  });

  it('accepts caller parameters: β = 1 held fixed gives D_L = 0.0970875 × 3.029954 × 1.026790 = 0.302051', () => {
    const result = estimate(minimalDaNang(), { parameters: { beta: { value: 1 } } });
    expect(result.components.sectoral).toBeCloseTo(0.302051, 6);
    expect(result.parameters.find((p) => p.name === 'beta')).toMatchObject({
      value: 1,
      low: 1,
      high: 1,
      source: ['caller'],
    });
    expect(result.sensitivity.map((s) => s.name)).not.toContain('beta');
  });

  it('refuses a core value added above GRDP (an InputError naming the field), instead of capping it at 100%', () => {
    expect(() => estimate({ ...minimalDaNang(), ictRevenue: 1_000_000 })).toThrow(InputError);
    try {
      estimate({ ...minimalDaNang(), ictRevenue: 1_000_000 });
    } catch (error) {
      expect((error as InputError).issues[0]).toMatchObject({
        code: 'inconsistent',
        path: ['ictRevenue'],
      });
    }
  });

  it('does not mutate its input or options', () => {
    const input = deepFreeze(daNang2024());
    const options = deepFreeze({
      draws: 500,
      seed: 3,
      parameters: { rho: { value: 0.25, low: 0.24, high: 0.26 } },
    });
    const before = JSON.stringify([input, options]);
    expect(() => estimate(input, options)).not.toThrow();
    expect(JSON.stringify([input, options])).toBe(before);
  });

  it('throws InputError for a caller parameter outside its range of meaning', () => {
    expect(() => estimate(minimalDaNang(), { parameters: { rho: { value: 23.3 } } })).toThrow(
      InputError,
    );
    expect(() =>
      estimate(minimalDaNang(), { parameters: { nationalShare: { value: 0.05 } } }),
    ).toThrow(
      /nationalShare: expected a national share above the national core and platform shares/,
    );
  });

  it('needs no counts when the ratios are given: the counts only feed the checks', () => {
    const { digitalFirms: _f, itWorkers: _w, ...ratiosOnly } = minimalDaNang();
    expect(estimate(ratiosOnly).share).toEqual(estimate(minimalDaNang()).share);
  });

  it('takes core value added from segments: 30,000 × 0.10 + 9,888 × 0.40 = 6,955.2, core 6,955.2 / 151,307 = 4.60%', () => {
    const { ictRevenue: _, ...rest } = minimalDaNang();
    const result = estimate({
      ...rest,
      ictSegments: [
        { name: 'hardware', revenue: 30000, valueAddedRatio: 0.1 },
        { name: 'software and services', revenue: 9888, valueAddedRatio: 0.4 },
      ],
    });
    expect(result.intermediate.coreFrom).toBe('ictSegments');
    expect(result.intermediate.coreValueAdded).toBeCloseTo(6955.2, 9);
    expect(result.components.core).toBeCloseTo(0.0459675, 7);
    expect(result.parameters.map((p) => p.name)).not.toContain('rho');
  });

  it('draws ranged segments between their bounds taken together', () => {
    const { ictRevenue: _, ...rest } = minimalDaNang();
    const segments = [
      { name: 'hardware', revenue: 30000, valueAddedRatio: { value: 0.1, low: 0.05, high: 0.2 } },
    ];
    const result = estimate({ ...rest, ictSegments: segments });
    // 30,000 × 0.05 = 1,500 to 30,000 × 0.2 = 6,000
    expect(result.sensitivity.find((s) => s.name === 'ictSegments')?.range).toEqual({
      low: 1500,
      value: 3000,
      high: 6000,
    });
  });
});
