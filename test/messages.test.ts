import { describe, expect, it } from 'vitest';
import { messageArguments } from '../src/i18n/messageFormat.js';
import { catalogues, message } from '../src/i18n/messages.js';
import { LANGS } from '../src/index.js';
import { INPUT_NAMES } from '../src/input/schemas.js';

/** The names a template reads, by the message format's own parser. */
const placeholders = messageArguments;

describe('message catalogues', () => {
  const english = catalogues.en;

  it.each(LANGS)('the %s catalogue has every key of the English one, and no other', (lang) => {
    expect(Object.keys(catalogues[lang]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LANGS)('every %s message is filled in', (lang) => {
    for (const [key, template] of Object.entries(catalogues[lang]))
      expect(template.trim(), key).not.toBe('');
  });

  it.each(['vi', 'fr'] as const)(
    'every %s message uses the same placeholders as the English one',
    (lang) => {
      for (const [key, template] of Object.entries(english)) {
        expect(placeholders(catalogues[lang][key as keyof typeof english]), key).toEqual(
          placeholders(template),
        );
      }
    },
  );
});

describe('the Vietnamese catalogue reads as Vietnamese', () => {
  const FIELDS: readonly string[] = INPUT_NAMES;
  /** The words of a template: placeholders, select and plural subjects and branch keys removed. */
  const words = (template: string) =>
    template
      .replace(/\{\w+, (?:select|plural),/g, '{')
      .replace(/[\w=-]+ \{/g, '{')
      .replace(/\{\w+(?::\w+)?\}/g, '');

  it('names an input field in Vietnamese, with its English name only in parentheses', () => {
    for (const [key, template] of Object.entries(catalogues.vi)) {
      if (key.startsWith('variable.')) continue;
      for (const field of FIELDS) {
        for (const match of words(template).matchAll(new RegExp(`\\b${field}\\b`, 'g'))) {
          const before = words(template).slice(0, match.index);
          expect(before.lastIndexOf('(') > before.lastIndexOf(')'), `${key}: ${field}`).toBe(true);
        }
      }
    }
  });

  it('says "giá trị khởi tạo ngẫu nhiên" for the seed and "tỷ lệ" for a fraction, never "hạt giống" or "phân số"', () => {
    const all = Object.values(catalogues.vi).join('\n');
    expect(all).not.toMatch(/hạt giống|phân số/);
    expect(all).toContain('giá trị khởi tạo ngẫu nhiên (seed)');
    expect(catalogues.vi['error.hint.percent']).toContain('tỷ lệ (7,7% → 0,077)');
  });

  it('compares with the nation as "bằng … lần", which reads right for a ratio below 1 too', () => {
    expect(
      message(
        'report.national.line',
        { share: 0.183, frame: 'mic', year: '2024', gap: -0.08, ratio: 0.55 },
        'vi',
      ),
    ).toBe('18,3% (mic, 2024): chênh lệch -8,0 điểm %, bằng 0,55 lần mức cả nước');
  });
});
