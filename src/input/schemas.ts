import * as z from 'zod';
import { rangeOrder } from './rangeOrder.js';

/**
 * Input schemas (zod) for one locality-year, exported so that callers can validate their own
 * data, derive TypeScript types and generate a JSON Schema. All shares are fractions in [0, 1];
 * all money is in the input's `unit` (default "billion VND"), which only has to be the same for
 * every money field: shares do not depend on it.
 */

/**
 * The two national series; they are not comparable and every comparison names its frame.
 *
 * @example
 * FrameSchema.options // => ['mic', 'gso']
 */
export const FrameSchema = z.enum(['mic', 'gso']).meta({
  description:
    'National series the locality is compared with: "mic" (Ministry of Information and Communications, revenue based) or "gso" (statistics office, value-added based)',
});

/**
 * A frame: `"mic"` or `"gso"`.
 *
 * @example
 * estimate({ ...daNang2024, frame: 'gso' satisfies Frame })
 */
export type Frame = z.output<typeof FrameSchema>;

/**
 * A number, or a number with a plausible range `{ value, low, high }` (low ≤ value ≤ high).
 * The point estimate uses `value`; the Monte Carlo draws from a triangular distribution on
 * [low, high] with its mode at `value`.
 */
function ranged(base: z.ZodNumber, description: string) {
  const range = z.strictObject({ value: base, low: base, high: base }).check(rangeOrder);
  return z.union([base, range]).meta({ description });
}

const money = z.number().min(0);
const positive = z.number().positive();
const fraction = z.number().min(0).max(1);
const count = z.number().int().min(0);
/** A number of people that divides: whole and at least one. */
const people = z.number().int().positive();

/**
 * Plausible magnitudes (docs/method.md §2), chosen so that no product or ratio of the model can
 * overflow or underflow; checked after the fields' own rules, so that a field's message states its
 * rule and only a figure beyond these hears of them: money up to 10^18 in its unit (a nation's GDP
 * is about 10^16 VND); GRDP at least 10^-6 of its unit; people and firms up to 10^10 (a nation's
 * population is about 10^8); a population or labour force of at least one person.
 */
export const MAGNITUDES: Readonly<Record<string, { readonly min?: number; readonly max: number }>> =
  {
    grdp: { min: 1e-6, max: 1e18 },
    ictRevenue: { max: 1e18 },
    ictValueAdded: { max: 1e18 },
    platformRevenue: { max: 1e18 },
    digitalFirms: { max: 1e10 },
    itWorkers: { max: 1e10 },
    population: { min: 1, max: 1e10 },
    labourForce: { min: 1, max: 1e10 },
  };
/** A calendar year, 1990 to 2100: the range every year field (input, reference, scenario, CLI) accepts. */
export const YearSchema = z.number().int().min(1990).max(2100);
const year = YearSchema;
const text = z.string().trim().min(1);

/**
 * A ranged or plain number, as accepted by every numeric input field.
 *
 * @example
 * estimate({ ...daNang2024, ictRevenue: { value: 39888, low: 36000, high: 42000 } satisfies RangedNumber })
 */
export type RangedNumber = number | { value: number; low: number; high: number };

/**
 * A share reported by someone else for this locality, with its source.
 *
 * @example
 * PublishedShareSchema.safeParse({ share: 22, source: 'seed-004' }).success // => false (22% is 0.22)
 */
export const PublishedShareSchema = z.strictObject({
  share: fraction.meta({ description: 'The reported share, a fraction (22% is 0.22)' }),
  source: text.meta({ description: 'Who reported it, where' }),
  frame: FrameSchema.optional(),
  year: year
    .optional()
    .meta({ description: 'Year the share refers to; defaults to the input year' }),
});

/**
 * One year of a locality's share history.
 *
 * @example
 * HistoryPointSchema.parse({ year: 2023, share: 0.2069, source: 'D4' })
 */
export const HistoryPointSchema = z.strictObject({
  year,
  share: fraction.meta({ description: 'Share of GRDP that year, a fraction' }),
  source: text,
  frame: FrameSchema.optional(),
});

/**
 * A target the locality states itself (its own resolution or plan), used beside the bundled ones.
 *
 * @example
 * InputTargetSchema.parse({ year: 2030, low: 0.35, high: 0.4, source: 'Resolution 05-NQ/TU' })
 */
export const InputTargetSchema = z
  .strictObject({
    year,
    low: fraction.meta({
      description: 'Target share, a fraction (30% is 0.30); the low end of a range',
    }),
    high: fraction.optional().meta({ description: 'The high end of a range target, a fraction' }),
    label: text.optional().meta({ description: 'How the document names it (shown as given)' }),
    source: text.meta({ description: 'The document that sets it' }),
  })
  .check((ctx) => {
    const { low, high } = ctx.value;
    if (high !== undefined && high < low)
      ctx.issues.push({
        code: 'custom',
        input: high,
        message: 'target high below its low',
        path: ['high'],
        params: { kind: 'target-order', limit: low },
      });
  });

/**
 * A target stated in the input.
 *
 * @example
 * const targets: InputTarget[] = [{ year: 2030, low: 0.3, source: 'provincial plan 2021–2030' }];
 */
export type InputTarget = z.output<typeof InputTargetSchema>;

/**
 * One segment of the ICT sector (hardware, software and services…) with its value-added ratio.
 *
 * @example
 * IctSegmentSchema.parse({ name: 'software and services', revenue: 12000, valueAddedRatio: 0.45, source: 'city report' })
 */
export const IctSegmentSchema = z.strictObject({
  name: text.meta({ description: 'Segment name, e.g. "hardware" or "software and services"' }),
  revenue: ranged(money, 'Revenue of the segment, in `unit`'),
  valueAddedRatio: ranged(
    fraction,
    'Value added ÷ revenue of the segment, a fraction (from your statistics office)',
  ),
  source: text.optional(),
});

/**
 * One segment of the ICT sector.
 *
 * @example
 * const segments: IctSegment[] = [
 *   { name: 'hardware', revenue: 150000, valueAddedRatio: 0.08, source: 'provincial statistics office' },
 *   { name: 'software and services', revenue: 12000, valueAddedRatio: 0.45, source: 'city report' },
 * ];
 * estimate({ ...input, ictRevenue: undefined, ictSegments: segments })
 */
export type IctSegment = z.output<typeof IctSegmentSchema>;

/** The fields of one locality-year, before the cross-field rules. */
const localityFields = z.strictObject({
  $schema: z.string().optional().meta({
    description: 'The JSON Schema this file follows, for editors; ignored by the estimate',
  }),
  $comment: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .meta({ description: 'Notes for the people who fill in the file; ignored by the estimate' }),
  locality: text.meta({ description: 'Name of the province or city, e.g. "Da Nang" or "Đà Nẵng"' }),
  year: year.meta({ description: 'Year of the figures' }),
  unit: text
    .default('billion VND')
    .meta({ description: 'Unit of every money field (default "billion VND")' }),
  frame: FrameSchema.default('mic'),
  grdp: ranged(positive, 'GRDP at current prices, in `unit`'),
  ictRevenue: ranged(
    money,
    'Revenue of the ICT (information and communications) sector, in `unit`',
  ).optional(),
  ictValueAdded: ranged(
    money,
    'Value added of the ICT sector, in `unit`; used instead of ictRevenue × ρ when given',
  ).optional(),
  ictSegments: z.array(IctSegmentSchema).min(1).optional().meta({
    description:
      'ICT revenue by segment with each segment’s value-added ratio; core value added = Σ revenue × ratio (used instead of ictRevenue × ρ)',
  }),
  digitalFirms: ranged(
    count,
    'Number of digital-technology firms (needed with population)',
  ).optional(),
  population: ranged(people, 'Number of inhabitants').optional(),
  firmsPerThousand: ranged(
    z.number().min(0).max(1000),
    'Digital-technology firms per 1,000 inhabitants (used as stated when given)',
  ).optional(),
  itWorkers: ranged(
    count,
    'Number of IT / digital-technology workers (needed with labourForce)',
  ).optional(),
  labourForce: ranged(people, 'Number of people in the labour force').optional(),
  itWorkforceShare: ranged(
    fraction,
    'IT workers as a fraction of the labour force (used as stated when given)',
  ).optional(),
  platformRevenue: ranged(money, 'Revenue of digital platforms, in `unit`').optional(),
  published: PublishedShareSchema.optional(),
  history: z.array(HistoryPointSchema).max(1000).optional(),
  targets: z.array(InputTargetSchema).max(100).optional().meta({
    description:
      'The locality’s own targets, [{ year, low, high?, label?, source }], compared beside the bundled ones',
  }),
  sources: z
    .record(z.string(), z.string())
    .optional()
    .meta({ description: 'Where each figure comes from, by field name' }),
});

/**
 * Schema of one locality-year of input (the object `estimate` takes).
 *
 * Required: `locality`, `year`, `grdp`; the ICT sector as `ictRevenue`, `ictValueAdded` or
 * `ictSegments`; firm density as `firmsPerThousand`, or `digitalFirms` with `population`; the IT
 * workforce as `itWorkforceShare`, or `itWorkers` with `labourForce`. A count given beside its
 * ratio only feeds the consistency checks. Unknown fields are rejected (a misspelt field would
 * otherwise be ignored silently).
 */
/**
 * What an input must contain besides `locality`, `year` and `grdp`: for each requirement, one of
 * the alternatives, every field of it. The zod check, the JSON Schema (`inputJsonSchema`) and the
 * input template (`inputTemplate`) are all generated from this one list.
 *
 * @example
 * INPUT_REQUIREMENTS.map((r) => r.kind) // => ['either-core', 'either-density', 'either-workforce']
 */
export const INPUT_REQUIREMENTS = [
  { kind: 'either-core', alternatives: [['ictRevenue'], ['ictValueAdded'], ['ictSegments']] },
  { kind: 'either-density', alternatives: [['firmsPerThousand'], ['digitalFirms', 'population']] },
  { kind: 'either-workforce', alternatives: [['itWorkforceShare'], ['itWorkers', 'labourForce']] },
] as const satisfies readonly {
  kind: string;
  alternatives: readonly (readonly (keyof z.output<typeof localityFields>)[])[];
}[];

/** Counts that cannot exceed their denominator: a part is never larger than its whole. */
const PARTS_OF = [
  { part: 'itWorkers', whole: 'labourForce' },
  { part: 'digitalFirms', whole: 'population' },
] as const;

const central = (q: unknown) =>
  typeof q === 'number' ? q : (q as { value?: unknown } | undefined)?.value;

/**
 * Schema of one locality-year (docs/method.md §2): the fields, their ranges and units, the
 * requirements of INPUT_REQUIREMENTS, the plausible magnitudes and the impossible combinations
 * (a part above its whole; docs/method.md §6). `estimate` validates its input with it;
 * `inputJsonSchema` is generated from it.
 *
 * @example
 * LocalityInputSchema.safeParse(JSON.parse(text)).success // => true for data/inputs/da-nang-2024.json
 */
export const LocalityInputSchema = localityFields.check((ctx) => {
  const input = ctx.value as Record<string, unknown>;
  for (const [name, { min, max }] of Object.entries(MAGNITUDES)) {
    const q = input[name];
    if (q === undefined) continue;
    const parts: [string[], unknown][] =
      typeof q === 'number'
        ? [[[], q]]
        : Object.entries(q as Record<string, unknown>).map(([key, v]) => [[key], v]);
    for (const [sub, value] of parts) {
      // A figure its field's own rule refuses (negative, zero, not finite) is reported by it.
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) continue;
      const side = value > max ? 'max' : min !== undefined && value < min ? 'min' : undefined;
      if (side)
        ctx.issues.push({
          code: 'custom',
          message: `${name} is beyond a plausible magnitude`,
          path: [name, ...sub],
          input: value,
          params: { kind: 'magnitude', side, limit: side === 'max' ? max : min },
        });
    }
  }
  // The history is the past of the estimate: a year after it is a slip (or the wrong file).
  const history = Array.isArray(input.history) ? input.history : [];
  history.forEach((point: { year?: unknown }, i) => {
    if (
      typeof point?.year === 'number' &&
      typeof input.year === 'number' &&
      point.year > input.year
    )
      ctx.issues.push({
        code: 'custom',
        message: 'history year after the estimate year',
        path: ['history', i, 'year'],
        input: point.year,
        params: { kind: 'after-year', limit: input.year },
      });
  });
  const segments = Array.isArray(input.ictSegments) ? input.ictSegments : [];
  segments.forEach((segment: { revenue?: unknown }, i) => {
    const revenue = central(segment?.revenue);
    if (typeof revenue === 'number' && revenue > (MAGNITUDES.ictRevenue?.max ?? Infinity))
      ctx.issues.push({
        code: 'custom',
        message: 'segment revenue is beyond a plausible magnitude',
        path: ['ictSegments', i, 'revenue'],
        input: revenue,
        params: { kind: 'magnitude', side: 'max', limit: MAGNITUDES.ictRevenue?.max },
      });
  });
  for (const { part, whole } of PARTS_OF) {
    const count = central(input[part]);
    const total = central(input[whole]);
    if (typeof count === 'number' && typeof total === 'number' && total > 0 && count > total) {
      ctx.issues.push({
        code: 'custom',
        message: `${part} exceeds ${whole}`,
        path: [part],
        input: count,
        params: { kind: 'exceeds', whole, limit: total },
      });
    }
  }
  for (const { kind, alternatives } of INPUT_REQUIREMENTS) {
    if (alternatives.some((fields) => fields.every((f) => input[f] !== undefined))) continue;
    // A pair begun (a denominator without its count): name the missing half.
    const begun = alternatives.find(
      (fields) => fields.length > 1 && fields.some((f) => input[f] !== undefined),
    );
    if (begun) {
      const [count, denominator] = begun as readonly string[];
      const ratio = (alternatives[0] as readonly string[])[0] as string;
      const absent = begun.find((f) => input[f] === undefined) as string;
      ctx.issues.push({
        code: 'custom',
        message: `${absent} is required`,
        path: [absent],
        input: undefined,
        params:
          absent === count
            ? { kind: `${kind}-count`, count, denominator, ratio }
            : { kind, either: [absent, ratio] },
      });
      continue;
    }
    // Nothing given: ask for the plain alternative, naming the others (a pair with both halves).
    const single = alternatives[0] as readonly string[];
    const pair = alternatives[alternatives.length - 1] as readonly string[];
    const asked = single[0] as string;
    ctx.issues.push({
      code: 'custom',
      message: `${asked} is required`,
      path: [asked],
      input: undefined,
      params:
        pair.length > 1
          ? { kind, ratioOrPair: [asked, pair[0] as string, pair[1] as string] }
          : { kind, either: [asked, (alternatives[1] as readonly string[])[0] as string] },
    });
  }
});

/**
 * One locality-year as the caller writes it (defaults not yet applied).
 *
 * @example
 * const input: LocalityInputInit = {
 *   locality: 'Da Nang', year: 2024, grdp: 151307, ictRevenue: 39888,
 *   firmsPerThousand: 2.35, itWorkforceShare: 0.077,
 * };
 */
export type LocalityInputInit = z.input<typeof LocalityInputSchema>;
/**
 * One locality-year after validation (defaults applied).
 *
 * @example
 * estimate(daNang2024).input.unit // => 'billion VND' (the default, applied)
 */
export type LocalityInput = z.output<typeof LocalityInputSchema>;
/**
 * A reported share with its source.
 *
 * @example
 * estimate({ ...daNang2024, published: { share: 0.22, frame: 'mic', source: 'seed-004' } satisfies PublishedShare })
 */
export type PublishedShare = z.output<typeof PublishedShareSchema>;
/**
 * One point of a share history.
 *
 * @example
 * const history: HistoryPoint[] = [{ year: 2023, share: 0.2069, source: 'D4' }, { year: 2024, share: 0.22, source: 'seed-004' }];
 */
export type HistoryPoint = z.output<typeof HistoryPointSchema>;

/**
 * Options of `estimate`: the draws, the seed, the sampler and, optionally, a precision to stop at.
 *
 * @example
 * EstimateOptionsSchema.parse({}) // => { draws: 65536, seed: 20240101, sampler: 'sobol' }
 */
export const EstimateOptionsSchema = z.strictObject({
  draws: z.number().int().min(100).max(100_000_000).default(65_536).meta({
    description:
      'Draws of the interval (default 65,536 = 16 scrambles × 4,096); with precision, the most it may take',
  }),
  seed: z
    .number()
    .int()
    .min(0)
    .max(4_294_967_295)
    .default(20240101)
    .meta({ description: 'Seed of the random generator, an unsigned 32-bit integer' }),
  sampler: z.enum(['sobol', 'mc']).default('sobol').meta({
    description:
      'How the draws are made: "sobol", scrambled Sobol points (randomised quasi-Monte Carlo, the default), or "mc", plain Monte Carlo',
  }),
  precision: z.number().min(1e-6).max(0.05).optional().meta({
    description:
      'Stop when the Monte Carlo standard error of every bound is at most this (a share: 0.0005 is 0.05 points), doubling the draws from 4,096 up to draws (without draws, up to 16,777,216)',
  }),
});

export { INPUT_NAMES } from './names.js';
