import type { Lang } from '../i18n/format.js';
import { message } from '../i18n/messages.js';
import { recogniseUnit } from '../i18n/units.js';
import { plainValue } from '../input/ranged.js';
import type { LocalityInput } from '../input/schemas.js';
import type { ModelOutput } from '../model/model.js';
import type { Setup } from '../model/setup.js';
import { findLocality } from '../reference/reference.js';
import type { Interval } from '../uncertainty/simulate.js';

/**
 * Consistency checks (docs/method.md §6). Each returns warnings as data, never changes a number:
 * the estimate uses the rule the method states (a stated ratio over the counts, say) and the
 * check says so, with the arithmetic.
 */

/** Relative disagreement above which two figures that should agree are reported (5%). */
export const MISMATCH_TOLERANCE = 0.05;
/** Money field larger than this multiple of GRDP suggests a unit mix-up. */
export const REVENUE_TO_GRDP_LIMIT = 20;
/** Plausible GRDP per inhabitant, VND (Vietnam's provinces are far inside it). */
export const PER_CAPITA_RANGE = { low: 5e6, high: 2e9 } as const;

/**
 * Plausible GRDP of a locality, VND: from a district's (10^11, 100 billion) to more than a
 * nation's (2 × 10^16; a nation's GDP is about 10^16). Outside it, the unit is the suspect.
 */
export const GRDP_RANGE = { low: 1e11, high: 2e16 } as const;
/**
 * Intensities far above any locality's, each possible but more likely a slip (a percentage, a
 * share of another total, revenue counted for value added): an IT workforce share above 25%, more
 * than 20 digital firms per 1,000 inhabitants, a core above 60% of GRDP; the figures they are far
 * above are in docs/method.md §6.
 */
export const INTENSITY_LIMITS = {
  itWorkforceShare: 0.25,
  firmsPerThousand: 20,
  core: 0.6,
} as const;

/**
 * A core (revenue × ρ) this many times the nation's share: where ICT revenue is electronics
 * assembly for export, revenue × ρ overstates the domestic value added (the statistics office
 * puts core at 87–96% of the digital economy in such provinces, docs/method.md §8).
 */
export const ASSEMBLY_CORE_RATIO = 3;

/**
 * Warnings that make a figure unfit to rank as a measurement: a batch lists such rows unranked
 * (docs/method.md §6).
 *
 * @example
 * UNRANKED_CHECKS.includes('sectoral-capped') // => true
 */
export const UNRANKED_CHECKS: readonly CheckCode[] = [
  'sectoral-capped',
  'unit-suspect',
  'implausible-intensity',
  'core-far-above-nation',
];

/** VND per unit for the money units we recognise, or undefined. */
export function vndPerUnit(unit: string): number | undefined {
  return recogniseUnit(unit)?.vnd;
}

function make(code: CheckCode, severity: Severity, values: Record<string, number | string>): Check {
  return { code, severity, message: checkMessage({ code, values }, 'en'), values };
}

/**
 * A check's message in a language, from its code and values (the catalogue's `check.<code>`;
 * `values.case` selects the wording where a check has several).
 */
export function checkMessage(check: Pick<Check, 'code' | 'values'>, lang: Lang): string {
  return message(`check.${check.code}`, check.values, lang);
}

const percentDigits = (share: number) => (share * 100).toFixed(2).replace('.', '');

/** Two shares whose 2-decimal percentages use the same digits in another order ("20.69" / "20.96"). */
export function digitsSwapped(a: number, b: number): boolean {
  const x = percentDigits(a);
  const y = percentDigits(b);
  return x !== y && x.length === y.length && [...x].sort().join('') === [...y].sort().join('');
}

/** Every check for one estimate. */
export function runChecks(setup: Setup, point: ModelOutput, interval: Interval): Check[] {
  const { input } = setup;
  return [
    ...densityChecks(input),
    ...workforceChecks(input),
    ...coreChecks(input, point),
    ...unitChecks(input),
    ...intensityChecks(input, point),
    ...assemblyChecks(setup, point),
    ...reportedChecks(input, point, interval),
    ...setup.fallbacks.map((f) =>
      make('nearest-year-used', 'warning', {
        series: f.series,
        frame: input.frame,
        wanted: String(f.wanted),
        used: String(f.used),
      }),
    ),
    // A name the registry does not know gets no local target: say so rather than drop them.
    ...(findLocality(input.locality, setup.reference)
      ? []
      : [
          make('locality-not-recognised', 'info', {
            locality: input.locality,
            case: (input.targets?.length ?? 0) > 0 ? 'own' : 'none',
          }),
        ]),
    ...(input.platformRevenue !== undefined && setup.platform.treatment === 'inside-sectoral'
      ? [
          make('platform-inside-sectoral', 'info', {
            revenue: plainValue(input.platformRevenue) as number,
            frame: input.frame,
          }),
        ]
      : []),
  ];
}

/**
 * A warning when a run to a precision stopped at its most draws with the Monte Carlo error still
 * above the precision asked for (docs/method.md §4); none when it was reached.
 */
export function precisionChecks(
  precision: number | undefined,
  reached: boolean,
  draws: number,
  error: number,
): Check[] {
  if (precision === undefined || reached) return [];
  // In percentage points, as the report prints the Monte Carlo error.
  return [
    make('precision-not-reached', 'warning', {
      precision: 100 * precision,
      draws,
      error: 100 * error,
    }),
  ];
}

function densityChecks(input: LocalityInput): Check[] {
  const firms = plainValue(input.digitalFirms);
  const density = plainValue(input.firmsPerThousand);
  const population = plainValue(input.population);
  if (firms === undefined || density === undefined || population === undefined) return [];
  const countDensity = (firms / population) * 1000;
  if (density === 0) {
    return firms > 0
      ? [
          make('implied-population-mismatch', 'warning', {
            case: 'zero',
            firms,
            population,
            countDensity,
          }),
        ]
      : [];
  }
  const implied = (firms / density) * 1000;
  const difference = implied / population - 1;
  if (Math.abs(difference) <= MISMATCH_TOLERANCE) return [];
  return [
    make('implied-population-mismatch', 'warning', {
      firms,
      density,
      implied,
      population,
      difference,
      countDensity,
    }),
  ];
}

function workforceChecks(input: LocalityInput): Check[] {
  const workers = plainValue(input.itWorkers);
  const share = plainValue(input.itWorkforceShare);
  const labourForce = plainValue(input.labourForce);
  if (workers === undefined || share === undefined || labourForce === undefined) return [];
  const countShare = workers / labourForce;
  if (share === 0) {
    return workers > 0
      ? [
          make('implied-labour-force-mismatch', 'warning', {
            case: 'zero',
            workers,
            labourForce,
            countShare,
          }),
        ]
      : [];
  }
  const implied = workers / share;
  const difference = implied / labourForce - 1;
  if (Math.abs(difference) <= MISMATCH_TOLERANCE) return [];
  return [
    make('implied-labour-force-mismatch', 'warning', {
      workers,
      share,
      implied,
      labourForce,
      difference,
      countShare,
    }),
  ];
}

function coreChecks(input: LocalityInput, point: ModelOutput): Check[] {
  const checks: Check[] = [];
  const revenue = plainValue(input.ictRevenue);
  const valueAdded = plainValue(input.ictValueAdded);
  if (revenue !== undefined && valueAdded !== undefined && valueAdded > revenue) {
    checks.push(
      make('value-added-exceeds-revenue', 'warning', {
        valueAdded,
        revenue,
      }),
    );
  }
  if (revenue !== undefined && input.ictSegments !== undefined) {
    const segments = input.ictSegments.reduce(
      (sum, segment) => sum + (plainValue(segment.revenue) as number),
      0,
    );
    const difference = revenue > 0 ? segments / revenue - 1 : segments > 0 ? 1 : 0;
    if (Math.abs(difference) > MISMATCH_TOLERANCE) {
      checks.push(
        make('segment-revenue-mismatch', 'warning', {
          segments,
          revenue,
          difference,
        }),
      );
    }
  }
  if (point.sectoralCapped) {
    checks.push(
      make('sectoral-capped', 'warning', {
        raw: point.sectoralUncapped,
        capped: point.sectoral,
        intensity: point.intensity,
      }),
    );
  }
  return checks;
}

function unitChecks(input: LocalityInput): Check[] {
  const checks: Check[] = [];
  const grdp = plainValue(input.grdp) as number;
  for (const field of ['ictRevenue', 'ictValueAdded', 'platformRevenue'] as const) {
    const amount = plainValue(input[field]);
    if (amount !== undefined && amount > REVENUE_TO_GRDP_LIMIT * grdp) {
      checks.push(
        make('unit-suspect', 'warning', { case: 'revenue', field, ratio: amount / grdp }),
      );
    }
  }
  const population = plainValue(input.population);
  const perUnit = vndPerUnit(input.unit);
  if (population !== undefined && perUnit !== undefined) {
    const perCapita = (grdp * perUnit) / population;
    if (perCapita < PER_CAPITA_RANGE.low || perCapita > PER_CAPITA_RANGE.high) {
      checks.push(
        make('unit-suspect', 'warning', {
          case: 'per-capita',
          perCapita,
          grdp,
          // A recognised unit is a catalogue key, so that other languages name it in their words.
          unit: input.unit,
          population,
        }),
      );
    }
  }
  if (perUnit !== undefined) {
    const vnd = grdp * perUnit;
    if (vnd < GRDP_RANGE.low || vnd > GRDP_RANGE.high)
      checks.push(make('unit-suspect', 'warning', { case: 'grdp', vnd, grdp, unit: input.unit }));
  }
  const firms = plainValue(input.digitalFirms);
  if (population !== undefined && firms !== undefined && firms > population / 10) {
    checks.push(make('unit-suspect', 'warning', { case: 'firms-per-capita', firms, population }));
  }
  return checks;
}

/** The intensities the model uses (stated, or from the counts), checked against INTENSITY_LIMITS. */
function intensityChecks(input: LocalityInput, point: ModelOutput): Check[] {
  const checks: Check[] = [];
  const workers = plainValue(input.itWorkers);
  const labourForce = plainValue(input.labourForce);
  const share =
    plainValue(input.itWorkforceShare) ??
    (workers !== undefined && labourForce !== undefined ? workers / labourForce : undefined);
  if (share !== undefined && share > INTENSITY_LIMITS.itWorkforceShare)
    checks.push(
      make('implausible-intensity', 'warning', {
        case: 'workforce',
        value: share,
        limit: INTENSITY_LIMITS.itWorkforceShare,
      }),
    );
  const firms = plainValue(input.digitalFirms);
  const population = plainValue(input.population);
  const density =
    plainValue(input.firmsPerThousand) ??
    (firms !== undefined && population !== undefined ? (firms / population) * 1000 : undefined);
  if (density !== undefined && density > INTENSITY_LIMITS.firmsPerThousand)
    checks.push(
      make('implausible-intensity', 'warning', {
        case: 'density',
        value: density,
        limit: INTENSITY_LIMITS.firmsPerThousand,
      }),
    );
  if (point.core > INTENSITY_LIMITS.core)
    checks.push(
      make('implausible-intensity', 'warning', {
        case: 'core',
        value: point.core,
        limit: INTENSITY_LIMITS.core,
      }),
    );
  return checks;
}

/** Where the revenue-based core is weakest: far above the nation's, as in an assembly hub. */
function assemblyChecks(setup: Setup, point: ModelOutput): Check[] {
  const national = setup.national.core;
  if (setup.plan.coreFrom !== 'revenue' || national <= 0) return [];
  const ratio = point.core / national;
  if (ratio <= ASSEMBLY_CORE_RATIO) return [];
  return [make('core-far-above-nation', 'warning', { core: point.core, national, ratio })];
}

function reportedChecks(input: LocalityInput, point: ModelOutput, interval: Interval): Check[] {
  const checks: Check[] = [];
  const { published } = input;
  if (published && published.frame !== undefined && published.frame !== input.frame) {
    checks.push(
      make('frame-mismatch', 'warning', {
        case: 'published',
        theirs: published.frame,
        ours: input.frame,
      }),
    );
  }
  if (
    published &&
    (published.year ?? input.year) === input.year &&
    (published.share < interval.low || published.share > interval.high)
  ) {
    checks.push(
      make('published-share-mismatch', 'warning', {
        published: published.share,
        source: published.source,
        low: interval.low,
        high: interval.high,
        point: point.total,
      }),
    );
  }
  const history = input.history ?? [];
  for (const h of history) {
    if (h.frame !== undefined && h.frame !== input.frame) {
      checks.push(
        make('frame-mismatch', 'warning', {
          case: 'history',
          year: String(h.year),
          theirs: h.frame,
          ours: input.frame,
        }),
      );
    }
  }
  // The same year reported twice with different shares (history, or history against published).
  const reports = [
    ...history.map((h) => ({ year: h.year, share: h.share, source: h.source })),
    ...(published
      ? [{ year: published.year ?? input.year, share: published.share, source: published.source }]
      : []),
  ];
  // Pairs are compared only within a year (O(n) for a history of distinct years, not O(n²)), and
  // reported in the order of their first report, as a pass over every pair would.
  const byYear = new Map<number, number[]>();
  reports.forEach((r, i) => {
    const indices = byYear.get(r.year);
    if (indices) indices.push(i);
    else byYear.set(r.year, [i]);
  });
  const pairs: [number, number][] = [];
  for (const indices of byYear.values())
    for (let x = 0; x < indices.length; x++)
      for (let y = x + 1; y < indices.length; y++)
        pairs.push([indices[x] as number, indices[y] as number]);
  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const seen = new Set<string>();
  for (const [i, j] of pairs) {
    const a = reports[i] as (typeof reports)[number];
    const b = reports[j] as (typeof reports)[number];
    const key = `${a.year}|${Math.min(a.share, b.share)}|${Math.max(a.share, b.share)}`;
    if (Math.abs(a.share - b.share) < 0.00005 || seen.has(key)) continue;
    seen.add(key);
    const swapped = digitsSwapped(a.share, b.share);
    checks.push(
      make('history-conflict', 'warning', {
        case: swapped ? 'swap' : 'different',
        year: String(a.year),
        a: a.share,
        sourceA: a.source,
        b: b.share,
        sourceB: b.source,
      }),
    );
  }
  return checks;
}

/**
 * Severity of a consistency check: `error` means the number should not be used as is.
 *
 * @example
 * estimate(daNang2024).checks.filter((c) => c.severity === ('warning' satisfies Severity))
 */
export type Severity = 'info' | 'warning' | 'error';

/**
 * A consistency warning: a stable code, a severity, a message that shows the arithmetic, and its numbers.
 *
 * @example
 * estimate(daNang2024).checks[0]
 * // => { code: 'implied-population-mismatch', severity: 'warning',
 * //      message: '2,556 firms ÷ 2.35 per 1,000 = 1,087,660 inhabitants implied, but population is 1,245,000 (-12.6%); …', values: { … } }
 */
export interface Check {
  readonly code: CheckCode;
  readonly severity: Severity;
  readonly message: string;
  /** The numbers in the message, by name (`case` picks the wording where a check has several): `checkMessage` renders them in any language. */
  readonly values: Readonly<Record<string, number | string>>;
}

/**
 * Stable codes of the consistency checks (docs/method.md §6).
 *
 * @example
 * estimate(daNang2024).checks.map((c) => c.code) // => ['implied-population-mismatch']
 */
export type CheckCode =
  | 'implied-population-mismatch'
  | 'implied-labour-force-mismatch'
  | 'value-added-exceeds-revenue'
  | 'segment-revenue-mismatch'
  | 'sectoral-capped'
  | 'unit-suspect'
  | 'implausible-intensity'
  | 'core-far-above-nation'
  | 'published-share-mismatch'
  | 'history-conflict'
  | 'frame-mismatch'
  | 'nearest-year-used'
  | 'platform-inside-sectoral'
  | 'locality-not-recognised'
  | 'precision-not-reached';
