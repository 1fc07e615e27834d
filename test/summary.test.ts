import { describe, expect, it } from 'vitest';
import { estimate, formatReport } from '../src/index.js';
import { daNang2024 } from './helpers.js';

describe('the summary paragraph at the top of the estimate report', () => {
  const result = estimate(daNang2024());
  const first = (text: string) => text.split('\n')[3] ?? '';

  it('gives the estimate, its interval, both national averages and the nearest open target', () => {
    const summary = first(formatReport(result));
    expect(summary).toBe(
      'Summary: In 2024 the digital economy of Da Nang is estimated at 23.5% of GRDP (5–95% predictive interval 19.0%–29.3%) in the ministry’s revenue-based series, where the nation stands at 18.3% (2024); in the statistics office’s value-added series, the official indicator, the same inputs give 15.1% against the nation’s 13.17% (2024). The nearest open target, National: 30% of GDP by 2030, needs 6.5 pts more, the share growing 4.2% a year.',
    );
  });

  it('is in the report’s language', () => {
    expect(first(formatReport(result, { lang: 'vi' }))).toMatch(
      /^Tóm tắt: Năm 2024, kinh tế số của Da Nang ước đạt 23,5% GRDP/,
    );
    expect(first(formatReport(result, { lang: 'fr' }))).toMatch(
      /^Synthèse\s: En 2024, l’économie numérique de Da Nang est estimée à 23,5\s% du PIBR/,
    );
  });

  it('says so when every target is met or past', () => {
    const high = estimate(
      { ...daNang2024(), year: 2031, history: [], published: undefined },
      { draws: 500 },
    );
    expect(high.targets.every((t) => t.status !== 'open')).toBe(true);
    expect(first(formatReport(high))).toMatch(/Every applicable target is met or past\.$/);
  });
});
