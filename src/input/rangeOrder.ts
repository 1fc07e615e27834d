import type * as z from 'zod';

/** A number with an optional range; a missing bound is the value itself. */
interface Ranged {
  readonly value: number;
  readonly low?: number | undefined;
  readonly high?: number | undefined;
}

/**
 * Zod check shared by every ranged number (inputs, overrides, reference rows): low ≤ value ≤ high.
 * The issue carries `kind: 'range-order'`, which the message formatter turns into
 * "expected low ≤ value ≤ high, received value …, low …, high …".
 */
export function rangeOrder(ctx: z.core.ParsePayload<Ranged>): void {
  const { value, low = value, high = value } = ctx.value;
  if (!(low <= value && value <= high)) {
    ctx.issues.push({
      code: 'custom',
      message: 'range out of order',
      input: ctx.value,
      params: { kind: 'range-order' },
    });
  }
}
