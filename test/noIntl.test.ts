import { afterEach, describe, expect, it } from 'vitest';
import { estimate, estimateBatch, formatReport } from '../src/index.js';
import { daNang2024 } from './helpers.js';

// Creating the first Intl formatter of a process loads ICU's data (about 10 ms): an estimate, a
// batch and their JSON make none; text in Vietnamese or French does (English is written without
// Intl, src/i18n/englishNumbers.ts).
describe('Intl formatters only where text is rendered', () => {
  const kinds = ['NumberFormat', 'PluralRules'] as const;
  const originals = kinds.map((kind) => Intl[kind]);
  /** Count the formatters made from now on. */
  const watch = () => {
    const made: string[] = [];
    kinds.forEach((kind, k) => {
      const original = originals[k] as unknown as new (...args: unknown[]) => object;
      (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(original, {
        construct(target, args) {
          made.push(kind);
          return Reflect.construct(target, args);
        },
      });
    });
    return made;
  };
  afterEach(() => {
    kinds.forEach((kind, k) => {
      (Intl as unknown as Record<string, unknown>)[kind] = originals[k];
    });
  });

  it('makes none for estimate(), estimateBatch() and JSON.stringify of their results', () => {
    const made = watch();
    const result = estimate(daNang2024(), { draws: 1000 });
    const batch = estimateBatch([daNang2024(), { ...daNang2024(), locality: 'Elsewhere' }], {
      draws: 1000,
    });
    JSON.stringify([result, batch]);
    expect(made).toEqual([]);
  });

  it('makes them for a report in Vietnamese (the watch sees what it says it watches)', () => {
    const made = watch();
    formatReport(estimate(daNang2024(), { draws: 1000 }), { lang: 'vi', format: 'text' });
    expect(made).toContain('NumberFormat');
  });
});
