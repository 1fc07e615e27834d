// The draw kernel (src/uncertainty/drawKernel.ts): the quasi-Monte Carlo's innermost loops in
// AssemblyScript, compiled to WebAssembly by scripts/build-kernel.mjs into drawsModule.ts.
// Each loop is the same arithmetic, in the same order, as its JavaScript twin (named at each
// function), so the same bits; test/drawKernel.test.ts checks that. Pointers are byte offsets
// into the module's memory, where the JavaScript side copies the inputs and reads the outputs.
// Not TypeScript: f64, u32, usize, load and store are AssemblyScript's (tsconfig excludes it).

// The natural logarithm and the exponential, in the kernel itself: an imported function costs a
// call out of WebAssembly (about 15 ns a draw each, most of the model's time), these a few
// nanoseconds. Each is fdlibm's algorithm (e_log.c and e_exp.c, Sun Microsystems, 1993, freely
// redistributable), as V8 compiles it for Math.log and Math.exp (src/base/ieee754.cc, including
// its exp(1) = e): the same operations in the same order, so Node's and Chromium's bits;
// test/drawKernel.test.ts compares them with Math.log and Math.exp.

const LN2_HI: f64 = 6.9314718036912381649e-1; // 0x3FE62E42 FEE00000
const LN2_LO: f64 = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76
const TWO_54: f64 = 1.8014398509481984e16; // 2^54
const LG1: f64 = 6.66666666666673513e-1; // 0x3FE55555 55555593
const LG2: f64 = 3.999999999940941908e-1; // 0x3FD99999 9997FA04
const LG3: f64 = 2.857142874366239149e-1; // 0x3FD24924 94229359
const LG4: f64 = 2.222219843214978396e-1; // 0x3FCC71C5 1D8E78AF
const LG5: f64 = 1.818357216161805012e-1; // 0x3FC74664 96CB03DE
const LG6: f64 = 1.531383769920937332e-1; // 0x3FC39A09 D078C69F
const LG7: f64 = 1.479819860511658591e-1; // 0x3FC2F112 DF3E5244

/** The high 32 bits of x. */
@inline
function highWord(x: f64): i32 {
  return <i32>(reinterpret<u64>(x) >> 32);
}

/** x with its high 32 bits replaced by `high`. */
@inline
function withHighWord(x: f64, high: i32): f64 {
  return reinterpret<f64>((<u64>(<u32>high) << 32) | (reinterpret<u64>(x) & 0xffffffff));
}

/** ln x (fdlibm's log: x = 2^k (1 + f), then a polynomial in s = f / (2 + f)), inlined. */
@inline
function lnInline(x: f64): f64 {
  let hx = highWord(x);
  const lx = <u32>reinterpret<u64>(x);
  let k: i32 = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO_54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000;
  x = withHighWord(x, hx | (i ^ 0x3ff00000));
  k += i >> 20;
  const f = x - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) {
    if (f === 0) {
      if (k === 0) return 0;
      const dk = <f64>k;
      return dk * LN2_HI + dk * LN2_LO;
    }
    const r = f * f * (0.5 - 0.33333333333333333 * f);
    if (k === 0) return f - r;
    const dk = <f64>k;
    return dk * LN2_HI - ((r - dk * LN2_LO) - f);
  }
  const s = f / (2.0 + f);
  const dk = <f64>k;
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const r = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + r));
    return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
  }
  if (k === 0) return f - s * (f - r);
  return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
}

const O_THRESHOLD: f64 = 7.09782712893383973096e2; // 0x40862E42 FEFA39EF
const U_THRESHOLD: f64 = -7.4513321910194110842e2; // 0xC0874910 D52D3051
const INV_LN2: f64 = 1.442695040888963387; // 0x3FF71547 652B82FE
const P1: f64 = 1.66666666666666019037e-1; // 0x3FC55555 5555553E
const P2: f64 = -2.77777777770155933842e-3; // 0xBF66C16C 16BEBD93
const P3: f64 = 6.61375632143793436117e-5; // 0x3F11566A AF25DE2C
const P4: f64 = -1.6533902205465251539e-6; // 0xBEBBBD41 C5D26BF1
const P5: f64 = 4.13813679705723846039e-8; // 0x3E663769 72BEA4D0
const E: f64 = 2.718281828459045; // 0x4005BF0A 8B145769
const TWO_M1000: f64 = 9.3326361850321887899e-302; // 2^-1000
const TWO_1023: f64 = 8.98846567431157953865e307; // 2^1023

/** 2^k as a double, for a k where 0x3FF00000 + (k << 20) is a normal number's high word. */
@inline
function twoTo(k: i32): f64 {
  return reinterpret<f64>(<u64>(<u32>(0x3ff00000 + (k << 20))) << 32);
}

/** e^x (fdlibm's exp: x = k ln 2 + r, then a rational approximation of e^r), inlined. */
@inline
function expInline(x: f64): f64 {
  const bits = reinterpret<u64>(x);
  let hx = <u32>(bits >> 32);
  const xsb = <i32>(hx >> 31);
  hx &= 0x7fffffff;
  if (hx >= 0x40862e42) {
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | <u32>bits) !== 0) return x + x;
      return xsb === 0 ? x : 0.0;
    }
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0.0;
  }
  let hi: f64 = 0;
  let lo: f64 = 0;
  let k: i32 = 0;
  if (hx > 0x3fd62e42) {
    if (hx < 0x3ff0a2b2) {
      if (x === 1.0) return E;
      hi = x - (xsb === 0 ? LN2_HI : -LN2_HI);
      lo = xsb === 0 ? LN2_LO : -LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      k = <i32>(INV_LN2 * x + (xsb === 0 ? 0.5 : -0.5));
      const t = <f64>k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1.0 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1.0 - ((x * c) / (c - 2.0) - x);
  const y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
  if (k >= -1021) {
    if (k === 1024) return y * 2.0 * TWO_1023;
    return y * twoTo(k);
  }
  return y * twoTo(k + 1000) * TWO_M1000;
}

/** 2^-32, and the half-step that centres a 32-bit point inside its cell. */
const TWO_POW_M32: f64 = 2.3283064365386963e-10;
const HALF_STEP: f64 = 1.1641532182693481e-10;

/** The direction number of the lowest set bit of n (gray(n) ⊕ gray(n − 1)). */
@inline
function direction(directions: usize, n: u32): u32 {
  return load<u32>(directions + ((<usize>(31 - clz<u32>(n & (0 - n)))) << 2));
}

/**
 * SobolDimension.fillTriangular (src/uncertainty/sobol.ts) for a range of positive width: the
 * triangular draws on [low, high] with mode `mode` at the next `count` points of a dimension
 * whose current point is `x` and index `n`, written as f64 from `target`. Returns the new x.
 */
export function triangular(
  target: usize,
  directions: usize,
  count: i32,
  low: f64,
  mode: f64,
  high: f64,
  x: u32,
  n: u32,
): u32 {
  const width = high - low;
  const left = mode - low;
  const right = high - mode;
  for (let i = 0; i < count; i++) {
    const u = <f64>x * TWO_POW_M32 + HALF_STEP;
    const draw =
      u * width < left
        ? low + Math.sqrt(u * width * left)
        : high - Math.sqrt((1 - u) * width * right);
    store<f64>(target + (<usize>i << 3), min(high, max(low, draw)));
    n++;
    x ^= direction(directions, n);
  }
  return x;
}

/** SobolDimension.fill: the next `count` points as numbers in (0, 1). Returns the new x. */
export function uniform(target: usize, directions: usize, count: i32, x: u32, n: u32): u32 {
  for (let i = 0; i < count; i++) {
    store<f64>(target + (<usize>i << 3), <f64>x * TWO_POW_M32 + HALF_STEP);
    n++;
    x ^= direction(directions, n);
  }
  return x;
}

/** The knots of each of StudentTInverse's tables, less one (src/math/studentT.ts). */
const KNOTS: i32 = 1024;
/** StudentTInverse's BODY_SPAN. */
const BODY_SPAN: f64 = 0.45;

/** StudentTInverse's hermite: knot j of the table at `values` (its slopes follow its values). */
@inline
function hermite(values: usize, j: i32, x: f64, h: f64): f64 {
  const slopes = values + ((<usize>(KNOTS + 1)) << 3);
  const at = (<usize>j) << 3;
  const y = 1 - x;
  return (
    (1 + 2 * x) * y * y * load<f64>(values + at) +
    x * y * y * h * load<f64>(slopes + at) +
    x * x * (3 - 2 * x) * load<f64>(values + at + 8) -
    x * x * y * h * load<f64>(slopes + at + 8)
  );
}

/**
 * StudentTInverse.fill: each uniform of target[0 … count) replaced by its quantile, from the
 * tables at `tables` (tail values, tail slopes, body values, body slopes, KNOTS + 1 each);
 * `inverseStep` and `inverseBodyStep` are 1 / step and 1 / bodyStep, as the twin computes them.
 */
export function studentT(
  target: usize,
  count: i32,
  tables: usize,
  step: f64,
  bodyStep: f64,
  inverseStep: f64,
  inverseBodyStep: f64,
): void {
  const body = tables + ((<usize>(2 * (KNOTS + 1))) << 3);
  for (let i = 0; i < count; i++) {
    const at = target + (<usize>i << 3);
    const w = load<f64>(at) - 0.5;
    const a = w < 0 ? -w : w;
    let value: f64;
    if (a <= BODY_SPAN) {
      const x = a * inverseBodyStep;
      const j = min(<f64>(KNOTS - 1), Math.floor(x));
      value = hermite(body, <i32>j, x - j, bodyStep);
    } else {
      const s = -ln(1 - 2 * a) * inverseStep;
      const j = min(<f64>(KNOTS - 1), Math.floor(s));
      value = hermite(tables, <i32>j, s - j, step);
    }
    store<f64>(at, w < 0 ? -value : value);
  }
}

/** ln x, called (exported for the tests' comparison with Math.log). */
export function ln(x: f64): f64 {
  return lnInline(x);
}

/** e^x, called (exported for the tests' comparison with Math.exp). */
export function exp(x: f64): f64 {
  return expInline(x);
}

/** The rest of JavaScript's Math the model reads, imported for the same bits. */
@external('env', 'log1p')
declare function log1p(x: f64): f64;
@external('env', 'pow')
declare function pow(x: f64, y: f64): f64;

/**
 * The views of evaluateTotals' chunk (src/model/model.ts, chunkViews), in this order: each a
 * pointer to a column of draws (mask −1) or to one constant (mask 0), as two i32 at views + 8k.
 */
const GRDP = 0;
const RHO = 1;
const CORE = 2;
const PLATFORM = 3;
const NATIONAL_CORE = 4;
const NATIONAL_PLATFORM = 5;
const NATIONAL_SHARE = 6;
const DENSITY = 7;
const POPULATION = 8;
const WORKFORCE = 9;
const LABOUR = 10;
const NATIONAL_WORKFORCE = 11;
const NATIONAL_DENSITY = 12;
const BETA = 13;

/** View k's pointer (read once a call: the loops' stores might alias it, so it is not hoisted). */
@inline
function pointerOf(views: usize, k: i32): usize {
  return <usize>load<i32>(views + (<usize>k << 3));
}

/** View k's mask. */
@inline
function maskOf(views: usize, k: i32): i32 {
  return load<i32>(views + (<usize>k << 3), 4);
}

/** Draw d of the view of `pointer` and `mask`. */
@inline
function at(pointer: usize, mask: i32, d: i32): f64 {
  return load<f64>(pointer + (<usize>(d & mask) << 3));
}

/**
 * evaluateTotals (src/model/model.ts) for draws 0 … n − 1: the totals S_L at `totals`, in its four
 * passes (I_L into `powered`, then ln I_L, then I_L^β over it, then S_L). `flags`: 1 core from
 * revenue (× ρ), 2 firm density as stated, 4 IT workforce share as stated.
 */
export function totals(views: usize, flags: i32, n: i32, intensity: usize, powered: usize, out: usize): void {
  const fromRevenue = (flags & 1) !== 0;
  const densityRatio = (flags & 2) !== 0;
  const workforceRatio = (flags & 4) !== 0;
  const pDensity = pointerOf(views, DENSITY);
  const mDensity = maskOf(views, DENSITY);
  const pPopulation = pointerOf(views, POPULATION);
  const mPopulation = maskOf(views, POPULATION);
  const pWorkforce = pointerOf(views, WORKFORCE);
  const mWorkforce = maskOf(views, WORKFORCE);
  const pLabour = pointerOf(views, LABOUR);
  const mLabour = maskOf(views, LABOUR);
  const pNationalWorkforce = pointerOf(views, NATIONAL_WORKFORCE);
  const mNationalWorkforce = maskOf(views, NATIONAL_WORKFORCE);
  const pNationalDensity = pointerOf(views, NATIONAL_DENSITY);
  const mNationalDensity = maskOf(views, NATIONAL_DENSITY);
  for (let d = 0; d < n; d++) {
    const density = densityRatio
      ? at(pDensity, mDensity, d)
      : (at(pDensity, mDensity, d) / at(pPopulation, mPopulation, d)) * 1000;
    const workforce = workforceRatio
      ? at(pWorkforce, mWorkforce, d)
      : at(pWorkforce, mWorkforce, d) / at(pLabour, mLabour, d);
    store<f64>(
      intensity + (<usize>d << 3),
      Math.sqrt(
        (workforce / at(pNationalWorkforce, mNationalWorkforce, d)) *
          (density / at(pNationalDensity, mNationalDensity, d)),
      ),
    );
  }
  for (let d = 0; d < n; d++) {
    store<f64>(powered + (<usize>d << 3), lnInline(load<f64>(intensity + (<usize>d << 3))));
  }
  const pBeta = pointerOf(views, BETA);
  const mBeta = maskOf(views, BETA);
  for (let d = 0; d < n; d++) {
    const x = load<f64>(intensity + (<usize>d << 3));
    const b = at(pBeta, mBeta, d);
    const p = powered + (<usize>d << 3);
    store<f64>(p, x > 0 ? expInline(b * load<f64>(p)) : pow(x, b));
  }
  const pRho = pointerOf(views, RHO);
  const mRho = maskOf(views, RHO);
  const pCore = pointerOf(views, CORE);
  const mCore = maskOf(views, CORE);
  const pGrdp = pointerOf(views, GRDP);
  const mGrdp = maskOf(views, GRDP);
  const pNationalCore = pointerOf(views, NATIONAL_CORE);
  const mNationalCore = maskOf(views, NATIONAL_CORE);
  const pNationalPlatform = pointerOf(views, NATIONAL_PLATFORM);
  const mNationalPlatform = maskOf(views, NATIONAL_PLATFORM);
  const pPlatform = pointerOf(views, PLATFORM);
  const mPlatform = maskOf(views, PLATFORM);
  const pNationalShare = pointerOf(views, NATIONAL_SHARE);
  const mNationalShare = maskOf(views, NATIONAL_SHARE);
  for (let d = 0; d < n; d++) {
    const rho = at(pRho, mRho, d);
    const coreValueAdded = fromRevenue ? at(pCore, mCore, d) * rho : at(pCore, mCore, d);
    const grdp = at(pGrdp, mGrdp, d);
    const nationalCore = at(pNationalCore, mNationalCore, d);
    const nationalPlatform = at(pNationalPlatform, mNationalPlatform, d);
    let core = coreValueAdded / grdp;
    if (core >= 1) core = 1;
    let platform = (at(pPlatform, mPlatform, d) * rho) / grdp;
    if (core + platform > 1) platform = 1 - core;
    const nationalSectoral = max<f64>(
      0,
      at(pNationalShare, mNationalShare, d) - nationalCore - nationalPlatform,
    );
    const rest = 1 - core - platform;
    let sectoral =
      (nationalSectoral * load<f64>(powered + (<usize>d << 3)) * rest) /
      (1 - nationalCore - nationalPlatform);
    if (sectoral > rest) sectoral = rest;
    store<f64>(out + (<usize>d << 3), core + platform + sectoral);
  }
}

/** movedShare (src/uncertainty/methodError.ts): a share moved by `error` on the log-odds. */
@inline
function movedShare(share: f64, error: f64, factor: f64): f64 {
  if (share <= 0) return 0;
  if (share >= 1) return 1;
  const ratio = ((1 - share) / share) * factor;
  if (isFinite<f64>(ratio)) return 1 / (1 + ratio);
  const x = ln(share) - log1p(-share) + error;
  return x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x));
}

/**
 * moveInto (src/uncertainty/simulate.ts): moved[d] = withMethodError(totals[d], scale × errors[d])
 * in its two passes, the factors e^(−error) first (into `factors`).
 */
export function move(totals: usize, errors: usize, scale: f64, n: i32, factors: usize, moved: usize): void {
  for (let d = 0; d < n; d++) {
    store<f64>(factors + (<usize>d << 3), exp(-(scale * load<f64>(errors + (<usize>d << 3)))));
  }
  for (let d = 0; d < n; d++) {
    const at = <usize>d << 3;
    store<f64>(
      moved + at,
      movedShare(
        load<f64>(totals + at),
        scale * load<f64>(errors + at),
        load<f64>(factors + at),
      ),
    );
  }
}

// The quantile selection's passes (src/uncertainty/quantiles.ts): a draw's bucket is
// x = (v − min) · scale truncated, clamped to [0, last], the comparisons first (as there).

/** The bucket of the draw v. */
@inline
function bucketOf(v: f64, min: f64, scale: f64, last: i32): i32 {
  const x = (v - min) * scale;
  return x < <f64>last ? (x > 0 ? <i32>x : 0) : last;
}

/** countInto: counts[k] += 1 for the bucket k of each of the n draws at `values`. */
export function countInto(values: usize, n: i32, min: f64, scale: f64, last: i32, counts: usize): void {
  for (let i = 0; i < n; i++) {
    const at = counts + (<usize>bucketOf(load<f64>(values + (<usize>i << 3)), min, scale, last) << 2);
    store<u32>(at, load<u32>(at) + 1);
  }
}

/** countBoth: the pooled bucket k and the segment's own cell k >> shift, each += 1. */
export function countBoth(
  values: usize,
  n: i32,
  min: f64,
  scale: f64,
  last: i32,
  pooled: usize,
  cells: usize,
  shift: i32,
): void {
  for (let i = 0; i < n; i++) {
    const k = bucketOf(load<f64>(values + (<usize>i << 3)), min, scale, last);
    const p = pooled + (<usize>k << 2);
    store<u32>(p, load<u32>(p) + 1);
    const c = cells + (<usize>(k >> shift) << 2);
    store<u32>(c, load<u32>(c) + 1);
  }
}

/** Keep the draw v at its slot's next place, when the slot is one (≥ 0). */
@inline
function keepAt(slot: i32, v: f64, keep: usize, fill: usize): void {
  if (slot >= 0) {
    const f = fill + (<usize>slot << 2);
    const at = load<i32>(f);
    store<f64>(keep + (<usize>at << 3), v);
    store<i32>(f, at + 1);
  }
}

/** collectInto: each draw whose bucket has a slot kept at the slot's next place. */
export function collectInto(
  values: usize,
  n: i32,
  min: f64,
  scale: f64,
  last: i32,
  slots: usize,
  keep: usize,
  fill: usize,
): void {
  for (let i = 0; i < n; i++) {
    const v = load<f64>(values + (<usize>i << 3));
    keepAt(load<i32>(slots + (<usize>bucketOf(v, min, scale, last) << 2)), v, keep, fill);
  }
}

/** collectBoth: collectInto for the pooled slots, then for the segment's own (cell k >> shift). */
export function collectBoth(
  values: usize,
  n: i32,
  min: f64,
  scale: f64,
  last: i32,
  shift: i32,
  slots: usize,
  own: usize,
  keep: usize,
  fill: usize,
): void {
  for (let i = 0; i < n; i++) {
    const v = load<f64>(values + (<usize>i << 3));
    const k = bucketOf(v, min, scale, last);
    keepAt(load<i32>(slots + (<usize>k << 2)), v, keep, fill);
    keepAt(load<i32>(own + (<usize>(k >> shift) << 2)), v, keep, fill);
  }
}

// The t tables themselves (src/math/studentT.ts, StudentTInverse's constructor): knots solved by
// Newton's method on the exact CDF, the same operations in the same order as there.

@external('env', 'atan')
declare function atan(x: f64): f64;
@external('env', 'sin')
declare function sin(x: f64): f64;
@external('env', 'cos')
declare function cos(x: f64): f64;

/** twoSidedCoverage: P(|T| ≤ t) for t ≥ 0 and a whole ν ≥ 1 (A&S 26.7.3–4). */
function twoSidedCoverage(t: f64, nu: i32): f64 {
  const theta = atan(t / Math.sqrt(<f64>nu));
  const s = sin(theta);
  const c = cos(theta);
  const c2 = c * c;
  if (nu % 2 === 0) {
    let term: f64 = 1;
    let sum: f64 = 1;
    for (let k = 2; k <= nu - 2; k += 2) {
      term *= ((<f64>k - 1) / <f64>k) * c2;
      sum += term;
    }
    return s * sum;
  }
  if (nu === 1) return (2 * theta) / Math.PI;
  let term = c;
  let sum = c;
  for (let k = 3; k <= nu - 2; k += 2) {
    term *= ((<f64>k - 1) / <f64>k) * c2;
    sum += term;
  }
  return (2 / Math.PI) * (theta + s * sum);
}

/** densityConstant: Γ((ν+1)/2) / (Γ(ν/2) √(νπ)). */
function densityConstant(nu: i32): f64 {
  let ratio = nu % 2 === 1 ? 1 / Math.sqrt(Math.PI) : Math.sqrt(Math.PI) / 2;
  for (let k = nu % 2 === 1 ? 1 : 2; k < nu; k += 2) ratio *= (<f64>k + 1) / <f64>k;
  return ratio / Math.sqrt(<f64>nu * Math.PI);
}

/** studentTDensity with its constant. */
@inline
function density(t: f64, nu: i32, constant: f64): f64 {
  return constant * exp((-(<f64>nu + 1) / 2) * log1p((t * t) / <f64>nu));
}

/** solveCoverage: Newton's method from `start` for P(|T| ≤ t) = coverage. */
function solveCoverage(start: f64, coverage: f64, nu: i32, constant: f64): f64 {
  let t = start;
  let last = Infinity;
  for (let i = 0; i < 8; i++) {
    const delta = (twoSidedCoverage(t, nu) - coverage) / (2 * density(t, nu, constant));
    if (!(Math.abs(delta) < last)) break;
    t -= delta;
    last = Math.abs(delta);
    if (last <= 1e-14 * Math.abs(t)) break;
  }
  return t;
}

/**
 * StudentTInverse's tables for ν at `tables` (tail values, tail slopes, body values, body slopes,
 * KNOTS + 1 each), with the tail table's step in s and the body's in |u − ½|.
 */
export function studentTTables(tables: usize, nu: i32, step: f64, bodyStep: f64): void {
  const constant = densityConstant(nu);
  const values = tables;
  const slopes = tables + ((<usize>(KNOTS + 1)) << 3);
  const bodyValues = tables + ((<usize>(2 * (KNOTS + 1))) << 3);
  const bodySlopes = tables + ((<usize>(3 * (KNOTS + 1))) << 3);
  let t: f64 = 0;
  for (let j = 0; j <= KNOTS; j++) {
    const s = <f64>j * step;
    const tail = exp(-s) / 2;
    if (j > 0)
      t = solveCoverage(t + step * load<f64>(slopes + (<usize>(j - 1) << 3)), 1 - 2 * tail, nu, constant);
    store<f64>(values + (<usize>j << 3), t);
    store<f64>(slopes + (<usize>j << 3), tail / density(t, nu, constant));
  }
  t = 0;
  for (let j = 0; j <= KNOTS; j++) {
    const w = <f64>j * bodyStep;
    if (j > 0)
      t = solveCoverage(t + bodyStep * load<f64>(bodySlopes + (<usize>(j - 1) << 3)), 2 * w, nu, constant);
    store<f64>(bodyValues + (<usize>j << 3), t);
    store<f64>(bodySlopes + (<usize>j << 3), 1 / density(t, nu, constant));
  }
}
