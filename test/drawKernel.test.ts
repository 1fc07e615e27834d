import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { estimate } from '../src/index.js';
import { drawKernel, useDrawKernel } from '../src/math/drawKernel.js';
import { StudentTInverse } from '../src/math/studentT.js';
import { Xoshiro128StarStar } from '../src/uncertainty/random.js';
import { SOBOL_DIMENSIONS, SobolDimension } from '../src/uncertainty/sobol.js';

/** The same computation with the kernel and with its JavaScript twins (the kernel left on). */
function bothWays<T>(compute: () => T): { kernel: T; twins: T } {
  expect(drawKernel()).not.toBeNull();
  const kernel = compute();
  useDrawKernel(false);
  try {
    return { kernel, twins: compute() };
  } finally {
    useDrawKernel(true);
  }
}

/** Bit for bit: every element the same number, −0 and NaN included. */
function expectSameBits(a: Float64Array, b: Float64Array): void {
  expect(a.length).toBe(b.length);
  const differing = Array.from(a).findIndex((x, i) => !Object.is(x, b[i]));
  expect(differing).toBe(-1);
}

/** A triangular range: low < high, the mode anywhere in it, at either end included. */
const range = fc
  .tuple(
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.double({ min: 1e-9, max: 1e6, noNaN: true }),
    fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  )
  .map(([low, width, at]) => ({ low, mode: low + at * width, high: low + width }))
  .filter(({ low, mode, high }) => high > low && mode >= low && mode <= high);

/** The points of one dimension drawn in calls of these sizes, one after the other. */
const calls = fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 4 });

describe('the draw kernel (WebAssembly, src/math/wasm/draws.as.ts)', () => {
  afterEach(() => {
    useDrawKernel(true);
  });

  it('runs in Node', () => {
    expect(drawKernel()).not.toBeNull();
  });

  it('gives the triangular draws of its JavaScript twin, bit for bit, call after call', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: SOBOL_DIMENSIONS }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        range,
        calls,
        (dimension, seed, { low, mode, high }, sizes) => {
          const draws = () => {
            const total = sizes.reduce((a, b) => a + b, 0);
            const sobol = new SobolDimension(dimension, new Xoshiro128StarStar(seed), total);
            const out = new Float64Array(total);
            let at = 0;
            for (const n of sizes) {
              sobol.fillTriangular(out.subarray(at, at + n), n, low, mode, high);
              at += n;
            }
            return out;
          };
          const { kernel, twins } = bothWays(draws);
          expectSameBits(kernel, twins);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the points of its twin, and leaves the dimension where the twin does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: SOBOL_DIMENSIONS }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        calls,
        (dimension, seed, sizes) => {
          const points = () => {
            const total = sizes.reduce((a, b) => a + b, 0);
            const sobol = new SobolDimension(dimension, new Xoshiro128StarStar(seed), total + 7);
            const out = new Float64Array(total + 7);
            let at = 0;
            for (const n of sizes) {
              sobol.fill(out.subarray(at, at + n), n);
              at += n;
            }
            // Seven more by the other loop: the state the first left is the twin's.
            sobol.fillTriangular(out.subarray(at), 7, 0, 0.25, 1);
            return out;
          };
          const { kernel, twins } = bothWays(points);
          expectSameBits(kernel, twins);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("gives Student's t quantiles of its twin, the tables' edges and the extreme points included", () => {
    const edges = [2 ** -33, 1 - 2 ** -33, 0.05, 0.95, 0.5, 0.05 + 2 ** -40, 0.95 - 2 ** -40];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.double({ min: 2 ** -33, max: 1 - 2 ** -33, noNaN: true }), {
          minLength: 1,
          maxLength: 300,
        }),
        (df, us) => {
          const table = new StudentTInverse(df);
          const quantiles = () => {
            const values = Float64Array.from([...edges, ...us]);
            table.fill(values, values.length);
            return values;
          };
          const { kernel, twins } = bothWays(quantiles);
          expectSameBits(kernel, twins);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('grows its memory for a long call and still gives the twin’s numbers after', () => {
    const run = () => {
      const sobol = new SobolDimension(3, new Xoshiro128StarStar(11), 400_010);
      const out = new Float64Array(400_010);
      sobol.fillTriangular(out.subarray(0, 5), 5, 1, 2, 4);
      sobol.fillTriangular(out.subarray(5, 400_005), 400_000, 1, 2, 4);
      sobol.fillTriangular(out.subarray(400_005), 5, 1, 2, 4);
      return out;
    };
    const { kernel, twins } = bothWays(run);
    expectSameBits(kernel, twins);
  });

  it('changes no estimate: the same result with the kernel and without', () => {
    const input = JSON.parse(readFileSync('data/inputs/da-nang-2024.json', 'utf8'));
    const { kernel, twins } = bothWays(() => estimate(input, { draws: 20_000, seed: 5 }));
    expect(kernel).toEqual(twins);
  });

  it('leaves the twins to run where WebAssembly is missing', async () => {
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    try {
      const fresh = await import('../src/math/drawKernel.js');
      expect(fresh.drawKernel()).toBeNull();
      const { SobolDimension: Fresh } = await import('../src/uncertainty/sobol.js');
      const out = new Float64Array(9);
      new Fresh(2, new Xoshiro128StarStar(1), 9).fillTriangular(out, 9, 0, 1, 2);
      expect(out.every((x) => x > 0 && x < 2)).toBe(true);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });

  it('is what its source compiles to (scripts/build-kernel.mjs --check)', () => {
    const check = spawnSync(process.execPath, ['scripts/build-kernel.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  }, 60_000);
});
