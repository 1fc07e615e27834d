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

const LANGS = ['en', 'vi', 'fr'] as const;
type Render = (options: {
  format: 'text' | 'markdown' | 'html';
  lang: (typeof LANGS)[number];
}) => string;

const estimateResult = estimate(daNang2024());
const kh = estimate({ ...minimalDaNang(), locality: 'Khánh Hòa' });
const scenarioResult = scenario(daNang2024(), { target: 0.35, by: 2030, grdpGrowth: 0.1 });
const batch = estimateBatch([minimalDaNang(), { ...minimalDaNang(), grdp: 0 }], { draws: 200 });
const validation = await validate({ draws: 200, calibrate: ['beta'] });

const reports: [string, Render][] = [
  ['the Da Nang estimate', (o) => formatReport(estimateResult, o)],
  ['an estimate without history or local targets', (o) => formatReport(kh, o)],
  ['a scenario', (o) => formatScenario(scenarioResult, o)],
  ['a batch with a bad row', (o) => formatBatch(batch, o)],
  ['a validation with calibration', (o) => formatValidation(validation, o)],
];

/** Markdown as plain words: no emphasis, code quotes, list markers, headings or escapes. */
const plainMarkdown = (markdown: string) =>
  markdown
    .replace(/\*\*|(?<!\\)`/g, '')
    .replace(/^(#+|-) /gm, '')
    .replace(/^\*(.*)\*$/gm, '$1')
    .replace(/\\([|*`[\]\\])/g, '$1')
    .replace(/\s+/g, ' ');

describe('reports are one document, written as text, Markdown and HTML', () => {
  it.each(reports)('the Markdown of %s has every line of the text report', (_, render) => {
    for (const lang of LANGS) {
      const markdown = plainMarkdown(render({ format: 'markdown', lang }));
      const text = render({ format: 'text', lang });
      for (const raw of text.split('\n')) {
        const line = raw.trim().replace(/\s+/g, ' ');
        if (line === '' || /^[=-]+$/.test(line)) continue;
        // A text table row: every cell appears in the Markdown (the bars are a text-only drawing).
        const cells = raw
          .trim()
          .split(/ {2,}/)
          .filter((c) => !/[█│]/.test(c));
        // A severity tag ("[warning]") is bold in Markdown; a reference number ("[1]") stays.
        const present =
          markdown.includes(line) ||
          markdown.includes(line.replace(/^\[([^\]]+)\]/, '$1')) ||
          (cells.length > 1 &&
            cells.every((c) => markdown.includes(c.trim().replace(/\s+/g, ' '))));
        expect(present, `${lang}: ${line}`).toBe(true);
      }
    }
  });

  it('puts the digital-intensity line and the "to the high end" lines in the Markdown estimate', () => {
    const markdown = formatReport(estimateResult, { format: 'markdown' });
    expect(markdown).toContain(
      '**Digital intensity**: IT workforce 7.7% ÷ national 2.7% = LQ 2.85',
    );
    expect(markdown).toContain(
      '- **Da Nang: 35%–40% of GRDP by 2030**: to the high end: gap +16.5 pts, 9.3% per year',
    );
  });

  it.each(reports)(
    'renders %s the same after a JSON round trip, in every format and language',
    (name) => {
      const reread = JSON.parse(
        JSON.stringify({ estimateResult, kh, scenarioResult, batch, validation }),
      );
      const again: Record<string, Render> = {
        'the Da Nang estimate': (o) => formatReport(reread.estimateResult, o),
        'an estimate without history or local targets': (o) => formatReport(reread.kh, o),
        'a scenario': (o) => formatScenario(reread.scenarioResult, o),
        'a batch with a bad row': (o) => formatBatch(reread.batch, o),
        'a validation with calibration': (o) => formatValidation(reread.validation, o),
      };
      const original = reports.find(([n]) => n === name)?.[1] as Render;
      for (const lang of LANGS)
        for (const format of ['text', 'markdown', 'html'] as const)
          expect((again[name] as Render)({ format, lang })).toBe(original({ format, lang }));
    },
  );
});

describe('the HTML writer', () => {
  it.each(reports)(
    'writes %s as one <article> with escaped text and no scripts or handlers',
    (_, render) => {
      for (const lang of LANGS) {
        const html = render({ format: 'html', lang });
        expect(
          html.startsWith(`<article lang="${{ en: 'en-US', vi: 'vi-VN', fr: 'fr-FR' }[lang]}">`),
        ).toBe(true);
        expect(html.trimEnd().endsWith('</article>')).toBe(true);
        expect(html).not.toMatch(/<script|<style|\son\w+=|javascript:/i);
        // Every tag opened is closed, in order.
        const stack: string[] = [];
        for (const [, close, name] of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
          if (close) expect(stack.pop()).toBe(name);
          else stack.push(name as string);
        }
        expect(stack).toEqual([]);
      }
    },
  );

  it('escapes what a caller writes: a locality named <img src=x onerror=alert(1)> stays text', () => {
    const hostile = estimate({
      ...minimalDaNang(),
      locality: '<img src=x onerror=alert(1)> & "co"',
    });
    const html = formatReport(hostile, { format: 'html' });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;co&quot;');
    expect(html).not.toContain('<img');
    expect(formatReport(hostile, { format: 'markdown' })).not.toContain('<img');
  });

  it('marks numeric columns and leaves the text-only bars out of tables', () => {
    const html = formatReport(estimateResult, { format: 'html' });
    expect(html).toContain('<td class="num">6.1%</td>');
    expect(html).not.toContain('█');
  });
});

describe('text from the input is shown, never executed', () => {
  it('removes control characters (ANSI escapes) from text and Markdown reports', () => {
    const r = estimate({ ...minimalDaNang(), locality: 'Da\u001b[31m Nang\u0007' });
    for (const format of ['text', 'markdown'] as const) {
      const report = formatReport(r, { format });
      expect([...report].filter((c) => c < ' ' && c !== '\n')).toEqual([]);
      // Markdown escapes the bracket, which could otherwise start a link.
      expect(report).toContain(format === 'text' ? 'Da[31m Nang' : 'Da\\[31m Nang');
    }
  });

  it('escapes Markdown’s emphasis, code and link characters, so that marks and names print as written', () => {
    const r = estimate({ ...minimalDaNang(), locality: '*Da* `Nang` [x](y) a\\b' });
    const report = formatReport(r, { format: 'markdown' });
    expect(report).toContain('\\*Da\\* \\`Nang\\` \\[x\\](y) a\\\\b');
  });

  it('writes a CSV cell that starts like a formula with a leading apostrophe', () => {
    const r = estimate({ ...minimalDaNang(), locality: '=HYPERLINK("http://x","y")' });
    const [, row] = formatReport(r, { format: 'csv' }).split('\n');
    expect(row?.startsWith(`"'=HYPERLINK(""http://x"",""y"")"`)).toBe(true);
    // Numbers stay numbers, negative ones too: a locality below the national average.
    const below = estimate({
      ...minimalDaNang(),
      locality: 'Low',
      ictRevenue: 1000,
      firmsPerThousand: 0.2,
      itWorkforceShare: 0.005,
    });
    expect(below.national.gap).toBeLessThan(0);
    expect(formatReport(below, { format: 'csv' })).toContain(`,${below.national.gap},`);
  });
});
