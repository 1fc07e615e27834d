import type { SensitivityEntry } from '../types.js';
import { emptyOutput, evaluate, INDEX } from './model.js';
import type { Setup } from './setup.js';

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
