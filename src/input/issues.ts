import * as z from 'zod';
import type { TemplateValues } from '../i18n/format.js';
import { type MessageKey, message } from '../i18n/messages.js';
import { InputError, type InputIssue, inputIssue, type Phrase, phraseText } from './inputError.js';

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

/** What a numeric schema accepts, as a phrase: `expectedNumber(YearSchema)` is "a whole number from 1990 to 2100". */
export function expectedNumber(schema: AnySchema): Phrase {
  return describeNumberRule(numberRule(schema));
}

/** "a fraction from 0 to 1", "a whole number ≥ 0", "a number > 0 and < 1", "a whole number from 1990 to 2100". */
function describeNumberRule(rule: NumberRule): Phrase {
  const { min, max, integer } = rule;
  return (lang) => {
    const t = (key: MessageKey, values: TemplateValues = {}) => message(key, values, lang);
    if (!integer && min?.value === 0 && min.inclusive && max?.value === 1 && max.inclusive)
      return t('error.expected.fraction');
    const noun = t(integer ? 'error.noun.whole' : 'error.noun.number');
    if (min && max && min.inclusive && max.inclusive)
      return t('error.expected.between', { noun, min: min.value, max: max.value });
    const bounds: string[] = [];
    if (min)
      bounds.push(t(min.inclusive ? 'error.bound.min' : 'error.bound.above', { value: min.value }));
    if (max)
      bounds.push(t(max.inclusive ? 'error.bound.max' : 'error.bound.below', { value: max.value }));
    if (bounds.length === 0) return noun;
    const joined =
      bounds.length === 2
        ? t('error.bound.and', { a: bounds[0] as string, b: bounds[1] as string })
        : (bounds[0] as string);
    return t('error.expected.bounded', { noun, bounds: joined });
  };
}

/** A value as the message shows it: `7.7 (number)`, `"39,888" (string)`, `nothing (the field is missing)`. */
export function describeValue(value: unknown): Phrase {
  if (value === undefined) return ['error.received.missing'];
  if (value === null) return ['error.received.null'];
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return ['error.received.nan'];
    if (!Number.isFinite(value)) return ['error.received.infinity', { sign: value > 0 ? '' : '-' }];
    return ['error.received.number', { value: String(value) }];
  }
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return ['error.received.text', { value: JSON.stringify(shown) }];
  }
  if (typeof value === 'boolean') return ['error.received.boolean', { value: String(value) }];
  if (Array.isArray(value))
    return value.length === 1
      ? ['error.received.list-one']
      : ['error.received.list', { count: String(value.length) }];
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0
      ? ['error.received.empty-object']
      : [
          'error.received.object',
          { keys: `${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}` },
        ];
  }
  return ['error.received.other', { value: String(value), type: typeof value }];
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

/** Hints for a zero denominator, by field. */
const DENOMINATOR_HINTS: Record<string, MessageKey> = {
  grdp: 'error.hint.denominator-grdp',
  population: 'error.hint.denominator-population',
  labourForce: 'error.hint.denominator-labourForce',
};

/** Hints for a requirement met by none of its alternatives. */
const EITHER_HINTS: Record<string, MessageKey> = {
  'either-core': 'error.hint.either-core',
  'either-density': 'error.hint.either-density',
  'either-workforce': 'error.hint.either-workforce',
};

/** Hints for a number that came as text: `"39,888"` → write 39888. */
function numericTextHint(text: string): Phrase | undefined {
  const trimmed = text.trim();
  if (/^\d{1,3}([.,]\d{3})+$/.test(trimmed)) {
    return ['error.hint.separators', { text: trimmed, digits: trimmed.replace(/[.,]/g, '') }];
  }
  const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  if (percent?.[1]) return ['error.hint.percent-text', { value: String(Number(percent[1]) / 100) }];
  if (trimmed !== '' && Number.isFinite(Number(trimmed)))
    return ['error.hint.quoted-number', { value: String(Number(trimmed)) }];
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
  const expectedNumber: Phrase = rule ? describeNumberRule(rule) : ['error.noun.number'];
  const field = leafKey(path);
  const received = describeValue(input);

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
      return [inputIssue(where, expectedNumber, received)];
    }
    case 'invalid_type': {
      if (input === undefined) {
        const expected: Phrase =
          issue.expected === 'object' ? ['error.expected.object'] : expectedNumber;
        // The field's description: the schema's (English), or the catalogue's name for it.
        const withDescription: Phrase = (lang) => {
          const text = phraseText(expected, lang);
          if (!description) return text;
          const named =
            field && lang !== 'en'
              ? message(`variable.${field}` as MessageKey, {}, lang)
              : undefined;
          const shown = named && named !== `variable.${field}` ? named : description;
          return message('error.expected.described', { expected: text, description: shown }, lang);
        };
        return [
          inputIssue(where, withDescription, received, [
            'error.hint.add-field',
            { name: JSON.stringify(String(path.at(-1))) },
          ]),
        ];
      }
      if (input === null) {
        return [
          inputIssue(
            where,
            issue.expected === 'object' ? ['error.expected.object'] : expectedNumber,
            received,
            ['error.hint.null'],
          ),
        ];
      }
      if (issue.expected === 'number' || issue.expected === 'int') {
        if (typeof input === 'number' && !Number.isFinite(input))
          return [inputIssue(where, expectedNumber, received, ['error.hint.not-finite'])];
        if (typeof input === 'number' && issue.expected === 'int') {
          return [
            inputIssue(where, expectedNumber, received, [
              'error.hint.whole',
              { rounded: String(Math.round(input)) },
            ]),
          ];
        }
        return [
          inputIssue(
            where,
            expectedNumber,
            received,
            typeof input === 'string' ? numericTextHint(input) : undefined,
          ),
        ];
      }
      if (issue.expected === 'object' && path.length === 0) {
        return [
          inputIssue(
            where,
            ['error.expected.locality-object'],
            received,
            Array.isArray(input) ? ['error.hint.list-for-one'] : undefined,
          ),
        ];
      }
      const nouns: Record<string, MessageKey> = {
        string: 'error.expected.text',
        object: 'error.expected.object',
        array: 'error.expected.list',
        boolean: 'error.expected.boolean',
      };
      const noun = nouns[issue.expected ?? ''];
      return [inputIssue(where, noun ? [noun] : String(issue.expected), received)];
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'string')
        return [inputIssue(where, ['error.expected.non-empty-text'], received)];
      if (issue.origin === 'array') {
        const least = Number(issue.minimum ?? 1);
        return [
          inputIssue(
            where,
            least <= 1
              ? ['error.expected.non-empty-list']
              : ['error.expected.list-min', { min: String(least) }],
            received,
          ),
        ];
      }
      let hint: Phrase | undefined;
      if (typeof input === 'number') {
        const denominator = field ? DENOMINATOR_HINTS[field] : undefined;
        if (issue.code === 'too_big' && rule?.max?.value === 1 && input > 1 && input <= 100) {
          hint = ['error.hint.percent', { value: String(roundHint(input / 100)) }];
        } else if (issue.code === 'too_small' && input === 0 && denominator) hint = [denominator];
        else if (issue.code === 'too_small' && input < 0) hint = ['error.hint.negative'];
        else if (field === 'year') hint = ['error.hint.year'];
        else if (field === 'firmsPerThousand') hint = ['error.hint.density'];
      }
      return [inputIssue(where, expectedNumber, received, hint)];
    }
    case 'invalid_value': {
      const options = (issue.values ?? []).map((v) => JSON.stringify(v)).join(', ');
      const match =
        typeof input === 'string'
          ? issue.values?.find(
              (v) => typeof v === 'string' && v.toLowerCase() === input.trim().toLowerCase(),
            )
          : undefined;
      return [
        inputIssue(
          where,
          ['error.expected.one-of', { options }],
          received,
          match === undefined
            ? undefined
            : ['error.hint.did-you-mean', { name: JSON.stringify(match) }],
        ),
      ];
    }
    case 'unrecognized_keys': {
      const known = shapesOf(located?.schema ?? schema).flatMap((shape) => Object.keys(shape));
      return (issue.keys ?? []).map((key) => {
        const suggestion = closest(key, known);
        return inputIssue(
          formatPath([...path, key]),
          ['error.expected.known-field'],
          ['error.received.unknown-field', { name: JSON.stringify(key) }],
          suggestion
            ? ['error.hint.did-you-mean', { name: JSON.stringify(suggestion) }]
            : ['error.hint.unknown-field'],
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
            ['error.expected.range-order'],
            [
              'error.received.range',
              { value: String(value), low: String(low), high: String(high) },
            ],
            ['error.hint.range-order'],
          ),
        ];
      }
      const either = kind ? EITHER_HINTS[kind] : undefined;
      if (either && issue.params?.either) {
        const [a, b] = issue.params.either;
        return [
          inputIssue(
            where,
            ['error.expected.either', { a: String(a), b: String(b) }],
            ['error.received.neither'],
            [either],
          ),
        ];
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
            ['error.expected.count-for', { count, denominator }],
            ['error.received.missing'],
            ['error.hint.count-or-ratio', { count, ratio, denominator }],
          ),
        ];
      }
      return [inputIssue(where, issue.message, received)];
    }
    default:
      return [inputIssue(where, issue.message.replace(/^Invalid input: expected /i, ''), received)];
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
