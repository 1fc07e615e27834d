import { emptyOutput, evaluate, INDEX } from '../model/model.js';
import type { Setup } from '../model/setup.js';

/**
 * One-at-a-time sensitivity (tornado): for each parameter and ranged input, the point estimate
 * with that variable at the low and at the high end of its range, every other variable at its
 * value. Sorted by swing, largest first (ties by name, so the order is stable).
 */
export function sensitivity(setup: Setup): SensitivityEntry[] {
  const vector = Float64Array.from(setup.base);
  const out = emptyOutput();
  const entries: SensitivityEntry[] = [];
  for (const variable of setup.variables) {
    if (!(variable.high > variable.low)) continue;
    const index = INDEX[variable.name];
    vector[index] = variable.low;
    const low = evaluate(vector, setup.plan, out).total;
    vector[index] = variable.high;
    const high = evaluate(vector, setup.plan, out).total;
    vector[index] = variable.value;
    entries.push({
      name: variable.name,
      kind: variable.kind,
      low,
      high,
      swing: Math.abs(high - low),
      range: { low: variable.low, value: variable.value, high: variable.high },
    });
  }
  return entries.sort((a, b) => b.swing - a.swing || a.name.localeCompare(b.name));
}

/**
 * One-at-a-time swing of the point estimate when one parameter or ranged input moves across its range.
 *
 * @example
 * estimate(daNang2024).sensitivity[0]
 * // => { name: 'beta', kind: 'parameter', low: 0.2004…, high: 0.2780…, swing: 0.0775…, range: { low: 0.3, value: 0.5, high: 0.7 } }
 */
export interface SensitivityEntry {
  readonly name: string;
  readonly kind: 'parameter' | 'input';
  /** Point estimate with the variable at the low end of its range. */
  readonly low: number;
  /** Point estimate with the variable at the high end of its range. */
  readonly high: number;
  /** |high − low|, in share units. */
  readonly swing: number;
  /** The variable's own range. */
  readonly range: { readonly low: number; readonly value: number; readonly high: number };
}
