import { type Reason, reason } from '../i18n/messages.js';
import { rangeOf } from '../input/ranged.js';
import type { IctSegment, LocalityInput, RangedNumber } from '../input/schemas.js';
import { nearestYear, type ReferenceData } from '../reference/reference.js';
import {
  INDEX,
  type ModelPlan,
  PARAMETER_NAMES,
  type ParameterName,
  VARIABLE_NAMES,
  type VariableName,
} from './model.js';

export type { ParameterName };

/**
 * A caller's value for a parameter; without low/high it is held fixed in the Monte Carlo.
 *
 * @example
 * estimate(daNang2024, { parameters: { rho: { value: 0.25, low: 0.22, high: 0.28 }, beta: { value: 0.5 } } })
 * // rho is drawn over its new range; beta is held at 0.5
 */
export interface ParameterOverride {
  readonly value: number;
  readonly low?: number | undefined;
  readonly high?: number | undefined;
  readonly source?: readonly string[] | undefined;
}

/** A variable of the model with its range. */
export interface VariableSpec {
  readonly name: VariableName;
  readonly kind: 'input' | 'parameter';
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** A reference figure read for another year than the input's. */
export interface YearFallback {
  readonly series: Exclude<ParameterName, 'rho' | 'beta'>;
  readonly wanted: number;
  readonly used: number;
}

/** Everything the model needs for one locality-year, resolved once. */
export interface Setup {
  readonly input: LocalityInput;
  readonly reference: ReferenceData;
  readonly plan: ModelPlan;
  /** The variables the plan reads, with their ranges. */
  readonly variables: readonly VariableSpec[];
  /** Values of every variable (unused ones are 0). */
  readonly base: Float64Array;
  readonly parameters: readonly ParameterUsed[];
  readonly fallbacks: readonly YearFallback[];
  readonly platform: {
    readonly treatment: 'separate' | 'inside-sectoral';
    readonly reason: Reason;
  };
  readonly national: {
    readonly year: number;
    readonly share: number;
    readonly core: number;
    readonly source: readonly string[];
  };
}

/**
 * Core value added from segments: Σ revenue × value-added ratio, the bounds from the bounds (all
 * low together, all high together: the cautious, widest interval).
 */
export function segmentValueAdded(segments: readonly IctSegment[]): {
  value: number;
  low: number;
  high: number;
} {
  const total = { value: 0, low: 0, high: 0 };
  for (const segment of segments) {
    const revenue = rangeOf(segment.revenue);
    const ratio = rangeOf(segment.valueAddedRatio);
    total.value += revenue.value * ratio.value;
    total.low += revenue.low * ratio.low;
    total.high += revenue.high * ratio.high;
  }
  return total;
}

/** Resolve the input, the reference figures for its frame and year, and the caller's overrides. */
export function prepare(
  input: LocalityInput,
  reference: ReferenceData,
  overrides: Partial<Record<ParameterName, ParameterOverride | undefined>> = {},
): Setup {
  const { frame, year } = input;
  const fallbacks: YearFallback[] = [];
  const national = reference.national;

  function pick<T extends { year: number }>(rows: readonly T[], series: YearFallback['series']): T {
    const found = nearestYear(rows, year);
    if (!found) throw new Error(`reference data has no ${series} for the ${frame} frame`);
    if (!found.exact) fallbacks.push({ series, wanted: year, used: found.row.year });
    return found.row;
  }

  const share = pick(
    national.deShare.filter((r) => r.frame === frame),
    'nationalShare',
  );
  const core = pick(
    national.coreShare.filter((r) => r.frame === frame),
    'nationalCore',
  );
  const density = pick(national.firmDensity, 'nationalFirmDensity');
  const workforce = pick(national.itWorkforceShare, 'nationalItWorkforceShare');
  const platformRows = national.platformShare.filter((r) => r.frame === frame);
  const platformRow =
    input.platformRevenue !== undefined && platformRows.length > 0
      ? pick(platformRows, 'nationalPlatform')
      : undefined;

  const platformSeparate = input.platformRevenue !== undefined && platformRow !== undefined;
  const platform = platformSeparate
    ? {
        treatment: 'separate' as const,
        reason: reason('platform-separate', { frame }),
      }
    : {
        treatment: 'inside-sectoral' as const,
        reason:
          input.platformRevenue === undefined
            ? reason('platform-none')
            : reason('platform-no-national', { frame }),
      };

  const plan: ModelPlan = {
    coreFrom:
      input.ictValueAdded !== undefined
        ? 'valueAdded'
        : input.ictSegments !== undefined
          ? 'segments'
          : 'revenue',
    densityFromRatio: input.firmsPerThousand !== undefined,
    workforceFromRatio: input.itWorkforceShare !== undefined,
    platformSeparate,
  };

  const param = (name: VariableName): ParameterUsed | undefined => {
    const spec = reference.parameters.parameters.find((p) => p.name === name);
    return (
      spec && {
        name,
        symbol: spec.symbol,
        label: spec.label,
        value: spec.value,
        low: spec.low,
        high: spec.high,
        source: spec.source,
        ...(spec.note ? { note: spec.note } : {}),
      }
    );
  };
  const rho = param('rho');
  const beta = param('beta');
  if (!rho || !beta) throw new Error('reference data lacks the parameters rho and beta');

  const defaults: Record<ParameterName, ParameterUsed> = {
    rho,
    beta,
    nationalShare: {
      name: 'nationalShare',
      symbol: 'S_n',
      label: `national digital-economy share (${frame})`,
      value: share.value,
      low: share.low,
      high: share.high,
      source: share.source,
      year: share.year,
      ...(share.note ? { note: share.note } : {}),
    },
    nationalCore: {
      name: 'nationalCore',
      symbol: 'C_n',
      label: `national core (ICT) share (${frame})`,
      value: core.value,
      low: core.value,
      high: core.value,
      source: core.source,
      year: core.year,
      ...(core.note ? { note: core.note } : {}),
    },
    nationalPlatform: {
      name: 'nationalPlatform',
      symbol: 'P_n',
      label: `national platform share (${frame})`,
      value: platformRow?.value ?? 0,
      low: platformRow?.value ?? 0,
      high: platformRow?.value ?? 0,
      source: platformRow?.source ?? [],
      ...(platformRow ? { year: platformRow.year } : {}),
    },
    nationalFirmDensity: {
      name: 'nationalFirmDensity',
      symbol: 'f_n',
      label: 'national digital firms per 1,000 inhabitants',
      value: density.value,
      low: density.low,
      high: density.high,
      source: density.source,
      year: density.year,
      ...(density.note ? { note: density.note } : {}),
    },
    nationalItWorkforceShare: {
      name: 'nationalItWorkforceShare',
      symbol: 'w_n',
      label: 'national IT share of the labour force',
      value: workforce.value,
      low: workforce.low,
      high: workforce.high,
      source: workforce.source,
      year: workforce.year,
      ...(workforce.note ? { note: workforce.note } : {}),
    },
  };

  for (const [name, override] of Object.entries(overrides) as [
    ParameterName,
    ParameterOverride | undefined,
  ][]) {
    if (override === undefined) continue;
    const current = defaults[name];
    defaults[name] = {
      name,
      symbol: current.symbol,
      label: current.label,
      value: override.value,
      low: override.low ?? override.value,
      high: override.high ?? override.value,
      source: override.source ?? ['caller'],
      note: 'given by the caller, replacing the reference value',
    };
  }

  const used: VariableName[] = [
    'grdp',
    'beta',
    'nationalShare',
    'nationalCore',
    'nationalFirmDensity',
    'nationalItWorkforceShare',
  ];
  const coreVariables = {
    revenue: ['ictRevenue', 'rho'],
    valueAdded: ['ictValueAdded'],
    segments: ['ictSegments'],
  } as const;
  used.push(...coreVariables[plan.coreFrom]);
  if (plan.platformSeparate)
    used.push(
      'platformRevenue',
      'nationalPlatform',
      ...(used.includes('rho') ? [] : (['rho'] as const)),
    );
  used.push(
    ...(plan.densityFromRatio
      ? (['firmsPerThousand'] as const)
      : (['digitalFirms', 'population'] as const)),
  );
  used.push(
    ...(plan.workforceFromRatio
      ? (['itWorkforceShare'] as const)
      : (['itWorkers', 'labourForce'] as const)),
  );

  const base = new Float64Array(VARIABLE_NAMES.length);
  const variables: VariableSpec[] = [];
  for (const name of VARIABLE_NAMES) {
    let spec: { value: number; low: number; high: number } | undefined;
    let kind: 'input' | 'parameter';
    if ((PARAMETER_NAMES as readonly string[]).includes(name)) {
      spec = defaults[name as ParameterName];
      kind = 'parameter';
    } else if (name === 'ictSegments') {
      spec = input.ictSegments && segmentValueAdded(input.ictSegments);
      kind = 'input';
    } else {
      const quantity = input[name as keyof LocalityInput] as RangedNumber | undefined;
      spec = quantity === undefined ? undefined : rangeOf(quantity);
      kind = 'input';
    }
    if (spec) base[INDEX[name]] = spec.value;
    if (spec && used.includes(name))
      variables.push({ name, kind, value: spec.value, low: spec.low, high: spec.high });
  }

  const parameters = PARAMETER_NAMES.filter((name) => used.includes(name)).map(
    (name) => defaults[name],
  );
  const nationalShare = defaults.nationalShare;
  return {
    input,
    reference,
    plan,
    variables,
    base,
    parameters,
    fallbacks,
    platform,
    national: {
      year: share.year,
      share: nationalShare.value,
      core: defaults.nationalCore.value,
      source: nationalShare.source,
    },
  };
}

/**
 * A parameter as used: default value, range, source keys and, for national figures, the year read.
 *
 * @example
 * estimate(daNang2024).parameters[0]
 * // => { name: 'rho', symbol: 'ρ', value: 0.233, low: 0.23, high: 0.26, source: ['S31'], … }
 */
export interface ParameterUsed {
  readonly name: string;
  readonly symbol: string;
  readonly label: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** Source keys of data/sources.json. */
  readonly source: readonly string[];
  /** Reference year the value was read for (national figures only). */
  readonly year?: number;
  readonly note?: string;
}
