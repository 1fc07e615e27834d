import { describe, expect, it } from 'vitest';
import { estimate, formatReport, LANGS } from '../src/index.js';
import { daNang2024 } from './helpers.js';

describe('estimate(input).byFrame: both national averages, always', () => {
  const draws = { draws: 2000, seed: 11 };
  const mic = estimate(daNang2024(), draws);
  const gso = estimate({ ...daNang2024(), frame: 'gso' }, draws);

  it('repeats the headline in its own frame, and the same input through the other frame', () => {
    expect(mic.byFrame.mic).toMatchObject({
      point: mic.share.point,
      low: mic.share.low,
      high: mic.share.high,
    });
    // The other frame's entry is the estimate one gets by choosing that frame (same draws, same seed).
    expect(mic.byFrame.gso).toMatchObject({
      point: gso.share.point,
      low: gso.share.low,
      high: gso.share.high,
    });
    expect(gso.byFrame.mic).toMatchObject({
      point: mic.share.point,
      low: mic.share.low,
      high: mic.share.high,
    });
  });

  it('draws the other frame’s interval with at most 16,384 draws, the same seed and sampler', () => {
    const long = estimate(daNang2024(), { draws: 20_000, seed: 11 });
    const other = estimate({ ...daNang2024(), frame: 'gso' }, { draws: 16_384, seed: 11 });
    expect([long.byFrame.mic.draws, long.byFrame.gso.draws]).toEqual([20_000, 16_384]);
    expect(long.byFrame.gso).toMatchObject({ low: other.share.low, high: other.share.high });
    const mc = estimate(daNang2024(), { draws: 20_000, seed: 11, sampler: 'mc' });
    const otherMc = estimate(
      { ...daNang2024(), frame: 'gso' },
      { draws: 16_384, seed: 11, sampler: 'mc' },
    );
    expect(mc.byFrame.gso).toMatchObject({ low: otherMc.share.low, high: otherMc.share.high });
    expect(mc.byFrame.gso.low).not.toBe(long.byFrame.gso.low);
  });

  it('keeps an override of the headline series’ national share out of the other series', () => {
    const r = estimate(daNang2024(), {
      draws: 500,
      parameters: { nationalShare: { value: 0.2, low: 0.19, high: 0.21 } },
    });
    expect([r.byFrame.mic.national.share, r.byFrame.gso.national.share]).toEqual([0.2, 0.1317]);
  });

  it('compares with each series’ national share: 18.3% (ministry) and 13.17% (statistics office), 2024', () => {
    expect(mic.byFrame.mic.national).toMatchObject({ share: 0.183, year: 2024 });
    expect(mic.byFrame.gso.national).toMatchObject({ share: 0.1317, year: 2024 });
    // gap = estimate − national share; ratio = estimate ÷ national share.
    const g = mic.byFrame.gso;
    expect(g.national.gap).toBeCloseTo(g.point - 0.1317, 15);
    expect(g.national.ratio).toBeCloseTo(g.point / 0.1317, 15);
    // Same core (revenue × ρ ÷ GRDP), a smaller national sectoral share: lower in the gso frame.
    expect(g.point).toBeLessThan(mic.byFrame.mic.point);
  });

  it.each(LANGS)(
    'shows both series side by side, named in words, with why they differ (%s)',
    (lang) => {
      const report = formatReport(mic, { lang });
      const words = {
        en: [
          'The ministry’s revenue-based series (mic)',
          'The statistics office’s value-added series (gso',
          'The two series differ',
        ],
        vi: [
          'Chuỗi số liệu của Bộ, tính theo doanh thu (mic)',
          'Chuỗi số liệu của cơ quan thống kê, tính theo giá trị tăng thêm (gso',
          'Hai chuỗi khác nhau',
        ],
        fr: [
          'La série du ministère, fondée sur le chiffre d’affaires (mic)',
          'La série de l’office statistique, en valeur ajoutée (gso',
          'Les deux séries diffèrent',
        ],
      }[lang];
      for (const w of words) expect(report).toContain(w);
      expect(report).toMatch(/13[.,]17\s?%/);
      expect(report).toMatch(/18[.,]3\s?%/);
    },
  );
});
