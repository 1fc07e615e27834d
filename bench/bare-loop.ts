/**
 * The practical limit: the same model, the same sampler and the same random numbers as
 * `estimate()`'s interval (scrambled Sobol points in 16 scrambles, docs/method.md §4), written as
 * bare loops over typed arrays, with nothing the library adds (no variable vector, no model plan,
 * no chunking, no progress, no standard error; simple-statistics' quantiles). Like the library it
 * draws a column a variable and evaluates the model in passes (the intensity, its logarithm, its
 * power, the share; the method error's exponentials, the moved shares), so that the processor
 * overlaps the draws' square roots, logarithms and exponentials; one loop doing everything for a
 * draw took three times as long. It reproduces the library's interval bit for bit up to 10^6
 * draws (the bench checks it), so the ratio of the two times is the cost of the library's
 * structure, its standard errors and the rest of the estimate.
 *
 * Only the plan of the bundled Da Nang input is written out: core from ICT revenue × ρ, firm
 * density and IT workforce share given as ratios, no separate platform component.
 */
import { quantile } from 'simple-statistics';
import type { EstimateResult, LocalityInputInit } from '../src/index.js';
import { StudentTInverse } from '../src/math/studentT.js';
import { streamSeed, Xoshiro128StarStar } from '../src/uncertainty/random.js';
import { METHOD_ERROR_STREAM, SOBOL_ORDER, SOBOL_REPLICATES } from '../src/uncertainty/simulate.js';
import { directionNumbers, scrambleDirections } from '../src/uncertainty/sobol.js';

/** One variable of the loop: its name (which keys its scrambles) and its range. */
interface Variable {
  readonly name: string;
  readonly low: number;
  readonly mode: number;
  readonly high: number;
}

/** The variables of the Da Nang plan, in loop order, with the ranges `estimate()` used. */
export interface BareModel {
  readonly variables: readonly Variable[];
  /** The method error of the predictive interval (docs/method.md §4), as `estimate()` used it. */
  readonly methodError: { readonly scale: number; readonly df: number };
}

const ORDER = [
  'grdp',
  'ictRevenue',
  'firmsPerThousand',
  'itWorkforceShare',
  'rho',
  'beta',
  'nationalShare',
  'nationalCore',
  'nationalFirmDensity',
  'nationalItWorkforceShare',
] as const;

const plainValue = (field: unknown, name: string): number => {
  if (typeof field === 'number') return field;
  throw new Error(`bare loop: ${name} must be a plain number in the bench input`);
};

/** The loop's variables for an input and the parameters `estimate()` reports for it. */
export function bareModel(input: LocalityInputInit, result: EstimateResult): BareModel {
  if (input.ictValueAdded !== undefined || input.ictSegments !== undefined)
    throw new Error('bare loop: written for a core from ICT revenue only');
  const fromInput = (name: string): Variable => {
    const value = plainValue((input as unknown as Record<string, unknown>)[name], name);
    return { name, low: value, mode: value, high: value };
  };
  const variables = ORDER.map((name) => {
    const parameter = result.parameters.find((p) => p.name === name);
    return parameter
      ? { name, low: parameter.low, mode: parameter.value, high: parameter.high }
      : fromInput(name);
  });
  return { variables, methodError: result.share.methodError };
}

/**
 * Median and 5–95% predictive interval of `draws` draws, and the parameter interval, with the
 * library's sampler, seeds and arithmetic.
 */
export function bareLoop(model: BareModel, draws: number, seed: number) {
  const { variables } = model;
  const low = Float64Array.from(variables, (v) => v.low);
  const mode = Float64Array.from(variables, (v) => v.mode);
  const high = Float64Array.from(variables, (v) => v.high);
  const drawn = Int32Array.from(variables.flatMap((v, i) => (v.high > v.low ? [i] : [])));
  const streams = Array.from(
    drawn,
    (i) => new Xoshiro128StarStar(streamSeed(seed, `sobol:${(variables[i] as Variable).name}`)),
  );
  const errorStream = new Xoshiro128StarStar(streamSeed(seed, `sobol:${METHOD_ERROR_STREAM}`));
  const dimensionOf = (name: string) => SOBOL_ORDER.indexOf(name) + 1;
  const { scale, df } = model.methodError;
  const inverse = new StudentTInverse(df);
  // The scrambled direction numbers of every drawn dimension of a replicate, 32 each, and the
  // points x (32-bit, the digital shift first).
  const directions = new Int32Array(32 * (drawn.length + 1));
  const x = new Int32Array(drawn.length + 1);
  const shares = new Float64Array(draws);
  const predictive = new Float64Array(draws);
  // One column a drawn variable and one for the method error, a replicate at a time; the model
  // in passes over the columns, as the library evaluates it (loops of independent draws).
  const size = Math.ceil(draws / SOBOL_REPLICATES);
  const columns = Array.from({ length: drawn.length + 1 }, () => new Float64Array(size));
  const intensity = new Float64Array(size);
  const work = new Float64Array(size);
  // A variable's column and index mask: its draws and −1, or its one value and 0.
  const variable = (name: (typeof ORDER)[number]): readonly [Float64Array, number] => {
    const k = drawn.findIndex((i) => (variables[i] as Variable).name === name);
    return k >= 0
      ? [columns[k] as Float64Array, -1]
      : [Float64Array.of(mode[ORDER.indexOf(name)] as number), 0];
  };
  const [grdp, gM] = variable('grdp');
  const [ict, iM] = variable('ictRevenue');
  const [firms, fM] = variable('firmsPerThousand');
  const [workforce, wM] = variable('itWorkforceShare');
  const [rho, rM] = variable('rho');
  const [beta, bM] = variable('beta');
  const [share, sM] = variable('nationalShare');
  const [core, cM] = variable('nationalCore');
  const [firmsN, fnM] = variable('nationalFirmDensity');
  const [workforceN, wnM] = variable('nationalItWorkforceShare');
  const errors = columns[drawn.length] as Float64Array;
  let d = 0;
  for (let r = 0; r < SOBOL_REPLICATES; r++) {
    const m = Math.floor(draws / SOBOL_REPLICATES) + (r < draws % SOBOL_REPLICATES ? 1 : 0);
    if (m === 0) continue;
    drawn.forEach((i, k) => {
      const random = streams[k] as Xoshiro128StarStar;
      const v = directionNumbers(dimensionOf((variables[i] as Variable).name));
      directions.set(scrambleDirections(v, random), 32 * k);
      x[k] = random.nextUint32();
    });
    const e = drawn.length;
    directions.set(
      scrambleDirections(directionNumbers(dimensionOf(METHOD_ERROR_STREAM)), errorStream),
      32 * e,
    );
    x[e] = errorStream.nextUint32();
    // The triangular draws, a column a variable (Gray-code order: point n + 1 differs from
    // point n in the direction number of n + 1's lowest set bit).
    drawn.forEach((i, k) => {
      const target = columns[k] as Float64Array;
      const lo = low[i] as number;
      const hi = high[i] as number;
      const width = hi - lo;
      const left = (mode[i] as number) - lo;
      const right = hi - (mode[i] as number);
      let point = x[k] as number;
      for (let n = 1; n <= m; n++) {
        const u = (point >>> 0) * 2 ** -32 + 2 ** -33;
        point ^= directions[32 * k + 31 - Math.clz32(n & -n)] as number;
        const t =
          u * width < left
            ? lo + Math.sqrt(u * width * left)
            : hi - Math.sqrt((1 - u) * width * right);
        target[n - 1] = Math.min(hi, Math.max(lo, t));
      }
    });
    let point = x[e] as number;
    for (let n = 1; n <= m; n++) {
      errors[n - 1] = inverse.quantile((point >>> 0) * 2 ** -32 + 2 ** -33);
      point ^= directions[32 * e + 31 - Math.clz32(n & -n)] as number;
    }
    // docs/method.md §3, in the order of operations of the library's evaluateTotals(): the
    // intensity, its logarithm, its power, then the share.
    for (let j = 0; j < m; j++)
      intensity[j] = Math.sqrt(
        ((workforce[j & wM] as number) / (workforceN[j & wnM] as number)) *
          ((firms[j & fM] as number) / (firmsN[j & fnM] as number)),
      );
    for (let j = 0; j < m; j++) work[j] = Math.log(intensity[j] as number);
    for (let j = 0; j < m; j++)
      work[j] =
        (intensity[j] as number) > 0 ? Math.exp((beta[j & bM] as number) * (work[j] as number)) : 0;
    for (let j = 0; j < m; j++) {
      let c = ((ict[j & iM] as number) * (rho[j & rM] as number)) / (grdp[j & gM] as number);
      if (c >= 1) c = 1;
      const nationalCore = core[j & cM] as number;
      // No separate platform component in this plan: P_L = P_n = 0 (x − 0 is x, bit for bit).
      const nationalSectoral = Math.max(0, (share[j & sM] as number) - nationalCore);
      const rest = 1 - c;
      let sectoral = (nationalSectoral * (work[j] as number) * rest) / (1 - nationalCore);
      if (sectoral > rest) sectoral = rest;
      shares[d + j] = c + sectoral;
    }
    // The share moved by the method error on the log-odds (shares here are inside (0, 1)): the
    // exponentials first, then the moved shares.
    for (let j = 0; j < m; j++) work[j] = Math.exp(-(scale * (errors[j] as number)));
    for (let j = 0; j < m; j++) {
      const s = shares[d + j] as number;
      predictive[d + j] = 1 / (1 + ((1 - s) / s) * (work[j] as number));
    }
    d += m;
  }
  const [lowShare, median, highShare] = quantile(
    predictive as unknown as number[],
    [0.05, 0.5, 0.95],
  ) as [number, number, number];
  const [parameterLow, parameterHigh] = quantile(shares as unknown as number[], [0.05, 0.95]) as [
    number,
    number,
  ];
  return {
    median,
    low: lowShare,
    high: highShare,
    parameter: { low: parameterLow, high: parameterHigh },
  };
}
