import { describe, expect, it } from 'vitest';
import { estimate } from '../src/index.js';
import { minimalDaNang } from './helpers.js';

// Da Nang 2024, mic: S = C_L + D_n × I_L^β × (1 − C_L)/(1 − C_n), with C_n = 0.0859125,
// C_L = 39,888 ρ / 151,307, D_n = S_n − C_n, I_L = √((0.077 / w_n)(2.35 / f_n)). At the defaults
// S = 0.234949. Moving one parameter to each end of its range, the others at their defaults:
//   β   0.3 → I^0.3 = 3.029954^0.3 = 1.394539: S = 0.061424 + 0.0970875 × 1.394539 × 1.026790 = 0.200444
//       0.7 → I^0.7 = 2.172727:                S = 0.278020                 swing 0.077576
//   w_n 0.024 → I = √(3.208333 × 3.219178) = 3.213751: S = 0.240135
//       0.032 → I = √(2.40625 × 3.219178) = 2.783190:  S = 0.227733        swing 0.012402
//   ρ   0.23 → C_L = 0.060633: S = 0.234305;  0.26 → C_L = 0.068542: S = 0.240751   swing 0.006447
//   S_n 0.183 → S = 0.234949;  0.186 → D_n = 0.1000875: S = 0.240311     swing 0.005362
//   f_n 0.6935 → I = 3.108667: S = 0.237189;  0.7665 → I = 2.956932: S = 0.232846   swing 0.004343
describe('estimate(daNang2024).sensitivity', () => {
  const { sensitivity } = estimate(minimalDaNang());

  it('is sorted by swing: β, w_n, ρ, S_n, f_n', () => {
    expect(sensitivity.map((s) => s.name)).toEqual([
      'beta',
      'nationalItWorkforceShare',
      'rho',
      'nationalShare',
      'nationalFirmDensity',
    ]);
  });

  it.each([
    ['beta', 0.200444, 0.27802, 0.077576],
    ['nationalItWorkforceShare', 0.240135, 0.227733, 0.012402],
    ['rho', 0.234305, 0.240751, 0.006447],
    ['nationalShare', 0.234949, 0.240311, 0.005362],
    ['nationalFirmDensity', 0.237189, 0.232846, 0.004343],
  ])('gives %s: %f at the low end, %f at the high end, swing %f', (name, low, high, swing) => {
    const entry = sensitivity.find((s) => s.name === name);
    expect(entry?.kind).toBe('parameter');
    expect(entry?.low).toBeCloseTo(low, 6);
    expect(entry?.high).toBeCloseTo(high, 6);
    expect(entry?.swing).toBeCloseTo(swing, 6);
  });

  it('leaves out C_n, whose range is a single point, and plain inputs', () => {
    expect(sensitivity.map((s) => s.name)).not.toContain('nationalCore');
    expect(sensitivity.filter((s) => s.kind === 'input')).toEqual([]);
  });

  it('adds a ranged input with its own swing: GRDP 140,000–160,000', () => {
    const ranged = estimate({
      ...minimalDaNang(),
      grdp: { value: 151307, low: 140000, high: 160000 },
    }).sensitivity;
    const grdp = ranged.find((s) => s.name === 'grdp');
    // C_L = 9,293.904 / 140,000 = 0.066385 and / 160,000 = 0.058087; D_L scales with (1 − C_L).
    expect(grdp).toMatchObject({
      kind: 'input',
      range: { low: 140000, value: 151307, high: 160000 },
    });
    expect(grdp?.low).toBeGreaterThan(grdp?.high as number); // more GRDP, smaller share
    expect(grdp?.low).toBeCloseTo(
      0.066385 + (0.0970875 * 1.740676 * (1 - 0.066385)) / (1 - 0.0859125),
      6,
    );
  });
});
