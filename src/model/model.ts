/**
 * The estimation model of docs/method.md §3, written once over a flat vector of named variables
 * (inputs and parameters) so that the point estimate, every Monte Carlo draw and every
 * sensitivity swing run the same arithmetic.
 */

import { INPUT_NAMES } from '../input/names.js';

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
 * I_L = √(LQ_w · LQ_f) of one draw, as `evaluate` computes it: LQ_w = w / w_n, LQ_f = f / f_n.
 * Small, so that V8 inlines it into the column loops below.
 */
function intensityOf(
  firmDensity: number,
  workforceShare: number,
  nationalWorkforce: number,
  nationalDensity: number,
): number {
  return Math.sqrt((workforceShare / nationalWorkforce) * (firmDensity / nationalDensity));
}

/** S_L of one draw given its I_L^β, as `evaluate` computes it (inlined like intensityOf). */
function totalOfPower(
  coreValueAdded: number,
  platformRevenue: number,
  grdp: number,
  rho: number,
  nationalShare: number,
  nationalCore: number,
  nationalPlatform: number,
  powered: number,
): number {
  let core = coreValueAdded / grdp;
  if (core >= 1) core = 1;
  let platform = (platformRevenue * rho) / grdp;
  if (core + platform > 1) platform = 1 - core;
  const nationalSectoral = Math.max(0, nationalShare - nationalCore - nationalPlatform);
  const rest = 1 - core - platform;
  let sectoral = (nationalSectoral * powered * rest) / (1 - nationalCore - nationalPlatform);
  if (sectoral > rest) sectoral = rest;
  return core + platform + sectoral;
}

/**
 * The variable each view of a chunk reads under a plan, in this order (the draw kernel's too,
 * src/uncertainty/wasm/draws.as.ts): GRDP, ρ, core (revenue, value added or segments), platform
 * revenue, national core, national platform, national share, firm density (or firms), population,
 * IT workforce share (or workers), labour force, national IT workforce share, national firm
 * density, β. Undefined where a plan without a separate platform reads 0.
 */
export function viewVariables(plan: ModelPlan): readonly (number | undefined)[] {
  const separate = plan.platformSeparate;
  return [
    GRDP,
    RHO,
    plan.coreFrom === 'revenue'
      ? ICT_REVENUE
      : plan.coreFrom === 'valueAdded'
        ? ICT_VALUE_ADDED
        : ICT_SEGMENTS,
    separate ? PLATFORM_REVENUE : undefined,
    NATIONAL_CORE,
    separate ? NATIONAL_PLATFORM : undefined,
    NATIONAL_SHARE,
    plan.densityFromRatio ? FIRMS_PER_THOUSAND : DIGITAL_FIRMS,
    POPULATION,
    plan.workforceFromRatio ? IT_WORKFORCE_SHARE : IT_WORKERS,
    LABOUR_FORCE,
    NATIONAL_WORKFORCE,
    NATIONAL_FIRM_DENSITY,
    BETA,
  ];
}

/**
 * The plan's choices as the draw kernel reads them: 1 core from revenue (× ρ), 2 firm density
 * as stated, 4 IT workforce share as stated.
 */
export function viewFlags(plan: ModelPlan): number {
  return (
    (plan.coreFrom === 'revenue' ? 1 : 0) |
    (plan.densityFromRatio ? 2 : 0) |
    (plan.workforceFromRatio ? 4 : 0)
  );
}

/** The column views of a chunk that `intensityOf` and `totalOfPower` read, under a plan. */
function chunkViews(
  base: Float64Array,
  plan: ModelPlan,
  columns: readonly (Float64Array | undefined)[],
) {
  // A view a plan without a separate platform reads is a 0.
  const zero = new Float64Array(1);
  const at = (i: number | undefined) =>
    i === undefined ? zero : (columns[i] ?? base.subarray(i, i + 1));
  const maskOf = (i: number | undefined) => (i === undefined || columns[i] === undefined ? 0 : -1);
  const [
    grdp,
    rho,
    core,
    platform,
    nationalCore,
    nationalPlatform,
    nationalShare,
    density,
    population,
    workforce,
    labour,
    nationalWorkforce,
    nationalDensity,
    beta,
  ] = viewVariables(plan);
  return {
    grdp: at(grdp),
    grdpM: maskOf(grdp),
    rho: at(rho),
    rhoM: maskOf(rho),
    core: at(core),
    coreM: maskOf(core),
    fromRevenue: plan.coreFrom === 'revenue',
    platform: at(platform),
    platformM: maskOf(platform),
    nationalCore: at(nationalCore),
    nationalCoreM: maskOf(nationalCore),
    nationalPlatform: at(nationalPlatform),
    nationalPlatformM: maskOf(nationalPlatform),
    nationalShare: at(nationalShare),
    nationalShareM: maskOf(nationalShare),
    densityRatio: plan.densityFromRatio,
    density: at(density),
    densityM: maskOf(density),
    population: at(population),
    populationM: maskOf(population),
    workforceRatio: plan.workforceFromRatio,
    workforce: at(workforce),
    workforceM: maskOf(workforce),
    labour: at(labour),
    labourM: maskOf(labour),
    nationalWorkforce: at(nationalWorkforce),
    nationalWorkforceM: maskOf(nationalWorkforce),
    nationalDensity: at(nationalDensity),
    nationalDensityM: maskOf(nationalDensity),
    beta: at(beta),
    betaM: maskOf(beta),
  };
}

/** I_L of draw d of a chunk (`intensityOf` on the chunk's views). */
function intensityAt(c: ReturnType<typeof chunkViews>, d: number): number {
  const density = c.densityRatio
    ? (c.density[d & c.densityM] as number)
    : ((c.density[d & c.densityM] as number) / (c.population[d & c.populationM] as number)) * 1000;
  const workforce = c.workforceRatio
    ? (c.workforce[d & c.workforceM] as number)
    : (c.workforce[d & c.workforceM] as number) / (c.labour[d & c.labourM] as number);
  return intensityOf(
    density,
    workforce,
    c.nationalWorkforce[d & c.nationalWorkforceM] as number,
    c.nationalDensity[d & c.nationalDensityM] as number,
  );
}

/** The intensities of a chunk, between the passes of evaluateTotals (grown and reused). */
let intensities = new Float64Array(0);

/** S_L of draw d of a chunk given its I_L^β (`totalOfPower` on the chunk's views). */
function totalAt(c: ReturnType<typeof chunkViews>, d: number, power: number): number {
  const rho = c.rho[d & c.rhoM] as number;
  return totalOfPower(
    c.fromRevenue ? (c.core[d & c.coreM] as number) * rho : (c.core[d & c.coreM] as number),
    c.platform[d & c.platformM] as number,
    c.grdp[d & c.grdpM] as number,
    rho,
    c.nationalShare[d & c.nationalShareM] as number,
    c.nationalCore[d & c.nationalCoreM] as number,
    c.nationalPlatform[d & c.nationalPlatformM] as number,
    power,
  );
}

/**
 * The variables I_L^β reads under a plan: β, the national firm density and IT
 * workforce share, and the inputs the density and the workforce share come from.
 */
export function intensityVariables(plan: ModelPlan): number[] {
  return [
    BETA,
    NATIONAL_FIRM_DENSITY,
    NATIONAL_WORKFORCE,
    ...(plan.densityFromRatio ? [FIRMS_PER_THOUSAND] : [DIGITAL_FIRMS, POPULATION]),
    ...(plan.workforceFromRatio ? [IT_WORKFORCE_SHARE] : [IT_WORKERS, LABOUR_FORCE]),
  ];
}

/**
 * The total share S_L of `evaluate` for a chunk of draws, written into `totals[0 … n)`: the same
 * arithmetic in the same order (so the same bits), without the output object and with the plan's
 * choices made once; with `powered`, each draw's I_L^β is written there too. `columns[i]` holds
 * variable i's draws, or is undefined for a variable that keeps its value in `base`; a constant
 * is read through a one-element view with an index mask of 0, a column with a mask of −1, so that
 * the loop has no branch on which variables are drawn.
 */
export function evaluateTotals(
  base: Float64Array,
  plan: ModelPlan,
  columns: readonly (Float64Array | undefined)[],
  n: number,
  totals: Float64Array,
  powered?: Float64Array,
): void {
  const c = chunkViews(base, plan, columns);
  const out = powered ?? totals;
  if (intensityVariables(plan).every((i) => columns[i] === undefined)) {
    // Neither β nor the intensity is drawn: I_L^β once, not once a draw.
    const once = power(intensityAt(c, 0), c.beta[0] as number);
    if (powered) powered.fill(once, 0, n);
    for (let d = 0; d < n; d++) totals[d] = totalAt(c, d, once);
    return;
  }
  // I_L^β in three passes, I_L, ln I_L, exp(β · ln I_L): each loop's draws are independent, so
  // the processor overlaps their square roots, logarithms and exponentials, where one loop doing
  // all three waited on each in turn (about three times as long). Same operations, same bits.
  // Each pass is a small function of its own, which V8 optimises early and once.
  if (intensities.length < n) intensities = new Float64Array(n);
  const intensity = intensities;
  intensitiesOf(c, n, intensity);
  logsOf(intensity, n, out);
  powersOf(intensity, c.beta, c.betaM, n, out);
  totalsOf(c, n, out, totals);
}

/** intensity[d] = I_L of draw d, for d < n. */
function intensitiesOf(c: ReturnType<typeof chunkViews>, n: number, intensity: Float64Array) {
  for (let d = 0; d < n; d++) intensity[d] = intensityAt(c, d);
}

/** out[d] = ln intensity[d], for d < n. */
function logsOf(intensity: Float64Array, n: number, out: Float64Array) {
  for (let d = 0; d < n; d++) out[d] = Math.log(intensity[d] as number);
}

/** out[d] = intensity[d]^β from out[d] = ln intensity[d] (exp(β · ln I), or I ** β where I ≤ 0). */
function powersOf(
  intensity: Float64Array,
  beta: Float64Array,
  betaM: number,
  n: number,
  out: Float64Array,
) {
  for (let d = 0; d < n; d++) {
    const x = intensity[d] as number;
    const b = beta[d & betaM] as number;
    out[d] = x > 0 ? Math.exp(b * (out[d] as number)) : x ** b;
  }
}

/** totals[d] = S_L of draw d given its I_L^β, powered[d], for d < n. */
function totalsOf(
  c: ReturnType<typeof chunkViews>,
  n: number,
  powered: Float64Array,
  totals: Float64Array,
) {
  for (let d = 0; d < n; d++) totals[d] = totalAt(c, d, powered[d] as number);
}

/**
 * `evaluateTotals` for draws whose I_L^β is known (`powered`, from an evaluateTotals of the same
 * draws of `intensityVariables(plan)`): the same totals, bit for bit, without the transcendental
 * functions (the other frame of an estimate reads its headline's).
 */
export function totalsOfPowers(
  base: Float64Array,
  plan: ModelPlan,
  columns: readonly (Float64Array | undefined)[],
  powered: Float64Array,
  n: number,
  totals: Float64Array,
): void {
  const c = chunkViews(base, plan, columns);
  for (let d = 0; d < n; d++) {
    totals[d] = totalAt(c, d, powered[d] as number);
  }
}
