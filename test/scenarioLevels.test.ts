import { describe, expect, it } from 'vitest';
import { formatScenario, scenario } from '../src/index.js';
import { daNang2024 } from './helpers.js';

describe('scenario(): the level each answer implies, against what has been seen', () => {
  const result = scenario(daNang2024(), { target: 0.35, by: 2030, grdpGrowth: 0.1 });

  it('states the implied 2030 ICT revenue as money, a multiple of today’s and of 2030 GRDP', () => {
    const g = result.requiredIctRevenueGrowth as number; // 0.342…
    const lever = result.revenueLever;
    // GRDP 2030 = 151,307 × 1.1^6 = 268,050; revenue 2030 = 39,888 × (1 + g)^6 ≈ 233,000.
    expect(lever?.grdpBy).toBeCloseTo(151307 * 1.1 ** 6, 6);
    expect(lever?.by).toBeCloseTo(39888 * (1 + g) ** 6, 6);
    expect(lever?.multipleOfToday).toBeCloseTo((1 + g) ** 6, 12);
    expect(lever?.ofGrdp).toBeCloseTo((39888 * (1 + g) ** 6) / (151307 * 1.1 ** 6), 12);
    expect(lever?.field).toBe('ictRevenue');
  });

  it('warns when the level passes the nation’s ICT revenue ÷ GDP (4,243,984 / 11,511,900 = 0.3687, 2024)', () => {
    expect(result.revenueLever?.seen).toEqual({
      ratio: 4243984 / 11511900,
      year: 2024,
      source: ['S31', 'GSO-GDP'],
    });
    expect(result.revenueLever?.beyondSeen).toBe(true); // 0.87 > 0.37
    const text = formatScenario(result);
    expect(text).toContain(
      'That is ICT revenue of 233,042 billion VND in 2030: 5.8× today’s 39,888, and 0.87× that year’s GRDP (268,050). Warning: beyond anything seen: the nation’s whole ICT sector, every electronics-assembly hub included, earns 0.37× GDP (2024).',
    );
  });

  it('states the IT workers the workforce answer implies, and warns beyond 25% of the labour force', () => {
    const g = result.requiredItWorkforceGrowth as number;
    expect(result.workforceLever).toMatchObject({
      shareToday: 0.077,
      itWorkersToday: 57000,
      plausible: 0.25,
      beyondSeen: true,
    });
    expect(result.workforceLever?.itWorkersBy).toBeCloseTo(57000 * (1 + g) ** 6, 6);
    expect(result.workforceLever?.shareBy).toBeCloseTo(0.077 * (1 + g) ** 6, 12);
  });

  it('states the share at the rates given and the shortfall to the target', () => {
    const given = scenario(daNang2024(), {
      target: 0.35,
      by: 2030,
      grdpGrowth: 0.1,
      ictRevenueGrowth: 0.15,
    });
    expect(given.projected.given).toBe(true);
    expect(given.projected.share).toBe(given.path.at(-1)?.share);
    expect(given.projected.shortfall).toBeCloseTo(0.35 - given.projected.share, 14);
    expect(formatScenario(given)).toMatch(
      /At the rates given \(ICT revenue 15\.0% a year, IT workforce 0\.0% a year\) the share would be 25\.0% in 2030: 10\.0 pts short of the target\./,
    );
    // Without rates: ICT revenue grows like GRDP, the core share holds, the share barely moves.
    expect(result.projected.given).toBe(false);
    expect(result.projected.rates).toEqual({
      grdpGrowth: 0.1,
      ictRevenueGrowth: 0.1,
      itWorkforceGrowth: 0,
    });
  });

  it('does not warn for a level the nation has seen', () => {
    const modest = scenario(daNang2024(), { target: 0.25, by: 2030, grdpGrowth: 0.1 });
    expect(modest.revenueLever?.ofGrdp).toBeLessThan(0.3687);
    expect(modest.revenueLever?.beyondSeen).toBe(false);
    expect(formatScenario(modest)).not.toContain('Warning');
  });

  it('a small-ICT province for 30% by 2030: the implied ICT revenue passes its own GRDP, with the warning', () => {
    const small = scenario(
      {
        locality: 'Quảng Trị',
        year: 2024,
        grdp: 80000,
        ictRevenue: 3000,
        firmsPerThousand: 0.4,
        itWorkforceShare: 0.012,
      },
      { target: 0.3, by: 2030, grdpGrowth: 0.08 },
    );
    expect(small.revenueLever?.ofGrdp).toBeGreaterThan(1);
    expect(small.revenueLever?.beyondSeen).toBe(true);
    expect(formatScenario(small)).toMatch(/× that year’s GRDP .*Warning: beyond anything seen/);
  });
});
