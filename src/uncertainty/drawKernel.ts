/**
 * The draw kernel: the quasi-Monte Carlo's innermost loops compiled to WebAssembly from
 * src/uncertainty/wasm/draws.as.ts (README "Speed"): a Sobol dimension's points and their
 * triangular draws, Student's t quantiles, and a chunk's model (evaluateTotals, src/model/model.ts)
 * and method error (moveInto, simulate.ts). Each gives the same bits as its JavaScript twin, which
 * it replaces where WebAssembly runs; the twins remain for where it does not (`node --jitless`, a
 * page whose policy forbids it). Compiled JavaScript reaches the kernel's speed only after V8 has
 * run a loop long enough to optimise it; the kernel runs at it from its first draw, which is most
 * of the gain in a fresh process (the command line's).
 *
 * It also runs the quantile selection's four passes over the draws (quantiles.ts: the counts
 * into buckets and the collection of the draws of the buckets that hold a quantile), on copies of
 * the caller's arrays: the same counts and the same draws kept, in the same order.
 *
 * And it builds Student's t tables (StudentTInverse's knots, by Newton's method on the exact CDF).
 *
 * The module is about 4 KB, compiled synchronously on first use. Its memory holds the direction
 * numbers of the dimension being drawn, the t tables last used, the views of a chunk's model,
 * and a chunk's columns (or the draws of one call, copied out into the caller's array, or a
 * selection pass's draws and counts: no chunk is being drawn while one runs).
 */
import type { StudentTInverse } from '../math/studentT.js';
import { type ModelPlan, viewFlags, viewVariables } from '../model/model.js';
import { DRAWS_MODULE } from './wasm/drawsModule.js';

/** What the kernel uses of WebAssembly (declared here: the core is typechecked without DOM types). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

/** The module's exports (src/uncertainty/wasm/draws.as.ts); pointers are byte offsets into `memory`. */
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
  totals(
    views: number,
    flags: number,
    n: number,
    intensity: number,
    powered: number,
    out: number,
  ): void;
  move(
    totals: number,
    errors: number,
    scale: number,
    n: number,
    factors: number,
    moved: number,
  ): void;
  studentTTables(tables: number, nu: number, step: number, bodyStep: number): void;
  ln(x: number): number;
  exp(x: number): number;
  countInto(
    values: number,
    n: number,
    min: number,
    scale: number,
    last: number,
    counts: number,
  ): void;
  countBoth(
    values: number,
    n: number,
    min: number,
    scale: number,
    last: number,
    pooled: number,
    cells: number,
    shift: number,
  ): void;
  collectInto(
    values: number,
    n: number,
    min: number,
    scale: number,
    last: number,
    slots: number,
    keep: number,
    fill: number,
  ): void;
  collectBoth(
    values: number,
    n: number,
    min: number,
    scale: number,
    last: number,
    shift: number,
    slots: number,
    own: number,
    keep: number,
    fill: number,
  ): void;
}

/** How the quantile selection buckets draws (quantiles.ts): ⌊(v − min) · scale⌋ in [0, last]. */
export interface KernelBucketing {
  readonly min: number;
  readonly scale: number;
  readonly last: number;
  readonly shift: number;
}

/**
 * Where the memory holds the direction numbers (32 words), the t tables (4 × 1,025), a chunk's
 * views (14 pairs of a pointer and a mask) and constants (14), and a call's draws or a chunk's
 * columns (from CHUNK on).
 */
const DIRECTIONS = 0;
const TABLES = 256;
const VIEWS = 33_280;
const CONSTANTS = 33_536;
const CHUNK = 65_536;
const PAGE = 65_536;

/**
 * A chunk of n draws in the kernel's memory: the byte offsets of its drawn columns, of its
 * method errors, and of the totals and moved shares the model writes.
 */
export interface KernelChunk {
  readonly n: number;
  readonly columns: readonly number[];
  readonly errors: number;
  readonly totals: number;
  readonly moved: number;
  /** Work space of the model's passes (I_L, then the factors e^(−error)), and I_L^β. */
  readonly work: number;
  readonly powered: number;
}

/** The kernel's loops, on the caller's arrays or on a chunk's columns in its memory. */
export class DrawKernel {
  private f64: Float64Array;
  private u32: Uint32Array;
  private i32: Int32Array;
  /** The t tables now in the memory (the same table is not copied again). */
  private table: StudentTInverse | undefined;

  constructor(private readonly exports: KernelExports) {
    this.f64 = new Float64Array(exports.memory.buffer);
    this.u32 = new Uint32Array(exports.memory.buffer);
    this.i32 = new Int32Array(exports.memory.buffer);
  }

  /** Room up to byte `end` (the memory grows; its views are made again). */
  private reserve(end: number): void {
    const memory = this.exports.memory;
    if (end > memory.buffer.byteLength) {
      memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
    }
    if (this.f64.buffer !== memory.buffer) {
      this.f64 = new Float64Array(memory.buffer);
      this.u32 = new Uint32Array(memory.buffer);
      this.i32 = new Int32Array(memory.buffer);
    }
  }

  /** The kernel's own ln x (fdlibm's log, as V8's Math.log): for the tests' comparison. */
  ln(x: number): number {
    return this.exports.ln(x);
  }

  /** The kernel's own e^x (fdlibm's exp, as V8's Math.exp): for the tests' comparison. */
  exp(x: number): number {
    return this.exports.exp(x);
  }

  /** The n numbers at byte `at` (a view: valid until the kernel's next call). */
  read(at: number, n: number): Float64Array {
    return this.f64.subarray(at / 8, at / 8 + n);
  }

  /** A chunk of n draws with `drawn` columns, its space reserved. */
  chunk(n: number, drawn: number): KernelChunk {
    const stride = 8 * n;
    const at = (k: number) => CHUNK + stride * k;
    this.reserve(at(drawn + 5));
    return {
      n,
      columns: Array.from({ length: drawn }, (_, k) => at(k)),
      errors: at(drawn),
      totals: at(drawn + 1),
      moved: at(drawn + 2),
      work: at(drawn + 3),
      powered: at(drawn + 4),
    };
  }

  /**
   * SobolDimension.fillTriangular's loop (high > low) at byte `at`: the draws of the `count`
   * points after the point `x` of index `n` of the dimension of `directions`. Returns the new x.
   */
  triangularAt(
    at: number,
    count: number,
    directions: Uint32Array,
    low: number,
    mode: number,
    high: number,
    x: number,
    n: number,
  ): number {
    this.reserve(at + 8 * count);
    this.u32.set(directions, DIRECTIONS / 4);
    return this.exports.triangular(at, DIRECTIONS, count, low, mode, high, x, n);
  }

  /** SobolDimension.fill's loop at byte `at`: the points themselves, in (0, 1). Returns the new x. */
  uniformAt(at: number, count: number, directions: Uint32Array, x: number, n: number): number {
    this.reserve(at + 8 * count);
    this.u32.set(directions, DIRECTIONS / 4);
    return this.exports.uniform(at, DIRECTIONS, count, x, n);
  }

  /** StudentTInverse.fill's loop at byte `at`: each uniform there replaced by its quantile. */
  studentTAt(at: number, count: number, table: StudentTInverse): void {
    this.reserve(at + 8 * count);
    if (this.table !== table) {
      this.f64.set(table.tables, TABLES / 8);
      this.table = table;
    }
    const { step, bodyStep } = table;
    this.exports.studentT(at, count, TABLES, step, bodyStep, 1 / step, 1 / bodyStep);
  }

  /** Where a call outside a chunk draws its `count` numbers (reserved), to copy them out from. */
  scratch(count: number): number {
    this.reserve(CHUNK + 8 * count);
    return CHUNK;
  }

  /**
   * Copies into the scratch for a selection pass: values[from … to), then each of `arrays`'
   * ranges [start, end); returns their byte offsets (values first).
   */
  private copyIn(
    values: Float64Array,
    from: number,
    to: number,
    arrays: readonly [Uint32Array | Int32Array | Float64Array, number, number][],
  ): number[] {
    let end = CHUNK + 8 * (to - from);
    const at = [
      CHUNK,
      ...arrays.map(([array, start, stop]) => {
        const size = array.BYTES_PER_ELEMENT;
        const offset = Math.ceil(end / 8) * 8;
        end = offset + size * (stop - start);
        return offset;
      }),
    ];
    this.reserve(end);
    this.f64.set(values.subarray(from, to), CHUNK / 8);
    arrays.forEach(([array, start, stop], k) => {
      const view =
        array instanceof Float64Array
          ? this.f64
          : array instanceof Int32Array
            ? this.i32
            : this.u32;
      view.set(array.subarray(start, stop), (at[k + 1] as number) / array.BYTES_PER_ELEMENT);
    });
    return at;
  }

  /** Copy array[start … stop) back from byte `at` of the scratch. */
  private copyOut(
    array: Uint32Array | Int32Array | Float64Array,
    start: number,
    stop: number,
    at: number,
  ): void {
    const view =
      array instanceof Float64Array ? this.f64 : array instanceof Int32Array ? this.i32 : this.u32;
    const from = at / array.BYTES_PER_ELEMENT;
    array.set(view.subarray(from, from + stop - start), start);
  }

  /** quantiles.ts's countInto: counts[base + k] += 1 for the bucket k of each of values[from … to). */
  countInto(
    values: Float64Array,
    from: number,
    to: number,
    b: KernelBucketing,
    counts: Uint32Array,
    base: number,
  ): void {
    const end = base + b.last + 1;
    const [v, c] = this.copyIn(values, from, to, [[counts, base, end]]) as [number, number];
    this.exports.countInto(v, to - from, b.min, b.scale, b.last, c);
    this.copyOut(counts, base, end, c);
  }

  /** quantiles.ts's countBoth: pooled[k] and cells[base + (k >> shift)] += 1 for each draw's bucket k. */
  countBoth(
    values: Float64Array,
    from: number,
    to: number,
    b: KernelBucketing,
    pooled: Uint32Array,
    cells: Uint32Array,
    base: number,
  ): void {
    const end = base + (b.last >> b.shift) + 1;
    const [v, p, c] = this.copyIn(values, from, to, [
      [pooled, 0, b.last + 1],
      [cells, base, end],
    ]) as [number, number, number];
    this.exports.countBoth(v, to - from, b.min, b.scale, b.last, p, c, b.shift);
    this.copyOut(pooled, 0, b.last + 1, p);
    this.copyOut(cells, base, end, c);
  }

  /**
   * quantiles.ts's collectInto and collectBoth (with `own`, the segment's slots from `base`):
   * each draw of values[from … to) whose bucket has a slot kept at keep[fill[slot]++].
   */
  collect(
    values: Float64Array,
    from: number,
    to: number,
    b: KernelBucketing,
    slots: Int32Array,
    own: Int32Array | undefined,
    base: number,
    keep: Float64Array,
    fill: Int32Array,
  ): void {
    const own_ = own ?? slots;
    const ownStart = own ? base : 0;
    const [v, s, o, k, f] = this.copyIn(values, from, to, [
      [slots, 0, b.last + 1],
      [own_, ownStart, own ? base + (b.last >> b.shift) + 1 : 0],
      [keep, 0, keep.length],
      [fill, 0, fill.length],
    ]) as [number, number, number, number, number];
    const n = to - from;
    if (own) this.exports.collectBoth(v, n, b.min, b.scale, b.last, b.shift, s, o, k, f);
    else this.exports.collectInto(v, n, b.min, b.scale, b.last, s, k, f);
    this.copyOut(keep, 0, keep.length, k);
    this.copyOut(fill, 0, fill.length, f);
  }

  /**
   * StudentTInverse's tables for ν degrees of freedom, built as its constructor builds them (the
   * same numbers), at the tail table's `step` and the body table's `bodyStep`; a new array.
   */
  studentTTables(nu: number, step: number, bodyStep: number, length: number): Float64Array {
    // Built where the tables are read from (a chunk's columns may be in the scratch), which then
    // holds no StudentTInverse's.
    this.table = undefined;
    this.exports.studentTTables(TABLES, nu, step, bodyStep);
    return this.read(TABLES, length).slice();
  }

  /** `studentTAt` on target[0 … count), in place. */
  studentT(target: Float64Array, count: number, table: StudentTInverse): void {
    const at = this.scratch(count);
    this.f64.set(target.subarray(0, count), at / 8);
    this.studentTAt(at, count, table);
    target.set(this.read(at, count));
  }

  /**
   * A chunk's shares: evaluateTotals' totals S_L under `plan`, each variable read from its drawn
   * column (`columns[i]`, the column's offset, by variable index) or from `base`, and, when
   * `scale` > 0, moveInto's shares moved by scale × the chunk's errors.
   */
  shares(
    chunk: KernelChunk,
    base: Float64Array,
    plan: ModelPlan,
    columns: readonly (number | undefined)[],
    scale: number,
  ): void {
    viewVariables(plan).forEach((i, k) => {
      const column = i === undefined ? undefined : columns[i];
      if (column === undefined) {
        // A variable that keeps its value (a plan without a separate platform reads 0).
        this.f64[CONSTANTS / 8 + k] = i === undefined ? 0 : (base[i] as number);
        this.i32[VIEWS / 4 + 2 * k] = CONSTANTS + 8 * k;
        this.i32[VIEWS / 4 + 2 * k + 1] = 0;
      } else {
        this.i32[VIEWS / 4 + 2 * k] = column;
        this.i32[VIEWS / 4 + 2 * k + 1] = -1;
      }
    });
    const { n } = chunk;
    this.exports.totals(VIEWS, viewFlags(plan), n, chunk.work, chunk.powered, chunk.totals);
    if (scale > 0) this.exports.move(chunk.totals, chunk.errors, scale, n, chunk.work, chunk.moved);
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
        env: {
          log1p: Math.log1p,
          pow: Math.pow,
          atan: Math.atan,
          sin: Math.sin,
          cos: Math.cos,
        },
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
