import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { estimate } from '../src/index.js';
import { StudentTInverse } from '../src/math/studentT.js';
import { evaluateTotals, type ModelPlan, VARIABLE_NAMES } from '../src/model/model.js';
import { drawKernel, useDrawKernel } from '../src/uncertainty/drawKernel.js';
import { withMethodError } from '../src/uncertainty/methodError.js';
import {
  countSizes,
  planSelection,
  ranksAt,
  type Segment,
  segmentQuantiles,
  segmentsOf,
  tallySegment,
} from '../src/uncertainty/quantiles.js';
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

describe('the draw kernel (WebAssembly, src/uncertainty/wasm/draws.as.ts)', () => {
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

  it('computes ln and exp as Math.log and Math.exp do, bit for bit, over every kind of double', () => {
    const kernel = drawKernel();
    if (!kernel) throw new Error('no kernel');
    const same = (x: number) => {
      expect(Object.is(kernel.ln(x), Math.log(x)), `ln(${x})`).toBe(true);
      expect(Object.is(kernel.exp(x), Math.exp(x)), `exp(${x})`).toBe(true);
    };
    // Each branch of fdlibm's log and exp: zeros, subnormals, 1 and its neighbours (|f| < 2^-20),
    // the reduction's edges at ½ ln 2 and 1.5 ln 2, |x| < 2^-28, exp(1) = e, the overflow and
    // underflow thresholds and the k = 1024 and k < −1021 scalings, infinities and NaN.
    for (const x of [
      0,
      5e-324,
      2.2250738585072014e-308,
      2.225073858507201e-308,
      1,
      1 + 2 ** -52,
      1 - 2 ** -53,
      1 + 2 ** -21,
      0.5 * Math.LN2,
      1.5 * Math.LN2,
      2 ** -28,
      2 ** -29,
      Math.E,
      709.782712893384,
      709.7827128933841,
      709.5,
      745.1332191019411,
      745.1332191019412,
      708.5,
      720,
      1e300,
      Number.MAX_VALUE,
      Number.POSITIVE_INFINITY,
      Number.NaN,
    ]) {
      same(x);
      same(-x);
    }
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (low, high) => {
          words[0] = low;
          words[1] = high;
          same(bits[0] as number);
        },
      ),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(
        fc.double({ min: -800, max: 800 }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        (x, y) => {
          same(x);
          same(y);
          same(1 + (y - 2) * 2 ** -19);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('gives the model’s totals and moved shares of evaluateTotals and withMethodError, under every plan', () => {
    const kernel = drawKernel();
    if (!kernel) throw new Error('no kernel');
    const positive = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({
          coreFrom: fc.constantFrom('revenue' as const, 'valueAdded' as const, 'segments' as const),
          densityFromRatio: fc.boolean(),
          workforceFromRatio: fc.boolean(),
          platformSeparate: fc.boolean(),
        }),
        fc.array(positive, { minLength: VARIABLE_NAMES.length, maxLength: VARIABLE_NAMES.length }),
        fc.array(unit, { minLength: 8, maxLength: 8 }),
        fc.array(fc.boolean(), {
          minLength: VARIABLE_NAMES.length,
          maxLength: VARIABLE_NAMES.length,
        }),
        fc.integer({ min: 1, max: 300 }),
        fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 3, noNaN: true })),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (plan: ModelPlan, values, u, drawnFlags, n, scale, seed) => {
          const random = new Xoshiro128StarStar(seed);
          const base = Float64Array.from(values);
          const set = (name: string, value: number) => {
            base[VARIABLE_NAMES.indexOf(name as (typeof VARIABLE_NAMES)[number])] = value;
          };
          // Shares as inputs give them (a core and a platform well below GRDP, national shares
          // that leave 1 − C_n − P_n positive), so that every term reaches the total; the caps
          // are reached too where the draws push the core past the rest.
          const grdp = 1e4 + 1e6 * (u[0] as number);
          set('grdp', grdp);
          for (const name of ['ictRevenue', 'ictValueAdded', 'ictSegments'])
            set(name, grdp * 0.6 * (u[1] as number));
          set('rho', 0.1 + 0.4 * (u[2] as number));
          set('platformRevenue', grdp * 0.2 * (u[3] as number));
          set('nationalShare', 0.1 + 0.2 * (u[4] as number));
          set('nationalCore', 0.09 * (u[5] as number));
          set('nationalPlatform', 0.01 * (u[6] as number));
          set('beta', 0.1 + 1.4 * (u[7] as number));
          const columns = drawnFlags.map((drawn, i) =>
            drawn
              ? Float64Array.from({ length: n }, () => (base[i] as number) * (0.5 + random.next()))
              : undefined,
          );
          const errors = Float64Array.from({ length: n }, () => 6 * random.next() - 3);
          const expected = new Float64Array(n);
          evaluateTotals(base, plan, columns, n, expected);
          const drawnColumns = columns.filter((c) => c !== undefined);
          const chunk = kernel.chunk(n, drawnColumns.length);
          let k = 0;
          const offsets = columns.map((column) => {
            if (!column) return undefined;
            const at = chunk.columns[k++] as number;
            kernel.read(at, n).set(column);
            return at;
          });
          kernel.read(chunk.errors, n).set(errors);
          kernel.shares(chunk, base, plan, offsets, scale);
          expectSameBits(Float64Array.from(kernel.read(chunk.totals, n)), expected);
          if (scale > 0) {
            const moved = expected.map((total, d) =>
              withMethodError(total, scale * (errors[d] as number)),
            );
            expectSameBits(Float64Array.from(kernel.read(chunk.moved, n)), moved);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('moves shares at movedShare’s edges as it does: 0, 1, a share near 0 with a large error', () => {
    const kernel = drawKernel();
    if (!kernel) throw new Error('no kernel');
    // 1e-300 at −700 and 5e-324 at 700 or 800: (1 − p)/p overflows; 0.5 and 0.9 at −710 and
    // −712: e^(−error) does; each takes movedShare's log-odds path, on both of its sides.
    const totals = [0, 1, 1e-300, 5e-324, 5e-324, 1e-310, 0.5, 0.9, 0.5, 1 - 2 ** -53];
    const errors = [2, -2, -700, 800, 700, 710, -710, -712, 3, -3];
    const n = totals.length;
    // Totals as the model gives them for a national share s and nothing else: core 0, platform 0,
    // I_L = 1 (β = 0), so S_L = s · 1 · 1 / 1 = s.
    const plan: ModelPlan = {
      coreFrom: 'valueAdded',
      densityFromRatio: true,
      workforceFromRatio: true,
      platformSeparate: false,
    };
    const base = new Float64Array(VARIABLE_NAMES.length).fill(1);
    const at = (name: string) => VARIABLE_NAMES.indexOf(name as (typeof VARIABLE_NAMES)[number]);
    base[at('ictValueAdded')] = 0;
    base[at('nationalCore')] = 0;
    base[at('beta')] = 0;
    const chunk = kernel.chunk(n, 1);
    kernel.read(chunk.columns[0] as number, n).set(totals);
    kernel.read(chunk.errors, n).set(errors);
    const columns: (number | undefined)[] = [];
    columns[at('nationalShare')] = chunk.columns[0];
    kernel.shares(chunk, base, plan, columns, 1);
    expectSameBits(Float64Array.from(kernel.read(chunk.totals, n)), Float64Array.from(totals));
    expectSameBits(
      Float64Array.from(kernel.read(chunk.moved, n)),
      Float64Array.from(totals, (t, d) => withMethodError(t, errors[d] as number)),
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
          const values = Float64Array.from([...edges, ...us]);
          const twins = values.map((u) => table.quantile(u));
          drawKernel()?.studentT(values, values.length, table);
          expectSameBits(values, twins);
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

  it("builds Student's t tables as StudentTInverse's constructor does, for every ν", () => {
    const kernel = drawKernel();
    if (!kernel) throw new Error('no kernel');
    const { STEP, BODY_STEP, LENGTH } = StudentTInverse;
    for (const nu of [...Array.from({ length: 40 }, (_, k) => k + 1), 57, 100, 351, 1000]) {
      const built = kernel.studentTTables(nu, STEP, BODY_STEP, LENGTH);
      expectSameBits(built, new StudentTInverse(nu).tables);
    }
  });

  it('counts and selects the quantiles as the selection’s loops do, for every kind of plan', () => {
    // Segments of 1,024 draws and more go to the kernel: one segment (counted alone), many
    // (each also into its own coarser cells), and long ones (counted alone and summed). Ties,
    // and draws outside the first segment's range (the end buckets), included.
    const AT = [0.05, 0.5, 0.95];
    const sizes = fc.oneof(
      fc.array(fc.integer({ min: 1, max: 6000 }), { minLength: 1, maxLength: 16 }),
      fc.constant([40_000, 40_000, 1500]),
    );
    fc.assert(
      fc.property(sizes, fc.integer(), fc.boolean(), (lengths, seed, coarse) => {
        const n = lengths.reduce((a, b) => a + b, 0);
        const values = new Float64Array(n);
        const random = new Xoshiro128StarStar(seed >>> 0);
        for (let i = 0; i < n; i++) {
          const u = random.next();
          values[i] = coarse
            ? Math.round(u * 40) / 40
            : 0.1 + 0.2 * u * u * (i < (lengths[0] as number) ? 1 : 1.3);
        }
        const segments = segmentsOf(values, lengths);
        const select = () => {
          const quantiles = segmentQuantiles(segments, AT);
          const plan = planSelection(segments[0] as Segment, lengths);
          if (!plan) return { quantiles };
          const size = countSizes(lengths);
          const counts = {
            cells: new Uint32Array(size.cells),
            pooled: new Uint32Array(size.pooled),
            tallied: {
              buckets: new Int32Array(ranksAt(AT) * lengths.length),
              before: new Float64Array(ranksAt(AT) * lengths.length),
            },
          };
          segments.forEach((segment, r) => {
            tallySegment(plan, r, segment, counts, AT);
          });
          return { quantiles, counts };
        };
        const { kernel, twins } = bothWays(select);
        expect(kernel).toEqual(twins);
      }),
      { numRuns: 60 },
    );
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
      const fresh = await import('../src/uncertainty/drawKernel.js');
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
