import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { methodErrorOf, resolveEstimateOptions } from '../src/estimate/estimate.js';
import { estimate, estimateBatch, type LocalityInputInit } from '../src/index.js';
import { setupFor } from '../src/model/resolveSetup.js';
import { CACHED_DRAWS, DrawCache, simulate } from '../src/uncertainty/simulate.js';
import { daNang2024 } from './helpers.js';

// The columns a DrawCache keeps are the draws a fresh run makes: an interval read from them is
// the fresh run's, bit for bit, whichever rows and frames filled the cache before.
describe('DrawCache', () => {
  const settings = resolveEstimateOptions({}, 'test');
  const methodError = methodErrorOf(settings.reference);
  const setupOf = (input: object) => setupFor(input, settings, 'test');

  it('gives the interval of a fresh run, for any draw count up to CACHED_DRAWS and any seed', () => {
    const setup = setupOf(daNang2024());
    const cache = new DrawCache();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(1000), (draws, seed) => {
        const fresh = simulate(setup, draws, seed, methodError);
        // Twice: once filling the cache, once reading it.
        expect(simulate(setup, draws, seed, methodError, undefined, 'sobol', cache)).toEqual(fresh);
        expect(simulate(setup, draws, seed, methodError, undefined, 'sobol', cache)).toEqual(fresh);
      }),
      { numRuns: 40 },
    );
  });

  it('at CACHED_DRAWS, with a ranged input and without the method error, as a fresh run', () => {
    const ranged = setupOf({
      ...daNang2024(),
      ictRevenue: { value: 39888, low: 36000, high: 42000 },
    });
    const cache = new DrawCache();
    for (const error of [methodError, { scale: 0, df: methodError.df }]) {
      const fresh = simulate(ranged, CACHED_DRAWS, 7, error);
      simulate(setupOf(daNang2024()), CACHED_DRAWS, 7, error, undefined, 'sobol', cache);
      expect(simulate(ranged, CACHED_DRAWS, 7, error, undefined, 'sobol', cache)).toEqual(fresh);
    }
  });

  it('lets a batch give each row the estimate estimate() gives it, in both frames, whatever the rows before', () => {
    const rows = [
      daNang2024(),
      { ...daNang2024(), locality: 'Half', grdp: 68_000 },
      { ...daNang2024(), locality: 'GSO frame', frame: 'gso' as const },
      { ...daNang2024(), locality: 'Earlier', year: 2023, history: undefined },
      {
        ...daNang2024(),
        locality: 'Ranged',
        ictRevenue: { value: 39888, low: 36000, high: 42000 },
      },
      // Other intensities (I_L^β is shared by an estimate's frames, never between rows).
      { ...daNang2024(), locality: 'Fewer IT workers', itWorkforceShare: 0.03 },
      {
        ...daNang2024(),
        locality: 'Ranged workforce',
        itWorkforceShare: { value: 0.077, low: 0.07, high: 0.08 },
      },
      { ...daNang2024(), locality: 'Denser firms', firmsPerThousand: 3.1 },
    ];
    for (const draws of [1_000, 20_000]) {
      const batch = estimateBatch(rows, { draws, seed: 3 });
      expect(batch.errors).toEqual([]);
      for (const row of batch.rows) {
        const alone = estimate(rows[row.row - 1] as LocalityInputInit, { draws, seed: 3 });
        expect(row.share).toEqual(alone.share);
        expect(row.byFrame).toEqual(alone.byFrame);
      }
    }
  });

  it('keeps an estimate’s I_L^β for its other frame only: beginEstimate forgets them', () => {
    const cache = new DrawCache();
    const first = cache.powersFor('k', [4, 4]);
    expect(first.known).toBe(false);
    first.column.fill(0.5, 0, 8);
    // The other frame asks with the same key: the same column, known.
    expect(cache.powersFor('k', [4, 4])).toEqual({ column: first.column, known: true });
    // The next row of a batch starts an estimate: not known, even under the same key.
    cache.beginEstimate();
    expect(cache.powersFor('k', [4, 4]).known).toBe(false);
    // Another key is never known.
    expect(cache.powersFor('other', [4, 4]).known).toBe(false);
  });

  it('gives a shorter run of the same points the first points of each scramble', () => {
    const cache = new DrawCache();
    cache.powersFor('k', [4, 4]).column.set([0, 1, 2, 3, 4, 5, 6, 7]);
    // 2 and 3 points of the two scrambles: the first 2 of the first, the first 3 of the second.
    const shorter = cache.powersFor('k', [2, 3]);
    expect(shorter.known).toBe(true);
    expect(Array.from(shorter.column.subarray(0, 5))).toEqual([0, 1, 4, 5, 6]);
    // More points than were kept in a scramble: computed again.
    expect(cache.powersFor('k', [5, 1]).known).toBe(false);
  });
});
