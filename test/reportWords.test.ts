import { describe, expect, it } from 'vitest';
import {
  estimate,
  formatReport,
  formatValidation,
  LANGS,
  type LocalityInputInit,
  referenceData,
  trajectoryChart,
  validate,
} from '../src/index.js';
import { leadingSourceKeys } from '../src/input/sourceKeys.js';
import { daNang2024, minimalDaNang } from './helpers.js';

/** Issue 16 (items 2–4): the report prints no empty precision, says where the trend is thin, explains itself. */
const text = (input: LocalityInputInit, lang: (typeof LANGS)[number] = 'en') =>
  formatReport(estimate(input, { draws: 1000 }), { lang });
const section = (report: string, title: string) => {
  const start = report.indexOf(`\n${title}\n`);
  const end = report.indexOf('\n\n', start + title.length + 2);
  return report.slice(start, end === -1 ? undefined : end);
};
/** A locality with no local target, a history on an exact line: 8%, 9% and (published) 10%. */
const small: LocalityInputInit = {
  locality: 'Somewhere',
  year: 2024,
  grdp: 150000,
  ictRevenue: 5000,
  firmsPerThousand: 0.5,
  itWorkforceShare: 0.02,
  history: [
    { year: 2022, share: 0.08, source: 'x' },
    { year: 2023, share: 0.09, source: 'y' },
  ],
  published: { share: 0.1, source: 'z' },
};

describe('no empty precision', () => {
  it('prints a trend point’s interval only where one exists (a perfect line has none)', () => {
    // 8%, 9%, 10% lie on a line: no residual, so 2025 is 11.0% with no "(11.0%–11.0%)".
    expect(section(text(small), 'Trajectory')).toContain('2025*: 11.0%; 2026*: 12.0%');
    expect(section(text(small), 'Trajectory')).not.toMatch(/11\.0% \(11\.0%–11\.0%\)/);
    expect(section(text(daNang2024()), 'Trajectory')).toContain('2025: 26.0% (20.9%–31.0%)');
  });

  it('prints the range-target footnote only when a target is a range', () => {
    const range = 'For a range target the table is to its low end';
    expect(text(daNang2024())).toContain(range); // Da Nang: 35%–40% by 2030
    expect(text(small)).not.toContain(range); // national 20% and 30% only
  });

  it('shows "met in YEAR" for a target already met instead of a negative growth', () => {
    const row = section(text(daNang2024()), 'Targets')
      .split('\n')
      .find((line) => line.startsWith('National: 20% of GDP by 2025'));
    // 20.69% in 2023 is the first observed share at or above 20%.
    expect(row).toMatch(/-3\.5 pts {2}met in 2023 +met/);
    expect(row).not.toContain('-14.9%');
  });

  it('says "met in" the estimate’s year when the estimate meets a level its history never reached', () => {
    // History 12%, 14%, 16% (2021–2023); the 2024 estimate, 20.6%, meets 20%: met in 2024,
    // though the trend line would first reach 20% in 2025.
    const input: LocalityInputInit = {
      locality: 'Somewhere',
      year: 2024,
      grdp: 150000,
      ictRevenue: 30000,
      firmsPerThousand: 2,
      itWorkforceShare: 0.06,
      history: [2021, 2022, 2023].map((year, i) => ({ year, share: 0.12 + 0.02 * i, source: 'x' })),
    };
    const row = section(text(input), 'Targets')
      .split('\n')
      .find((line) => line.startsWith('National: 20% of GDP by 2025'));
    expect(row).toMatch(/met in 2024 +met +20\.0%\* +2024$/);
  });

  it('says the platform is inside the sectoral part instead of printing 0.0%', () => {
    const line = text(daNang2024())
      .split('\n')
      .find((l) => l.startsWith('Platform'));
    expect(line).toBe('Platform        –  inside the sectoral part');
  });
});

describe('trend caveats', () => {
  it('fits the trend on the published share of the estimate’s year, of the same frame only', () => {
    const withPublished = estimate(small, { draws: 1000 }).trajectory;
    // 8%, 9% and the published 10% for 2024: +1 point a year.
    expect(withPublished?.history.map((h) => h.year)).toEqual([2022, 2023, 2024]);
    expect(withPublished?.pace).toBeCloseTo(0.01, 12);
    const otherFrame = estimate(
      { ...small, published: { share: 0.1, source: 'z', frame: 'gso' } },
      { draws: 1000 },
    ).trajectory;
    expect(otherFrame?.history.map((h) => h.year)).toEqual([2022, 2023]);
  });

  it('leaves out history points of the other frame', () => {
    const history = [
      ...(small.history ?? []),
      { year: 2021, share: 0.05, source: 'gso', frame: 'gso' as const },
    ];
    const trajectory = estimate({ ...small, history }, { draws: 1000 }).trajectory;
    expect(trajectory?.history.map((h) => h.year)).toEqual([2022, 2023, 2024]);
  });

  it('marks a projection from fewer than four years, and beyond twice the span, in the tables and the chart', () => {
    const report = text(small);
    // 2022–2024: three years (*), span 2, horizon 2024 + 2 × 2 = 2028 (†).
    expect(section(report, 'Trajectory')).toContain('2028*: 14.0%; 2029*†: 15.0%');
    expect(report).toContain('*: from 3 years only: the trend is a rough guide, not a forecast.');
    expect(report).toContain(
      '†: after 2028, more than twice the span of the history (2022–2024) ahead: an extrapolation, not a forecast.',
    );
    expect(section(report, 'Targets')).toMatch(/16\.0%\*† +2044\*†/);
    const chart = trajectoryChart(estimate(small, { draws: 1000 }));
    expect(chart.title).toMatchObject({
      subtitle: [
        expect.stringMatching(/^\*: from 3 years/),
        expect.stringMatching(/^†: after 2028/),
      ],
    });
  });

  it('marks nothing for Da Nang: four years, 2021–2024, horizon 2030', () => {
    const report = text(daNang2024());
    expect(report).not.toMatch(/\d[*†]/);
    expect(typeof trajectoryChart(estimate(daNang2024(), { draws: 1000 })).title).toBe('string');
  });

  it('shows the published point in the chart, even without a history to fit', () => {
    const { history: _, ...noHistory } = small;
    const chart = trajectoryChart(estimate(noHistory, { draws: 1000 })) as {
      layer: { data?: { values: { series?: string; year?: number; share?: number }[] } }[];
    };
    const published = chart.layer
      .flatMap((layer) => layer.data?.values ?? [])
      .filter((v) => v.series === 'published');
    expect(published).toEqual([expect.objectContaining({ year: 2024, share: 0.1 })]);
  });
});

describe('plain words', () => {
  it.each(LANGS)(
    'explains the location quotients and the digital intensity in one sentence each (%s)',
    (lang) => {
      const words = {
        en: 'location quotient (LQ)',
        vi: 'Hệ số vị trí (LQ)',
        fr: 'quotient de localisation (QL)',
      };
      const report = text(daNang2024(), lang);
      expect(report).toContain(words[lang]);
      expect(report).toMatch(/I_L/);
    },
  );

  it('says which intensities were stated and which derived, with the arithmetic', () => {
    expect(text(daNang2024())).toContain(
      'Inputs: firm density 2.35 per 1,000 as stated; IT workforce share 7.7% as stated',
    );
    const { firmsPerThousand: _f, itWorkforceShare: _w, ...counts } = minimalDaNang();
    // 2,556 ÷ 1,245,000 × 1,000 = 2.053; 57,000 ÷ 740,000 = 7.70%.
    expect(text({ ...counts, population: 1245000, labourForce: 740000 })).toContain(
      'Inputs: firm density from 2,556 firms ÷ 1,245,000 inhabitants = 2.05 per 1,000; IT workforce share from 57,000 IT workers ÷ a labour force of 740,000 = 7.7%',
    );
  });
});

describe('a numbered Sources section', () => {
  const registry = referenceData.sources.sources;
  const keys = Object.keys(registry);

  it.each(
    LANGS.flatMap((lang) =>
      (['text', 'markdown'] as const).map((format) => [lang, format] as const),
    ),
  )(
    'lists every source of the Da Nang report by title, publisher and address, with no bare key (%s, %s)',
    (lang, format) => {
      const result = estimate(daNang2024(), { draws: 1000 });
      const report = formatReport(result, { lang, format });
      const plain = report.replace(/\\([[\]*`\\])/g, '$1');
      const heading = { en: 'Sources', vi: 'Nguồn', fr: 'Sources' }[lang];
      const at = plain.lastIndexOf(heading);
      const [body, list] = [plain.slice(0, at), plain.slice(at)];
      const cited = Object.values(result.provenance.sources);
      expect(cited.length).toBeGreaterThanOrEqual(10);
      const lines = list.split('\n').filter((l) => /^(- )?\[\d+\] /.test(l));
      // Every source the result used, once each, numbered 1…n, by title, publisher and address.
      expect(lines.map((l) => Number(/\[(\d+)\]/.exec(l)?.[1]))).toEqual(
        cited.map((_, i) => i + 1),
      );
      for (const source of cited) {
        const line = lines.find((l) => l.includes(source.title));
        expect(line, source.title).toBeDefined();
        expect(line).toContain(source.publisher);
        if (source.url) expect(line).toContain(source.url);
      }
      // Numbered in the order cited: the first mention of [n] comes after the first of [n − 1].
      const first = cited.map((_, i) =>
        body.search(new RegExp(`\\[(\\d+, )*${i + 1}(, \\d+)*\\]`)),
      );
      expect(first.every((position) => position >= 0)).toBe(true);
      expect([...first].sort((a, b) => a - b)).toEqual(first);
      // No registry key anywhere (data/sources.json names them; the report numbers them).
      for (const key of keys) expect(plain, key).not.toMatch(new RegExp(`(?<!\\w)${key}(?!\\w)`));
    },
  );

  it('cites the keys a published share’s source text begins with, and keeps its words', () => {
    const report = text(daNang2024());
    expect(report).toMatch(
      /Published: 22\.00% \(\[\d+\] Vice-Chairman of the City People's Committee, digital economy 22% of GRDP in 2024\)/,
    );
  });

  it('names no document a user does not have (the method brief, the seed files)', () => {
    for (const source of Object.values(registry)) {
      expect(source.url).not.toMatch(/shared|method-brief|seeds/);
      expect(source.title.length).toBeGreaterThan(10);
    }
    expect(keys).not.toContain('method-brief');
  });
});

describe('leadingSourceKeys', () => {
  const known = new Set(['D4', 'D5', 'seed-004']);
  it.each([
    ['seed-004: Vice-Chairman', ['seed-004'], 'Vice-Chairman'],
    ['D4, D5: city review', ['D4', 'D5'], 'city review'],
    ['D4 and D5: city review', ['D4', 'D5'], 'city review'],
    ['D4', ['D4'], ''],
    ['city statistics office', [], 'city statistics office'],
    ['D4, X9: mixed', [], 'D4, X9: mixed'], // one unknown key: all words
    ['Note: no key', [], 'Note: no key'],
  ])('reads %j as keys %j and words %j', (source, keys, rest) => {
    expect(leadingSourceKeys(source, known)).toEqual({ keys, rest });
  });
});

describe('the validation report cites by number too', () => {
  it('numbers each row’s source and lists it by title, with no bare key', async () => {
    const result = await validate({ draws: 1000 });
    const report = formatValidation(result);
    // Every row's source is in the registry entries the result carries, and listed.
    expect(result.rows.length).toBeGreaterThan(0);
    for (const key of result.rows.flatMap((r) => r.source))
      expect(result.sources).toHaveProperty(key);
    for (const source of Object.values(result.sources)) expect(report).toContain(source.title);
    for (const key of Object.keys(referenceData.sources.sources))
      expect(report, key).not.toMatch(new RegExp(`(?<!\\w)${key}(?!\\w)`));
    expect(report).toMatch(/\n\[1\] /);
  });
});
