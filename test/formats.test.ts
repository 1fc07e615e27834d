import { describe, expect, it } from 'vitest';
import {
  estimate,
  estimateBatch,
  formatBatch,
  formatReport,
  formatScenario,
  formatValidation,
  scenario,
  validate,
} from '../src/index.js';
import { daNang2024, minimalDaNang } from './helpers.js';

const result = estimate(daNang2024());
const validation = await validate({ draws: 200 });

/** Every Markdown table: consecutive lines starting with '|', each row with as many cells as the header. */
function markdownTables(text: string): string[][] {
  const tables: string[][] = [];
  let current: string[] = [];
  for (const line of [...text.split('\n'), '']) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length > 0) {
      tables.push(current);
      current = [];
    }
  }
  return tables;
}
const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length - 2;

describe('formatReport(result, { lang })', () => {
  it('writes Vietnamese with the domain terms and Vietnamese number formats', () => {
    const text = formatReport(result, { lang: 'vi' });
    expect(text.split('\n')[0]).toBe(
      'Tỷ trọng kinh tế số trong GRDP: Da Nang, năm 2024 (chuỗi số liệu: mic)',
    );
    for (const term of [
      'Kinh tế số ICT',
      'Kinh tế số nền tảng',
      'Kinh tế số ngành',
      'Bình quân cả nước',
      'Mục tiêu',
    ])
      expect(text).toContain(term);
    expect(text).toContain('doanh thu ICT 39.888'); // thousands grouped with a dot
    expect(text).toContain('151.307 tỷ đồng'); // the unit in Vietnamese
    expect(text).toContain('Ước tính: 23,5% GRDP'); // decimal comma, percent sign attached
    expect(text).toContain('Đà Nẵng: 35%–40% GRDP vào năm 2030');
    expect(text).toContain('2.556 doanh nghiệp ÷ 2,35 doanh nghiệp trên 1.000 dân'); // the check, translated
  });

  it('writes French with French number formats and punctuation', () => {
    // French separates thousands and the percent sign with a narrow no-break space: compare with plain spaces.
    const text = formatReport(result, { lang: 'fr' }).replace(/\s/g, ' ');
    expect(text).toContain('Estimation : 23,5 % du PIBR');
    expect(text).toContain('39 888'); // narrow no-break space between thousands
    expect(text).toContain('milliards de VND');
    expect(text).toContain('Da Nang : 35 %–40 % du PIBR en 2030');
  });

  it('keeps JSON the same whatever the language', () => {
    expect(formatReport(result, { format: 'json', lang: 'vi' })).toBe(
      formatReport(result, { format: 'json', lang: 'en' }),
    );
  });

  it('writes Markdown whose tables are well formed (header, separator, rows of the same width)', () => {
    for (const lang of ['en', 'vi', 'fr'] as const) {
      const markdown = formatReport(result, { format: 'markdown', lang });
      const tables = markdownTables(markdown);
      expect(tables.length).toBe(3); // components, targets, sensitivity
      for (const table of tables) {
        const [header, separator, ...rows] = table;
        expect(separator, lang).toMatch(/^\|(?: -{3}:? \|)+$/);
        for (const row of rows) expect(cells(row), row).toBe(cells(header as string));
      }
    }
  });

  it('writes one CSV row of the comparison columns, then each target’s', () => {
    const [header, row, end] = formatReport(result, { format: 'csv' }).split('\n');
    expect(header).toBe(
      `locality,year,frame,share,low,high,parameterLow,parameterHigh,core,sectoral,national,nationalYear,gap,ratio,published,checks,${result.targets.flatMap((t) => ['year', 'level', 'gap', 'growth', 'status'].map((c) => `${t.id}.${c}`)).join(',')}`,
    );
    expect(row).toMatch(/^Da Nang,2024,mic,0\.2349/);
    expect(end).toBe('');
  });

  it('rejects an unknown format or language', () => {
    expect(() => formatReport(result, { format: 'pdf' as never })).toThrow(
      /formatReport: format: expected one of "text", "markdown", "html", "json", "csv"/,
    );
    expect(() => formatReport(result, { lang: 'de' as never })).toThrow(
      /lang: expected one of "en", "vi", "fr"/,
    );
  });
});

describe('formatScenario, formatBatch, formatValidation', () => {
  it('render in every format and language with well-formed Markdown', () => {
    const outputs = [
      (o: object) =>
        formatScenario(scenario(daNang2024(), { target: 0.35, by: 2030, grdpGrowth: 0.1 }), o),
      (o: object) =>
        formatBatch(
          estimateBatch([minimalDaNang(), { ...minimalDaNang(), grdp: 0 }], { draws: 200 }),
          o,
        ),
      (o: object) => formatValidation(validation, o),
    ];
    for (const render of outputs) {
      for (const lang of ['en', 'vi', 'fr'] as const) {
        expect(render({ lang })).not.toMatch(/undefined|NaN|\{\w+\}/);
        for (const table of markdownTables(render({ format: 'markdown', lang }))) {
          const [header, , ...rows] = table;
          for (const row of rows) expect(cells(row)).toBe(cells(header as string));
        }
      }
      expect(() => JSON.parse(render({ format: 'json' }))).not.toThrow();
      expect(render({ format: 'csv' }).split('\n')[0]).toMatch(/^[a-zA-Z,]+$/);
    }
  });

  it('translate the scenario into Vietnamese', () => {
    const text = formatScenario(
      scenario(daNang2024(), { target: 0.35, by: 2030, grdpGrowth: 0.1 }),
      { lang: 'vi' },
    );
    expect(text).toContain('Doanh thu ICT cần tăng 34,2% mỗi năm');
  });
});
