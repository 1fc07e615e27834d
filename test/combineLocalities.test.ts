import { describe, expect, it } from 'vitest';
import { combineLocalities, estimate, InputError, type LocalityInputInit } from '../src/index.js';

const a: LocalityInputInit = {
  locality: 'A',
  year: 2024,
  grdp: 1000,
  ictRevenue: 300,
  digitalFirms: 100,
  population: 50_000,
  itWorkers: 1000,
  labourForce: 30_000,
};
const b: LocalityInputInit = {
  locality: 'B',
  year: 2024,
  grdp: 3000,
  ictRevenue: 100,
  digitalFirms: 50,
  firmsPerThousand: 0.5,
  itWorkers: 500,
  itWorkforceShare: 0.01,
};

describe('combineLocalities([a, b])', () => {
  const merged = combineLocalities([a, b]);

  it('sums money, firms and workers, and derives the missing denominators', () => {
    // B's population = 50 / 0.5 × 1000 = 100,000; its labour force = 500 / 0.01 = 50,000.
    expect(merged).toMatchObject({
      locality: 'A + B',
      year: 2024,
      frame: 'mic',
      unit: 'billion VND',
      grdp: 4000,
      ictRevenue: 400,
      digitalFirms: 150,
      population: 150_000,
      itWorkers: 1500,
      labourForce: 80_000,
    });
    expect(merged.sources?.locality).toMatch(
      /population of B derived as digitalFirms \/ firmsPerThousand × 1000 = 100000/,
    );
  });

  it('estimates exactly as the summed input does', () => {
    const summed: LocalityInputInit = {
      locality: 'A + B',
      year: 2024,
      grdp: 4000,
      ictRevenue: 400,
      digitalFirms: 150,
      population: 150_000,
      itWorkers: 1500,
      labourForce: 80_000,
    };
    expect(estimate(merged).share).toEqual(estimate(summed).share);
    expect(estimate(merged).components).toEqual(estimate(summed).components);
  });

  it('differs from averaging the two shares (0.2039 and 0.0826 average 0.1432; the merged share is 0.1258)', () => {
    const average = (estimate(a).share.point + estimate(b).share.point) / 2;
    expect(estimate(merged).share.point).toBeCloseTo(0.1258, 4);
    expect(average).toBeCloseTo(0.1432, 4);
    // A GRDP-weighted average is wrong too: the intensities, not the shares, combine.
    const weighted = (estimate(a).share.point * 1000 + estimate(b).share.point * 3000) / 4000;
    expect(Math.abs(estimate(merged).share.point - weighted)).toBeGreaterThan(0.001);
  });

  it('gives a locality combined with itself the same shares (everything doubles)', () => {
    expect(estimate(combineLocalities([a, a])).share.point).toBeCloseTo(
      estimate(a).share.point,
      12,
    );
  });

  it('adds ranges bound by bound', () => {
    const ranged = combineLocalities([{ ...a, grdp: { value: 1000, low: 900, high: 1100 } }, b]);
    expect(ranged.grdp).toEqual({ value: 4000, low: 3900, high: 4100 });
  });

  it('rejects inputs of different years, frames or units, naming the input', () => {
    expect(() => combineLocalities([a, { ...b, year: 2023 }])).toThrowErrorMatchingInlineSnapshot(
      `[InputError: combineLocalities: inputs[1].year: expected the same year as inputs[0] (2024), received 2023; combine figures of one year]`,
    );
    expect(() => combineLocalities([a, { ...b, frame: 'gso' }])).toThrow(
      /inputs\[1\]\.frame: expected the same frame as inputs\[0\] \("mic"\)/,
    );
    expect(() => combineLocalities([a, { ...b, unit: 'million VND' }])).toThrow(
      /convert the money fields to one unit first/,
    );
  });

  it('rejects ICT revenue for some localities only', () => {
    const { ictRevenue: _, ...rest } = b;
    expect(() =>
      combineLocalities([a, { ...rest, ictValueAdded: 30 }]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InputError: combineLocalities: inputs[1].ictRevenue: expected ictRevenue for every locality, or for none, received nothing (the field is missing); a sum over some localities only would be too small]`,
    );
  });

  it('derives a count from a ratio and its denominator, rounded and noted', () => {
    const { digitalFirms: _, ...noCount } = a;
    const merged = combineLocalities([{ ...noCount, firmsPerThousand: 2.016 }, b]);
    // A: 2.016 × 50,000 / 1000 = 100.8 → 101 (rounded; bounds 100–101); B: 50 firms.
    expect(merged.digitalFirms).toEqual({ value: 151, low: 150, high: 151 });
    expect(merged.sources?.locality).toMatch(
      /digitalFirms of A derived as firmsPerThousand × population \/ 1000 = 100\.8, rounded to 101/,
    );
  });

  it('rejects a part given only as a ratio: it cannot be weighted', () => {
    const { digitalFirms: _, population: _p, ...ratioOnly } = a;
    expect(() => combineLocalities([{ ...ratioOnly, firmsPerThousand: 2 }, b])).toThrow(
      /inputs\[0\]\.population: expected population or digitalFirms beside firmsPerThousand, received a ratio alone/,
    );
  });

  it('rejects fewer than two inputs and invalid ones', () => {
    expect(() => combineLocalities([a])).toThrow(InputError);
    expect(() => combineLocalities([a, { ...b, grdp: 0 }])).toThrow(
      /inputs\[1\]\.grdp: expected a number > 0/,
    );
  });
});
