import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, type LocalityInputInit } from '../src/index.js';
import { deepFreeze, numbersIn } from './helpers.js';

/**
 * Valid one-locality inputs over a wide range, with either ratios or counts and either frame;
 * possible ones (docs/method.md §6): ICT revenue × ρ below GRDP, no more IT workers than the
 * labour force, no more firms than inhabitants.
 */
const inputArbitrary: fc.Arbitrary<LocalityInputInit> = fc
  .record({
    year: fc.integer({ min: 2019, max: 2027 }),
    frame: fc.constantFrom('mic' as const, 'gso' as const),
    grdp: fc.double({ min: 1, max: 1e7, noNaN: true }),
    revenueToGrdp: fc.double({ min: 0, max: 4, noNaN: true }), // × ρ 0.233: a core below 94%
    digitalFirms: fc.integer({ min: 0, max: 100_000 }),
    density: fc.oneof(
      fc.record({ firmsPerThousand: fc.double({ min: 0, max: 20, noNaN: true }) }),
      fc.record({ population: fc.integer({ min: 1000, max: 1e8 }) }),
    ),
    itWorkers: fc.integer({ min: 0, max: 1_000_000 }),
    workforce: fc.oneof(
      fc.record({ itWorkforceShare: fc.double({ min: 0, max: 0.5, noNaN: true }) }),
      fc.record({ labourForce: fc.integer({ min: 1000, max: 1e8 }) }),
    ),
  })
  .map(({ density, workforce, revenueToGrdp, digitalFirms, itWorkers, ...rest }) => ({
    locality: 'Somewhere',
    ...rest,
    ictRevenue: rest.grdp * revenueToGrdp,
    digitalFirms:
      'population' in density
        ? Math.min(digitalFirms, Math.floor(density.population))
        : digitalFirms,
    itWorkers:
      'labourForce' in workforce
        ? Math.min(itWorkers, Math.floor(workforce.labourForce))
        : itWorkers,
    ...density,
    ...workforce,
  }));

const DRAWS = { draws: 200 };

describe('estimate properties', () => {
  it('keeps every share within [0, 1] and returns only finite numbers', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = estimate(input, DRAWS);
        for (const value of [
          result.share.point,
          result.share.median,
          result.share.low,
          result.share.high,
        ]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        for (const value of Object.values(result.components))
          expect(value).toBeGreaterThanOrEqual(0);
        for (const value of Object.values(result.alternatives))
          expect(value).toBeLessThanOrEqual(1);
        for (const { path, value } of numbersIn(result))
          expect(Number.isFinite(value), path).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('has components that sum to the point estimate', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const { components, share } = estimate(input, DRAWS);
        expect(
          Math.abs(components.core + components.platform + components.sectoral - share.point),
        ).toBeLessThan(1e-12);
      }),
      { numRuns: 100 },
    );
  });

  it('never lowers the share when ICT revenue rises', () => {
    fc.assert(
      fc.property(inputArbitrary, fc.double({ min: 0, max: 1, noNaN: true }), (input, u) => {
        const before = estimate(input, DRAWS).share.point;
        // More revenue, up to what keeps the core possible (revenue × ρ below GRDP: 4 × GRDP).
        const revenue = input.ictRevenue as number;
        const more = revenue + u * (4 * (input.grdp as number) - revenue);
        const after = estimate({ ...input, ictRevenue: more }, DRAWS).share.point;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it('leaves every share unchanged when all money is scaled by k (a change of unit)', () => {
    fc.assert(
      fc.property(inputArbitrary, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (input, k) => {
        const a = estimate(input, DRAWS);
        const b = estimate(
          {
            ...input,
            grdp: (input.grdp as number) * k,
            ictRevenue: (input.ictRevenue as number) * k,
          },
          DRAWS,
        );
        for (const key of ['point', 'median', 'low', 'high'] as const) {
          expect(Math.abs(a.share[key] - b.share[key])).toBeLessThan(1e-9);
        }
        expect(Math.abs(a.components.core - b.components.core)).toBeLessThan(1e-9);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same interval for the same seed, and the seed changes it', () => {
    fc.assert(
      fc.property(inputArbitrary, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (input, seed) => {
        const a = estimate(input, { draws: 300, seed });
        const b = estimate(input, { draws: 300, seed });
        expect(b.share).toEqual(a.share);
        expect(b.sensitivity).toEqual(a.sensitivity);
      }),
      { numRuns: 50 },
    );
    // β alone moves Da Nang's share by 7.8 points: two seeds give different 5% quantiles.
    const input = {
      locality: 'Da Nang',
      year: 2024,
      grdp: 151307,
      ictRevenue: 39888,
      digitalFirms: 2556,
      firmsPerThousand: 2.35,
      itWorkers: 57000,
      itWorkforceShare: 0.077,
    };
    expect(estimate(input, { seed: 1 }).share.low).not.toBe(estimate(input, { seed: 2 }).share.low);
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const frozen = deepFreeze(structuredClone(input));
        const before = JSON.stringify(frozen);
        estimate(frozen, DRAWS);
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps a ranged input’s interval at least as wide as the plain one (same seed)', () => {
    fc.assert(
      fc.property(
        inputArbitrary,
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        (input, spread) => {
          const grdp = input.grdp as number;
          const plain = estimate(input, { draws: 2000 });
          const ranged = estimate(
            {
              ...input,
              grdp: { value: grdp, low: grdp * (1 - spread), high: grdp * (1 + spread) },
            },
            { draws: 2000 },
          );
          expect(ranged.share.point).toBe(plain.share.point);
          // A wider input can only spread the draws: allow Monte Carlo noise of a few draws.
          expect(ranged.share.high - ranged.share.low).toBeGreaterThanOrEqual(
            (plain.share.high - plain.share.low) * 0.9 - 1e-9,
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('evaluateTotals (the interval’s column-wise model) is evaluate(), bit for bit', () => {
  it('gives evaluate(v).total for every draw, under every plan, with any variables drawn, from I_L^β kept too', async () => {
    const { emptyOutput, evaluate, evaluateTotals, totalsOfPowers, VARIABLE_NAMES } = await import(
      '../src/model/model.js'
    );
    const n = 4;
    const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
    const share = fc.double({ min: 0.001, max: 0.3, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({
          coreFrom: fc.constantFrom('revenue', 'valueAdded', 'segments'),
          densityFromRatio: fc.boolean(),
          workforceFromRatio: fc.boolean(),
          platformSeparate: fc.boolean(),
        }),
        fc.array(fc.tuple(positive, share, fc.boolean()), {
          minLength: VARIABLE_NAMES.length,
          maxLength: VARIABLE_NAMES.length,
        }),
        fc.array(fc.double({ min: 0.5, max: 1.5, noNaN: true }), { minLength: n, maxLength: n }),
        (plan, variables, factors) => {
          // National shares and β in (0, 0.3); the rest positive; GRDP large enough for a core < 1.
          const base = Float64Array.from(variables, ([x, s], i) =>
            i >= 11 ? s : i === 0 ? x * 1e3 : x,
          );
          const columns = variables.map(([, , drawn], i) =>
            drawn ? Float64Array.from(factors, (f) => (base[i] as number) * f) : undefined,
          );
          const totals = new Float64Array(n);
          evaluateTotals(base, plan, columns, n, totals);
          for (let d = 0; d < n; d++) {
            const v = Float64Array.from(base, (b, i) => columns[i]?.[d] ?? b);
            expect(totals[d]).toBe(evaluate(v, plan, emptyOutput()).total);
          }
          // Keeping I_L^β, then the totals from them (the other frame's path): the same totals.
          const powered = new Float64Array(n);
          const again = new Float64Array(n);
          evaluateTotals(base, plan, columns, n, again, powered);
          expect(again).toEqual(totals);
          totalsOfPowers(base, plan, columns, powered, n, again.fill(0));
          expect(again).toEqual(totals);
        },
      ),
      { numRuns: 300 },
    );
  });
});
