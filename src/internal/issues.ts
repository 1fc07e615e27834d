import * as z from 'zod';
import { InputError, type InputIssue, inputIssue } from '../errors.js';

/**
 * Turns zod issues into InputIssues whose one-line message names the field path, what was
 * expected (read from the schema itself, so the rule is written once), what was received with
 * its type, and the likely fix where it is obvious.
 */

type Key = PropertyKey;
// biome-ignore lint/suspicious/noExplicitAny: zod's internal definitions are untyped here.
type AnySchema = z.ZodType<any, any>;

interface SchemaDef {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  options?: AnySchema[];
  valueType?: AnySchema;
  values?: unknown[];
  entries?: Record<string, unknown>;
  checks?: Array<{
    _zod: { def: { check: string; value?: number; inclusive?: boolean; format?: string } };
  }>;
}

const defOf = (schema: AnySchema): SchemaDef =>
  (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

const WRAPPERS = new Set([
  'optional',
  'default',
  'nullable',
  'readonly',
  'prefault',
  'nonoptional',
  'catch',
]);

/** The schema without optional/default wrappers, and the first description met on the way. */
function unwrap(schema: AnySchema): { schema: AnySchema; description: string | undefined } {
  let current = schema;
  let description = z.globalRegistry.get(current)?.description;
  for (;;) {
    const def = defOf(current);
    const inner = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
    if (!inner) return { schema: current, description };
    current = inner;
    description ??= z.globalRegistry.get(current)?.description;
  }
}

/** Object shapes reachable at a schema (several for a union of objects). */
function shapesOf(schema: AnySchema): Record<string, AnySchema>[] {
  const inner = unwrap(schema).schema;
  const def = defOf(inner);
  if (def.type === 'object' && def.shape) return [def.shape];
  if (def.type === 'union' && def.options) return def.options.flatMap(shapesOf);
  return [];
}

/** The sub-schema at a path, with the nearest description; undefined if the path leaves the schema. */
export function schemaAt(
  root: AnySchema,
  path: readonly Key[],
): { schema: AnySchema; description: string | undefined } | undefined {
  let current = unwrap(root);
  for (const key of path) {
    const def = defOf(current.schema);
    let next: AnySchema | undefined;
    if (typeof key === 'number' && def.type === 'array') next = def.element;
    else if (def.type === 'record') next = def.valueType;
    else
      next = shapesOf(current.schema).find((shape) => typeof key === 'string' && key in shape)?.[
        String(key)
      ];
    if (!next) return undefined;
    const description = current.description;
    current = unwrap(next);
    current.description ??= typeof key === 'number' ? description : undefined;
  }
  return current;
}

/** The number schema at a schema: itself, or the plain-number branch of a ranged field. */
function numberSchema(schema: AnySchema): AnySchema | undefined {
  const { schema: inner } = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'number') return inner;
  if (def.type === 'union')
    return def.options?.map((o) => unwrap(o).schema).find((o) => defOf(o).type === 'number');
  return undefined;
}

interface NumberRule {
  integer: boolean;
  min?: { value: number; inclusive: boolean };
  max?: { value: number; inclusive: boolean };
}

function numberRule(schema: AnySchema): NumberRule {
  const rule: NumberRule = { integer: false };
  for (const check of defOf(schema).checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'))
      rule.integer = true;
    if (c.check === 'greater_than' && c.value !== undefined)
      rule.min = { value: c.value, inclusive: c.inclusive ?? true };
    if (c.check === 'less_than' && c.value !== undefined)
      rule.max = { value: c.value, inclusive: c.inclusive ?? true };
  }
  return rule;
}

const formatBound = (value: number) =>
  Math.abs(value) >= 10_000
    ? value.toLocaleString('en-US', { maximumFractionDigits: 6 })
    : String(value);

/** "a fraction from 0 to 1", "a whole number ≥ 0", "a number > 0", "a whole number from 1990 to 2100". */
export function describeNumberRule(rule: NumberRule): string {
  const { min, max, integer } = rule;
  if (!integer && min?.value === 0 && min.inclusive && max?.value === 1 && max.inclusive)
    return 'a fraction from 0 to 1';
  const noun = integer ? 'a whole number' : 'a number';
  if (min && max && min.inclusive && max.inclusive)
    return `${noun} from ${formatBound(min.value)} to ${formatBound(max.value)}`;
  const parts: string[] = [];
  if (min) parts.push(`${min.inclusive ? '≥' : '>'} ${formatBound(min.value)}`);
  if (max) parts.push(`${max.inclusive ? '≤' : '<'} ${formatBound(max.value)}`);
  return parts.length ? `${noun} ${parts.join(' and ')}` : noun;
}

/** A value as the message shows it: `7.7 (number)`, `"39,888" (string)`, `nothing (the field is missing)`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return `${value > 0 ? '' : '-'}Infinity`;
    return `${value} (number)`;
  }
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return `${JSON.stringify(shown)} (string)`;
  }
  if (typeof value === 'boolean') return `${value} (boolean)`;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0
      ? 'an empty object'
      : `an object with ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}`;
  }
  return `${String(value)} (${typeof value})`;
}

/** `history[2].share`; the whole input is `(input)`. */
export function formatPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(input)';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j] ?? 0;
      const substitution = previous + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1);
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, substitution);
      previous = saved;
    }
  }
  return row[b.length] ?? 0;
}

/** The closest known name, if it is close enough to be a typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3))
    ? best
    : undefined;
}

const DENOMINATOR_HINTS: Record<string, string> = {
  grdp: 'GRDP is the denominator of every share and cannot be 0: give GRDP at current prices',
  population:
    'a population of 0 cannot divide the firm count: give the number of inhabitants, or give firmsPerThousand instead',
  labourForce:
    'a labour force of 0 cannot divide the IT workers: give the number of people in the labour force, or give itWorkforceShare instead',
};

const EITHER_HINTS: Record<string, string> = {
  'either-core':
    "give the ICT sector's revenue (ictRevenue), its value added (ictValueAdded) or its revenue by segment (ictSegments)",
  'either-density':
    'give the number of inhabitants (population) or digital firms per 1,000 inhabitants (firmsPerThousand)',
  'either-workforce':
    'give the labour force (labourForce) or the IT workers as a fraction of it (itWorkforceShare)',
};

/** Hints for a number that came as text: `"39,888"` → write 39888. */
function numericTextHint(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^\d{1,3}([.,]\d{3})+$/.test(trimmed)) {
    return `write numbers without quotes or thousands separators (${trimmed} is ${trimmed.replace(/[.,]/g, '')} if the separators group thousands)`;
  }
  const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  if (percent?.[1]) return `write it as a fraction, without quotes: ${Number(percent[1]) / 100}`;
  if (trimmed !== '' && Number.isFinite(Number(trimmed)))
    return `write the number without quotes: ${Number(trimmed)}`;
  return undefined;
}

const roundHint = (value: number) => Number(value.toPrecision(12));

interface RawIssue {
  code: string;
  path: Key[];
  message: string;
  input?: unknown;
  expected?: string;
  received?: string;
  values?: unknown[];
  keys?: string[];
  errors?: RawIssue[][];
  params?: {
    kind?: string;
    either?: string[];
    count?: string;
    denominator?: string;
    ratio?: string;
  };
  origin?: string;
  minimum?: number | bigint;
}

function leafKey(path: readonly Key[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && key !== 'value' && key !== 'low' && key !== 'high') return key;
  }
  return undefined;
}

function valueAt(root: unknown, path: readonly Key[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function convert(
  schema: AnySchema,
  root: unknown,
  issue: RawIssue,
  prefix: readonly Key[],
): InputIssue[] {
  const path = [...prefix, ...issue.path];
  const where = formatPath(path);
  const input = 'input' in issue ? issue.input : valueAt(root, path);
  const located = schemaAt(schema, path);
  const description = located?.description;
  const numeric = located ? numberSchema(located.schema) : undefined;
  const rule = numeric ? numberRule(numeric) : undefined;
  const expectedNumber = rule ? describeNumberRule(rule) : 'a number';
  const field = leafKey(path);

  switch (issue.code) {
    case 'invalid_union': {
      // A ranged field: a number, or { value, low, high }. Report against the branch the input
      // meant: the object branch for an object, the number branch for anything else.
      const wantsObject = input !== null && typeof input === 'object' && !Array.isArray(input);
      const rejects = (errors: RawIssue[], expected: string) =>
        errors.some(
          (e) => e.code === 'invalid_type' && e.path.length === 0 && e.expected === expected,
        );
      const branch = issue.errors?.find(
        (errors) => !rejects(errors, wantsObject ? 'number' : 'object'),
      );
      if (branch)
        return branch.flatMap((e) =>
          convert(schema, root, { ...e, input: 'input' in e ? e.input : input }, path),
        );
      return [inputIssue(where, expectedNumber, describeValue(input))];
    }
    case 'invalid_type': {
      if (input === undefined) {
        const what = description ? ` (${description})` : '';
        return [
          inputIssue(
            where,
            `${issue.expected === 'object' ? 'an object' : expectedNumber}${what}`,
            describeValue(input),
            `add "${String(path.at(-1))}"`,
          ),
        ];
      }
      if (input === null) {
        return [
          inputIssue(
            where,
            issue.expected === 'object' ? 'an object' : expectedNumber,
            describeValue(input),
            'fill in the figure (the template has null where one is needed), or remove the field if it is optional',
          ),
        ];
      }
      if (issue.expected === 'number' || issue.expected === 'int') {
        if (typeof input === 'number' && !Number.isFinite(input)) {
          return [
            inputIssue(
              where,
              expectedNumber,
              describeValue(input),
              'the value is not a finite number: check the calculation or cell that produced it',
            ),
          ];
        }
        if (typeof input === 'number' && issue.expected === 'int') {
          return [
            inputIssue(
              where,
              expectedNumber,
              describeValue(input),
              `a count is a whole number: round it (${Math.round(input)}) or check the column`,
            ),
          ];
        }
        const hint = typeof input === 'string' ? numericTextHint(input) : undefined;
        return [inputIssue(where, expectedNumber, describeValue(input), hint)];
      }
      if (issue.expected === 'object' && path.length === 0) {
        const hint = Array.isArray(input)
          ? 'estimate takes one locality-year: use the batch command (or estimateBatch) for a list'
          : undefined;
        return [
          inputIssue(
            where,
            'an object with the fields of one locality-year',
            describeValue(input),
            hint,
          ),
        ];
      }
      const nouns: Record<string, string> = {
        string: 'text',
        object: 'an object',
        array: 'a list',
        boolean: 'true or false',
      };
      return [
        inputIssue(
          where,
          nouns[issue.expected ?? ''] ?? String(issue.expected),
          describeValue(input),
        ),
      ];
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'string')
        return [inputIssue(where, 'non-empty text', describeValue(input))];
      if (issue.origin === 'array') {
        const least = Number(issue.minimum ?? 1);
        return [
          inputIssue(
            where,
            least <= 1 ? 'a non-empty list' : `a list of at least ${least} items`,
            describeValue(input),
          ),
        ];
      }
      let hint: string | undefined;
      if (typeof input === 'number') {
        if (issue.code === 'too_big' && rule?.max?.value === 1 && input > 1 && input <= 100) {
          hint = `shares are fractions, not percentages: did you mean ${roundHint(input / 100)}?`;
        } else if (issue.code === 'too_small' && input === 0 && field && DENOMINATOR_HINTS[field]) {
          hint = DENOMINATOR_HINTS[field];
        } else if (issue.code === 'too_small' && input < 0) {
          hint = 'it cannot be negative: check the sign';
        } else if (field === 'year') {
          hint = 'give the calendar year, e.g. 2024';
        } else if (field === 'firmsPerThousand') {
          hint = 'give firms per 1,000 inhabitants, e.g. 2.35';
        }
      }
      return [inputIssue(where, expectedNumber, describeValue(input), hint)];
    }
    case 'invalid_value': {
      const options = (issue.values ?? []).map((v) => JSON.stringify(v));
      const match =
        typeof input === 'string'
          ? issue.values?.find(
              (v) => typeof v === 'string' && v.toLowerCase() === input.trim().toLowerCase(),
            )
          : undefined;
      return [
        inputIssue(
          where,
          `one of ${options.join(', ')}`,
          describeValue(input),
          match === undefined ? undefined : `did you mean ${JSON.stringify(match)}?`,
        ),
      ];
    }
    case 'unrecognized_keys': {
      const known = shapesOf(located?.schema ?? schema).flatMap((shape) => Object.keys(shape));
      return (issue.keys ?? []).map((key) => {
        const suggestion = closest(key, known);
        return inputIssue(
          formatPath([...path, key]),
          'a known field',
          `an unknown field ${JSON.stringify(key)}`,
          suggestion
            ? `did you mean ${JSON.stringify(suggestion)}?`
            : 'remove it, or see the input schema for the field names',
        );
      });
    }
    case 'custom': {
      const kind = issue.params?.kind;
      if (kind === 'range-order' && input && typeof input === 'object') {
        const { value, low, high } = input as { value: number; low: number; high: number };
        return [
          inputIssue(
            where,
            'low ≤ value ≤ high',
            `value ${value}, low ${low}, high ${high}`,
            'correct or swap the bounds',
          ),
        ];
      }
      if (kind && EITHER_HINTS[kind] && issue.params?.either) {
        const [a, b] = issue.params.either;
        return [inputIssue(where, `${a} or ${b}`, 'neither', EITHER_HINTS[kind])];
      }
      if (kind?.endsWith('-count') && issue.params?.count) {
        const { count, denominator, ratio } = issue.params as {
          count: string;
          denominator: string;
          ratio: string;
        };
        return [
          inputIssue(
            where,
            `${count}, to divide by ${denominator}`,
            'nothing (the field is missing)',
            `give ${count}, or give ${ratio} instead of ${denominator}`,
          ),
        ];
      }
      return [inputIssue(where, issue.message, describeValue(input))];
    }
    default:
      return [
        inputIssue(
          where,
          issue.message.replace(/^Invalid input: expected /i, ''),
          describeValue(input),
        ),
      ];
  }
}

/** Convert every zod issue of a failed parse. */
export function toInputIssues(
  schema: AnySchema,
  root: unknown,
  issues: readonly z.core.$ZodIssue[],
): InputIssue[] {
  // Unknown fields first: a misspelt field explains the "missing" one that follows it.
  const ordered = [...issues].sort(
    (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
  );
  return ordered.flatMap((issue) => convert(schema, root, issue as unknown as RawIssue, []));
}

/**
 * Validate `value` against `schema` at a public boundary; throw an InputError naming `context`
 * (the function or command) on failure.
 */
export function parseInput<S extends AnySchema>(
  schema: S,
  value: unknown,
  context: string,
): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  throw new InputError(context, toInputIssues(schema, value, result.error.issues), {
    cause: result.error,
  });
}
