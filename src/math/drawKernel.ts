import { DRAWS_MODULE } from './wasm/drawsModule.js';

/**
 * The draw kernel: the quasi-Monte Carlo's innermost loops (a Sobol dimension's points, their
 * triangular draws, Student's t quantiles) compiled to WebAssembly from
 * src/math/wasm/draws.as.ts (README "Speed"). Each gives the same bits as its JavaScript twin
 * (SobolDimension.fillTriangular and fill, StudentTInverse.fill), which it replaces where
 * WebAssembly runs; the twins remain for where it does not (`node --jitless`, a page whose
 * policy forbids it). Compiled JavaScript reaches the kernel's speed only after V8 has run a
 * loop long enough to optimise it; the kernel runs at it from its first draw, which is most of
 * the gain in a fresh process (the command line's).
 *
 * The module is about 1 KB, compiled synchronously on first use. Its memory holds the
 * direction numbers of the dimension being drawn, the t tables last used, and the draws of one
 * call, which are copied out into the caller's array.
 */

/** What the kernel uses of WebAssembly (declared here: the core is typechecked without DOM types). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

/** The module's exports (src/math/wasm/draws.as.ts); pointers are byte offsets into `memory`. */
interface KernelExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  triangular(
    target: number,
    directions: number,
    count: number,
    low: number,
    mode: number,
    high: number,
    x: number,
    n: number,
  ): number;
  uniform(target: number, directions: number, count: number, x: number, n: number): number;
  studentT(
    target: number,
    count: number,
    tables: number,
    step: number,
    bodyStep: number,
    inverseStep: number,
    inverseBodyStep: number,
  ): void;
}

/** Where the memory holds the direction numbers (32 words), the t tables, and a call's draws. */
const DIRECTIONS = 0;
const TABLES = 256;
const DRAWS = 65_536;
const PAGE = 65_536;

/** The kernel's loops on the caller's arrays. */
export class DrawKernel {
  private f64: Float64Array;
  private u32: Uint32Array;
  /** The t tables now in the memory (the same array is not copied again). */
  private tables: Float64Array | undefined;

  constructor(private readonly exports: KernelExports) {
    this.f64 = new Float64Array(exports.memory.buffer);
    this.u32 = new Uint32Array(exports.memory.buffer);
  }

  /** Room for `count` draws (the memory grows; its views are made again). */
  private reserve(count: number): void {
    const need = DRAWS + 8 * count;
    const memory = this.exports.memory;
    if (need > memory.buffer.byteLength) {
      memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE));
    }
    if (this.f64.buffer !== memory.buffer) {
      this.f64 = new Float64Array(memory.buffer);
      this.u32 = new Uint32Array(memory.buffer);
    }
  }

  /** The draws of the last call, into target[0 … count). */
  private copyOut(target: Float64Array, count: number): void {
    target.set(this.f64.subarray(DRAWS / 8, DRAWS / 8 + count));
  }

  /** A Sobol loop's call: the dimension's directions in, `draw`'s draws out; returns its x. */
  private sobol(
    target: Float64Array,
    count: number,
    directions: Uint32Array,
    draw: (exports: KernelExports) => number,
  ): number {
    this.reserve(count);
    this.u32.set(directions, DIRECTIONS / 4);
    const next = draw(this.exports);
    this.copyOut(target, count);
    return next;
  }

  /**
   * SobolDimension.fillTriangular's loop (high > low): the draws of the `count` points after
   * the point `x` of index `n` of the dimension of `directions`, into target. Returns the new x.
   */
  triangular(
    target: Float64Array,
    count: number,
    directions: Uint32Array,
    low: number,
    mode: number,
    high: number,
    x: number,
    n: number,
  ): number {
    return this.sobol(target, count, directions, (k) =>
      k.triangular(DRAWS, DIRECTIONS, count, low, mode, high, x, n),
    );
  }

  /** SobolDimension.fill's loop: the points themselves, in (0, 1). Returns the new x. */
  uniform(
    target: Float64Array,
    count: number,
    directions: Uint32Array,
    x: number,
    n: number,
  ): number {
    return this.sobol(target, count, directions, (k) => k.uniform(DRAWS, DIRECTIONS, count, x, n));
  }

  /**
   * StudentTInverse.fill's loop: each uniform of target[0 … count) replaced by its quantile, from
   * `tables` (tail values, tail slopes, body values, body slopes, 1,025 knots each).
   */
  studentT(
    target: Float64Array,
    count: number,
    tables: Float64Array,
    step: number,
    bodyStep: number,
  ): void {
    this.reserve(count);
    if (this.tables !== tables) {
      this.f64.set(tables, TABLES / 8);
      this.tables = tables;
    }
    this.f64.set(target.subarray(0, count), DRAWS / 8);
    this.exports.studentT(DRAWS, count, TABLES, step, bodyStep, 1 / step, 1 / bodyStep);
    this.copyOut(target, count);
  }
}

/** The kernel once made: undefined before the first use, null where WebAssembly does not run. */
let made: DrawKernel | null | undefined;
/** Off: the twins run instead (useDrawKernel, for tests). */
let enabled = true;

/** The module's bytes, from base64 (no atob or Buffer: the core runs in browsers and Node). */
function moduleBytes(): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const text = DRAWS_MODULE.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let count = 0;
  let at = 0;
  for (const char of text) {
    bits = (bits << 6) | alphabet.indexOf(char);
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes[at++] = (bits >>> count) & 0xff;
    }
  }
  return bytes;
}

/** The kernel, made on first use; null where WebAssembly is missing or refuses the module. */
export function drawKernel(): DrawKernel | null {
  if (!enabled) return null;
  if (made !== undefined) return made;
  made = null;
  const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  if (wasm) {
    try {
      const instance = new wasm.Instance(new wasm.Module(moduleBytes()), {
        env: { log: Math.log },
      });
      made = new DrawKernel(instance.exports as KernelExports);
    } catch {
      made = null;
    }
  }
  return made;
}

/**
 * Turn the kernel off (false) or back on (true), for tests comparing it with its twins; returns
 * whether it was on.
 */
export function useDrawKernel(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}
