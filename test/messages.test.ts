import { describe, expect, it } from 'vitest';
import { catalogues } from '../src/i18n/messages.js';
import { LANGS } from '../src/index.js';

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]).sort();

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
