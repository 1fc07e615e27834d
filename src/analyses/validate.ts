import { sampleRankCorrelation } from 'simple-statistics';
import * as z from 'zod';
import daNang2024 from '../../data/inputs/da-nang-2024.json';
import validationJson from '../../data/validation.json';
import { estimate } from '../estimate/estimate.js';
import { type Reason, reason } from '../i18n/messages.js';
import { checkOptions } from '../input/options.js';
import { parseInput } from '../input/parseInput.js';
import {
  type Frame,
  FrameSchema,
  type LocalityInputInit,
  LocalityInputSchema,
} from '../input/schemas.js';
import { mentionsKey } from '../input/sourceKeys.js';
import { emptyOutput, evaluate } from '../model/model.js';
import { type ModelOptions, resolveReference, resolveSetup } from '../model/resolveSetup.js';
import { findLocality, nearestYear, type Source } from '../reference/reference.js';
import {
  type ErrorFigure,
  estimateMethodError,
  type MethodErrorEstimate,
} from '../uncertainty/methodError.js';
import { simulate } from '../uncertainty/simulate.js';
import {
  type CalibratedParameter,
  type CalibrationResult,
  type CalibrationRow,
  calibrate,
} from './calibrate.js';

/** Bundled input files a validation data set may refer to by name. */
const BUNDLED_FILES: Readonly<Record<string, unknown>> = { 'inputs/da-nang-2024.json': daNang2024 };

const sourceKeys = z.array(z.string().min(1)).min(1);

/**
 * Schema of a validation data set (data/validation.json).
 *
 * @example
 * ValidationDataSchema.safeParse(validationData).success // => true
 */
export const ValidationDataSchema = z.strictObject({
  description: z.string(),
  published: z.array(
    z.strictObject({
      locality: z.string().min(1),
      year: z.number().int(),
      frame: FrameSchema,
      share: z.number().gt(0).lt(1),
      primary: z.boolean(),
      source: sourceKeys,
      note: z.string().optional(),
    }),
  ),
  inputs: z.array(
    z.union([z.strictObject({ file: z.string() }), z.strictObject({ input: LocalityInputSchema })]),
  ),
  availability: z.array(
    z.strictObject({
      locality: z.string(),
      year: z.number().int(),
      found: z.array(z.string()),
      missing: z.array(z.string()),
    }),
  ),
  segments: z.string(),
  source: sourceKeys,
});

/**
 * A validation data set.
 *
 * @example
 * await validate({ data: { ...validationData, published: [...validationData.published, myRow] } })
 */
export type ValidationData = z.output<typeof ValidationDataSchema>;

/**
 * The validation data bundled in data/validation.json.
 *
 * @example
 * validationData.published.length // the published provincial shares found, each with its source
 */
export const validationData: ValidationData = validationJson as ValidationData;

/**
 * One published share compared with the estimate from the locality's inputs.
 *
 * @example
 * (await validate()).rows[0]
 * // => { locality: 'Da Nang', year: 2022, frame: 'mic', published: 0.1976, estimate: 0.157…, error: -0.039…, … }
 */
export interface ValidationRow {
  readonly locality: string;
  readonly localityId: string;
  readonly year: number;
  readonly frame: Frame;
  readonly published: number;
  /** Whether this published figure counts in the summary (one per locality, year and frame). */
  readonly primary: boolean;
  readonly estimate: number;
  /** The predictive interval (parameters and method error). */
  readonly low: number;
  readonly high: number;
  /** The interval of the parameter and input ranges alone. */
  readonly parameterLow: number;
  readonly parameterHigh: number;
  /** estimate − published, in share units. */
  readonly error: number;
  readonly source: readonly string[];
}

/**
 * Agreement of estimates with published shares.
 *
 * @example
 * (await validate()).summary // => { n: 3, mae: 0.019…, bias: -0.006…, spearman: 1, coverage: 1, parameterCoverage: 0.33…, meanWidth: 0.09…, parameterMeanWidth: 0.03… }
 */
export interface ValidationSummary {
  readonly n: number;
  /** Mean absolute error, share units; null without rows. */
  readonly mae: number | null;
  /** Mean of estimate − published; null without rows. */
  readonly bias: number | null;
  /** Spearman rank correlation; null with fewer than three rows. */
  readonly spearman: number | null;
  /** Fraction of published shares inside the 5–95% predictive interval; null without rows. */
  readonly coverage: number | null;
  /** Fraction inside the interval of the parameter ranges alone; null without rows. */
  readonly parameterCoverage: number | null;
  /** Mean width of the predictive interval, share units; null without rows. */
  readonly meanWidth: number | null;
  /** Mean width of the parameter interval, share units; null without rows. */
  readonly parameterMeanWidth: number | null;
  readonly reason?: Reason;
}

/**
 * Leave-one-out check of the predictive interval (docs/method.md §4): each locality-year's
 * figures are held out, the method error is estimated from the others, and the held-out figures
 * are compared with the interval it gives.
 *
 * @example
 * (await validate()).leaveOneOut // => { groups: 3, figures: 6, coverage: 0.83…, primaryCoverage: 0.66…, meanWidth: 0.1…, parameterCoverage: 0.33…, parameterMeanWidth: 0.03… }
 */
export interface LeaveOneOut {
  /** Locality-years held out in turn. */
  readonly groups: number;
  /** Published figures (primary and alternate) of those locality-years. */
  readonly figures: number;
  /** Fraction of all figures inside their held-out predictive interval. */
  readonly coverage: number;
  /** The same, primary figures only. */
  readonly primaryCoverage: number;
  /** Mean width of the held-out predictive intervals (one per locality-year), share units. */
  readonly meanWidth: number;
  /** Fraction of all figures inside the parameter interval (which uses no published figure). */
  readonly parameterCoverage: number;
  readonly parameterMeanWidth: number;
}

/**
 * The nation estimated as a locality, against the frame's own national share.
 *
 * @example
 * (await validate()).national[0] // => { frame: 'gso', year: 2023, published: 0.1287, estimate: 0.1341…, error: 0.0054… }
 */
export interface NationalCheck {
  readonly frame: Frame;
  readonly year: number;
  readonly published: number;
  readonly estimate: number;
  readonly error: number;
}

/**
 * What calibration gains, judged out of sample.
 *
 * @example
 * const { fit, defaultMae, leaveOneOutMae, improves } = (await validate({ calibrate: ['beta'] })).calibration!;
 */
export interface CalibrationReport {
  readonly fit: CalibrationResult;
  /** Mean absolute error of the point estimates at the default parameters. */
  readonly defaultMae: number;
  /** Leave-one-out mean absolute error: each row predicted from a fit to the others (null with one row). */
  readonly leaveOneOutMae: number | null;
  /** Whether the leave-one-out error is below the default one (the only case to change defaults). */
  readonly improves: boolean;
}

/**
 * The result of `validate`.
 *
 * @example
 * const { rows, summary, national, lacking } = await validate();
 */
export interface ValidationResult {
  readonly rows: readonly ValidationRow[];
  /** Primary rows of both frames. */
  readonly summary: ValidationSummary;
  readonly byFrame: Readonly<Record<Frame, ValidationSummary>>;
  readonly national: readonly NationalCheck[];
  /** Published shares without inputs: what was found and what is missing. */
  readonly lacking: readonly {
    readonly locality: string;
    readonly name: string;
    readonly year: number;
    readonly frame: Frame;
    readonly published: number;
    readonly found: readonly string[];
    readonly missing: readonly string[];
  }[];
  /** Whether segment ratios could be tested (electronics-assembly provinces). */
  readonly segments: string;
  readonly calibration?: CalibrationReport;
  /**
   * The method error estimated from every row (primary and alternate, grouped by locality, year
   * and frame): what data/parameters.json `methodError` holds for the bundled data. Null without rows.
   */
  readonly methodError: MethodErrorEstimate | null;
  /** Leave-one-out coverage and width of both intervals; null with fewer than two locality-years. */
  readonly leaveOneOut: LeaveOneOut | null;
  /** The registry entries of the rows' sources (data/sources.json), by key. */
  readonly sources: Readonly<Record<string, Source>>;
}

/**
 * Options of `validate`.
 *
 * @example
 * await validate({ draws: 20_000, seed: 1, calibrate: ['beta'] })
 */
export interface ValidateOptions extends ModelOptions {
  /** Another validation data set (validated first). */
  readonly data?: ValidationData;
  readonly draws?: number;
  readonly seed?: number;
  /** Also fit these parameters and judge the fit by leave-one-out error. */
  readonly calibrate?: readonly CalibratedParameter[];
}

function summarise(rows: readonly ValidationRow[]): ValidationSummary {
  const n = rows.length;
  if (n === 0)
    return {
      n,
      mae: null,
      bias: null,
      spearman: null,
      coverage: null,
      parameterCoverage: null,
      meanWidth: null,
      parameterMeanWidth: null,
      reason: reason('no-rows'),
    };
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const spearman =
    n >= 3
      ? sampleRankCorrelation(
          rows.map((r) => r.estimate),
          rows.map((r) => r.published),
        )
      : null;
  return {
    n,
    mae: mean(rows.map((r) => Math.abs(r.error))),
    bias: mean(rows.map((r) => r.error)),
    spearman: spearman !== null && Number.isFinite(spearman) ? spearman : null,
    coverage: mean(rows.map((r) => (r.published >= r.low && r.published <= r.high ? 1 : 0))),
    parameterCoverage: mean(
      rows.map((r) => (r.published >= r.parameterLow && r.published <= r.parameterHigh ? 1 : 0)),
    ),
    meanWidth: mean(rows.map((r) => r.high - r.low)),
    parameterMeanWidth: mean(rows.map((r) => r.parameterHigh - r.parameterLow)),
    ...(n < 3 ? { reason: reason('spearman-few-rows', { n }) } : {}),
  };
}

/**
 * Compare the method with every published provincial share that has sourced inputs (same frame and
 * year), and report the mean absolute error, bias, Spearman rank correlation and interval coverage,
 * overall and per frame; estimate the nation itself as a locality, which must reproduce the frame's
 * national share; list the published shares that lack inputs and what is missing. With
 * `calibrate`, also fit those parameters and report the leave-one-out error that decides whether a
 * default should change (docs/method.md §4); calibration loads mathjs, so `validate` is
 * asynchronous.
 *
 * @param options - `data`, `draws`, `seed`, `reference`, `parameters`, `calibrate`.
 * @returns A promise of the rows, summaries, national self-check, lacking rows, calibration.
 * @throws {InputError} For an invalid data set or options.
 * @example (await validate()).national.find((c) => c.frame === 'mic' && c.year === 2024)?.error
 * // => −0.0000… (the nation reproduces 18.3% to within rounding of ρ)
 */
export async function validate(options: ValidateOptions = {}): Promise<ValidationResult> {
  const settings = checkOptions(options, 'validate options', [
    'data',
    'draws',
    'seed',
    'calibrate',
    'reference',
    'parameters',
  ]);
  const data =
    settings.data === undefined
      ? validationData
      : parseInput(ValidationDataSchema, settings.data, 'validate (options.data)');
  const reference = resolveReference(settings.reference, 'validate');
  const modelOptions = {
    reference,
    ...(settings.parameters ? { parameters: settings.parameters } : {}),
  };
  const estimateOptions = {
    ...modelOptions,
    ...(settings.draws ? { draws: settings.draws } : {}),
    ...(settings.seed !== undefined ? { seed: settings.seed } : {}),
  };

  const inputs = data.inputs.map((entry) =>
    'file' in entry ? (BUNDLED_FILES[entry.file] as LocalityInputInit | undefined) : entry.input,
  );
  const byKey = new Map<string, LocalityInputInit>();
  inputs.forEach((input, i) => {
    if (input === undefined) throw new Error(`validation input ${i} names an unknown bundled file`);
    const id = findLocality(input.locality, reference)?.id ?? input.locality;
    const { published: _p, history: _h, ...plain } = input;
    byKey.set(`${id}|${input.year}`, plain);
  });

  const rows: ValidationRow[] = [];
  const lacking: ValidationResult['lacking'][number][] = [];
  const calibrationRows: CalibrationRow[] = [];
  const groupSetups = new Map<string, { framed: unknown; draws: number; seed: number }>();
  for (const published of data.published) {
    const input = byKey.get(`${published.locality}|${published.year}`);
    if (!input) {
      if (published.primary) {
        const known = data.availability.find(
          (a) => a.locality === published.locality && a.year === published.year,
        );
        lacking.push({
          locality: published.locality,
          name:
            reference.localities.localities.find((l) => l.id === published.locality)?.name ??
            published.locality,
          year: published.year,
          frame: published.frame,
          published: published.share,
          found: known?.found ?? [],
          missing: known?.missing ?? ['every input'],
        });
      }
      continue;
    }
    const framed = { ...input, frame: published.frame };
    const result = estimate(framed, estimateOptions);
    rows.push({
      locality: result.locality,
      localityId: published.locality,
      year: published.year,
      frame: published.frame,
      published: published.share,
      primary: published.primary,
      estimate: result.share.point,
      low: result.share.low,
      high: result.share.high,
      parameterLow: result.share.parameterInterval.low,
      parameterHigh: result.share.parameterInterval.high,
      error: result.share.point - published.share,
      source: published.source,
    });
    const group = `${published.locality}|${published.year}|${published.frame}`;
    if (!groupSetups.has(group))
      groupSetups.set(group, {
        framed,
        draws: result.provenance.draws,
        seed: result.provenance.seed,
      });
    if (published.primary) calibrationRows.push({ input: framed, published: published.share });
  }

  const primary = rows.filter((r) => r.primary);
  const national = nationalChecks(reference, modelOptions);
  const figures = rows.map(errorFigure);
  // The rows' sources, and the registry keys the lacking rows' notes mention ("share (D1)").
  const registry = reference.sources.sources;
  const notes = lacking.flatMap((l) => l.found).join('\n');
  const mentioned = Object.keys(registry).filter((key) => mentionsKey(notes, key));
  const sources: Record<string, Source> = {};
  for (const key of [...new Set([...rows.flatMap((r) => r.source), ...mentioned])].sort())
    if (registry[key]) sources[key] = registry[key];
  return {
    rows,
    sources,
    summary: summarise(primary),
    byFrame: {
      mic: summarise(primary.filter((r) => r.frame === 'mic')),
      gso: summarise(primary.filter((r) => r.frame === 'gso')),
    },
    national,
    lacking,
    segments: data.segments,
    methodError: estimateMethodError(figures),
    leaveOneOut: leaveOneOut(figures, groupSetups, modelOptions),
    ...(settings.calibrate
      ? { calibration: await calibrationReport(calibrationRows, settings.calibrate, modelOptions) }
      : {}),
  };
}

/** A row as evidence of the method error, grouped by locality, year and frame. */
function errorFigure(row: ValidationRow): ErrorFigure & { readonly row: ValidationRow } {
  return {
    group: `${row.localityId}|${row.year}|${row.frame}`,
    published: row.published,
    estimate: row.estimate,
    row,
  };
}

/**
 * Hold out each locality-year in turn: estimate the method error from the others' figures and
 * compare the held-out figures with the predictive interval it gives (same draws and seed).
 */
function leaveOneOut(
  figures: readonly ReturnType<typeof errorFigure>[],
  setups: ReadonlyMap<string, { framed: unknown; draws: number; seed: number }>,
  options: ModelOptions,
): LeaveOneOut | null {
  const groups = [...new Set(figures.map((f) => f.group))];
  if (groups.length < 2) return null;
  const held: { row: ValidationRow; inside: boolean; insideParameters: boolean }[] = [];
  const widths: { predictive: number; parameter: number }[] = [];
  for (const group of groups) {
    const others = estimateMethodError(figures.filter((f) => f.group !== group));
    const spec = setups.get(group);
    if (!others || !spec) continue;
    const setup = resolveSetup(spec.framed, options, 'validate (leave-one-out)');
    const interval = simulate(setup, spec.draws, spec.seed, others);
    const { parameter } = interval;
    widths.push({
      predictive: interval.high - interval.low,
      parameter: parameter.high - parameter.low,
    });
    for (const { row } of figures.filter((f) => f.group === group))
      held.push({
        row,
        inside: row.published >= interval.low && row.published <= interval.high,
        insideParameters: row.published >= parameter.low && row.published <= parameter.high,
      });
  }
  const share = (items: readonly { inside: boolean }[]) =>
    items.length > 0 ? items.filter((h) => h.inside).length / items.length : 0;
  const mean = (values: number[]) =>
    values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0;
  return {
    groups: groups.length,
    figures: held.length,
    coverage: share(held),
    primaryCoverage: share(held.filter((h) => h.row.primary)),
    meanWidth: mean(widths.map((w) => w.predictive)),
    parameterCoverage: share(held.map((h) => ({ inside: h.insideParameters }))),
    parameterMeanWidth: mean(widths.map((w) => w.parameter)),
  };
}

/** The nation as a locality: GDP, the whole ICT sector's revenue, the national densities (LQ = 1). */
function nationalChecks(
  reference: ReturnType<typeof resolveReference>,
  options: ModelOptions,
): NationalCheck[] {
  const { national } = reference;
  const checks: NationalCheck[] = [];
  for (const row of national.deShare) {
    const gdp = national.gdp.find((g) => g.year === row.year);
    const ict = national.ictSector.find((s) => s.year === row.year);
    const density = nearestYear(national.firmDensity, row.year)?.row;
    const workforce = nearestYear(national.itWorkforceShare, row.year)?.row;
    if (!gdp || !ict || !density || !workforce) continue;
    const input = {
      locality: 'Viet Nam',
      year: row.year,
      frame: row.frame,
      grdp: gdp.value,
      ictRevenue: ict.revenue,
      firmsPerThousand: density.value,
      itWorkforceShare: workforce.value,
    };
    const setup = resolveSetup(input, options, 'validate (national self-check)');
    const share = evaluate(setup.base, setup.plan, emptyOutput()).total;
    checks.push({
      frame: row.frame,
      year: row.year,
      published: row.value,
      estimate: share,
      error: share - row.value,
    });
  }
  return checks.sort((a, b) => a.frame.localeCompare(b.frame) || a.year - b.year);
}

async function calibrationReport(
  rows: readonly CalibrationRow[],
  fit: readonly CalibratedParameter[],
  options: ModelOptions,
): Promise<CalibrationReport> {
  const point = (row: CalibrationRow, overrides: ModelOptions['parameters']) => {
    const setup = resolveSetup(
      row.input,
      { ...options, parameters: { ...options.parameters, ...overrides } },
      'validate (calibration)',
    );
    const vector = Float64Array.from(setup.base);
    return evaluate(vector, setup.plan, emptyOutput()).total;
  };
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const defaultMae = mean(rows.map((row) => Math.abs(point(row, {}) - row.published)));
  const calibrateOptions = {
    reference: options.reference,
    fixed: options.parameters,
    parameters: fit,
  };
  const fitted = await calibrate(rows, calibrateOptions);
  let leaveOneOutMae: number | null = null;
  if (rows.length >= 2) {
    const errors: number[] = [];
    for (const [i, row] of rows.entries()) {
      const others = rows.filter((_, k) => k !== i);
      const partial = await calibrate(others, calibrateOptions);
      const overrides = Object.fromEntries(
        partial.parameters.map((p) => [p.name, { value: p.value }]),
      );
      errors.push(Math.abs(point(row, overrides) - row.published));
    }
    leaveOneOutMae = mean(errors);
  }
  return {
    fit: fitted,
    defaultMae,
    leaveOneOutMae,
    improves: leaveOneOutMae !== null && leaveOneOutMae < defaultMae,
  };
}
