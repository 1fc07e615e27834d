import { compareNational, type NationalComparison } from '../compare/national.js';
import { applicableTargets, compareTargets } from '../compare/targets.js';
import { projectTrajectory } from '../compare/trajectory.js';
import { checkOptions } from '../input/options.js';
import { parseInput } from '../input/parseInput.js';
import {
  EstimateOptionsSchema,
  type Frame,
  type HistoryPoint,
  type LocalityInput,
  type LocalityInputInit,
} from '../input/schemas.js';
import { leadingSourceKeys } from '../input/sourceKeys.js';
import { alternatives, emptyOutput, evaluate, type ModelOutput } from '../model/model.js';
import {
  type ModelOptions,
  type ModelSettings,
  resolveModelOptions,
  setupFor,
  setupOfParsed,
} from '../model/resolveSetup.js';
import type { Setup } from '../model/setup.js';
import { METHOD_NAME, METHOD_VERSION, PACKAGE_VERSION } from '../model/version.js';
import {
  dataVersion,
  findLocality,
  type ReferenceData,
  type Source,
  type Target,
} from '../reference/reference.js';
import type { SelectionHelper } from '../uncertainty/counting.js';
import type { MethodError } from '../uncertainty/methodError.js';
import { sensitivity } from '../uncertainty/sensitivity.js';
import {
  type DrawCache,
  type Interval,
  type Sampler,
  SOBOL_REPLICATES,
  simulate,
  simulateToPrecision,
} from '../uncertainty/simulate.js';
import { type Check, precisionChecks, runChecks } from './checks.js';
import type { EstimateResult, FrameEstimate } from './result.js';

/**
 * Options of `estimate`.
 *
 * @example
 * estimate(daNang2024, { draws: 100_000, seed: 7, parameters: { beta: { value: 0.6, low: 0.4, high: 0.8 } } })
 */
export interface EstimateOptions extends ModelOptions {
  /**
   * Draws, 100 to 100,000,000 (default 65,536: 16 scrambles of 4,096 Sobol points); with
   * `precision`, the most that may be drawn.
   */
  readonly draws?: number;
  /** Seed of the generator, an unsigned 32-bit integer (default 20240101). */
  readonly seed?: number;
  /** `'sobol'` (scrambled Sobol points, the default) or `'mc'` (plain Monte Carlo), docs/method.md §4. */
  readonly sampler?: Sampler;
  /**
   * Stop at this Monte Carlo standard error of every bound (a share: 0.0005 is 0.05 points):
   * the draws double from PRECISION_START_DRAWS until it is reached or `draws` would be passed
   * (without `draws`, PRECISION_MAX_DRAWS).
   */
  readonly precision?: number;
  /** Called as the Monte Carlo advances (every 65,536 draws and at the end): draws done, draws in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Estimate a locality's digital-economy share of GRDP for one year (docs/method.md).
 *
 * Core (ICT) share from the ICT sector's value added (or revenue × ρ) over GRDP; sectoral share
 * from the national sectoral share of the same frame, scaled by the locality's digital intensity
 * (location quotients of IT workforce and firm density, geometric mean, damped by β) and rescaled
 * to the non-ICT base; total = core + platform + sectoral. A seeded Monte Carlo over the parameter
 * ranges and any ranged input gives the median and 5–95% interval; a one-at-a-time sensitivity
 * ranks what moves the result. The estimate is compared with the national average of the same
 * frame and year and with every applicable target; consistency checks report contradictions
 * between inputs without changing any number. Pure: the input is never mutated.
 *
 * Cost: O(draws × variables); the default 65,536 draws take about 10 ms.
 *
 * @param input - One locality-year (see `LocalityInputSchema`); shares are fractions.
 * @param options - `draws`, `seed`, `reference`, `parameters`.
 * @returns The estimate, its interval, components, comparisons, checks, sensitivity and provenance.
 * @throws {InputError} When the input or the options are invalid: the message names the field,
 * what was expected, what was received and the likely fix.
 * @example
 * const result = estimate({
 *   locality: 'Da Nang', year: 2024, grdp: 151307, ictRevenue: 39888, digitalFirms: 2556,
 *   firmsPerThousand: 2.35, itWorkers: 57000, itWorkforceShare: 0.077,
 * });
 * result.share.point      // => 0.2350 (23.5% of GRDP)
 * result.national.share   // => 0.183 (mic, 2024)
 */
export function estimate(input: LocalityInputInit, options: EstimateOptions = {}): EstimateResult {
  return runEstimate(input, resolveEstimateOptions(options, 'estimate'), 'estimate');
}

/** The keys of `EstimateOptions`. */
export const ESTIMATE_OPTION_KEYS = [
  'draws',
  'seed',
  'sampler',
  'precision',
  'onProgress',
  'reference',
  'parameters',
];

/** Estimate options after validation (once, at the public boundary). */
export interface EstimateSettings extends ModelSettings {
  readonly draws: number;
  readonly seed: number;
  readonly sampler: Sampler;
  readonly precision?: number | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** Drawn columns shared by the estimates made under these settings (a batch's rows). */
  readonly cache?: DrawCache | undefined;
  /** A second thread that takes part in long quasi-Monte Carlo runs (the command line's). */
  readonly helper?: SelectionHelper | undefined;
}

/** Validate `estimate`'s options once; `context` names the caller in errors. */
export function resolveEstimateOptions(
  given: EstimateOptions | undefined,
  context: string,
): EstimateSettings {
  const options = checkOptions(given, `${context} options`, ESTIMATE_OPTION_KEYS);
  const { draws, seed, sampler, precision } = parseInput(
    EstimateOptionsSchema,
    {
      draws: options.draws,
      seed: options.seed,
      sampler: options.sampler,
      precision: options.precision,
    },
    `${context} options`,
  );
  return {
    // With a precision and no draws, the run may go up to PRECISION_MAX_DRAWS.
    draws: precision !== undefined && options.draws === undefined ? PRECISION_MAX_DRAWS : draws,
    seed,
    sampler,
    precision,
    onProgress: options.onProgress,
    ...resolveModelOptions(options, context),
  };
}

/**
 * The estimate pipeline, one step a line (docs/method.md §3–§6), under validated settings: the
 * batch validates its options once and runs this for every row.
 */
export function runEstimate(
  input: unknown,
  settings: EstimateSettings,
  context: string,
): EstimateResult {
  settings.cache?.beginEstimate();
  const setup = setupFor(input, settings, context); // parse and resolve
  const point = evaluate(setup.base, setup.plan, emptyOutput()); // the point estimate
  const methodError = methodErrorOf(settings.reference);
  const interval = intervalOf(setup, settings, methodError); // the interval
  const comparison = compare(setup, point, settings.reference); // national, targets, trajectory
  const checks = [
    ...runChecks(setup, point, interval),
    ...precisionChecks(
      settings.precision,
      interval.reached,
      interval.draws,
      largestError(interval),
    ),
  ]; // consistency checks
  const byFrame = bothFrames(setup, point, interval, comparison.national, settings, context);
  return assemble(setup, point, interval, comparison, checks, byFrame, settings); // the result
}

/** An interval with the draws it took and whether the precision asked for was reached. */
export type DrawnInterval = Interval & { readonly draws: number; readonly reached: boolean };

/** The most draws a run to a precision takes when `draws` is not given: 2^24 (16 scrambles of 2^20). */
export const PRECISION_MAX_DRAWS = 16_777_216;

/** The first draw count of a run to a precision: 16 scrambles of 256 points. */
export const PRECISION_START_DRAWS = 4_096;

/**
 * The interval under the settings: `draws` draws; or, with `precision`, the first of 4,096,
 * 8,192, … draws (never more than `draws`) whose largest Monte Carlo standard error (the
 * predictive low, median and high, the parameter interval's low and high) is at most
 * `precision` (`simulateToPrecision`): the result is the one `draws` = its count gives.
 */
export function intervalOf(
  setup: Setup,
  settings: EstimateSettings,
  methodError: MethodError,
): DrawnInterval {
  const { precision } = settings;
  if (precision === undefined) {
    const interval = simulate(
      setup,
      settings.draws,
      settings.seed,
      methodError,
      settings.onProgress,
      settings.sampler,
      settings.cache,
      settings.helper,
    );
    return { ...interval, draws: settings.draws, reached: true };
  }
  const { interval, draws, reached } = simulateToPrecision(
    setup,
    settings.seed,
    methodError,
    settings.sampler,
    { precision, start: PRECISION_START_DRAWS, max: settings.draws, errorOf: largestError },
    settings.onProgress,
  );
  return { ...interval, draws, reached };
}

/** The largest Monte Carlo standard error of an interval's printed bounds. */
export function largestError(interval: Interval): number {
  const e = interval.standardError;
  const p = interval.parameter.standardError;
  return Math.max(e.low, e.median, e.high, p.low, p.high);
}

/** The method error of the reference data's predictive interval (docs/method.md §4). */
export function methodErrorOf(reference: ReferenceData): MethodError {
  const { scale, df } = reference.parameters.methodError;
  return { scale, df };
}

/**
 * Draws of the other frame's interval: the headline's count up to this many. The headline's
 * precision is what `draws` buys; the other frame's, a comparison, is that of 16,384 draws at
 * most (16 scrambles of 1,024), so that a long run does not pay twice (docs/method.md §5).
 */
export const OTHER_FRAME_DRAWS = 16_384;

/**
 * The estimate in both frames: the headline's as computed, the other frame's from the same input
 * and seed through the other frame's national figures, with at most OTHER_FRAME_DRAWS draws.
 */
function bothFrames(
  setup: Setup,
  point: ModelOutput,
  interval: DrawnInterval,
  national: NationalComparison,
  settings: EstimateSettings,
  context: string,
): Record<Frame, FrameEstimate> {
  const entry = (
    p: ModelOutput,
    i: Interval,
    n: NationalComparison,
    draws: number,
  ): FrameEstimate => ({
    point: p.total,
    median: i.median,
    low: i.low,
    high: i.high,
    parameterInterval: { low: i.parameter.low, high: i.parameter.high },
    draws,
    national: { share: n.share, year: n.year, gap: n.gap, ratio: n.ratio, source: n.source },
  });
  const headline = setup.input.frame;
  const other: Frame = headline === 'mic' ? 'gso' : 'mic';
  // A caller's override of the headline series' national figures is not the other series'.
  const {
    nationalShare: _s,
    nationalCore: _c,
    nationalPlatform: _p,
    ...shared
  } = settings.overrides;
  const otherSetup = setupOfParsed(
    { ...setup.input, frame: other },
    { ...settings, overrides: shared },
    context,
  );
  const otherPoint = evaluate(otherSetup.base, otherSetup.plan, emptyOutput());
  const otherDraws = Math.min(interval.draws, OTHER_FRAME_DRAWS);
  const otherInterval = simulate(
    otherSetup,
    otherDraws,
    settings.seed,
    methodErrorOf(settings.reference),
    undefined,
    settings.sampler,
    settings.cache,
    settings.helper,
  );
  const otherNational = compareNational(
    otherPoint.total,
    { frame: other, ...otherSetup.national },
    otherPoint.nationalSectoral,
  );
  return {
    [headline]: entry(point, interval, national, interval.draws),
    [other]: entry(otherPoint, otherInterval, otherNational, otherDraws),
  } as Record<Frame, FrameEstimate>;
}

/**
 * The observations the trend is fitted on (docs/method.md §5): the history of the estimate's
 * frame (a point without a frame counts as the input's), and the published share when it is of
 * the estimate's year and frame and that year is not in the history already.
 */
function trendPoints(input: LocalityInput): HistoryPoint[] {
  const sameFrame = (frame: Frame | undefined) => frame === undefined || frame === input.frame;
  const history = (input.history ?? []).filter((h) => sameFrame(h.frame));
  const { published } = input;
  if (!published || !sameFrame(published.frame)) return history;
  const year = published.year ?? input.year;
  if (year !== input.year || history.some((h) => h.year === year)) return history;
  return [...history, { year, share: published.share, source: published.source }];
}

/** A share as the English labels of data/targets.json write it: 0.35 → "35%". */
const percent = (share: number) => `${Math.round(share * 10000) / 100}%`;

/**
 * The targets the input states itself (`targets`), as targets of its locality: ids `input-1`, …;
 * the source's leading registry keys ("D8: …") are cited as such, any other text as the caller's.
 */
function inputTargets(input: LocalityInput, reference: ReferenceData): Target[] {
  const known = new Set(Object.keys(reference.sources.sources));
  const locality = findLocality(input.locality, reference)?.id ?? input.locality;
  return (input.targets ?? []).map((t, i) => {
    const keys = leadingSourceKeys(t.source, known).keys;
    const high = t.high ?? t.low;
    return {
      id: `input-${i + 1}`,
      scope: 'local',
      locality,
      year: t.year,
      low: t.low,
      high,
      label:
        t.label ??
        `${input.locality}: ${percent(t.low)}${high > t.low ? `–${percent(high)}` : ''} of GRDP by ${t.year}`,
      instrument: 'given in the input',
      source: keys.length > 0 ? keys : [t.source],
      ...(t.label ? { inputLabel: t.label } : {}),
    };
  });
}

/** The comparisons: the national average of the frame, every applicable target, the trend. */
function compare(setup: Setup, point: ModelOutput, reference: ReferenceData) {
  const { input } = setup;
  const targets = [
    ...applicableTargets(input.locality, reference),
    ...inputTargets(input, reference),
  ];
  const history = trendPoints(input);
  const trajectory =
    history.length >= 2
      ? projectTrajectory(history, { to: Math.max(2030, ...targets.map((t) => t.year)) })
      : null;
  return {
    national: compareNational(
      point.total,
      { frame: input.frame, ...setup.national },
      point.nationalSectoral,
    ),
    targets,
    comparisons: compareTargets(point.total, input.year, targets, trajectory, reference),
    trajectory,
  };
}

/**
 * Every source key the result used, with its registry entry: the parameters', the targets', and
 * the registry keys an input's published share or history names first ("seed-004: …").
 */
function usedSources(
  setup: Setup,
  targets: readonly Target[],
  byFrame: Record<Frame, FrameEstimate>,
  reference: ReferenceData,
) {
  const registry = reference.sources.sources;
  const known = new Set(Object.keys(registry));
  const { published, history = [] } = setup.input;
  const keys = new Set([
    ...setup.parameters.flatMap((p) => p.source),
    ...targets.flatMap((t) => t.source),
    ...Object.values(byFrame).flatMap((f) => f.national.source),
    ...[published?.source, ...history.map((h) => h.source)].flatMap((text) =>
      text === undefined ? [] : leadingSourceKeys(text, known).keys,
    ),
  ]);
  const sources: Record<string, Source> = {};
  for (const key of [...keys].sort()) {
    sources[key] = registry[key] ?? {
      title: key,
      publisher: 'given by the caller',
      url: '',
      what: 'given by the caller',
    };
  }
  return sources;
}

const CORE_FROM = {
  revenue: 'ictRevenue×rho',
  valueAdded: 'ictValueAdded',
  segments: 'ictSegments',
} as const;

/** The result object: the figures, the comparisons, the checks and the provenance. */
function assemble(
  setup: Setup,
  point: ModelOutput,
  interval: DrawnInterval,
  comparison: ReturnType<typeof compare>,
  checks: readonly Check[],
  byFrame: Record<Frame, FrameEstimate>,
  settings: EstimateSettings,
): EstimateResult {
  const { input, plan } = setup;
  const { reference } = settings;
  return {
    locality: input.locality,
    localityId: findLocality(input.locality, reference)?.id ?? null,
    year: input.year,
    frame: input.frame,
    unit: input.unit,
    share: {
      point: point.total,
      median: interval.median,
      low: interval.low,
      high: interval.high,
      parameterInterval: { low: interval.parameter.low, high: interval.parameter.high },
      methodError: methodErrorOf(reference),
      monteCarloError: {
        ...interval.standardError,
        parameterLow: interval.parameter.standardError.low,
        parameterHigh: interval.parameter.standardError.high,
      },
    },
    byFrame,
    components: { core: point.core, platform: point.platform, sectoral: point.sectoral },
    platform: setup.platform,
    intermediate: {
      coreValueAdded: point.coreValueAdded,
      firmDensity: point.firmDensity,
      workforceShare: point.workforceShare,
      workforceLQ: point.workforceLQ,
      firmsLQ: point.firmsLQ,
      intensity: point.intensity,
      nationalSectoral: point.nationalSectoral,
      firmDensityFrom: plan.densityFromRatio ? 'firmsPerThousand' : 'digitalFirms/population',
      workforceShareFrom: plan.workforceFromRatio ? 'itWorkforceShare' : 'itWorkers/labourForce',
      coreFrom: CORE_FROM[plan.coreFrom],
    },
    alternatives: alternatives(setup.base, point),
    national: comparison.national,
    targets: comparison.comparisons,
    trajectory: comparison.trajectory,
    checks,
    parameters: setup.parameters,
    sensitivity: sensitivity(setup),
    provenance: {
      method: METHOD_NAME,
      methodVersion: METHOD_VERSION,
      dataVersion: dataVersion(reference),
      packageVersion: PACKAGE_VERSION,
      seed: settings.seed,
      draws: interval.draws,
      sampler: settings.sampler,
      precision:
        settings.precision === undefined
          ? null
          : { target: settings.precision, reached: interval.reached, maxDraws: settings.draws },
      generator:
        settings.sampler === 'sobol'
          ? `scrambled Sobol points (Joe–Kuo direction numbers, random linear matrix scramble and digital shift from xoshiro128** seeded by fmix32 from (seed, quantity)), ${SOBOL_REPLICATES} independent scrambles; triangular draws and Student t by inverse CDF`
          : 'xoshiro128** (32-bit), one stream per variable seeded by fmix32 from (seed, variable); triangular draws by inverse CDF, Student t by Bailey’s polar method',
      parameters: setup.parameters,
      sources: usedSources(setup, comparison.targets, byFrame, reference),
    },
    input,
  };
}
