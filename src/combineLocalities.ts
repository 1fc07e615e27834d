import * as z from 'zod';
import { InputError, type InputIssue, inputIssue } from './errors.js';
import { formatPath, parseInput } from './internal/issues.js';
import { INPUT_NAMES } from './internal/model.js';
import { type LocalityInput, LocalityInputSchema, type RangedNumber } from './schemas.js';

/** Options of `combineLocalities`. */
export interface CombineLocalitiesOptions {
  /** Name of the combined locality (default: the names joined by " + "). */
  readonly locality?: string;
}

const InputsSchema = z.strictObject({
  inputs: z.array(LocalityInputSchema).min(2),
  locality: z.string().trim().min(1).optional(),
});

type Range = { value: number; low: number; high: number };

const asRange = (q: RangedNumber): Range =>
  typeof q === 'number' ? { value: q, low: q, high: q } : q;
const fromRange = (r: Range): RangedNumber =>
  r.low === r.value && r.high === r.value ? r.value : r;

/** Sum of ranged numbers: values add, lows add, highs add (the bounds move together). */
function sum(quantities: readonly RangedNumber[]): RangedNumber {
  const total = { value: 0, low: 0, high: 0 };
  for (const q of quantities.map(asRange)) {
    total.value += q.value;
    total.low += q.low;
    total.high += q.high;
  }
  return fromRange(total);
}

/** count ÷ ratio, bounds crossed (a low count over a high ratio gives the low denominator). */
function divide(count: RangedNumber, ratio: RangedNumber, factor: number): Range {
  const c = asRange(count);
  const r = asRange(ratio);
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
  const parsed = parseInput(
    InputsSchema,
    { inputs, ...(options.locality ? { locality: options.locality } : {}) },
    'combineLocalities',
  );
  const list = parsed.inputs;
  const first = list[0] as LocalityInput;
  const issues: InputIssue[] = [];
  const at = (i: number, field: string) => formatPath(['inputs', i, field]);

  list.forEach((input, i) => {
    if (input.year !== first.year)
      issues.push(
        inputIssue(
          at(i, 'year'),
          `the same year as inputs[0] (${first.year})`,
          `${input.year}`,
          'combine figures of one year',
        ),
      );
    if (input.frame !== first.frame)
      issues.push(
        inputIssue(
          at(i, 'frame'),
          `the same frame as inputs[0] ("${first.frame}")`,
          `"${input.frame}"`,
        ),
      );
    if (input.unit.toLowerCase() !== first.unit.toLowerCase()) {
      issues.push(
        inputIssue(
          at(i, 'unit'),
          `the same money unit as inputs[0] ("${first.unit}")`,
          `"${input.unit}"`,
          'convert the money fields to one unit first',
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
          `${field} for every locality, or for none`,
          'nothing (the field is missing)',
          'a sum over some localities only would be too small',
        ),
      );
    }
    return undefined;
  };
  const ictRevenue = list.every((i) => i.ictRevenue !== undefined)
    ? total('ictRevenue', false)
    : undefined;
  const ictValueAdded = list.every((i) => i.ictValueAdded !== undefined)
    ? total('ictValueAdded', false)
    : undefined;
  if (ictRevenue === undefined && ictValueAdded === undefined) total('ictRevenue', true);
  const platformRevenue = total('platformRevenue', false);

  const notes: string[] = [];
  const denominators = (
    count: 'digitalFirms' | 'itWorkers',
    stated: 'population' | 'labourForce',
    ratio: 'firmsPerThousand' | 'itWorkforceShare',
    factor: number,
  ) =>
    list.map((input, i) => {
      const given = input[stated];
      if (given !== undefined) return given;
      const r = input[ratio] as RangedNumber;
      if (asRange(r).low === 0) {
        issues.push(
          inputIssue(
            at(i, stated),
            `${stated}, since ${ratio} is 0 and cannot be divided by`,
            'nothing (the field is missing)',
            `give ${stated} for ${input.locality}`,
          ),
        );
        return 0;
      }
      const derived = divide(input[count], r, factor);
      notes.push(
        `${stated} of ${input.locality} derived as ${count} / ${ratio}${factor === 1 ? '' : ` × ${factor}`} = ${Math.round(derived.value)}`,
      );
      return fromRange(derived);
    });
  const population = sum(denominators('digitalFirms', 'population', 'firmsPerThousand', 1000));
  const labourForce = sum(denominators('itWorkers', 'labourForce', 'itWorkforceShare', 1));

  if (issues.length > 0) throw new InputError('combineLocalities', issues);

  const names = list.map((input) => input.locality);
  const fieldSources: Record<string, string> = {};
  // Every summed field (the ratios are recomputed, not summed).
  const summed = INPUT_NAMES.filter(
    (field) => field !== 'firmsPerThousand' && field !== 'itWorkforceShare',
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
      ...(platformRevenue === undefined ? {} : { platformRevenue }),
      digitalFirms: sum(list.map((input) => input.digitalFirms)),
      population,
      itWorkers: sum(list.map((input) => input.itWorkers)),
      labourForce,
      sources: {
        ...fieldSources,
        locality: `combined by combineLocalities from ${names.join(', ')}: money, firms, workers, population and labour force summed; densities and shares recomputed from the sums.${notes.length ? ` ${notes.join('; ')}.` : ''}${dropped}`,
      },
    },
    'combineLocalities (result)',
  );
}
