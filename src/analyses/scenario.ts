import * as z from 'zod';
import { INTENSITY_LIMITS } from '../estimate/checks.js';
import { type Reason, reason } from '../i18n/messages.js';
import { InputError, inputIssue } from '../input/inputError.js';
import { checkOptions } from '../input/options.js';
import { parseInput } from '../input/parseInput.js';
import { plainValue } from '../input/ranged.js';
import { type Frame, type LocalityInputInit, YearSchema } from '../input/schemas.js';
import { describeValue } from '../input/zodIssues.js';
import { bisect } from '../math/bisection.js';
import { emptyOutput, evaluate, INDEX } from '../model/model.js';
import { type ModelOptions, resolveSetup } from '../model/resolveSetup.js';
import type { Setup } from '../model/setup.js';
import type { ReferenceData } from '../reference/reference.js';

/**
 * Growth rates of a forward view, per year (0.1 = 10%).
 *
 * @example
 * forwardPath(daNang2024, { grdpGrowth: 0.1, ictRevenueGrowth: 0.2, itWorkforceGrowth: 0.05 }, 2030)
 */
export interface GrowthRates {
  /** Nominal GRDP growth. */
  readonly grdpGrowth: number;
  /** Growth of ICT revenue (or of ICT value added, when the input gives that); default: as GRDP. */
  readonly ictRevenueGrowth?: number | undefined;
  /** Growth of IT workers (the labour force held); default 0. */
  readonly itWorkforceGrowth?: number | undefined;
}

/**
 * Options of `scenario`: the target, its year, growth rates.
 *
 * @example
 * scenario(daNang2024, { target: 0.35, by: 2030, grdpGrowth: 0.1, itWorkforceGrowth: 0.05 })
 */
export interface ScenarioOptions extends GrowthRates, ModelOptions {
  /** Target share of GRDP, a fraction (35% is 0.35). */
  readonly target: number;
  /** Year by which the target is to be reached. */
  readonly by: number;
}

/**
 * Growth rates with every rate given: those a scenario's path uses.
 *
 * @example
 * scenario(daNang2024, { target: 0.35, by: 2030, grdpGrowth: 0.1 }).pathGrowth
 * // => { grdpGrowth: 0.1, ictRevenueGrowth: 0.342…, itWorkforceGrowth: 0 }
 */
export type FullRates = {
  readonly grdpGrowth: number;
  readonly ictRevenueGrowth: number;
  readonly itWorkforceGrowth: number;
};

/**
 * The share in one year of a forward view.
 *
 * @example
 * forwardPath(daNang2024, { grdpGrowth: 0.1, ictRevenueGrowth: 0.2 }, 2026)
 * // => [{ year: 2024, share: 0.2349… }, { year: 2025, share: 0.2395… }, { year: 2026, share: 0.2444… }]
 */
export interface PathPoint {
  readonly year: number;
  readonly share: number;
}

/**
 * What it takes to reach a target share by a year.
 *
 * @example
 * const result = scenario(daNang2024, { target: 0.35, by: 2030, grdpGrowth: 0.1 });
 * result.requiredIctRevenueGrowth // => 0.342…
 * result.path.at(-1)               // => { year: 2030, share: 0.35… }
 */
export interface ScenarioResult {
  readonly locality: string;
  readonly year: number;
  readonly frame: Frame;
  readonly target: number;
  readonly by: number;
  readonly grdpGrowth: number;
  /** Share in the input year (the point estimate). */
  readonly start: number;
  /** ICT revenue growth a year that reaches the target, IT workforce growing at `itWorkforceGrowth`; or null with a reason. */
  readonly requiredIctRevenueGrowth: number | null;
  readonly requiredIctRevenueGrowthReason?: Reason;
  /** IT workforce growth a year that reaches the target, ICT revenue growing at `ictRevenueGrowth`; or null with a reason. */
  readonly requiredItWorkforceGrowth: number | null;
  readonly requiredItWorkforceGrowthReason?: Reason;
  /** IT workers as a share of the labour force in `by` under the IT workforce solution (null without one). */
  readonly itWorkforceShareBy: number | null;
  /** The growth held while solving for the other. */
  readonly held: { readonly ictRevenueGrowth: number; readonly itWorkforceGrowth: number };
  /** The rates of `path`. */
  readonly pathGrowth: FullRates;
  /** The share each year from the input year to `by`. */
  readonly path: readonly PathPoint[];
  /** The national reference held through the path (firm density and labour force are held too). */
  readonly national: { readonly frame: Frame; readonly year: number; readonly share: number };
  /** The input's money unit. */
  readonly unit: string;
  /** The ICT lever's level in `by` under its solution; null without one. */
  readonly revenueLever: RevenueLever | null;
  /** The IT workforce's level in `by` under its solution; null without one. */
  readonly workforceLever: WorkforceLever | null;
  /**
   * The share in `by` at the rates as given (ICT revenue as GRDP and IT workforce held unless
   * given), and how far it falls short of the target (negative: beyond it).
   */
  readonly projected: {
    readonly share: number;
    readonly shortfall: number;
    readonly rates: FullRates;
    /** Whether ICT revenue or IT workforce growth was given (else the defaults). */
    readonly given: boolean;
  };
}

/** The nation's ICT-sector revenue ÷ GDP, largest year of the reference data (a bound seen). */
function nationalRevenueRatio(reference: ReferenceData) {
  let best: { ratio: number; year: number | null; source: string[] } = {
    ratio: 0,
    year: null,
    source: [],
  };
  for (const sector of reference.national.ictSector) {
    const gdp = reference.national.gdp.find(
      (g) => g.year === sector.year && g.unit === sector.unit,
    );
    if (!gdp) continue;
    const ratio = sector.revenue / gdp.value;
    if (ratio > best.ratio)
      best = { ratio, year: sector.year, source: [...sector.source, ...gdp.source] };
  }
  return best;
}

/**
 * The level the ICT lever reaches in `by` under the ICT revenue solution (docs/method.md §5,
 * "Scenarios"), against what has been seen: for revenue, the nation's whole ICT sector's revenue ÷
 * GDP (every electronics-assembly hub included, the largest year in the reference data); for value
 * added or segments, the plausible core of docs/method.md §6.
 *
 * @example
 * scenario(smallProvince, { target: 0.3, by: 2030, grdpGrowth: 0.08 }).revenueLever
 * // => { field: 'ictRevenue', today: 7000, by: 190000, multipleOfToday: 27.1, ofGrdp: 1.05, beyondSeen: true, … }
 */
export interface RevenueLever {
  readonly field: 'ictRevenue' | 'ictValueAdded' | 'ictSegments';
  /** The lever in the input year and in `by`, in the input's money unit. */
  readonly today: number;
  readonly by: number;
  readonly multipleOfToday: number;
  /** GRDP in `by` (grown at `grdpGrowth`) and the lever ÷ that GRDP. */
  readonly grdpBy: number;
  readonly ofGrdp: number;
  /** What has been seen: the ratio, its year and sources. */
  readonly seen: {
    readonly ratio: number;
    readonly year: number | null;
    readonly source: readonly string[];
  };
  /** Whether `ofGrdp` passes it: a warning, the level is unlike any locality's. */
  readonly beyondSeen: boolean;
}

/**
 * The level the IT workforce reaches in `by` under the IT workforce solution.
 *
 * @example
 * scenario(daNang2024, { target: 0.35, by: 2030, grdpGrowth: 0.1 }).workforceLever
 * // => { shareToday: 0.077, shareBy: 0.589…, itWorkersToday: 57000, itWorkersBy: 436…, beyondSeen: true, … }
 */
export interface WorkforceLever {
  readonly shareToday: number;
  readonly shareBy: number;
  /** IT workers today and in `by` (null when the input gives the share without the counts). */
  readonly itWorkersToday: number | null;
  readonly itWorkersBy: number | null;
  /** The plausible limit of docs/method.md §6 (25% of the labour force). */
  readonly plausible: number;
  readonly beyondSeen: boolean;
}

/** Growth rates above −100%: −0.99 (−99% a year) to 100 (+10,000% a year). */
const growth = z.number().gt(-1).max(100);

const GrowthSchema = z.strictObject({
  grdpGrowth: growth.meta({ description: 'nominal GRDP growth a year, a fraction (10% is 0.1)' }),
  ictRevenueGrowth: growth.optional(),
  itWorkforceGrowth: growth.optional(),
});

const ScenarioSchema = GrowthSchema.extend({
  target: z
    .number()
    .gt(0)
    .lt(1)
    .meta({ description: 'target share of GRDP, a fraction (35% is 0.35)' }),
  by: YearSchema,
  reference: z.unknown().optional(),
  parameters: z.unknown().optional(),
});

/** The rates with their defaults: ICT revenue as GRDP, IT workforce 0. */
const withDefaults = (rates: z.output<typeof GrowthSchema>): FullRates => ({
  grdpGrowth: rates.grdpGrowth,
  ictRevenueGrowth: rates.ictRevenueGrowth ?? rates.grdpGrowth,
  itWorkforceGrowth: rates.itWorkforceGrowth ?? 0,
});

const SOLVE_LOW = -0.99;
const SOLVE_HIGH = 100;

/** A forward model: the share in year `year` under given growth rates. */
interface Forward {
  readonly setup: Setup;
  share(year: number, rates: FullRates): number;
  /** The IT workforce share in a year, to keep it at or below 1. */
  workforceShare(year: number, itWorkforceGrowth: number): number;
}

function forwardModel(input: LocalityInputInit, options: ModelOptions, context: string): Forward {
  const setup = resolveSetup(input, options, context);
  const parsed = setup.input;
  const vector = Float64Array.from(setup.base);
  const out = emptyOutput();
  const coreIndex = {
    revenue: INDEX.ictRevenue,
    valueAdded: INDEX.ictValueAdded,
    segments: INDEX.ictSegments,
  }[setup.plan.coreFrom];
  const workforceIndex = setup.plan.workforceFromRatio ? INDEX.itWorkforceShare : INDEX.itWorkers;
  const base = setup.base;
  const workforceShareAt = (k: number, g: number) => {
    const start = setup.plan.workforceFromRatio
      ? (base[INDEX.itWorkforceShare] as number)
      : (base[INDEX.itWorkers] as number) / (base[INDEX.labourForce] as number);
    return start * (1 + g) ** k;
  };
  return {
    setup,
    share(year, rates) {
      const k = year - parsed.year;
      vector[INDEX.grdp] = (base[INDEX.grdp] as number) * (1 + rates.grdpGrowth) ** k;
      vector[coreIndex] = (base[coreIndex] as number) * (1 + rates.ictRevenueGrowth) ** k;
      vector[INDEX.platformRevenue] =
        (base[INDEX.platformRevenue] as number) * (1 + rates.ictRevenueGrowth) ** k;
      vector[workforceIndex] =
        (base[workforceIndex] as number) * (1 + rates.itWorkforceGrowth) ** k;
      return evaluate(vector, setup.plan, out).total;
    },
    workforceShare: (year, g) => workforceShareAt(year - parsed.year, g),
  };
}

/**
 * The forward view: the share each year from the input year to `to`, with GRDP, ICT revenue and IT
 * workers growing at the given rates and everything else held (docs/method.md §5, "Scenarios").
 *
 * @param input - One locality-year.
 * @param rates - `grdpGrowth`, `ictRevenueGrowth` (default: as GRDP), `itWorkforceGrowth` (default 0).
 * @param to - Last year of the path.
 * @returns `[{ year, share }]` from the input year to `to`.
 * @throws {InputError} For an invalid input or rates.
 * @example forwardPath(daNang2024, { grdpGrowth: 0.1, ictRevenueGrowth: 0.2 }, 2030).at(-1)
 * // => { year: 2030, share: 0.269… }
 */
export function forwardPath(
  input: LocalityInputInit,
  rates: GrowthRates,
  to: number,
  options: ModelOptions = {},
): PathPoint[] {
  const full = withDefaults(
    parseInput(
      GrowthSchema,
      checkOptions(rates, 'forwardPath rates', Object.keys(GrowthSchema.shape)),
      'forwardPath rates',
    ),
  );
  const model = forwardModel(
    input,
    checkOptions(options, 'forwardPath options', ['reference', 'parameters']),
    'forwardPath',
  );
  const start = model.setup.input.year;
  // A calendar year (1990–2100) from the input's year: `to: 1e9` would fill memory.
  if (!YearSchema.safeParse(to).success || to < start) {
    throw new InputError('forwardPath', [
      inputIssue(
        ['to'],
        {
          code: 'expected.year-from',
          values: { year: String(start), max: String(YearSchema.maxValue) },
        },
        describeValue(to),
      ),
    ]);
  }
  const path: PathPoint[] = [];
  for (let year = start; year <= to; year++) path.push({ year, share: model.share(year, full) });
  return path;
}

/**
 * What growth reaches a target share by a year: the annual growth of ICT revenue that does it with
 * the IT workforce growing at `itWorkforceGrowth` (default 0), and, alternatively, the annual
 * growth of IT workers that does it with ICT revenue growing at `ictRevenueGrowth` (default: as
 * GRDP, so the core share holds). GRDP grows at `grdpGrowth`; firm density and the national
 * reference figures stay at their input-year values. Solved by bisection; the path shows the
 * share each year under the ICT revenue solution (or under `ictRevenueGrowth` when given).
 *
 * @param input - One locality-year.
 * @param options - `target` (a fraction), `by` (a year after the input's), `grdpGrowth` and optional rates.
 * @returns The required growth rates (or null with a reason) and the path.
 * @throws {InputError} For an invalid input, a target outside (0, 1), `by` not after the input year.
 * @example scenario(daNang2024, { target: 0.35, by: 2030, grdpGrowth: 0.1 }).requiredIctRevenueGrowth
 * // => 0.342…  (ICT revenue growing about 34% a year)
 */
export function scenario(input: LocalityInputInit, options: ScenarioOptions): ScenarioResult {
  const parsed = parseInput(
    ScenarioSchema,
    checkOptions(options, 'scenario options', Object.keys(ScenarioSchema.shape)),
    'scenario options',
  );
  const model = forwardModel(input, options, 'scenario');
  const { year, locality, frame } = model.setup.input;
  if (parsed.by <= year) {
    throw new InputError('scenario options', [
      inputIssue(
        ['by'],
        { code: 'expected.year-after', values: { year: String(year) } },
        String(parsed.by),
        { code: 'hint.target-ahead' },
      ),
    ]);
  }
  const { ictRevenueGrowth, itWorkforceGrowth } = withDefaults(parsed);
  const held = { ictRevenueGrowth, itWorkforceGrowth };
  const { target, by, grdpGrowth } = parsed;
  const start = model.share(year, { grdpGrowth, ...held });

  // ICT revenue: the share in `by` rises with its growth.
  const byRevenue = (g: number) =>
    model.share(by, { grdpGrowth, ictRevenueGrowth: g, itWorkforceGrowth: held.itWorkforceGrowth });
  let requiredIctRevenueGrowth: number | null = null;
  let revenueReason: Reason | undefined;
  if (byRevenue(SOLVE_LOW) >= target)
    revenueReason = reason('reached-anyway-revenue', { by: String(by) });
  else if (byRevenue(SOLVE_HIGH) < target)
    revenueReason = reason('not-reachable-revenue', { share: byRevenue(SOLVE_HIGH) });
  else requiredIctRevenueGrowth = bisect(byRevenue, target, SOLVE_LOW, SOLVE_HIGH);

  // IT workforce: its share of the labour force cannot pass 100%.
  const years = by - year;
  const workforceCap =
    (1 / Math.max(model.workforceShare(year, 0), Number.MIN_VALUE)) ** (1 / years) - 1;
  const byWorkforce = (g: number) =>
    model.share(by, { grdpGrowth, ictRevenueGrowth: held.ictRevenueGrowth, itWorkforceGrowth: g });
  const workforceHigh = Math.min(SOLVE_HIGH, workforceCap);
  let requiredItWorkforceGrowth: number | null = null;
  let workforceReason: Reason | undefined;
  if (model.workforceShare(year, 0) === 0) workforceReason = reason('no-it-workers');
  else if (byWorkforce(SOLVE_LOW) >= target)
    workforceReason = reason('reached-anyway-workforce', { by: String(by) });
  else if (byWorkforce(workforceHigh) < target) {
    const code =
      workforceHigh >= SOLVE_HIGH
        ? 'not-reachable-workforce-growth'
        : 'not-reachable-workforce-all';
    workforceReason = reason(code, { share: byWorkforce(workforceHigh) });
  } else requiredItWorkforceGrowth = bisect(byWorkforce, target, SOLVE_LOW, workforceHigh);

  const pathGrowth = {
    grdpGrowth,
    ictRevenueGrowth: parsed.ictRevenueGrowth ?? requiredIctRevenueGrowth ?? held.ictRevenueGrowth,
    itWorkforceGrowth: held.itWorkforceGrowth,
  };
  const path: PathPoint[] = [];
  for (let y = year; y <= by; y++) path.push({ year: y, share: model.share(y, pathGrowth) });

  // The levers' levels in `by`, against what has been seen.
  const base = model.setup.base;
  const k = by - year;
  const grdpBy = (base[INDEX.grdp] as number) * (1 + grdpGrowth) ** k;
  const coreFrom = model.setup.plan.coreFrom;
  const leverToday = {
    revenue: base[INDEX.ictRevenue] as number,
    valueAdded: base[INDEX.ictValueAdded] as number,
    segments: base[INDEX.ictSegments] as number,
  }[coreFrom];
  let revenueLever: RevenueLever | null = null;
  if (requiredIctRevenueGrowth !== null) {
    const leverBy = leverToday * (1 + requiredIctRevenueGrowth) ** k;
    const seen =
      coreFrom === 'revenue'
        ? nationalRevenueRatio(model.setup.reference)
        : { ratio: INTENSITY_LIMITS.core, year: null, source: ['docs-method'] };
    const ofGrdp = leverBy / grdpBy;
    revenueLever = {
      field: (
        { revenue: 'ictRevenue', valueAdded: 'ictValueAdded', segments: 'ictSegments' } as const
      )[coreFrom],
      today: leverToday,
      by: leverBy,
      multipleOfToday: (1 + requiredIctRevenueGrowth) ** k,
      grdpBy,
      ofGrdp,
      seen,
      beyondSeen: seen.ratio > 0 && ofGrdp > seen.ratio,
    };
  }
  let workforceLever: WorkforceLever | null = null;
  if (requiredItWorkforceGrowth !== null) {
    const stated = plainValue(model.setup.input.itWorkers);
    const workers = typeof stated === 'number' ? stated : null;
    const shareBy = model.workforceShare(by, requiredItWorkforceGrowth);
    workforceLever = {
      shareToday: model.workforceShare(year, 0),
      shareBy,
      itWorkersToday: workers,
      itWorkersBy: workers === null ? null : workers * (1 + requiredItWorkforceGrowth) ** k,
      plausible: INTENSITY_LIMITS.itWorkforceShare,
      beyondSeen: shareBy > INTENSITY_LIMITS.itWorkforceShare,
    };
  }
  const asGiven = { grdpGrowth, ...held };
  const projectedShare = model.share(by, asGiven);

  return {
    locality,
    year,
    frame,
    target,
    by,
    grdpGrowth,
    start,
    requiredIctRevenueGrowth,
    ...(revenueReason ? { requiredIctRevenueGrowthReason: revenueReason } : {}),
    requiredItWorkforceGrowth,
    ...(workforceReason ? { requiredItWorkforceGrowthReason: workforceReason } : {}),
    itWorkforceShareBy:
      requiredItWorkforceGrowth === null
        ? null
        : model.workforceShare(by, requiredItWorkforceGrowth),
    held,
    pathGrowth,
    path,
    national: { frame, year: model.setup.national.year, share: model.setup.national.share },
    unit: model.setup.input.unit,
    revenueLever,
    workforceLever,
    projected: {
      share: projectedShare,
      shortfall: target - projectedShare,
      rates: asGiven,
      given: parsed.ictRevenueGrowth !== undefined || parsed.itWorkforceGrowth !== undefined,
    },
  };
}
