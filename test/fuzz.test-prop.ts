import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, InputError, LANGS } from '../src/index.js';
import { numbersIn, runCli } from './helpers.js';

/**
 * The reliability contract, fuzzed: for any input, over the full range of doubles and of shapes,
 * `estimate` either throws an InputError or returns a result whose every number is finite, whose
 * shares are in [0, 1], whose components sum to the point, and whose interval is ordered.
 * `npm test` runs a bounded number of cases; `npm run fuzz` (in CI) runs FUZZ_RUNS of them.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const anyNumber = fc.oneof(
  fc.double(), // every double: NaN, ±Infinity, ±0, subnormals, 1e308
  fc.double({ min: -1e6, max: 1e9, noNaN: true }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: -10, max: 2_000_000 }),
);
const ranged = fc.oneof(
  anyNumber,
  fc.record({ value: anyNumber, low: anyNumber, high: anyNumber }),
  fc.tuple(anyNumber, anyNumber, anyNumber).map(([a, b, c]) => {
    const [low, value, high] = [a, b, c].sort((x, y) => x - y);
    return { value, low, high };
  }),
);
const field = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });

const inputs = fc
  .record({
    locality: fc.oneof(fc.constant('Da Nang'), fc.string(), fc.constant(undefined)),
    year: fc.oneof(fc.integer({ min: 1985, max: 2105 }), fc.double()),
    frame: fc.constantFrom('mic', 'gso', undefined, 'MIC'),
    grdp: field(ranged),
    ictRevenue: field(ranged),
    ictValueAdded: field(ranged),
    platformRevenue: field(ranged),
    digitalFirms: field(ranged),
    population: field(ranged),
    firmsPerThousand: field(ranged),
    itWorkers: field(ranged),
    labourForce: field(ranged),
    itWorkforceShare: field(ranged),
  })
  .map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)));

// Inputs of the right shape whose numbers span the accepted magnitudes end to end (log-uniform,
// with the bounds themselves and subnormal shares), so that the model's arithmetic is what is
// tested: most of these are estimated.
const logUniform = (min: number, max: number) =>
  fc.oneof(
    fc.double({ min: Math.log10(min), max: Math.log10(max), noNaN: true }).map((x) => 10 ** x),
    fc.constantFrom(min, max),
  );
const positive = logUniform(1e-6, 1e18);
/** Inhabitants or members of a labour force: whole, one to 10^10. */
const people = logUniform(1, 1e10).map(Math.round);
const fraction = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: 0, max: 1e-300, noNaN: true }),
);
const orderedRange = (n: fc.Arbitrary<number>) =>
  fc.oneof(
    n,
    fc.tuple(n, n, n).map(([a, b, c]) => {
      const [low, value, high] = [a, b, c].sort((x, y) => x - y);
      return { value, low, high };
    }),
  );
const lowOf = (q: number | { low: number }) => (typeof q === 'number' ? q : q.low);
const centralOf = (q: number | { value: number }) => (typeof q === 'number' ? q : q.value);
const shaped = fc
  .record({
    grdp: orderedRange(positive),
    revenueToGrdp: fc.oneof(fc.double({ min: 0, max: 4, noNaN: true }), fc.constant(0)),
    density: fc.oneof(
      fc.record({ firmsPerThousand: orderedRange(fc.double({ min: 0, max: 1000, noNaN: true })) }),
      fc.record({ population: orderedRange(people), firmsShare: fraction }),
    ),
    workforce: fc.oneof(
      fc.record({ itWorkforceShare: orderedRange(fraction) }),
      fc.record({ labourForce: orderedRange(people), workersShare: fraction }),
    ),
  })
  .map(({ grdp, revenueToGrdp, density, workforce }) => {
    // Possible inputs (docs/method.md §6): revenue × ρ below GRDP, parts below their wholes.
    const { firmsShare, ...place } = density as unknown as Record<string, unknown> & {
      firmsShare?: number;
    };
    const { workersShare, ...work } = workforce as unknown as Record<string, unknown> & {
      workersShare?: number;
    };
    return {
      locality: 'Somewhere',
      year: 2024,
      grdp,
      ictRevenue: Math.min(1e18, centralOf(grdp as never) * revenueToGrdp),
      ...place,
      ...(firmsShare === undefined
        ? {}
        : { digitalFirms: Math.floor(firmsShare * lowOf(place.population as never)) }),
      ...work,
      ...(workersShare === undefined
        ? {}
        : { itWorkers: Math.floor(workersShare * lowOf(work.labourForce as never)) }),
    };
  });

describe('estimate(any input) keeps the contract (fuzz)', () => {
  it.each([
    ['any shape, any number', inputs, 0],
    ['the right shape, every accepted magnitude', shaped, 0.5],
  ] as [string, fc.Arbitrary<Record<string, unknown>>, number][])(
    `%s: throws only InputError, or returns finite numbers, shares in [0, 1], an ordered interval (${RUNS} cases)`,
    (_, arbitrary, leastEstimated) => {
      let tried = 0;
      let estimated = 0;
      fc.assert(
        fc.property(arbitrary, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (input, seed) => {
          tried++;
          let result: ReturnType<typeof estimate>;
          try {
            result = estimate(input as never, { draws: 100, seed });
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
            // The message may quote a received NaN or Infinity, but never an unfilled part.
            expect((error as InputError).message).not.toMatch(/undefined|\{\w+(:\w+)?\}/);
            return;
          }
          for (const { path, value } of numbersIn(result))
            expect(Number.isFinite(value), path).toBe(true);
          const { point, median, low, high } = result.share;
          for (const share of [point, median, low, high, ...Object.values(result.components)]) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
          expect(low).toBeLessThanOrEqual(median);
          expect(median).toBeLessThanOrEqual(high);
          const { core, platform, sectoral } = result.components;
          expect(Math.abs(core + platform + sectoral - point)).toBeLessThan(1e-12);
          estimated++;
        }),
        { numRuns: RUNS },
      );
      // Shaped inputs must mostly be estimated, or the model's arithmetic goes untested.
      expect(estimated / tried).toBeGreaterThanOrEqual(leastEstimated);
    },
    RUNS * 4 + 20_000, // milliseconds: about 1.6 ms a case on this machine (16 scrambles set up each), with room to spare
  );
});

/** A file as a user's editor or spreadsheet might leave it: the JSON, cut, spliced or re-tokenised. */
const fileText = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(inputs, shaped).map((input) => JSON.stringify(input)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        shaped,
        fc.nat(),
        fc.constantFrom('', 'NaN', 'Infinity', ',', '}', '"', '\u0000', '\ufeff'),
      )
      .map(([input, at, splice]) => {
        const text = JSON.stringify(input);
        const cut = at % (text.length + 1);
        return `${text.slice(0, cut)}${splice}${text.slice(cut)}`;
      }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
);
const FORMATS = ['text', 'markdown', 'html', 'json', 'csv'] as const;

describe('the command line keeps the contract (fuzz)', () => {
  it(
    `exits 0 with finite output or 2 with one line naming the problem, in every language and format (${Math.ceil(RUNS / 3)} cases)`,
    async () => {
      let tried = 0;
      let estimated = 0;
      await fc.assert(
        fc.asyncProperty(
          fileText,
          fc.constantFrom(...FORMATS),
          fc.constantFrom(...LANGS),
          fc.integer({ min: 0, max: 2 ** 32 - 1 }),
          async (text, format, lang, seed) => {
            const { code, stdout, stderr } = await runCli(
              [
                'estimate',
                'in.json',
                '--format',
                format,
                '--lang',
                lang,
                '--draws',
                '100',
                '--seed',
                String(seed),
              ],
              { readFile: (path) => (path === 'in.json' ? text : readFileSync(path, 'utf8')) },
            );
            tried++;
            expect([0, 2], stderr).toContain(code);
            expect(stderr).not.toMatch(/\n\s+at |internal error|undefined/);
            if (code === 2) {
              expect(stderr.trimEnd().split('\n')).toHaveLength(1);
              expect(stderr).toMatch(/^digital-economy-share: in\.json ?: /);
              return;
            }
            estimated++;
            expect(stdout.length).toBeGreaterThan(0);
            if (format === 'json') {
              for (const { path, value } of numbersIn(JSON.parse(stdout)))
                expect(Number.isFinite(value), path).toBe(true);
            } else if (!/NaN|Infinity/.test(text)) {
              // A report may quote the input's own text; it never prints a non-finite number.
              expect(stdout).not.toMatch(/NaN|Infinity|undefined/);
            }
          },
        ),
        { numRuns: Math.ceil(RUNS / 3) },
      );
      // Enough files are estimated for the reports' numbers to be tested, not only the errors.
      expect(estimated / tried).toBeGreaterThanOrEqual(0.2);
    },
    RUNS * 10 + 20_000,
  );
});

describe('the breaks the fuzzing campaign found, each an InputError or a finite result now', () => {
  const base = {
    locality: 'Somewhere',
    year: 2024,
    grdp: 151307,
    ictRevenue: 39888,
    firmsPerThousand: 2.35,
    itWorkforceShare: 0.077,
  };
  it('refuses a population of 1e-308 (it gave "NaN% of GRDP"): at least one inhabitant', () => {
    const { firmsPerThousand: _, ...rest } = base;
    // Rounding 1e-308 gives 0, which divides nothing: the hint is the unit, not "round it".
    expect(() =>
      estimate({ ...rest, digitalFirms: 0, population: 1e-308, itWorkforceShare: 0 }),
    ).toThrow(
      'estimate: population: expected a whole number > 0, received 1e-308 (number); no locality comes near this: check the unit of the field (and of GRDP)',
    );
  });
  it('refuses a fractional population or labour force (accepted in silence before)', () => {
    const { firmsPerThousand: _f, itWorkforceShare: _w, ...rest } = base;
    const counts = { digitalFirms: 2556, itWorkers: 40000 };
    expect(() =>
      estimate({ ...rest, ...counts, population: 1245000.5, labourForce: 700000 }),
    ).toThrow(
      'estimate: population: expected a whole number > 0, received 1245000.5 (number); a count is a whole number: round it (1245001) or check the column',
    );
    expect(() =>
      estimate({
        ...rest,
        ...counts,
        population: 1245000,
        labourForce: { value: 7e5, low: 6.5e5, high: 7.2e5 + 0.25 },
      }),
    ).toThrow(
      'estimate: labourForce.high: expected a whole number > 0, received 720000.25 (number)',
    );
  });
  it('refuses revenue of 1e160 (its range overflowed the triangular inverse to NaN)', () => {
    expect(() =>
      estimate({ ...base, ictRevenue: { value: 1e160, low: 1e159, high: 1e161 } }),
    ).toThrow(
      /^estimate: ictRevenue\.value: expected a plausible figure, at most 1,000,000,000,000,000,000, received 1e\+160/,
    );
  });
  it('keeps the draws of a range narrower than 1e-154 inside it (they underflowed to negative values)', () => {
    const result = estimate(
      { ...base, itWorkforceShare: { value: 0, low: 0, high: 4e-162 } },
      { draws: 1000, seed: 3 },
    );
    expect(Number.isFinite(result.share.low)).toBe(true);
    expect(result.share.low).toBeGreaterThanOrEqual(0);
  });
  it('refuses a GRDP of 1e300 (Infinity appeared in the checks)', () => {
    expect(() => estimate({ ...base, grdp: 1e300 })).toThrow(
      /^estimate: grdp: expected a plausible figure, at most/,
    );
  });
});
