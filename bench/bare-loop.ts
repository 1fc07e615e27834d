/**
 * The practical limit: the same model, the same sampler and the same random numbers as
 * `estimate()`'s interval (scrambled Sobol points in 16 scrambles, docs/method.md §4), written as
 * one bare loop over typed arrays, with nothing the library adds (no variable vector, no model
 * plan, no chunking, no progress, no standard error). It reproduces the library's interval bit for
 * bit up to 10^6 draws (the bench checks it), so the ratio of the two times is the cost of the
 * library's structure, its standard errors and the rest of the estimate.
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
  const value = Float64Array.from(mode);
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
    for (let n = 1; n <= m; n++, d++) {
      const bit = 31 - Math.clz32(n & -n);
      for (let k = 0; k < drawn.length; k++) {
        const i = drawn[k] as number;
        const u = ((x[k] as number) >>> 0) * 2 ** -32 + 2 ** -33;
        x[k] = (x[k] as number) ^ (directions[32 * k + bit] as number);
        const lo = low[i] as number;
        const hi = high[i] as number;
        const width = hi - lo;
        const left = (mode[i] as number) - lo;
        const t =
          u * width < left
            ? lo + Math.sqrt(u * width * left)
            : hi - Math.sqrt((1 - u) * width * (hi - (mode[i] as number)));
        value[i] = Math.min(hi, Math.max(lo, t));
      }
      const ue = ((x[e] as number) >>> 0) * 2 ** -32 + 2 ** -33;
      x[e] = (x[e] as number) ^ (directions[32 * e + bit] as number);
      // docs/method.md §3, in the order of operations of the library's evaluateTotals().
      const grdp = value[0] as number;
      let core = ((value[1] as number) * (value[4] as number)) / grdp;
      if (core >= 1) core = 1;
      const nationalCore = value[7] as number;
      // No separate platform component in this plan: P_L = P_n = 0 (x − 0 is x, bit for bit).
      const nationalSectoral = Math.max(0, (value[6] as number) - nationalCore);
      const workforceLQ = (value[3] as number) / (value[9] as number);
      const firmsLQ = (value[2] as number) / (value[8] as number);
      const intensity = Math.sqrt(workforceLQ * firmsLQ);
      const rest = 1 - core;
      const powered = intensity > 0 ? Math.exp((value[5] as number) * Math.log(intensity)) : 0;
      let sectoral = (nationalSectoral * powered * rest) / (1 - nationalCore);
      if (sectoral > rest) sectoral = rest;
      const share = core + sectoral;
      shares[d] = share;
      // The share moved by the method error on the log-odds (shares here are inside (0, 1)).
      predictive[d] = 1 / (1 + ((1 - share) / share) * Math.exp(-scale * inverse.quantile(ue)));
    }
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
