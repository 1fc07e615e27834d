import * as z from 'zod';
import { InputError, inputIssue } from '../input/inputError.js';
import { parseInput } from '../input/parseInput.js';
import { plainValue } from '../input/ranged.js';
import { rangeOrder } from '../input/rangeOrder.js';
import { type LocalityInput, LocalityInputSchema } from '../input/schemas.js';
import { type ReferenceData, ReferenceDataSchema, referenceData } from '../reference/reference.js';
import { emptyOutput, evaluate, type ParameterName } from './model.js';
import { type ParameterOverride, prepare, type Setup } from './setup.js';

/**
 * The options every model-running function shares: other reference data, other parameters.
 *
 * @example
 * estimate(daNang2024, { parameters: { nationalItWorkforceShare: { value: 0.011 } } })
 * estimate(daNang2024, { reference: { ...referenceData, targets: myTargets } })
 */
export interface ModelOptions {
  /** Reference data to use instead of the bundled `data/` (validated first). */
  readonly reference?: ReferenceData | undefined;
  /** Parameters to use instead of the reference values; without low/high they are held fixed. */
  readonly parameters?: Partial<Record<ParameterName, ParameterOverride | undefined>> | undefined;
}

/** A caller's parameter value, optionally with a range, each number checked against `number`. */
function override(number: z.ZodNumber) {
  return z
    .strictObject({
      value: number,
      low: number.optional(),
      high: number.optional(),
      source: z.array(z.string().min(1)).min(1).optional(),
    })
    .check(rangeOrder)
    .optional();
}

const positiveShare = z.number().positive().max(1);
const ParametersSchema = z.strictObject({
  rho: override(positiveShare),
  beta: override(z.number().min(0).max(2)),
  nationalShare: override(positiveShare),
  nationalCore: override(positiveShare),
  nationalPlatform: override(z.number().min(0).max(1)),
  nationalFirmDensity: override(z.number().positive().max(1000)),
  nationalItWorkforceShare: override(positiveShare),
});

const validatedReferences = new WeakSet<ReferenceData>([referenceData]);

/** The bundled reference data, or the caller's after validation (once per object). */
export function resolveReference(
  reference: ReferenceData | undefined,
  context: string,
): ReferenceData {
  if (reference === undefined) return referenceData;
  if (!validatedReferences.has(reference)) {
    parseInput(ReferenceDataSchema, reference, `${context} (options.reference)`);
    validatedReferences.add(reference);
  }
  return reference;
}

/** Model options after validation: the reference data to use and the parameter overrides. */
export interface ModelSettings {
  readonly reference: ReferenceData;
  readonly overrides: Partial<Record<ParameterName, ParameterOverride>>;
}

/** Validate the model options once, at a public boundary (`context` names it in errors). */
export function resolveModelOptions(options: ModelOptions, context: string): ModelSettings {
  const overrides = parseInput(
    ParametersSchema,
    options.parameters ?? {},
    `${context} options.parameters`,
  ) as Partial<Record<ParameterName, ParameterOverride>>;
  return { reference: resolveReference(options.reference, context), overrides };
}

/**
 * Validate an input and resolve everything the model needs for it (`prepare`) under settings
 * already validated. Throws InputError naming `context` for an invalid input, or for overrides
 * that leave no national sectoral share.
 */
export function setupFor(input: unknown, settings: ModelSettings, context: string): Setup {
  return setupOfParsed(parseInput(LocalityInputSchema, input, context), settings, context);
}

/**
 * `setupFor` of an input already parsed by LocalityInputSchema (the estimate's other frame is
 * its input with the other `frame`, which no check of the schema reads).
 */
export function setupOfParsed(
  parsed: LocalityInput,
  settings: ModelSettings,
  context: string,
): Setup {
  const setup = prepare(parsed, settings.reference, settings.overrides);
  const lowestShare =
    setup.variables.find((v) => v.name === 'nationalShare')?.low ?? setup.national.share;
  const nonSectoral = setup.parameters
    .filter((p) => p.name === 'nationalCore' || p.name === 'nationalPlatform')
    .reduce((sum, p) => sum + p.high, 0);
  // Value added is a part of GRDP: a core at or above it cannot be estimated (docs/method.md §3.6).
  const point = evaluate(setup.base, setup.plan, emptyOutput());
  if (point.coreCapped) {
    const field = { revenue: 'ictRevenue', valueAdded: 'ictValueAdded', segments: 'ictSegments' }[
      setup.plan.coreFrom
    ];
    throw new InputError(context, [
      inputIssue(
        [field],
        {
          code: 'expected.core-below-grdp',
          values: { grdp: plainValue(setup.input.grdp) },
        },
        {
          code: 'received.core-value-added',
          values: {
            valueAdded: point.coreValueAdded,
            ratio: point.coreValueAdded / plainValue(setup.input.grdp),
          },
        },
        { code: setup.plan.coreFrom === 'revenue' ? 'hint.core-from-revenue' : 'hint.core-unit' },
        'inconsistent',
      ),
    ]);
  }
  if (lowestShare <= nonSectoral) {
    throw new InputError(`${context} options.parameters`, [
      inputIssue(
        ['nationalShare'],
        { code: 'expected.national-share-above', values: { value: nonSectoral } },
        { code: 'received.number', values: { value: String(lowestShare) } },
        { code: 'hint.national-sectoral' },
      ),
    ]);
  }
  return setup;
}

/** Validate an input and the model options, and resolve the setup (`resolveModelOptions` + `setupFor`). */
export function resolveSetup(input: unknown, options: ModelOptions, context: string): Setup {
  return setupFor(input, resolveModelOptions(options, context), context);
}
