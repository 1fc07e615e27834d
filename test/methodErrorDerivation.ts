import type { MethodErrorEstimate } from '../src/index.js';

/** The stored precision of the method error's figures in data/parameters.json. */
export function roundMethodError(estimate: MethodErrorEstimate) {
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    scale: r(estimate.scale),
    df: estimate.df,
    revision: r(estimate.revision),
    method: r(estimate.method),
    groups: estimate.groups,
    figures: estimate.figures,
  };
}

/** The derivation text stored beside the figures. */
export function describeMethodError(e: ReturnType<typeof roundMethodError>): string {
  return `validate() on data/validation.json at the default parameters: ${e.figures} published figures with inputs in ${e.groups} locality-years; revision spread tau = ${e.revision} (pooled within locality-years), method error sigma_m = ${e.method}; scale = sqrt(sigma_m^2 + tau^2) = ${e.scale} on the log-odds, Student t with ${e.df} degrees of freedom (docs/method.md §4)`;
}
