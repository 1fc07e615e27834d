import type { RangedNumber } from './schemas.js';

/**
 * A figure that may be given as a plain number or as a range `{ value, low, high }`
 * (docs/method.md §2): the one place that unwraps it.
 */

/** A ranged figure's three numbers (a plain number is its own range). */
export interface Range {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** The figure as a range: `7` is `{ value: 7, low: 7, high: 7 }`. */
export function rangeOf(quantity: RangedNumber): Range {
  return typeof quantity === 'number'
    ? { value: quantity, low: quantity, high: quantity }
    : quantity;
}

/** The figure's central value; undefined when it is not given. */
export function plainValue(quantity: RangedNumber): number;
export function plainValue(quantity: RangedNumber | undefined): number | undefined;
export function plainValue(quantity: RangedNumber | undefined): number | undefined {
  return quantity === undefined
    ? undefined
    : typeof quantity === 'number'
      ? quantity
      : quantity.value;
}

/** A range written back as a figure: a plain number when its ends are its value. */
export function fromRange(range: Range): RangedNumber {
  return range.low === range.value && range.high === range.value ? range.value : { ...range };
}
