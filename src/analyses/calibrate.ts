import * as z from 'zod';
import { type Reason, reason } from '../i18n/messages.js';
import { InputError, inputIssue, missingPackageIssue } from '../input/inputError.js';
import { checkOptions } from '../input/options.js';
import { parseInput } from '../input/parseInput.js';
import { type Frame, FrameSchema } from '../input/schemas.js';
import { levenbergMarquardt, standardErrors } from '../math/leastSquares.js';
import { matrixOps } from '../math/matrix.js';
import { emptyOutput, evaluate, INDEX } from '../model/model.js';
import { type ModelOptions, resolveSetup } from '../model/resolveSetup.js';
import type { Setup } from '../model/setup.js';

/**
 * Parameters `calibrate` can fit.
 *
 * @example
 * calibrate(rows, { parameters: ['beta', 'rho'] satisfies CalibratedParameter[] })
 */
export type CalibratedParameter = 'beta' | 'rho';

/**
 * One locality-year with its published share.
 *
 * @example
 * const row: CalibrationRow = { input: daNang2024, published: 0.22, frame: 'mic' };
 */
export interface CalibrationRow {
  /** The input, as `estimate` takes it. */
  readonly input: unknown;
  /** The published share to fit, a fraction. */
  readonly published: number;
  /** Frame of the published share (default: the input's). */
  readonly frame?: Frame;
}

/**
 * Options of `calibrate`.
 *
 * @example
 * calibrate(rows, { parameters: ['beta'], fixed: { rho: { value: 0.25 } } })
 */
export interface CalibrateOptions {
  /** Parameters to fit (default `['beta']`). */
  readonly parameters?: readonly CalibratedParameter[];
  /** Reference data to use instead of the bundled `data/`. */
  readonly reference?: ModelOptions['reference'];
  /** Values for the parameters that are not fitted (as `estimate`'s `parameters` option). */
  readonly fixed?: ModelOptions['parameters'];
}

/**
 * A fitted parameter.
 *
 * @example
 * const [beta] = calibrate(rows).parameters;
 * `β = ${beta.value.toFixed(2)} ± ${beta.standardError?.toFixed(2) ?? '?'} (default ${beta.default})`
 */
export interface FittedParameter {
  readonly name: CalibratedParameter;
  readonly value: number;
  /** Asymptotic standard error √(σ² (JᵀJ)⁻¹), σ² = SSE / (n − p); null with `reason` when n ≤ p. */
  readonly standardError: number | null;
  /** The default it replaces. */
  readonly default: number;
  /** The fit stopped at a bound of the allowed range (β 0.01–2, ρ 0.01–1): the data push beyond it. */
  readonly atBound: boolean;
}

/**
 * The result of `calibrate`.
 *
 * @example
 * const fit = calibrate(rows);
 * fit.converged   // => true
 * fit.residuals   // => [{ locality: 'Da Nang', year: 2024, published: 0.22, fitted: 0.22 }]
 */
export interface CalibrationResult {
  readonly parameters: readonly FittedParameter[];
  readonly n: number;
  /** Sum of squared errors at the fitted values (share units). */
  readonly sse: number;
  readonly residuals: readonly {
    readonly locality: string;
    readonly year: number;
    readonly published: number;
    readonly fitted: number;
  }[];
  readonly iterations: number;
  readonly converged: boolean;
  readonly reason?: Reason;
}

/** Where each parameter may go while fitting. */
const BOUNDS: Record<CalibratedParameter, { low: number; high: number }> = {
  beta: { low: 0.01, high: 2 },
  rho: { low: 0.01, high: 1 },
};

const FitSchema = z
  .array(z.enum(['beta', 'rho']))
  .min(1)
  .max(2);

const RowsSchema = z
  .array(
    z.strictObject({
      input: z.unknown(),
      published: z.number().gt(0).lt(1),
      frame: FrameSchema.optional(),
    }),
  )
  .min(1);

/** The point estimate of one prepared row with some parameters replaced. */
function fittedShare(
  setup: Setup,
  vector: Float64Array,
  names: readonly CalibratedParameter[],
  theta: readonly number[],
): number {
  names.forEach((name, k) => {
    vector[INDEX[name]] = theta[k] as number;
  });
  return evaluate(vector, setup.plan, emptyOutput()).total;
}

/**
 * Fit parameters (β first, optionally ρ) by least squares to localities with published shares:
 * minimise Σ (S_i(θ) − published_i)² over the point estimates, by Levenberg–Marquardt with a
 * numerical Jacobian (the 1×1 or 2×2 normal equations solved by Gaussian elimination), within bounds (β 0.01–2, ρ 0.01–1). Standard errors are the usual asymptotic
 * ones, √ of the diagonal of σ²(JᵀJ)⁻¹ with σ² = SSE / (n − p); with no more rows than parameters
 * they are null. A fit to few localities, or to one city, is not a reason to change the defaults:
 * `validate({ calibrate })` reports the leave-one-out error that decides it (docs/method.md §4).
 *
 * @param rows - `{ input, published, frame? }` for each locality-year.
 * @param options - `parameters` to fit (default `['beta']`), `reference`, `fixed` (values of the others).
 * @returns Fitted values with standard errors, residuals and convergence.
 * @throws {InputError} For invalid rows, or a parameter that moves none of them (ρ when every row
 * gives value added).
 * @example calibrate([{ input: daNang2024, published: 0.22 }]).parameters[0]
 * // => { name: 'beta', value: 0.418…, standardError: null, default: 0.5, atBound: false }
 */
export async function calibrate(
  rows: readonly CalibrationRow[],
  options: CalibrateOptions = {},
): Promise<CalibrationResult> {
  const settings = checkOptions(options, 'calibrate options', ['parameters', 'reference', 'fixed']);
  const parsed = parseInput(RowsSchema, rows, 'calibrate');
  const names: readonly CalibratedParameter[] = parseInput(
    FitSchema,
    settings.parameters ?? ['beta'],
    'calibrate options.parameters',
  );
  const prepared = parsed.map((row, i) => {
    const input = row.frame ? { ...(row.input as object), frame: row.frame } : row.input;
    const setup = resolveSetup(
      input,
      { reference: settings.reference, parameters: settings.fixed },
      `calibrate rows[${i}].input`,
    );
    return { setup, vector: Float64Array.from(setup.base), published: row.published };
  });
  const defaults = names.map(
    (name) => prepared[0]?.setup.parameters.find((p) => p.name === name)?.value ?? 0,
  );
  const n = prepared.length;
  const p = names.length;
  const residuals = (theta: readonly number[]) =>
    prepared.map((r) => fittedShare(r.setup, r.vector, names, theta) - r.published);
  // The Jacobian of the fitted shares (the published shares are constants), central differences.
  const jacobian = (theta: readonly number[]) =>
    prepared.map((r) =>
      names.map((_, k) => {
        const h = 1e-6 * Math.max(1, Math.abs(theta[k] as number));
        const up = [...theta];
        const down = [...theta];
        up[k] = (up[k] as number) + h;
        down[k] = (down[k] as number) - h;
        return (
          (fittedShare(r.setup, r.vector, names, up) -
            fittedShare(r.setup, r.vector, names, down)) /
          (2 * h)
        );
      }),
    );

  const start = jacobian(defaults);
  names.forEach((name, k) => {
    if (start.every((row) => row[k] === 0)) {
      throw new InputError('calibrate options', [
        inputIssue(
          ['parameters'],
          { code: 'expected.moving-parameters' },
          { code: 'received.unused-parameter', values: { name: JSON.stringify(name) } },
          name === 'rho' ? { code: 'hint.rho-unused' } : undefined,
        ),
      ]);
    }
  });

  const ops = await matrixOps();
  if (ops === null) {
    throw new InputError('calibrate', [missingPackageIssue(['mathjs'], ['mathjs'], 'calibrate')]);
  }
  const fit = levenbergMarquardt(
    {
      residuals,
      jacobian,
      start: defaults,
      bounds: names.map((name) => BOUNDS[name]),
    },
    ops,
  );
  const { theta, sse: current, iterations, converged } = fit;
  const errors = standardErrors(jacobian(theta), current, ops);
  const standardErrorsOf = errors.errors;
  const why: Reason | undefined =
    errors.reason === 'no-degrees-of-freedom'
      ? reason('no-standard-error', { n, p })
      : errors.reason === 'singular'
        ? reason('singular')
        : undefined;
  const fitted = residuals(theta);
  return {
    parameters: names.map((name, k) => ({
      name,
      value: theta[k] as number,
      standardError: standardErrorsOf[k] ?? null,
      default: defaults[k] as number,
      atBound: theta[k] === BOUNDS[name].low || theta[k] === BOUNDS[name].high,
    })),
    n,
    sse: current,
    residuals: prepared.map((r, i) => ({
      locality: r.setup.input.locality,
      year: r.setup.input.year,
      published: r.published,
      fitted: r.published + (fitted[i] as number),
    })),
    iterations,
    converged,
    ...(why ? { reason: why } : {}),
  };
}
