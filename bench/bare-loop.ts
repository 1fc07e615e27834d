/**
 * The practical limit: the same model and the same random streams as `estimate()`'s Monte Carlo,
 * written as one bare loop over typed arrays, with nothing the library adds (no variable vector,
 * no model plan, no output object, no chunking, no progress). It reproduces the library's
 * interval bit for bit (the bench checks it), so the ratio of the two times is the cost of the
 * library's structure alone.
 *
 * Only the plan of the bundled Da Nang input is written out: core from ICT revenue × ρ, firm
 * density and IT workforce share given as ratios, no separate platform component.
 */
import { quantile } from 'simple-statistics';
import type { EstimateResult, LocalityInputInit } from '../src/index.js';
import { fmix32, streamSeed, Xoshiro128StarStar } from '../src/uncertainty/random.js';
import { METHOD_ERROR_STREAM } from '../src/uncertainty/simulate.js';

/** One variable of the loop: its name (which keys its random stream) and its range. */
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
 * library's seeds and arithmetic. The method error's Student t draws come from the library's
 * generator in one call (its stream and arithmetic are the method's definition, §4).
 */
export function bareLoop(model: BareModel, draws: number, seed: number) {
  const { variables } = model;
  const low = Float64Array.from(variables, (v) => v.low);
  const mode = Float64Array.from(variables, (v) => v.mode);
  const high = Float64Array.from(variables, (v) => v.high);
  const value = Float64Array.from(mode);
  // xoshiro128** state of each drawn variable, seeded as the library seeds it.
  const drawn = Int32Array.from(variables.flatMap((v, i) => (v.high > v.low ? [i] : [])));
  const state = new Int32Array(4 * drawn.length);
  drawn.forEach((i, k) => {
    let weyl = streamSeed(seed, (variables[i] as Variable).name);
    for (let j = 0; j < 4; j++) {
      weyl = (weyl + 0x9e3779b9) | 0;
      state[4 * k + j] = fmix32(weyl);
    }
  });
  const shares = new Float64Array(draws);
  const predictive = new Float64Array(draws);
  const { scale, df } = model.methodError;
  const errors = new Float64Array(draws);
  new Xoshiro128StarStar(streamSeed(seed, METHOD_ERROR_STREAM)).fillStudentT(errors, draws, df);
  for (let d = 0; d < draws; d++) {
    for (let k = 0; k < drawn.length; k++) {
      const b = 4 * k;
      const s0 = state[b] as number;
      const s1 = state[b + 1] as number;
      let s2 = state[b + 2] as number;
      let s3 = state[b + 3] as number;
      const x = Math.imul(s1, 5);
      const u = (Math.imul((x << 7) | (x >>> 25), 9) >>> 0) / 4294967296;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      state[b + 1] = s1 ^ s2;
      state[b] = s0 ^ s3;
      state[b + 2] = s2 ^ t;
      state[b + 3] = (s3 << 11) | (s3 >>> 21);
      const i = drawn[k] as number;
      const lo = low[i] as number;
      const hi = high[i] as number;
      const width = hi - lo;
      const left = (mode[i] as number) - lo;
      value[i] =
        u * width < left
          ? lo + Math.sqrt(u * width * left)
          : hi - Math.sqrt((1 - u) * width * (hi - (mode[i] as number)));
    }
    // docs/method.md §3, in the order of operations of the library's evaluate().
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
    predictive[d] = 1 / (1 + ((1 - share) / share) * Math.exp(-scale * (errors[d] as number)));
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
