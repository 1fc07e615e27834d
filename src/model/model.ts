/**
 * The estimation model of docs/method.md §3, written once over a flat vector of named variables
 * (inputs and parameters) so that the point estimate, every Monte Carlo draw and every
 * sensitivity swing run the same arithmetic.
 */

import { INPUT_NAMES } from '../input/schemas.js';

export { INPUT_NAMES };

/** The parameters of the method; a caller may override any of them. */
export const PARAMETER_NAMES = [
  'rho',
  'beta',
  'nationalShare',
  'nationalCore',
  'nationalPlatform',
  'nationalFirmDensity',
  'nationalItWorkforceShare',
] as const;

/**
 * A parameter of the method.
 *
 * @example
 * const fixed: Partial<Record<ParameterName, ParameterOverride>> = { beta: { value: 0.5 } };
 */
export type ParameterName = (typeof PARAMETER_NAMES)[number];

/** Every quantity the model reads, in vector order: inputs, then parameters. */
export const VARIABLE_NAMES = [...INPUT_NAMES, ...PARAMETER_NAMES] as const;

/** A quantity of the model: an input field or a parameter. */
export type VariableName = (typeof VARIABLE_NAMES)[number];

/** Position of each variable in the vector. */
export const INDEX = Object.fromEntries(VARIABLE_NAMES.map((name, i) => [name, i])) as Record<
  VariableName,
  number
>;

const GRDP = INDEX.grdp;
const ICT_REVENUE = INDEX.ictRevenue;
const ICT_VALUE_ADDED = INDEX.ictValueAdded;
const ICT_SEGMENTS = INDEX.ictSegments;
const PLATFORM_REVENUE = INDEX.platformRevenue;
const DIGITAL_FIRMS = INDEX.digitalFirms;
const POPULATION = INDEX.population;
const FIRMS_PER_THOUSAND = INDEX.firmsPerThousand;
const IT_WORKERS = INDEX.itWorkers;
const LABOUR_FORCE = INDEX.labourForce;
const IT_WORKFORCE_SHARE = INDEX.itWorkforceShare;
const RHO = INDEX.rho;
const BETA = INDEX.beta;
const NATIONAL_SHARE = INDEX.nationalShare;
const NATIONAL_CORE = INDEX.nationalCore;
const NATIONAL_PLATFORM = INDEX.nationalPlatform;
const NATIONAL_FIRM_DENSITY = INDEX.nationalFirmDensity;
const NATIONAL_WORKFORCE = INDEX.nationalItWorkforceShare;

/** Where core value added comes from: revenue × ρ, a stated value added, or revenue by segment × its ratio. */
export type CoreSource = 'revenue' | 'valueAdded' | 'segments';

/** Which of the alternative inputs the model reads; fixed once per estimate. */
export interface ModelPlan {
  /** Core value added: `ictRevenue × ρ`, `ictValueAdded`, or Σ segment revenue × segment ratio. */
  readonly coreFrom: CoreSource;
  /** Firm density is `firmsPerThousand` as stated (true) or `digitalFirms / population × 1000`. */
  readonly densityFromRatio: boolean;
  /** IT workforce share is `itWorkforceShare` as stated (true) or `itWorkers / labourForce`. */
  readonly workforceFromRatio: boolean;
  /** Platform is a separate component (platform revenue and a national platform share exist). */
  readonly platformSeparate: boolean;
}

/** Everything one evaluation produces; fractions of GRDP unless named otherwise. */
export interface ModelOutput {
  core: number;
  platform: number;
  sectoral: number;
  total: number;
  /** Core value added in the input's money unit. */
  coreValueAdded: number;
  firmDensity: number;
  workforceShare: number;
  workforceLQ: number;
  firmsLQ: number;
  intensity: number;
  /** National sectoral share D_n = S_n − C_n − P_n (never below 0). */
  nationalSectoral: number;
  /** Core value added was at least GRDP and the core share was capped at 1. */
  coreCapped: boolean;
  /** The sectoral share was capped so that the total stays at most 1. */
  sectoralCapped: boolean;
  /** The sectoral share before that cap. */
  sectoralUncapped: number;
}

export function emptyOutput(): ModelOutput {
  return {
    core: 0,
    platform: 0,
    sectoral: 0,
    total: 0,
    coreValueAdded: 0,
    firmDensity: 0,
    workforceShare: 0,
    workforceLQ: 0,
    firmsLQ: 0,
    intensity: 0,
    nationalSectoral: 0,
    coreCapped: false,
    sectoralCapped: false,
    sectoralUncapped: 0,
  };
}

/**
 * x^y for x ≥ 0, as exp(y · ln x) when x > 0. V8's Math.pow costs about three times exp and log
 * together and was the most expensive step of a Monte Carlo draw; the two agree to a few units in
 * the last place (relative error about |y · ln x| · 2^-52). x = 0 keeps `**` (0^0 = 1).
 */
export function power(x: number, y: number): number {
  return x > 0 ? Math.exp(y * Math.log(x)) : x ** y;
}

/**
 * Evaluate the model for one vector of variables, writing into `out` (reused in the hot loop).
 *
 *   C_L = VA_ICT / GRDP, VA_ICT = ictValueAdded, Σ segment revenue × ratio, or ictRevenue × ρ   (capped at 1)
 *   P_L = platformRevenue × ρ / GRDP when the platform is separate, else 0   (C_L + P_L capped at 1)
 *   D_n = S_n − C_n − P_n
 *   LQ_w = (IT workforce share) / w_n,  LQ_f = (firms per 1,000) / f_n,  I_L = √(LQ_w · LQ_f)
 *   D_L = D_n · I_L^β · (1 − C_L − P_L) / (1 − C_n − P_n)                   (capped at 1 − C_L − P_L)
 *   S_L = C_L + P_L + D_L
 *
 * Inputs are validated before they get here: GRDP, population and labour force are positive, so
 * no division is by zero; national shares are below 1, so 1 − C_n − P_n > 0.
 */
export function evaluate(v: Float64Array, plan: ModelPlan, out: ModelOutput): ModelOutput {
  const grdp = v[GRDP] as number;
  const rho = v[RHO] as number;
  const coreValueAdded =
    plan.coreFrom === 'revenue'
      ? (v[ICT_REVENUE] as number) * rho
      : (v[plan.coreFrom === 'valueAdded' ? ICT_VALUE_ADDED : ICT_SEGMENTS] as number);
  let core = coreValueAdded / grdp;
  let coreCapped = false;
  if (core >= 1) {
    core = 1;
    coreCapped = true;
  }
  let platform = plan.platformSeparate ? ((v[PLATFORM_REVENUE] as number) * rho) / grdp : 0;
  if (core + platform > 1) platform = 1 - core;

  const nationalCore = v[NATIONAL_CORE] as number;
  const nationalPlatform = plan.platformSeparate ? (v[NATIONAL_PLATFORM] as number) : 0;
  const nationalSectoral = Math.max(
    0,
    (v[NATIONAL_SHARE] as number) - nationalCore - nationalPlatform,
  );

  const firmDensity = plan.densityFromRatio
    ? (v[FIRMS_PER_THOUSAND] as number)
    : ((v[DIGITAL_FIRMS] as number) / (v[POPULATION] as number)) * 1000;
  const workforceShare = plan.workforceFromRatio
    ? (v[IT_WORKFORCE_SHARE] as number)
    : (v[IT_WORKERS] as number) / (v[LABOUR_FORCE] as number);
  const workforceLQ = workforceShare / (v[NATIONAL_WORKFORCE] as number);
  const firmsLQ = firmDensity / (v[NATIONAL_FIRM_DENSITY] as number);
  const intensity = Math.sqrt(workforceLQ * firmsLQ);

  const rest = 1 - core - platform;
  const sectoralUncapped =
    (nationalSectoral * power(intensity, v[BETA] as number) * rest) /
    (1 - nationalCore - nationalPlatform);
  let sectoral = sectoralUncapped;
  let sectoralCapped = false;
  if (sectoral > rest) {
    sectoral = rest;
    sectoralCapped = true;
  }

  out.core = core;
  out.platform = platform;
  out.sectoral = sectoral;
  out.total = core + platform + sectoral;
  out.coreValueAdded = coreValueAdded;
  out.firmDensity = firmDensity;
  out.workforceShare = workforceShare;
  out.workforceLQ = workforceLQ;
  out.firmsLQ = firmsLQ;
  out.intensity = intensity;
  out.nationalSectoral = nationalSectoral;
  out.coreCapped = coreCapped;
  out.sectoralCapped = sectoralCapped;
  out.sectoralUncapped = sectoralUncapped;
  return out;
}

/**
 * The three single-indicator estimates of docs/method.md §3 (each capped at 1):
 * workforce-only S_n·LQ_w^β, firms-only S_n·LQ_f^β, core-scaling S_n·C_L/C_n.
 */
export function alternatives(
  v: Float64Array,
  out: ModelOutput,
): { workforce: number; firms: number; coreScaling: number } {
  const nationalShare = v[NATIONAL_SHARE] as number;
  const beta = v[BETA] as number;
  const nationalCore = v[NATIONAL_CORE] as number;
  return {
    workforce: Math.min(1, nationalShare * out.workforceLQ ** beta),
    firms: Math.min(1, nationalShare * out.firmsLQ ** beta),
    coreScaling: nationalCore > 0 ? Math.min(1, (nationalShare * out.core) / nationalCore) : 0,
  };
}

/**
 * The total share S_L of `evaluate` for a chunk of draws, written into `totals[0 … n)`: the same
 * arithmetic in the same order (so the same bits), without the output object and with the plan's
 * choices made once. `columns[i]` holds variable i's draws, or is undefined for a variable that
 * keeps its value in `base`; a constant is read through a one-element view with an index mask of
 * 0, a column with a mask of −1, so that the loop has no branch on which variables are drawn.
 */
export function evaluateTotals(
  base: Float64Array,
  plan: ModelPlan,
  columns: readonly (Float64Array | undefined)[],
  n: number,
  totals: Float64Array,
): void {
  const at = (i: number) => columns[i] ?? base.subarray(i, i + 1);
  const maskOf = (i: number) => (columns[i] === undefined ? 0 : -1);
  const grdpA = at(GRDP);
  const grdpM = maskOf(GRDP);
  const rhoA = at(RHO);
  const rhoM = maskOf(RHO);
  const coreIndex =
    plan.coreFrom === 'revenue'
      ? ICT_REVENUE
      : plan.coreFrom === 'valueAdded'
        ? ICT_VALUE_ADDED
        : ICT_SEGMENTS;
  const coreA = at(coreIndex);
  const coreM = maskOf(coreIndex);
  const fromRevenue = plan.coreFrom === 'revenue';
  const separate = plan.platformSeparate;
  const platformA = at(PLATFORM_REVENUE);
  const platformM = maskOf(PLATFORM_REVENUE);
  const nationalCoreA = at(NATIONAL_CORE);
  const nationalCoreM = maskOf(NATIONAL_CORE);
  const nationalPlatformA = at(NATIONAL_PLATFORM);
  const nationalPlatformM = maskOf(NATIONAL_PLATFORM);
  const nationalShareA = at(NATIONAL_SHARE);
  const nationalShareM = maskOf(NATIONAL_SHARE);
  const densityRatio = plan.densityFromRatio;
  const densityA = at(densityRatio ? FIRMS_PER_THOUSAND : DIGITAL_FIRMS);
  const densityM = maskOf(densityRatio ? FIRMS_PER_THOUSAND : DIGITAL_FIRMS);
  const populationA = at(POPULATION);
  const populationM = maskOf(POPULATION);
  const workforceRatio = plan.workforceFromRatio;
  const workforceA = at(workforceRatio ? IT_WORKFORCE_SHARE : IT_WORKERS);
  const workforceM = maskOf(workforceRatio ? IT_WORKFORCE_SHARE : IT_WORKERS);
  const labourA = at(LABOUR_FORCE);
  const labourM = maskOf(LABOUR_FORCE);
  const nationalWorkforceA = at(NATIONAL_WORKFORCE);
  const nationalWorkforceM = maskOf(NATIONAL_WORKFORCE);
  const nationalDensityA = at(NATIONAL_FIRM_DENSITY);
  const nationalDensityM = maskOf(NATIONAL_FIRM_DENSITY);
  const betaA = at(BETA);
  const betaM = maskOf(BETA);
  for (let d = 0; d < n; d++) {
    const grdp = grdpA[d & grdpM] as number;
    const rho = rhoA[d & rhoM] as number;
    const coreValueAdded = fromRevenue
      ? (coreA[d & coreM] as number) * rho
      : (coreA[d & coreM] as number);
    let core = coreValueAdded / grdp;
    if (core >= 1) core = 1;
    let platform = separate ? ((platformA[d & platformM] as number) * rho) / grdp : 0;
    if (core + platform > 1) platform = 1 - core;
    const nationalCore = nationalCoreA[d & nationalCoreM] as number;
    const nationalPlatform = separate ? (nationalPlatformA[d & nationalPlatformM] as number) : 0;
    const nationalSectoral = Math.max(
      0,
      (nationalShareA[d & nationalShareM] as number) - nationalCore - nationalPlatform,
    );
    const firmDensity = densityRatio
      ? (densityA[d & densityM] as number)
      : ((densityA[d & densityM] as number) / (populationA[d & populationM] as number)) * 1000;
    const workforceShare = workforceRatio
      ? (workforceA[d & workforceM] as number)
      : (workforceA[d & workforceM] as number) / (labourA[d & labourM] as number);
    const workforceLQ = workforceShare / (nationalWorkforceA[d & nationalWorkforceM] as number);
    const firmsLQ = firmDensity / (nationalDensityA[d & nationalDensityM] as number);
    const intensity = Math.sqrt(workforceLQ * firmsLQ);
    const rest = 1 - core - platform;
    const beta = betaA[d & betaM] as number;
    const powered = intensity > 0 ? Math.exp(beta * Math.log(intensity)) : intensity ** beta;
    let sectoral = (nationalSectoral * powered * rest) / (1 - nationalCore - nationalPlatform);
    if (sectoral > rest) sectoral = rest;
    totals[d] = core + platform + sectoral;
  }
}
