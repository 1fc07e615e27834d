import { describe, expect, it } from 'vitest';
import { estimate, formatReport } from '../src/index.js';
import { minimalDaNang } from './helpers.js';

describe('targets stated in the input', () => {
  const input = {
    ...minimalDaNang(),
    targets: [
      { year: 2030, low: 0.45, high: 0.5, source: 'a provincial plan' },
      {
        year: 2027,
        low: 0.3,
        label: 'Kế hoạch 21: 30% GRDP năm 2027',
        source: 'D8: the city plan',
      },
    ],
  };
  const result = estimate(input, { draws: 500 });
  const own = result.targets.filter((t) => t.id.startsWith('input-'));

  it('are compared beside the bundled ones, with the same arithmetic', () => {
    expect(result.targets.map((t) => t.id)).toEqual([
      'vn-2025',
      'vn-2030',
      'da-nang-2025',
      'da-nang-2030',
      'input-1',
      'input-2',
    ]);
    const point = result.share.point; // 0.234949…
    // 45% by 2030 from 2024: gap 0.45 − 0.234949 = 0.215051; growth (0.45 / 0.234949)^(1/6) − 1 = 0.11446
    expect(own[0]).toMatchObject({
      scope: 'local',
      locality: 'da-nang',
      year: 2030,
      low: 0.45,
      high: 0.5,
    });
    expect(own[0]?.gap).toBeCloseTo(0.45 - point, 12);
    expect(own[0]?.requiredAnnualGrowth).toBeCloseTo((0.45 / point) ** (1 / 6) - 1, 12);
    expect(own[0]?.toHigh?.gap).toBeCloseTo(0.5 - point, 12);
    expect(own[0]?.label).toBe('Da Nang: 45%–50% of GRDP by 2030');
  });

  it('cite their source: registry keys as such, other text as the caller’s', () => {
    expect(own[0]?.source).toEqual(['a provincial plan']);
    expect(own[1]?.source).toEqual(['D8']);
    expect(result.provenance.sources['a provincial plan']).toMatchObject({
      title: 'a provincial plan',
      publisher: 'given by the caller',
    });
  });

  it('keep their own label in every report language', () => {
    for (const lang of ['en', 'vi', 'fr'] as const)
      expect(formatReport(result, { lang })).toContain('Kế hoạch 21: 30% GRDP năm 2027');
    expect(own[1]?.inputLabel).toBe('Kế hoạch 21: 30% GRDP năm 2027');
  });

  it('refuse a range whose high end is below its low end, naming the field', () => {
    expect(() =>
      estimate({
        ...minimalDaNang(),
        targets: [{ year: 2030, low: 0.4, high: 0.35, source: 'x' }],
      }),
    ).toThrow(
      'estimate: targets[0].high: expected a high end at or above the low end 0.4, received 0.35 (number); a range target is written { "low": 0.35, "high": 0.4 }, low first',
    );
  });

  it('apply to a locality the registry does not know, and the note says so', () => {
    const unknown = estimate(
      {
        ...minimalDaNang(),
        locality: 'Somewhere',
        targets: [{ year: 2030, low: 0.3, source: 'x' }],
      },
      { draws: 500 },
    );
    expect(unknown.targets.map((t) => t.id)).toEqual(['vn-2025', 'vn-2030', 'input-1']);
    expect(unknown.checks.find((c) => c.code === 'locality-not-recognised')?.message).toBe(
      '“Somewhere” is not a province or city in data/localities.json, so only the input’s own targets apply beside the national ones: write its name as there (for example “Khánh Hòa” or “Da Nang”) to compare with its bundled targets too',
    );
  });
});
