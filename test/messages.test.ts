import { describe, expect, it } from 'vitest';
import { catalogues } from '../src/i18n/messages.js';
import { LANGS } from '../src/index.js';

/** The names a template reads: simple placeholders and the subjects of plurals and selects. */
const placeholders = (template: string) =>
  [
    ...new Set(
      [...template.matchAll(/\{(\w+)(?::\w+)?\}|\{(\w+),\s*(?:plural|select)\s*,/g)].map(
        (m) => m[1] ?? m[2],
      ),
    ),
  ].sort();

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
