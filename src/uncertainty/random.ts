/**
 * Seeded pseudo-random numbers for the Monte Carlo.
 *
 * Generator: xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 2021; reference C code at https://prng.di.unimi.it/xoshiro128starstar.c),
 * a 32-bit generator with a 128-bit state and period 2^128 − 1. The four state words are filled
 * from the 32-bit seed by a SplitMix-style sequence: a Weyl sequence with increment 0x9e3779b9
 * passed through MurmurHash3's fmix32 finaliser, so that any seed, including 0, gives a well-mixed
 * non-zero state.
 *
 * Everything is integer arithmetic on 32 bits (`Math.imul`, shifts), so the stream is identical
 * on every platform and engine. A uniform number in [0, 1) is the 32-bit output divided by 2^32.
 */

import { fnv1a } from '../math/hash.js';

const TWO_POW_32 = 4294967296;

/** A source of uniform numbers in [0, 1). */
export interface UniformSource {
  /** The next uniform number in [0, 1). */
  next(): number;
}

/** MurmurHash3's 32-bit finaliser: a bijective mix of a 32-bit word. */
export function fmix32(word: number): number {
  let z = word | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    return fmix32(state);
  };
}

/**
 * The seed of the stream named `name` for a user's seed: fmix32(seed XOR h), h the FNV-1a hash
 * of the name passed through fmix32. The Monte Carlo gives every variable its own stream, keyed by
 * the variable's name, so that giving one input a range changes no other variable's draws, and
 * adding a variable to the model changes none of the existing ones (common random numbers).
 */
export function streamSeed(seed: number, name: string): number {
  return fmix32((seed ^ fmix32(fnv1a(name))) >>> 0);
}

/**
 * xoshiro128** seeded from a 32-bit unsigned integer.
 * `nextUint32()` gives the raw 32-bit output (used by the tests against the reference C code).
 */
export class Xoshiro128StarStar implements UniformSource {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private readonly pick = new Float64Array(2);

  constructor(seed: number) {
    const init = splitmix32(seed);
    this.s0 = init();
    this.s1 = init();
    this.s2 = init();
    this.s3 = init();
  }

  nextUint32(): number {
    const s1 = this.s1;
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /**
   * Fill `target[0 … count)` with triangular draws on [low, high] with mode `mode`: the same
   * numbers, in the same order, as `count` calls of `triangular(next(), low, mode, high)`, with
   * the state kept in locals for the length of the loop (the Monte Carlo's hot path).
   */
  fillTriangular(
    target: Float64Array,
    count: number,
    low: number,
    mode: number,
    high: number,
  ): void {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    const width = high - low;
    const left = mode - low;
    const right = high - mode;
    // Both branches of the inverse CDF are computed and one is picked by index: the comparison
    // is a coin flip for every draw, and a mispredicted branch cost more than the second sqrt.
    // Both arguments are ≥ 0, so neither branch can give NaN.
    const pick = this.pick;
    for (let i = 0; i < count; i++) {
      const x = Math.imul(s1, 5);
      const u = (Math.imul((x << 7) | (x >>> 25), 9) >>> 0) / TWO_POW_32;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      pick[0] = high - Math.sqrt((1 - u) * width * right);
      pick[1] = low + Math.sqrt(u * width * left);
      // Clamped: where width² underflows (a range narrower than about 1e-154), the square root
      // can land a hair outside [low, high] (docs/method.md §4).
      target[i] = Math.min(high, Math.max(low, pick[+(u * width < left)] as number));
    }
    if (width <= 0) target.fill(mode, 0, count);
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  /**
   * Fill `target[0 … count)` with draws of Student's t with `df` degrees of freedom (df > 0), by
   * Bailey's polar method (Bailey 1994, Mathematics of Computation 62, 779–781), exact for every
   * df: draw u, v uniform on (−1, 1) until 0 < w = u² + v² ≤ 1 (a fraction π/4 of pairs), then
   * T = u · √(df (w^(−2/df) − 1) / w). Uniforms only, so the same seed gives the same draws
   * everywhere; the number of uniforms a draw takes depends on the rejections (docs/method.md §4).
   */
  fillStudentT(target: Float64Array, count: number, df: number): void {
    const exponent = -2 / df;
    for (let i = 0; i < count; i++) {
      let u = 0;
      let w = 2;
      while (w > 1 || w === 0) {
        u = 2 * this.next() - 1;
        const v = 2 * this.next() - 1;
        w = u * u + v * v;
      }
      target[i] = u * Math.sqrt((df * (Math.exp(exponent * Math.log(w)) - 1)) / w);
    }
  }

  /** The four state words, for tests that compare with the reference implementation. */
  state(): [number, number, number, number] {
    return [this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0];
  }
}

/**
 * Inverse CDF of the triangular distribution on [low, high] with its mode at `mode`.
 * With low = high it returns that value; u is a uniform number in [0, 1); the result never leaves
 * [low, high], even where the products underflow (ranges narrower than about 1e-154). This is the definition;
 * the Monte Carlo draws with `fillTriangular`, which a test holds to it bit for bit.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const left = mode - low;
  const x =
    u * width < left
      ? low + Math.sqrt(u * width * left)
      : high - Math.sqrt((1 - u) * width * (high - mode));
  return Math.min(high, Math.max(low, x));
}
