import { describe, expect, it } from 'vitest';
import { estimate, formatScenario, forwardPath, InputError, scenario } from '../src/index.js';
import { daNang2024, minimalDaNang } from './helpers.js';

describe('scenario(daNang2024, { target: 0.35, by: 2030, grdpGrowth: 0.1 })', () => {
  const result = scenario(daNang2024(), { target: 0.35, by: 2030, grdpGrowth: 0.1 });

  it('finds the ICT revenue growth that reaches 35% by 2030: about 34% a year', () => {
    expect(result.requiredIctRevenueGrowth).toBeCloseTo(0.342, 3);
  });

  it('is right: plugging that growth into the forward view gives 35.0% in 2030', () => {
    const path = forwardPath(
      daNang2024(),
      { grdpGrowth: 0.1, ictRevenueGrowth: result.requiredIctRevenueGrowth as number },
      2030,
    );
    expect(path.at(-1)?.year).toBe(2030);
    expect(path.at(-1)?.share).toBeCloseTo(0.35, 10);
    // and a slower growth falls short
    const slower = forwardPath(
      daNang2024(),
      { grdpGrowth: 0.1, ictRevenueGrowth: (result.requiredIctRevenueGrowth as number) - 0.01 },
      2030,
    );
    expect(slower.at(-1)?.share).toBeLessThan(0.35);
  });

  it('also finds the IT workforce growth (ICT revenue growing with GRDP) and checks it the same way', () => {
    expect(result.requiredItWorkforceGrowth).toBeCloseTo(0.4037, 3);
    const path = forwardPath(
      daNang2024(),
      { grdpGrowth: 0.1, itWorkforceGrowth: result.requiredItWorkforceGrowth as number },
      2030,
    );
    expect(path.at(-1)?.share).toBeCloseTo(0.35, 10);
    // 7.7% × 1.4037^6 = 58.9% of the labour force in IT
    expect(result.itWorkforceShareBy).toBeCloseTo(
      0.077 * (1 + (result.requiredItWorkforceGrowth as number)) ** 6,
      12,
    );
  });

  it('starts at the point estimate and ends at the target', () => {
    expect(result.start).toBe(estimate(daNang2024()).share.point);
    expect(result.path[0]).toEqual({ year: 2024, share: result.start });
    expect(result.path.at(-1)?.share).toBeCloseTo(0.35, 10);
    expect(result.path).toHaveLength(7);
  });
});

describe('forwardPath', () => {
  it('keeps every share constant when ICT revenue grows as GRDP and IT workers hold (ratios unchanged)', () => {
    const path = forwardPath(minimalDaNang(), { grdpGrowth: 0.1 }, 2030);
    for (const point of path) expect(point.share).toBeCloseTo(0.234949, 6);
  });

  it('lowers the core share when GRDP outgrows ICT revenue: 2025 core = 9,293.904 / (151,307 × 1.1)', () => {
    const [, next] = forwardPath(minimalDaNang(), { grdpGrowth: 0.1, ictRevenueGrowth: 0 }, 2025);
    const core = 9293.904 / (151307 * 1.1);
    const sectoral = (0.0970875 * 3.0299536 ** 0.5 * (1 - core)) / (1 - 0.0859125);
    expect(next?.share).toBeCloseTo(core + sectoral, 6);
  });
});

describe('scenario edge cases', () => {
  it('says when the IT workforce alone cannot reach the target', () => {
    const result = scenario(minimalDaNang(), { target: 0.95, by: 2026, grdpGrowth: 0.1 });
    expect(result.requiredItWorkforceGrowth).toBeNull();
    expect(result.requiredItWorkforceGrowthReason?.message).toMatch(
      /^not reachable: even with every worker in IT the share is \d+\.\d%$/,
    );
    // The report's sentence names the lever once ("Through the IT workforce alone: not reachable
    // through the IT workforce alone: …" said it twice).
    expect(formatScenario(result)).toMatch(
      /\nThrough the IT workforce alone: not reachable: even with every worker in IT the share is \d+\.\d%\.\n/,
    );
  });

  it('says when the target is reached whatever ICT revenue does', () => {
    // With no ICT revenue left the sectoral part alone is 0.0970875 × 1.740676 / (1 − 0.0859125) = 18.5%.
    const result = scenario(minimalDaNang(), { target: 0.15, by: 2030, grdpGrowth: 0.1 });
    expect(result.requiredIctRevenueGrowth).toBeNull();
    expect(result.requiredIctRevenueGrowthReason).toMatchObject({
      code: 'reached-anyway-revenue',
      message: 'reached by 2030 even if ICT revenue falls 99% a year',
    });
  });

  it('rejects a target year not after the input year, and a percentage for a share', () => {
    expect(() =>
      scenario(minimalDaNang(), { target: 0.35, by: 2024, grdpGrowth: 0.1 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InputError: scenario options: by: expected a year after the input year 2024, received 2024; a target year must lie ahead]`,
    );
    expect(() => scenario(minimalDaNang(), { target: 35, by: 2030, grdpGrowth: 0.1 })).toThrow(
      InputError,
    );
    expect(() => scenario(minimalDaNang(), { target: 0.35, by: 2030, grdpGrowth: -1 })).toThrow(
      /grdpGrowth: expected a number > -1/,
    );
  });
});
