import * as z from 'zod';
import { InputError, type InputIssue, inputIssue } from './inputError.js';
import { checkOptions } from './options.js';
import { parseInput } from './parseInput.js';
import { fromRange, rangeOf } from './ranged.js';
import {
  INPUT_NAMES,
  type LocalityInput,
  LocalityInputSchema,
  type RangedNumber,
} from './schemas.js';

/**
 * Options of `combineLocalities`.
 *
 * @example
 * combineLocalities([daNang2024, quangNam2024], { locality: 'Da Nang (merged)' })
 */
export interface CombineLocalitiesOptions {
  /** Name of the combined locality (default: the names joined by " + "). */
  readonly locality?: string;
}

const InputsSchema = z.strictObject({
  inputs: z.array(LocalityInputSchema).min(2),
  locality: z.string().trim().min(1).optional(),
});

type Range = { value: number; low: number; high: number };

/** Sum of ranged numbers: values add, lows add, highs add (the bounds move together). */
function sum(quantities: readonly RangedNumber[]): RangedNumber {
  const total = { value: 0, low: 0, high: 0 };
  for (const q of quantities.map(rangeOf)) {
    total.value += q.value;
    total.low += q.low;
    total.high += q.high;
  }
  return fromRange(total);
}

/** denominator × ratio × factor, bounds with bounds. */
function multiply(denominator: RangedNumber, ratio: RangedNumber, factor: number): Range {
  const d = rangeOf(denominator);
  const r = rangeOf(ratio);
  return {
    value: d.value * r.value * factor,
    low: d.low * r.low * factor,
    high: d.high * r.high * factor,
  };
}

/** count ÷ ratio, bounds crossed (a low count over a high ratio gives the low denominator). */
function divide(count: RangedNumber, ratio: RangedNumber, factor: number): Range {
  const c = rangeOf(count);
  const r = rangeOf(ratio);
  return {
    value: (c.value / r.value) * factor,
    low: (c.low / r.high) * factor,
    high: (c.high / r.low) * factor,
  };
}

/**
 * Combine localities into one (a merged province, a region): money, firms, workers, population and
 * labour force are summed, and the densities and shares are recomputed from the sums by
 * `estimate`. Shares are never averaged: a share of a sum is not the average of the shares
 * (docs/method.md §3, "Localities change").
 *
 * Where an input gives a ratio but not its denominator, the denominator is derived
 * (population = digitalFirms / firmsPerThousand × 1000; labour force = itWorkers /
 * itWorkforceShare) and the derivation is recorded in `sources`. Ranges add bound by bound.
 * Published shares and histories refer to the old units and are dropped (recorded in `sources`).
 *
 * @param inputs - Two or more locality inputs of the same year, frame and money unit.
 * @param options - `locality`: the combined name.
 * @returns One locality input, ready for `estimate`.
 * @throws {InputError} When an input is invalid, years, frames or units differ, or a sum cannot be
 * formed (ICT revenue given for some localities only, a ratio of 0 with no denominator).
 * @example
 * const merged = combineLocalities([daNang2024, quangNam2024], { locality: 'Da Nang (merged)' });
 * estimate(merged).share.point
 */
export function combineLocalities(
  inputs: readonly unknown[],
  options: CombineLocalitiesOptions = {},
): LocalityInput {
  const settings = checkOptions(options, 'combineLocalities options', ['locality']);
  const parsed = parseInput(
    InputsSchema,
    { inputs, ...(settings.locality ? { locality: settings.locality } : {}) },
    'combineLocalities',
  );
  const list = parsed.inputs;
  const first = list[0] as LocalityInput;
  const issues: InputIssue[] = [];
  const at = (i: number, field: string) => ['inputs', i, field];

  list.forEach((input, i) => {
    if (input.year !== first.year)
      issues.push(
        inputIssue(
          at(i, 'year'),
          { code: 'expected.same-year', values: { year: String(first.year) } },
          String(input.year),
          { code: 'hint.one-year' },
        ),
      );
    if (input.frame !== first.frame)
      issues.push(
        inputIssue(
          at(i, 'frame'),
          { code: 'expected.same-frame', values: { frame: `"${first.frame}"` } },
          `"${input.frame}"`,
        ),
      );
    if (input.unit.toLowerCase() !== first.unit.toLowerCase()) {
      issues.push(
        inputIssue(
          at(i, 'unit'),
          { code: 'expected.same-unit', values: { unit: `"${first.unit}"` } },
          `"${input.unit}"`,
          { code: 'hint.one-unit' },
        ),
      );
    }
  });

  /** A money field summed over all inputs, or undefined if no input has it; an error if only some do. */
  const total = (
    field: 'ictRevenue' | 'ictValueAdded' | 'platformRevenue',
    required: boolean,
  ): RangedNumber | undefined => {
    const present = list.map((input) => input[field]);
    if (present.every((q) => q !== undefined)) return sum(present as RangedNumber[]);
    if (required || present.some((q) => q !== undefined)) {
      const missing = present.indexOf(undefined);
      issues.push(
        inputIssue(
          at(missing, field),
          { code: 'expected.all-or-none', values: { field } },
          { code: 'received.missing' },
          { code: 'hint.partial-sum' },
        ),
      );
    }
    return undefined;
  };
  // The core: segments if every part has them, else revenue or value added for every part.
  const allSegments = list.every((input) => input.ictSegments !== undefined);
  const ictSegments = allSegments
    ? list.flatMap((input) =>
        (input.ictSegments ?? []).map((segment) => ({
          ...segment,
          name: `${input.locality}: ${segment.name}`,
        })),
      )
    : undefined;
  const ictRevenue = list.every((i) => i.ictRevenue !== undefined)
    ? total('ictRevenue', false)
    : undefined;
  const ictValueAdded = list.every((i) => i.ictValueAdded !== undefined)
    ? total('ictValueAdded', false)
    : undefined;
  if (ictRevenue === undefined && ictValueAdded === undefined && !allSegments)
    total('ictRevenue', true);
  const platformRevenue = total('platformRevenue', false);

  const notes: string[] = [];
  /**
   * Counts and denominators of one pair (firms and population, IT workers and labour force), each
   * part giving both, or one of them with the ratio; the other is derived and the derivation noted.
   */
  const countsAndDenominators = (
    count: 'digitalFirms' | 'itWorkers',
    denominator: 'population' | 'labourForce',
    ratio: 'firmsPerThousand' | 'itWorkforceShare',
    factor: number,
  ) => {
    const counts: RangedNumber[] = [];
    const denominators: RangedNumber[] = [];
    list.forEach((input, i) => {
      const c = input[count];
      const d = input[denominator];
      const r = input[ratio];
      if (c !== undefined && d !== undefined) {
        counts.push(c);
        denominators.push(d);
      } else if (d !== undefined && r !== undefined) {
        // A count is whole: the derived one is rounded (its bounds outward), which the note says.
        const exact = multiply(d, r, 1 / factor);
        const derived = {
          value: Math.round(exact.value),
          low: Math.floor(exact.low),
          high: Math.ceil(exact.high),
        };
        notes.push(
          `${count} of ${input.locality} derived as ${ratio} × ${denominator}${factor === 1 ? '' : ` / ${factor}`} = ${exact.value.toFixed(1)}, rounded to ${derived.value}`,
        );
        counts.push(fromRange(derived));
        denominators.push(d);
      } else if (c !== undefined && r !== undefined && rangeOf(r).low > 0) {
        // People are whole too: rounded like a derived count, never below one person.
        const exact = divide(c, r, factor);
        const derived = {
          value: Math.max(1, Math.round(exact.value)),
          low: Math.max(1, Math.floor(exact.low)),
          high: Math.max(1, Math.ceil(exact.high)),
        };
        notes.push(
          `${denominator} of ${input.locality} derived as ${count} / ${ratio}${factor === 1 ? '' : ` × ${factor}`} = ${exact.value.toFixed(1)}, rounded to ${derived.value}`,
        );
        counts.push(c);
        denominators.push(fromRange(derived));
      } else {
        issues.push(
          inputIssue(
            at(i, denominator),
            { code: 'expected.weight-for-ratio', values: { denominator, count, ratio } },
            { code: 'received.ratio-alone' },
            { code: 'hint.give-for', values: { field: denominator, locality: input.locality } },
          ),
        );
      }
    });
    return { counts: sum(counts), denominators: sum(denominators) };
  };
  const firms = countsAndDenominators('digitalFirms', 'population', 'firmsPerThousand', 1000);
  const workers = countsAndDenominators('itWorkers', 'labourForce', 'itWorkforceShare', 1);

  if (issues.length > 0) throw new InputError('combineLocalities', issues);

  const names = list.map((input) => input.locality);
  const fieldSources: Record<string, string> = {};
  // Every summed field (the ratios are recomputed, not summed).
  const summed = INPUT_NAMES.filter(
    (field) =>
      field !== 'firmsPerThousand' && field !== 'itWorkforceShare' && field !== 'ictSegments',
  );
  for (const field of summed) {
    const parts = list.flatMap((input) =>
      input.sources?.[field] ? [`${input.locality}: ${input.sources[field]}`] : [],
    );
    if (parts.length > 0) fieldSources[field] = `sum of ${parts.join('; ')}`;
  }
  const dropped = list.some((input) => input.published !== undefined || input.history !== undefined)
    ? ' Published shares and histories of the parts were dropped: they refer to the old units.'
    : '';

  return parseInput(
    LocalityInputSchema,
    {
      locality: parsed.locality ?? names.join(' + '),
      year: first.year,
      unit: first.unit,
      frame: first.frame,
      grdp: sum(list.map((input) => input.grdp)),
      ...(ictRevenue === undefined ? {} : { ictRevenue }),
      ...(ictValueAdded === undefined ? {} : { ictValueAdded }),
      ...(ictSegments === undefined ? {} : { ictSegments }),
      ...(platformRevenue === undefined ? {} : { platformRevenue }),
      digitalFirms: firms.counts,
      population: firms.denominators,
      itWorkers: workers.counts,
      labourForce: workers.denominators,
      sources: {
        ...fieldSources,
        locality: `combined by combineLocalities from ${names.join(', ')}: money, firms, workers, population and labour force summed; densities and shares recomputed from the sums.${notes.length ? ` ${notes.join('; ')}.` : ''}${dropped}`,
      },
    },
    'combineLocalities (result)',
  );
}
