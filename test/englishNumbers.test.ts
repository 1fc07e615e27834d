import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EnglishNumberOptions, formatEnglish } from '../src/i18n/englishNumbers.js';

// Every option set the reports use (src/i18n/format.ts), and a few more.
const OPTION_SETS: EnglishNumberOptions[] = [
  { maximumFractionDigits: 0 },
  { maximumFractionDigits: 2 },
  { maximumFractionDigits: 4 },
  { maximumFractionDigits: 6 },
  { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'always' },
  { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'always' },
  { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'auto' },
  { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 0 },
  { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'always' },
];

describe('formatEnglish(value, options) writes what Intl.NumberFormat("en-US", options) writes', () => {
  it.each([
    [39888, { maximumFractionDigits: 0 }, '39,888'],
    [0.2349, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }, '23.5%'],
    [0.052, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'always' }, '+0.1'],
    [
      -0.126,
      {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        signDisplay: 'always',
      },
      '-12.6%',
    ],
    [-0, { maximumFractionDigits: 2 }, '-0'],
    [1.005, { maximumFractionDigits: 2 }, '1.01'], // the shortest decimal 1.005, not 1.00499999…
    [2.5, { maximumFractionDigits: 0 }, '3'], // half away from zero
    [-2.5, { maximumFractionDigits: 0 }, '-3'],
  ] as [number, EnglishNumberOptions, string][])('%d with %j is %s', (value, options, text) => {
    expect(formatEnglish(value, options)).toBe(text);
    expect(new Intl.NumberFormat('en-US', options).format(value)).toBe(text);
  });

  it.each(OPTION_SETS.map((o) => [JSON.stringify(o), o] as const))(
    'agrees with Intl for any double below 10^21 in magnitude, with %s',
    (_, options) => {
      const intl = new Intl.NumberFormat('en-US', options);
      const value = fc.oneof(
        fc.double({ min: -1e21, max: 1e21, noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000), // ties at the last digit
        fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 200_000),
      );
      fc.assert(
        fc.property(value, (v) => {
          if (Math.abs(v) >= 1e21) return;
          expect(formatEnglish(v, options)).toBe(intl.format(v));
        }),
        { numRuns: 3000 },
      );
    },
  );
});
