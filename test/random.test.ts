import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { power } from '../src/model/model.js';
import { EXACT_LIMIT, quantileSink } from '../src/uncertainty/quantiles.js';
import { triangular, Xoshiro128StarStar } from '../src/uncertainty/random.js';

// Golden values from the reference C code with the same seeding, test/fixtures/xoshiro128starstar.c:
//   gcc -O2 -o /tmp/xoshiro test/fixtures/xoshiro128starstar.c && /tmp/xoshiro
const REFERENCE = [
  {
    seed: 0,
    state: [2462723854, 1020716019, 454327756, 1275600319],
    outputs: [3809008728, 1133695204, 53579671, 2891528803, 139681546, 2203266335],
    output1000: 3855962975,
  },
  {
    seed: 1,
    state: [2527132011, 314344336, 2535364964, 2041432039],
    outputs: [2442144158, 3238099751, 3819917871, 2104621829, 2021136066, 4223536128],
    output1000: 4020342576,
  },
  {
    seed: 20240101,
    state: [1232101976, 256168045, 896637335, 267707595],
    outputs: [2354157014, 2488647200, 2988633005, 1746079949, 2171870816, 810942020],
    output1000: 704524770,
  },
  {
    seed: 4294967295,
    state: [920564995, 4230986166, 697614773, 1778835764],
    outputs: [835879718, 1921286648, 2356205009, 1885780724, 980451116, 1053911718],
    output1000: 1166679599,
  },
];

describe('Xoshiro128StarStar', () => {
  it.each(REFERENCE)(
    'new Xoshiro128StarStar($seed) matches the reference C implementation',
    ({ seed, state, outputs, output1000 }) => {
      const generator = new Xoshiro128StarStar(seed);
      expect(generator.state()).toEqual(state);
      expect(outputs.map(() => generator.nextUint32())).toEqual(outputs);
      for (let i = 6; i < 999; i++) generator.nextUint32();
      expect(generator.nextUint32()).toBe(output1000);
    },
  );

  it('next() is the 32-bit output divided by 2^32, in [0, 1)', () => {
    const a = new Xoshiro128StarStar(7);
    const b = new Xoshiro128StarStar(7);
    for (let i = 0; i < 1000; i++) {
      const u = a.next();
      expect(u).toBe(b.nextUint32() / 4294967296);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    }
  });
});

describe('Xoshiro128StarStar.fillTriangular', () => {
  it('gives bit for bit the draws of triangular(next(), low, mode, high), and leaves the stream where they would', () => {
    const bounds = fc
      .tuple(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      )
      .map(([low, width, at]) => [low, low + width * at, low + width] as const);
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 0, max: 300 }),
        bounds,
        (seed, count, [low, mode, high]) => {
          const filled = new Float64Array(count);
          const bulk = new Xoshiro128StarStar(seed);
          bulk.fillTriangular(filled, count, low, mode, high);
          const single = new Xoshiro128StarStar(seed);
          const one = Float64Array.from({ length: count }, () =>
            triangular(single.next(), low, mode, high),
          );
          expect(filled).toEqual(one);
          expect(bulk.state()).toEqual(single.state());
        },
      ),
    );
  });
});

describe('power', () => {
  it("agrees with ** to a relative 1e-14 for the model's range of x and y", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (x, y) => {
          expect(Math.abs(power(x, y) - x ** y)).toBeLessThanOrEqual(1e-14 * x ** y);
        },
      ),
    );
  });

  it('keeps 0^0 = 1 and 0^y = 0 for y > 0 (no NaN from 0 × ln 0)', () => {
    expect(power(0, 0)).toBe(1);
    expect(power(0, 0.5)).toBe(0);
    // 2^0.5 = √2
    expect(power(2, 0.5)).toBeCloseTo(Math.SQRT2, 15);
  });
});

describe('triangular', () => {
  it('triangular(u, a, m, b) inverts the CDF: the mode sits at u = (m − a)/(b − a)', () => {
    // a = 0.3, m = 0.5, b = 0.7: F(m) = (m − a)/(b − a) = 0.5
    expect(triangular(0.5, 0.3, 0.5, 0.7)).toBeCloseTo(0.5, 12);
    // u = 0.125 < 0.5: a + sqrt(u (b − a)(m − a)) = 0.3 + sqrt(0.125 × 0.4 × 0.2) = 0.3 + 0.1 = 0.4
    expect(triangular(0.125, 0.3, 0.5, 0.7)).toBeCloseTo(0.4, 12);
    // u = 0.875: b − sqrt((1 − u)(b − a)(b − m)) = 0.7 − sqrt(0.125 × 0.4 × 0.2) = 0.6
    expect(triangular(0.875, 0.3, 0.5, 0.7)).toBeCloseTo(0.6, 12);
    expect(triangular(0, 0.3, 0.5, 0.7)).toBe(0.3);
  });

  it('triangular(u, v, v, v) returns v: a range of one point is not drawn', () => {
    expect(triangular(0.37, 0.183, 0.183, 0.183)).toBe(0.183);
  });

  it('triangular(u, a, a, b) (mode at the low end) stays within [a, b]', () => {
    for (const u of [0, 0.1, 0.5, 0.999999]) {
      const x = triangular(u, 0.23, 0.23, 0.26);
      expect(x).toBeGreaterThanOrEqual(0.23);
      expect(x).toBeLessThanOrEqual(0.26);
    }
  });
});

describe('quantileSink', () => {
  it('quantileSink(n) for n ≤ EXACT_LIMIT gives type-7 quantiles: (n − 1)p, interpolated', () => {
    const sink = quantileSink(5);
    for (const v of [0.5, 0.1, 0.4, 0.2, 0.3]) sink.add(v);
    // sorted 0.1 0.2 0.3 0.4 0.5; p = 0.05 → position 0.2 → 0.1 + 0.2 × 0.1 = 0.12
    const [low, median, high] = sink.quantiles([0.05, 0.5, 0.95]);
    expect(low).toBeCloseTo(0.12, 12);
    expect(median).toBeCloseTo(0.3, 12);
    expect(high).toBeCloseTo(0.48, 12);
  });

  it('place(n) gives the next n places: draws written there count as added, in order', () => {
    const sink = quantileSink(5);
    sink.add(0.5);
    sink.place?.(3).set([0.1, 0.4, 0.2]);
    sink.addAll(Float64Array.of(0.3), 1);
    // The same five draws as the test above: 0.1 0.2 0.3 0.4 0.5.
    const [low, median, high] = sink.quantiles([0.05, 0.5, 0.95]);
    expect(low).toBeCloseTo(0.1 + 0.2 * (0.2 - 0.1), 15); // position (5 − 1) × 0.05 = 0.2
    expect(median).toBe(0.3);
    expect(high).toBeCloseTo(0.4 + 0.8 * (0.5 - 0.4), 15); // position 3.8
  });

  it('the histogram path (n > EXACT_LIMIT) agrees with exact quantiles to within a bin (2^-20)', () => {
    const n = EXACT_LIMIT + 1;
    const random = new Xoshiro128StarStar(3);
    const values = new Float64Array(n);
    const histogram = quantileSink(n);
    for (let i = 0; i < n; i++) {
      const v = triangular(random.next(), 0.15, 0.23, 0.35);
      values[i] = v;
      histogram.add(v);
    }
    values.sort();
    const exact = [0.05, 0.5, 0.95].map((p) => {
      const position = (n - 1) * p;
      const lower = Math.floor(position);
      const a = values[lower] as number;
      return a + (position - lower) * ((values[lower + 1] ?? a) - a);
    });
    const approximate = histogram.quantiles([0.05, 0.5, 0.95]);
    approximate.forEach((q, i) => {
      expect(Math.abs(q - (exact[i] as number))).toBeLessThan(2 ** -20);
    });
  });

  it('closes replicates on both paths: each replicate’s quantiles, then the pooled ones', () => {
    const at = [0.05, 0.5, 0.95];
    for (const n of [1000, EXACT_LIMIT + 2]) {
      const sink = quantileSink(n, true);
      const random = new Xoshiro128StarStar(5);
      const halves: number[][] = [[], []];
      for (let i = 0; i < n; i++) {
        const v = random.next();
        sink.add(v);
        halves[i < n / 2 ? 0 : 1]?.push(v);
        if (i === n / 2 - 1 || i === n - 1) sink.endReplicate(at);
      }
      const exact = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        return at.map((p) => {
          const position = (sorted.length - 1) * p;
          const lower = Math.floor(position);
          const a = sorted[lower] as number;
          return a + (position - lower) * ((sorted[lower + 1] ?? a) - a);
        });
      };
      const replicates = sink.replicateQuantiles();
      expect(replicates.length).toBe(2);
      const tolerance = n > EXACT_LIMIT ? 2 ** -20 : 1e-15;
      replicates.forEach((q, r) => {
        exact(halves[r] ?? []).forEach((e, i) => {
          expect(Math.abs((q[i] as number) - e)).toBeLessThan(tolerance);
        });
      });
      exact([...(halves[0] ?? []), ...(halves[1] ?? [])]).forEach((e, i) => {
        expect(Math.abs((sink.quantiles(at)[i] as number) - e)).toBeLessThan(tolerance);
      });
    }
  });

  it('the histogram path reports a constant draw exactly (clamped to the draws seen)', () => {
    const sink = quantileSink(EXACT_LIMIT + 10);
    for (let i = 0; i < EXACT_LIMIT + 10; i++) sink.add(1);
    expect(sink.quantiles([0.05, 0.5, 0.95])).toEqual([1, 1, 1]);
  });
});

describe('rangeQuantiles', () => {
  it('gives type-7 quantiles of any range, as a sort would, leaving every value where it was', async () => {
    const { rangeQuantiles } = await import('../src/uncertainty/quantiles.js');
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        fc.nat(5),
        (values, probabilities, offset) => {
          const from = Math.min(offset, values.length - 1);
          const data = Float64Array.from(values);
          const range = Array.from(data.subarray(from)).sort((a, b) => a - b);
          const expected = probabilities.map((p) => {
            const position = (range.length - 1) * p;
            const lower = Math.floor(position);
            const a = range[lower] as number;
            return position === lower
              ? a
              : a + (position - lower) * ((range[lower + 1] as number) - a);
          });
          expect(rangeQuantiles(data, from, data.length, probabilities)).toEqual(expected);
          // Neither reordered nor copied into: the values stay where they were.
          expect(Array.from(data)).toEqual(values);
        },
      ),
    );
  });

  it('keeps values a few units in the last place apart, and denormal spreads, in order', async () => {
    const { rangeQuantiles } = await import('../src/uncertainty/quantiles.js');
    // max − min of 1e-323 once made the buckets' scale Infinity and (v − min) × scale NaN.
    expect(rangeQuantiles(Float64Array.from([1e-323, 0, 5e-324]), 0, 3, [0, 0.5, 1])).toEqual([
      0, 5e-324, 1e-323,
    ]);
    const near = Float64Array.from({ length: 100 }, (_, i) => 1 - i * 2 ** -53);
    expect(rangeQuantiles(near, 0, 100, [0.5])).toEqual([1 - 49.5 * 2 ** -53]);
  });
});

describe('segmentQuantiles', () => {
  /** Type-7 quantiles by a sort: the reference. */
  const bySort = (values: readonly number[], probabilities: readonly number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return probabilities.map((p) => {
      const position = (sorted.length - 1) * p;
      const lower = Math.floor(position);
      const a = sorted[lower] as number;
      return position === lower ? a : a + (position - lower) * ((sorted[lower + 1] as number) - a);
    });
  };

  /** The parts side by side in one array (as a sink keeps its replicates), checked against sorts. */
  const matchesSorts = (
    segmentQuantiles: typeof import('../src/uncertainty/quantiles.js').segmentQuantiles,
    parts: readonly number[][],
    probabilities: readonly number[],
  ) => {
    const data = Float64Array.from(parts.flat());
    let at = 0;
    const segments = parts.map((part) => {
      const segment = { values: data, from: at, to: at + part.length };
      at += part.length;
      return segment;
    });
    const { pooled, each } = segmentQuantiles(segments, probabilities);
    expect(pooled).toEqual(bySort(parts.flat(), probabilities));
    expect(each).toEqual(parts.map((part) => bySort(part, probabilities)));
    return data;
  };

  it('gives the pooled and each segment’s quantiles as sorts would, leaving the values in place', async () => {
    const { segmentQuantiles } = await import('../src/uncertainty/quantiles.js');
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 }),
          { minLength: 1, maxLength: 17 },
        ),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (parts, probabilities) => {
          const data = matchesSorts(segmentQuantiles, parts, probabilities);
          expect(Array.from(data)).toEqual(parts.flat());
        },
      ),
    );
  });

  it('is exact when later segments fall far outside the first segment’s range (the buckets’ span)', async () => {
    const { segmentQuantiles } = await import('../src/uncertainty/quantiles.js');
    fc.assert(
      fc.property(
        // The first segment within 1e-6 (or 1e-300) of 0.5; the others anywhere in ±1e300, so
        // that (v − min) · scale runs from −Infinity to +Infinity and past 2^32, where a
        // truncation to 32 bits would wrap: every draw outside must land in an end bucket.
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 30 }),
        fc.constantFrom(1e-6, 1e-300),
        fc.array(
          fc.array(fc.double({ min: -1e300, max: 1e300, noNaN: true }), {
            minLength: 1,
            maxLength: 40,
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (unit, width, others, probabilities) => {
          matchesSorts(
            segmentQuantiles,
            [unit.map((u) => 0.5 + u * width), ...others],
            probabilities,
          );
        },
      ),
    );
  });

  it('is exact with segments as fine as the pooled buckets (counted alone, then summed) and draws outside the first’s range', async () => {
    const { segmentQuantiles } = await import('../src/uncertainty/quantiles.js');
    const random = new Xoshiro128StarStar(5);
    // Two segments of 40,000: n / 8 = 10,000 → 2^13 buckets (the most); 40,000 / 8 = 5,000 →
    // 2^13 a segment too, so shift = 0 and each segment is counted alone and summed. The second
    // has draws below and above the first's range, some at ±1e300 ((v − min) · scale past 2^32).
    const first = Float64Array.from({ length: 40_000 }, () =>
      triangular(random.next(), 0.2, 0.25, 0.3),
    );
    const second = Float64Array.from({ length: 40_000 }, (_, i) =>
      i % 1_000 === 0
        ? i % 2_000 === 0
          ? 1e300
          : -1e300
        : triangular(random.next(), 0.1, 0.25, 0.4),
    );
    const at = [0.01, 0.05, 0.5, 0.95, 0.99];
    const { pooled, each } = segmentQuantiles(
      [
        { values: first, from: 0, to: first.length },
        { values: second, from: 0, to: second.length },
      ],
      at,
    );
    expect(pooled).toEqual(bySort([...first, ...second], at));
    expect(each).toEqual([bySort(Array.from(first), at), bySort(Array.from(second), at)]);
  });

  it('sorts instead when the spread is too small to bucket (denormals): pooled and each, exact', async () => {
    const { segmentQuantiles } = await import('../src/uncertainty/quantiles.js');
    // max − min = 1e-323: buckets / span overflows, so the draws are sorted (sortedQuantiles).
    const values = Float64Array.from([1e-323, 0, 5e-324, 5e-324, 1e-323, 0]);
    const { pooled, each } = segmentQuantiles(
      [
        { values, from: 0, to: 3 },
        { values, from: 3, to: 6 },
      ],
      [0, 0.5, 1],
    );
    expect(pooled).toEqual([0, 5e-324, 1e-323]);
    expect(each).toEqual([
      [0, 5e-324, 1e-323],
      [0, 5e-324, 1e-323],
    ]);
    expect(Array.from(values)).toEqual([1e-323, 0, 5e-324, 5e-324, 1e-323, 0]);
  });

  it('is exact with the most buckets (2^13) full: 16 segments of 12,500 draws, ties included', async () => {
    const { segmentQuantiles } = await import('../src/uncertainty/quantiles.js');
    const random = new Xoshiro128StarStar(11);
    const arrays = Array.from({ length: 16 }, (_, s) =>
      // Triangular draws rounded to 2^-14 (many ties), one segment shifted up so that the
      // segments' own quantiles differ from the pooled ones.
      Float64Array.from({ length: 12_500 }, () => {
        const u = triangular(random.next(), 0.15, 0.23, 0.35) + (s === 3 ? 0.05 : 0);
        return Math.round(u * 2 ** 14) / 2 ** 14;
      }),
    );
    const at = [0.05, 0.5, 0.95];
    const { pooled, each } = segmentQuantiles(
      arrays.map((values) => ({ values, from: 0, to: values.length })),
      at,
    );
    expect(pooled).toEqual(
      bySort(
        arrays.flatMap((a) => Array.from(a)),
        at,
      ),
    );
    expect(each).toEqual(arrays.map((a) => bySort(Array.from(a), at)));
  });
});
