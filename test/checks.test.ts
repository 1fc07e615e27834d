import { describe, expect, it } from 'vitest';
import { type CheckCode, estimate, type LocalityInputInit } from '../src/index.js';
import { daNang2024, minimalDaNang } from './helpers.js';

const codes = (input: LocalityInputInit) =>
  estimate(input, { draws: 1000 }).checks.map((c) => c.code);
const check = (input: LocalityInputInit, code: CheckCode) =>
  estimate(input, { draws: 1000 }).checks.find((c) => c.code === code);

describe('estimate(input).checks', () => {
  it('finds nothing to report in a consistent input', () => {
    expect(codes(minimalDaNang())).toEqual([]);
  });

  describe('implied-population-mismatch', () => {
    it('fires for Da Nang: 2,556 ÷ 2.35 × 1000 = 1,087,660 against 1,245,000 (−12.6%)', () => {
      const found = check(daNang2024(), 'implied-population-mismatch');
      expect(found?.severity).toBe('warning');
      expect(found?.message).toBe(
        '2,556 firms ÷ 2.35 per 1,000 = 1,087,660 inhabitants implied, but population is 1,245,000 (-12.6%); the estimate uses the stated 2.35 per 1,000 (the counts give 2.05)',
      );
      expect(found?.values).toMatchObject({ firms: 2556, density: 2.35, population: 1245000 });
    });
    it('does not fire within 5%: 1,087,660 × 1.04', () => {
      expect(codes({ ...minimalDaNang(), population: 1131166 })).not.toContain(
        'implied-population-mismatch',
      );
    });
    it('does not change the estimate: the stated density is used', () => {
      expect(estimate(daNang2024()).share.point).toBe(estimate(minimalDaNang()).share.point);
    });
  });

  describe('implied-labour-force-mismatch', () => {
    it('fires when 57,000 ÷ 7.7% = 740,260 disagrees with a labour force of 633,000 (+16.9%)', () => {
      expect(
        check({ ...minimalDaNang(), labourForce: 633000 }, 'implied-labour-force-mismatch')
          ?.message,
      ).toMatch(
        /^57,000 IT workers ÷ 7\.70% = a labour force of 740,260 implied, but labourForce is 633,000 \(\+16\.9%\)/,
      );
    });
    it('does not fire when they agree', () => {
      expect(codes({ ...minimalDaNang(), labourForce: 740260 })).not.toContain(
        'implied-labour-force-mismatch',
      );
    });
  });

  describe('value-added-exceeds-revenue', () => {
    it('fires for value added 50,000 above revenue 39,888', () => {
      expect(codes({ ...minimalDaNang(), ictValueAdded: 50000 })).toContain(
        'value-added-exceeds-revenue',
      );
    });
    it('does not fire for the city’s value added 10,261', () => {
      expect(codes({ ...minimalDaNang(), ictValueAdded: 10261 })).not.toContain(
        'value-added-exceeds-revenue',
      );
    });
  });

  describe('segment-revenue-mismatch', () => {
    const segments = [{ name: 'all', revenue: 30000, valueAddedRatio: 0.25 }];
    it('fires when the segments add up to 30,000 beside an ictRevenue of 39,888 (−24.8%)', () => {
      expect(
        check({ ...minimalDaNang(), ictSegments: segments }, 'segment-revenue-mismatch')?.message,
      ).toBe(
        'the segments’ revenues add up to 30,000, but ictRevenue is 39,888 (-24.8%); the core uses the segments',
      );
    });
    it('does not fire when they agree', () => {
      const agreeing = [{ name: 'all', revenue: 39888, valueAddedRatio: 0.25 }];
      expect(codes({ ...minimalDaNang(), ictSegments: agreeing })).not.toContain(
        'segment-revenue-mismatch',
      );
    });
  });

  describe('impossible inputs are InputErrors, not checks', () => {
    it('refuses a core value added at or above GRDP: 1,000,000 × 0.233 = 233,000 > 151,307', () => {
      expect(() => estimate({ ...minimalDaNang(), ictRevenue: 1_000_000 })).toThrow(
        'estimate: ictRevenue: expected a core value added below GRDP (151,307), received 233,000, 154.0% of GRDP; revenue × ρ cannot reach GRDP: check that ictRevenue and grdp are in the same unit, or, where assembly revenue far exceeds local value added, give ictValueAdded instead',
      );
      expect(() => estimate({ ...minimalDaNang(), ictValueAdded: 151_307 })).toThrow(
        /^estimate: ictValueAdded: expected a core value added below GRDP \(151,307\), received 151,307, 100\.0% of GRDP; value added is a part of GRDP/,
      );
    });
    it('refuses more IT workers than the labour force (a labour force in thousands)', () => {
      const { itWorkforceShare: _, ...rest } = minimalDaNang();
      expect(() => estimate({ ...rest, labourForce: 740 })).toThrow(
        'estimate: itWorkers: expected at most labourForce (740), received 57000 (number); IT workers are part of the labour force, so there cannot be more of them: is labourForce in thousands, or the count of another area?',
      );
    });
    it('refuses more firms than inhabitants (a population in thousands)', () => {
      const { firmsPerThousand: _, ...rest } = minimalDaNang();
      expect(() => estimate({ ...rest, population: 1245 })).toThrow(
        'estimate: digitalFirms: expected at most population (1,245), received 2556 (number); there cannot be more firms than inhabitants: is population in thousands?',
      );
    });
  });

  describe('sectoral-capped', () => {
    it('fires when the intensity is extreme: 90% IT workforce, 1,000 firms per 1,000', () => {
      const input = { ...minimalDaNang(), itWorkforceShare: 0.9, firmsPerThousand: 1000 };
      expect(codes(input)).toContain('sectoral-capped');
      expect(estimate(input).share.point).toBe(1);
    });
    it('does not fire for Da Nang', () => {
      expect(codes(minimalDaNang())).not.toContain('sectoral-capped');
    });
  });

  describe('unit-suspect', () => {
    it('fires for revenue in million VND beside GRDP in billion VND (264 × GRDP)', () => {
      const input = { ...minimalDaNang(), ictRevenue: 39_888_000, ictValueAdded: 10_261 };
      expect(check(input, 'unit-suspect')?.message).toBe(
        'ictRevenue is 263.62× GRDP: are both in the same unit (million vs billion VND)?',
      );
    });
    it('fires for GRDP per inhabitant of 121,532 VND (GRDP labelled million VND)', () => {
      const found = check(
        { ...minimalDaNang(), unit: 'million VND', population: 1245000 },
        'unit-suspect',
      );
      expect(found?.message).toMatch(/^GRDP per inhabitant comes to 121,532 VND/);
    });
    it('fires for a population in hundreds: more than one firm per ten people, and a GRDP per inhabitant above 2 billion VND', () => {
      const { firmsPerThousand: _, ...rest } = minimalDaNang();
      const messages = estimate({ ...rest, population: 12_450 })
        .checks.filter((c) => c.code === 'unit-suspect')
        .map((c) => c.message);
      expect(messages).toEqual([
        expect.stringMatching(/^GRDP per inhabitant comes to 12,153,172,691 VND/),
        '2,556 firms for 12,450 inhabitants is more than one firm per ten people: is population in thousands?',
      ]);
    });
    it('does not fire for Da Nang in billion VND with 1,245,000 inhabitants (121.5 million VND each)', () => {
      expect(codes({ ...minimalDaNang(), population: 1087660 })).not.toContain('unit-suspect');
    });
  });

  describe('published-share-mismatch', () => {
    it('fires for a published 35% outside the predictive interval', () => {
      const found = check(
        { ...minimalDaNang(), published: { share: 0.35, source: 'a test' } },
        'published-share-mismatch',
      );
      expect(found?.message).toMatch(
        /^the published 35\.00% \(a test\) lies outside the estimate’s 5–95% predictive interval 1\d\.\d%–2\d\.\d% \(point 23\.5%\)$/,
      );
    });
    it('does not fire for the city’s 22%, inside the interval', () => {
      expect(
        codes({ ...minimalDaNang(), published: { share: 0.22, source: 'seed-004' } }),
      ).not.toContain('published-share-mismatch');
    });
    it('does not compare a published share of another year', () => {
      expect(
        codes({ ...minimalDaNang(), published: { share: 0.5, source: 'x', year: 2020 } }),
      ).not.toContain('published-share-mismatch');
    });
  });

  describe('history-conflict', () => {
    const history = (shares: number[]) =>
      shares.map((share, i) => ({ year: 2023, share, source: `source ${i + 1}` }));
    it('fires for 20.69% and 20.96% in 2023 and calls it a digit swap', () => {
      const found = check(
        { ...minimalDaNang(), history: history([0.2069, 0.2096]) },
        'history-conflict',
      );
      expect(found?.message).toBe(
        '2023 appears as 20.69% (source 1) and as 20.96% (source 2): the same digits in another order, most likely a typing slip',
      );
    });
    it('fires without the swap remark for 20.69% and 21.00%', () => {
      expect(
        check({ ...minimalDaNang(), history: history([0.2069, 0.21]) }, 'history-conflict')
          ?.message,
      ).toBe('2023 appears as 20.69% (source 1) and as 21.00% (source 2)');
    });
    it('fires for a published share that contradicts the history of the same year', () => {
      const input = {
        ...minimalDaNang(),
        history: [{ year: 2024, share: 0.22, source: 'a' }],
        published: { share: 0.225, source: 'b' },
      };
      expect(codes(input)).toContain('history-conflict');
    });
    it('does not fire for one share per year', () => {
      expect(codes({ ...daNang2024() })).not.toContain('history-conflict');
    });
  });

  describe('frame-mismatch', () => {
    it('fires for a gso published share beside a mic estimate', () => {
      expect(
        check(
          { ...minimalDaNang(), published: { share: 0.22, source: 'x', frame: 'gso' } },
          'frame-mismatch',
        )?.message,
      ).toBe(
        'the published share is a gso figure but the estimate uses the mic frame: the two series are not comparable',
      );
    });
    it('fires for a history point of the other frame', () => {
      const history = [{ year: 2022, share: 0.13, source: 'x', frame: 'gso' as const }];
      expect(codes({ ...minimalDaNang(), history })).toContain('frame-mismatch');
    });
    it('does not fire when the frames agree', () => {
      expect(codes(daNang2024())).not.toContain('frame-mismatch');
    });
  });

  describe('nearest-year-used', () => {
    it('fires for 2026 and names the year used', () => {
      expect(check({ ...minimalDaNang(), year: 2026 }, 'nearest-year-used')?.message).toBe(
        'no national digital-economy share (mic) for 2026: the 2024 figure is used',
      );
    });
    it('fires for mic 2021 only for the core share (no split published that year)', () => {
      const found = estimate({ ...minimalDaNang(), year: 2021 }).checks.filter(
        (c) => c.code === 'nearest-year-used',
      );
      expect(found.map((c) => c.message)).toEqual([
        'no national core (ICT) share (mic) for 2021: the 2022 figure is used',
        'no national firm density for 2021: the 2022 figure is used',
        'no national IT workforce share for 2021: the 2022 figure is used',
      ]);
    });
    it('does not fire for 2024', () => {
      expect(codes(minimalDaNang())).not.toContain('nearest-year-used');
    });
  });

  describe('platform-inside-sectoral', () => {
    it('fires (info) when platform revenue is given but no frame publishes a platform share', () => {
      const found = check(
        { ...minimalDaNang(), platformRevenue: 1200 },
        'platform-inside-sectoral',
      );
      expect(found?.severity).toBe('info');
    });
    it('does not fire without platform revenue', () => {
      expect(codes(minimalDaNang())).not.toContain('platform-inside-sectoral');
    });
  });

  describe('unit-suspect for the size of GRDP', () => {
    it('fires for a GRDP of 151,307 VND (the unit says VND, the figure is in billions)', () => {
      expect(check({ ...minimalDaNang(), unit: 'VND' }, 'unit-suspect')?.message).toBe(
        'GRDP comes to 151,307 VND (151,307 VND), outside 100 billion–20 million billion VND, a district’s to a nation’s: check the unit of grdp',
      );
    });
    it('does not fire for 151,307 billion VND (1.51 × 10^14 VND)', () => {
      expect(codes(minimalDaNang())).not.toContain('unit-suspect');
    });
  });

  describe('implausible-intensity', () => {
    it('fires for 30% of the labour force in IT (above 25%), stated or from the counts', () => {
      expect(
        check({ ...minimalDaNang(), itWorkforceShare: 0.3 }, 'implausible-intensity')?.message,
      ).toBe(
        '30.0% of the labour force in IT is above 25.0%, far above any province’s: is it a percentage, or a share of another total?',
      );
      const { itWorkforceShare: _, ...counts } = minimalDaNang();
      // 57,000 IT workers ÷ 190,000 = 30%.
      expect(codes({ ...counts, labourForce: 190000 })).toContain('implausible-intensity');
    });
    it('does not fire at the limit: 25% exactly', () => {
      expect(codes({ ...minimalDaNang(), itWorkforceShare: 0.25 })).not.toContain(
        'implausible-intensity',
      );
    });
    it('fires for 25 firms per 1,000 inhabitants (above 20)', () => {
      expect(
        check({ ...minimalDaNang(), firmsPerThousand: 25 }, 'implausible-intensity')?.values,
      ).toEqual({ case: 'density', value: 25, limit: 20 });
    });
    it('fires for a core of 65% of GRDP (above 60%): revenue × ρ from assembly for export', () => {
      // ictValueAdded 98,349.55 ÷ GRDP 151,307 = 0.65.
      const found = check(
        { ...minimalDaNang(), ictRevenue: undefined, ictValueAdded: 98349.55 },
        'implausible-intensity',
      );
      expect(found?.values).toMatchObject({ case: 'core', limit: 0.6 });
      expect(found?.values.value).toBeCloseTo(0.65, 12);
    });
    it('does not fire for Da Nang (7.7%, 2.35 per 1,000, a core of 6.1%)', () => {
      expect(codes(daNang2024())).not.toContain('implausible-intensity');
    });
  });

  describe('core-far-above-nation (an assembly hub)', () => {
    const hub = { ...minimalDaNang(), grdp: 1000, ictRevenue: 1500 };
    it('fires for a core of 1,500 × 0.233 ÷ 1,000 = 34.95%, 4.07 times the nation’s 8.59%', () => {
      const found = check(hub, 'core-far-above-nation');
      // C_n = 989,016 ÷ 11,511,900 = 0.08591…, as data/national.json stores it: 0.0859125.
      expect(found?.values).toMatchObject({ core: 0.3495, national: 0.0859125 });
      expect(found?.values.ratio).toBeCloseTo(0.3495 / 0.0859125, 12);
      expect(found?.message).toMatch(
        /overstates the value added that stays in the province; give ictValueAdded or ictSegments/,
      );
    });
    it('does not fire when the core is value added (measured, not revenue × ρ)', () => {
      const { ictRevenue: _, ...rest } = hub;
      expect(codes({ ...rest, ictValueAdded: 349.5 })).not.toContain('core-far-above-nation');
    });
    it('does not fire for Da Nang: 6.1% against 8.59%', () => {
      expect(codes(daNang2024())).not.toContain('core-far-above-nation');
    });
  });

  it('never changes a number: the share is the same with or without the warnings’ causes', () => {
    const plain = estimate(minimalDaNang()).share;
    const noisy = estimate({
      ...minimalDaNang(),
      population: 1245000,
      published: { share: 0.3, source: 'x', frame: 'gso' },
    }).share;
    expect(noisy).toEqual(plain);
  });
});
