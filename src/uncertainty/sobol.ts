import sobolJson from '../../data/sobol.json';
import { drawKernel } from './drawKernel.js';
import type { Xoshiro128StarStar } from './random.js';

/**
 * Scrambled Sobol points (docs/method.md §4): the randomised quasi-Monte Carlo of the interval.
 *
 * Direction numbers are Joe and Kuo's (2008), data/sobol.json; points are generated in Gray-code
 * order with 32-bit integers (Antonov and Saleev), so point n of dimension j is the XOR of the
 * direction numbers of the bits of gray(n). Each dimension is randomised by a random linear
 * matrix scramble (a lower-triangular binary matrix with a unit diagonal applied to its direction
 * numbers, Matoušek 1998) and a digital shift (a random 32-bit word XORed into every point): the
 * points stay a (t, m, s)-net, and each is uniform on (0, 1). Integers and XOR only, so the same
 * seed gives the same bits on every platform.
 */

/** The number of dimensions data/sobol.json provides (dimension 1 and the table's rows). */
export const SOBOL_DIMENSIONS = 1 + sobolJson.dimensions.length;

/** 2^-32, and the half-step that centres a 32-bit point inside its cell. */
const TWO_POW_M32 = 2 ** -32;
const HALF_STEP = 2 ** -33;

/**
 * The 32 direction numbers v_1…v_32 of a dimension (1-based), each as a 32-bit integer whose most
 * significant bit is the first binary digit: v_k = m_k · 2^(32−k), with m_k for k > s from the
 * recurrence of the dimension's primitive polynomial (Bratley and Fox 1988):
 * m_k = 2a_1 m_(k−1) ⊕ 2²a_2 m_(k−2) ⊕ … ⊕ 2^s m_(k−s) ⊕ m_(k−s).
 *
 * @example
 * Array.from(directionNumbers(2).slice(0, 3), (v) => v / 2 ** 32) // => [0.5, 0.75, 0.625]
 */
export function directionNumbers(dimension: number): Uint32Array {
  if (!Number.isInteger(dimension) || dimension < 1 || dimension > SOBOL_DIMENSIONS)
    throw new RangeError(`Sobol dimension ${dimension} is outside 1…${SOBOL_DIMENSIONS}`);
  let v = unscrambled[dimension];
  if (v) return v;
  v = new Uint32Array(32);
  if (dimension === 1) {
    for (let k = 1; k <= 32; k++) v[k - 1] = 2 ** (32 - k);
  } else {
    const { s, a, m } = sobolJson.dimensions[dimension - 2] as {
      s: number;
      a: number;
      m: number[];
    };
    for (let k = 1; k <= Math.min(s, 32); k++)
      v[k - 1] = ((m[k - 1] as number) * 2 ** (32 - k)) >>> 0;
    for (let k = s + 1; k <= 32; k++) {
      const back = v[k - s - 1] as number;
      let value = back ^ (back >>> s);
      for (let j = 1; j <= s - 1; j++) if ((a >>> (s - 1 - j)) & 1) value ^= v[k - j - 1] as number;
      v[k - 1] = value >>> 0;
    }
  }
  unscrambled[dimension] = v;
  return v;
}

/** The unscrambled direction numbers of each dimension, computed once (never written to). */
const unscrambled: Uint32Array[] = [];

/** The scramble's matrix, by columns: scratch space, filled afresh by each call. */
const COLUMNS = new Uint32Array(32);

/**
 * Direction numbers under a random linear matrix scramble: output digit i (from the most
 * significant) is digit i of the input XOR a random subset of the digits before it, the same
 * lower-triangular matrix for every direction number of the dimension. The matrix is drawn by
 * columns, 32 words from `random`: column j (the input's bit j, 31 the most significant) keeps
 * bit j and a random subset of the less significant bits, and a scrambled word is the XOR of the
 * columns of its set bits.
 */
export function scrambleDirections(
  v: Uint32Array,
  random: Xoshiro128StarStar,
  count = v.length,
): Uint32Array {
  const columns = COLUMNS;
  for (let j = 31; j >= 0; j--) {
    const below = j === 0 ? 0 : (0xffffffff >>> (32 - j)) >>> 0;
    columns[j] = ((1 << j) | (random.nextUint32() & below)) >>> 0;
  }
  // Only the first `count` direction numbers (those the points to be drawn use) are scrambled;
  // the matrix takes its 32 words from `random` whatever the count.
  const out = new Uint32Array(count);
  for (let k = 0; k < count; k++) {
    let word = v[k] as number;
    let result = 0;
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      result ^= columns[bit] as number;
      word &= word - 1;
    }
    out[k] = result >>> 0;
  }
  return out;
}

/**
 * One scrambled dimension: the points x_0, x_1, … in Gray-code order, each (x + ½)·2^-32, so that
 * every point lies strictly inside (0, 1). `fill` continues where the last call stopped.
 */
export class SobolDimension {
  private readonly directions: Uint32Array;
  private x: number;
  private index = 0;
  /** The most points this dimension gives (its direction numbers are scrambled for them only). */
  private readonly limit: number;

  /**
   * @param dimension - 1-based dimension of the table.
   * @param random - Draws the scramble (32 words) and the shift (one word); undefined: unscrambled.
   * @param points - The most points that will be drawn (default 2^32 − 1): point n uses the
   * direction numbers up to the highest bit of n, so only those are scrambled.
   */
  constructor(dimension: number, random?: Xoshiro128StarStar, points = 0xffffffff) {
    const v = directionNumbers(dimension);
    const needed = Math.min(32, 32 - Math.clz32(points));
    this.directions = random ? scrambleDirections(v, random, needed) : v;
    this.x = random ? random.nextUint32() : 0;
    this.limit = points;
  }

  /** Refuse to draw past the points the dimension was made for (it has no direction numbers there). */
  private check(count: number): void {
    if (this.index + count > this.limit)
      throw new RangeError(`a Sobol dimension made for ${this.limit} points was asked for more`);
  }

  /**
   * Fill `target[0 … count)` with the triangular draws on [low, high] with mode `mode` at the next
   * `count` points: `fill` and the inverse CDF in one loop (the quasi-Monte Carlo's hot path).
   * The same numbers as `triangular(u, low, mode, high)` of each point u.
   */
  fillTriangular(
    target: Float64Array,
    count: number,
    low: number,
    mode: number,
    high: number,
  ): void {
    this.check(count);
    const width = high - low;
    if (!(width > 0)) {
      this.skip(count);
      target.fill(mode, 0, count);
      return;
    }
    const kernel = drawKernel();
    if (kernel) {
      const at = kernel.scratch(count);
      this.drawWith(count, (v, x, n) => kernel.triangularAt(at, count, v, low, mode, high, x, n));
      target.set(kernel.read(at, count));
      return;
    }
    const left = mode - low;
    const right = high - mode;
    const v = this.directions;
    let x = this.x;
    let n = this.index;
    for (let i = 0; i < count; i++) {
      const u = (x >>> 0) * TWO_POW_M32 + HALF_STEP;
      const draw =
        u * width < left
          ? low + Math.sqrt(u * width * left)
          : high - Math.sqrt((1 - u) * width * right);
      target[i] = Math.min(high, Math.max(low, draw));
      n++;
      x ^= v[31 - Math.clz32(n & -n)] as number;
    }
    this.x = x;
    this.index = n;
  }

  /**
   * Draw the next `count` points by the draw kernel's loop `draw`, given the dimension's direction
   * numbers, its current point x and its index; it returns the point after (the kernel's
   * triangularAt and uniformAt, into its memory).
   */
  drawWith(count: number, draw: (directions: Uint32Array, x: number, n: number) => number): void {
    this.check(count);
    this.x = draw(this.directions, this.x, this.index);
    this.index += count;
  }

  /** Move past `count` points. */
  private skip(count: number): void {
    const v = this.directions;
    let x = this.x;
    let n = this.index;
    for (let i = 0; i < count; i++) {
      n++;
      x ^= v[31 - Math.clz32(n & -n)] as number;
    }
    this.x = x;
    this.index = n;
  }

  /** Fill `target[0 … count)` with the next `count` points, as numbers in (0, 1). */
  fill(target: Float64Array, count: number): void {
    this.check(count);
    const kernel = drawKernel();
    if (kernel) {
      const at = kernel.scratch(count);
      this.drawWith(count, (v, x, n) => kernel.uniformAt(at, count, v, x, n));
      target.set(kernel.read(at, count));
      return;
    }
    const v = this.directions;
    let x = this.x;
    let n = this.index;
    for (let i = 0; i < count; i++) {
      target[i] = (x >>> 0) * TWO_POW_M32 + HALF_STEP;
      n++;
      // gray(n) differs from gray(n − 1) in the lowest set bit of n.
      x ^= v[31 - Math.clz32(n & -n)] as number;
    }
    this.x = x;
    this.index = n;
  }
}
