import type * as z from 'zod';
import { fr, vi } from 'zod/locales';
import { closest } from '../math/editDistance.js';
import {
  type InputIssue,
  type InputIssueCode,
  inputIssue,
  type Phrase,
  type PhraseCode,
} from './inputError.js';
import {
  type AnySchema,
  type NumberRule,
  numberRule,
  numberSchema,
  schemaAt,
  shapesOf,
} from './schemaIntrospection.js';
import { YearSchema } from './schemas.js';

/**
 * Turns zod issues into InputIssues whose one-line message names the field path, what was
 * expected (read from the schema itself, so the rule is written once), what was received with
 * its type, and the likely fix where it is obvious.
 */

type Key = PropertyKey;

/**
 * A rare zod issue that has no phrase of our own: zod's own message, in English as zod wrote it
 * and in Vietnamese and French from zod's locales, kept as plain text values.
 */
function zodPhrase(issue: RawIssue, english: string): Phrase {
  const localised = (locale: () => { localeError: unknown }) => {
    const error = locale().localeError as (i: unknown) => string | { message: string } | undefined;
    const text = error(issue);
    return (typeof text === 'string' ? text : text?.message) ?? english;
  };
  return {
    code: 'zod',
    values: { en: english, vi: localised(vi), fr: localised(fr) },
  };
}

/** The calendar year's number rule, made on first use (its JSON Schema costs a millisecond at start). */
let yearRule: NumberRule | undefined;
/** Whether a number rule is the calendar year's (a fractional year is not "a count" to round). */
function isYearRule(rule: NumberRule | undefined): boolean {
  yearRule ??= numberRule(YearSchema);
  return rule?.min?.value === yearRule.min?.value && rule?.max?.value === yearRule.max?.value;
}

/** What a numeric schema accepts, as a phrase: `expectedNumber(YearSchema)` is "a whole number from 1990 to 2100". */
export function expectedNumber(schema: AnySchema): Phrase {
  const number = numberSchema(schema);
  return number ? describeNumberRule(numberRule(number)) : { code: 'noun.number' };
}

/** A number rule as a phrase (`expected.number`), rendered by the catalogue in each language. */
function describeNumberRule(rule: NumberRule): Phrase {
  const values: Record<string, number | boolean> = { integer: rule.integer };
  if (rule.min) Object.assign(values, { min: rule.min.value, minInclusive: rule.min.inclusive });
  if (rule.max) Object.assign(values, { max: rule.max.value, maxInclusive: rule.max.inclusive });
  return { code: 'expected.number', values };
}

/** A value as the message shows it: `7.7 (number)`, `"39,888" (string)`, `nothing (the field is missing)`. */
export function describeValue(value: unknown): Phrase {
  if (value === undefined) return { code: 'received.missing' };
  if (value === null) return { code: 'received.null' };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { code: 'received.nan' };
    if (!Number.isFinite(value))
      return { code: 'received.infinity', values: { sign: value > 0 ? '' : '-' } };
    return { code: 'received.number', values: { value: String(value) } };
  }
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return { code: 'received.text', values: { value: JSON.stringify(shown) } };
  }
  if (typeof value === 'boolean')
    return { code: 'received.boolean', values: { value: String(value) } };
  if (Array.isArray(value)) return { code: 'received.list', values: { count: value.length } };
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0
      ? { code: 'received.empty-object' }
      : {
          code: 'received.object',
          values: { keys: `${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}` },
        };
  }
  return { code: 'received.other', values: { value: String(value), type: typeof value } };
}

/** Hints for a zero denominator, by field. */
const DENOMINATOR_HINTS: Record<string, PhraseCode> = {
  grdp: 'hint.denominator-grdp',
  population: 'hint.denominator-population',
  labourForce: 'hint.denominator-labourForce',
};

/** Hints for a requirement met by none of its alternatives. */
const EITHER_HINTS: Record<string, PhraseCode> = {
  'either-core': 'hint.either-core',
  'either-density': 'hint.either-density',
  'either-workforce': 'hint.either-workforce',
};

/** Hints for a number that came as text: `"39,888"` → write 39888. */
function numericTextHint(text: string): Phrase | undefined {
  const trimmed = text.trim();
  if (/^\d{1,3}([.,]\d{3})+$/.test(trimmed)) {
    return {
      code: 'hint.separators',
      values: { text: trimmed, digits: trimmed.replace(/[.,]/g, '') },
    };
  }
  // A decimal comma ("2,35", "0,077"): the separators rule above has taken "151,307".
  const decimalComma = /^-?\d+,\d+$/.exec(trimmed);
  if (decimalComma)
    return { code: 'hint.decimal-comma', values: { value: trimmed.replace(',', '.') } };
  const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  if (percent?.[1])
    return { code: 'hint.percent-text', values: { value: String(Number(percent[1]) / 100) } };
  if (trimmed !== '' && Number.isFinite(Number(trimmed)))
    return { code: 'hint.quoted-number', values: { value: String(Number(trimmed)) } };
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
    ratioOrPair?: string[];
    count?: string;
    denominator?: string;
    ratio?: string;
    whole?: string;
    limit?: number;
    side?: string;
  };
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
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
  const where = path.filter((key): key is string | number => typeof key !== 'symbol');
  const at =
    (code: InputIssueCode) =>
    (expected: Phrase, received: Phrase, hint?: Phrase): InputIssue =>
      inputIssue(where, expected, received, hint, code);
  const input = 'input' in issue ? issue.input : valueAt(root, path);
  const located = schemaAt(schema, path);
  const description = located?.description;
  const numeric = located ? numberSchema(located.schema) : undefined;
  const rule = numeric ? numberRule(numeric) : undefined;
  const expectedNumber: Phrase = rule ? describeNumberRule(rule) : { code: 'noun.number' };
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
      return [at('wrong-type')(expectedNumber, received)];
    }
    case 'invalid_type': {
      // What a field of another type than a number holds, by zod's expected type.
      const nouns: Record<string, PhraseCode> = {
        object: 'expected.object',
        array: 'expected.list',
        string: 'expected.text',
      };
      const noun = nouns[issue.expected ?? ''];
      if (input === undefined) {
        const expected: Phrase = noun ? { code: noun } : expectedNumber;
        // The field's description (English) and its name, for the catalogue of each language.
        const described: Phrase =
          description && typeof expected !== 'string'
            ? {
                ...expected,
                values: { ...expected.values, description, ...(field ? { field } : {}) },
              }
            : expected;
        return [
          at('missing')(described, received, {
            code: 'hint.add-field',
            values: { name: JSON.stringify(String(path.at(-1))) },
          }),
        ];
      }
      if (input === null) {
        // "Fill in the figure" is the hint for a number of an input (a template's null), not for
        // a text, a list or a whole argument that is null.
        return [
          at('null')(
            noun ? { code: noun } : expectedNumber,
            received,
            path.length > 0 && !noun ? { code: 'hint.null' } : undefined,
          ),
        ];
      }
      if (issue.expected === 'number' || issue.expected === 'int') {
        if (typeof input === 'number' && !Number.isFinite(input))
          return [at('not-finite')(expectedNumber, received, { code: 'hint.not-finite' })];
        if (typeof input === 'number' && issue.expected === 'int') {
          // Rounding helps only when the rounded value keeps the rule: a population of 1e-308
          // rounds to 0, which divides nothing; its unit is the likely mistake.
          const rounded = Math.round(input);
          const min = rule?.min;
          const roundedBreaksRule =
            min !== undefined && (min.inclusive ? rounded < min.value : rounded <= min.value);
          const hint: Phrase = roundedBreaksRule
            ? input < 0
              ? { code: 'hint.negative' }
              : { code: 'hint.magnitude' }
            : isYearRule(rule)
              ? { code: 'hint.year' }
              : { code: 'hint.whole', values: { rounded: String(rounded) } };
          return [at('not-whole')(expectedNumber, received, hint)];
        }
        return [
          at('wrong-type')(
            expectedNumber,
            received,
            typeof input === 'string' ? numericTextHint(input) : undefined,
          ),
        ];
      }
      if (issue.expected === 'object' && path.length === 0) {
        return [
          at('wrong-type')(
            { code: 'expected.locality-object' },
            received,
            Array.isArray(input) ? { code: 'hint.list-for-one' } : undefined,
          ),
        ];
      }
      const other = issue.expected === 'boolean' ? 'expected.boolean' : noun;
      return [at('wrong-type')(other ? { code: other } : String(issue.expected), received)];
    }
    case 'too_small':
    case 'too_big': {
      const bound = at(issue.code === 'too_small' ? 'too-small' : 'too-big');
      if (issue.origin === 'string') return [bound({ code: 'expected.non-empty-text' }, received)];
      if (issue.origin === 'array') {
        if (issue.code === 'too_big')
          return [
            bound(
              { code: 'expected.list-max', values: { max: Number(issue.maximum ?? 0) } },
              received,
              { code: 'hint.list-max' },
            ),
          ];
        const least = Number(issue.minimum ?? 1);
        return [
          bound(
            least <= 1
              ? { code: 'expected.non-empty-list' }
              : { code: 'expected.list-min', values: { min: least } },
            received,
          ),
        ];
      }
      let hint: Phrase | undefined;
      if (typeof input === 'number') {
        const denominator = field ? DENOMINATOR_HINTS[field] : undefined;
        if (issue.code === 'too_big' && rule?.max?.value === 1 && input > 1 && input <= 100) {
          hint = { code: 'hint.percent', values: { value: String(roundHint(input / 100)) } };
        } else if (issue.code === 'too_small' && input === 0 && denominator)
          hint = { code: denominator };
        else if (issue.code === 'too_small' && input < 0) hint = { code: 'hint.negative' };
        else if (field === 'year') hint = { code: 'hint.year' };
        else if (field === 'firmsPerThousand') hint = { code: 'hint.density' };
      }
      return [bound(expectedNumber, received, hint)];
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
        at('not-allowed')(
          { code: 'expected.one-of', values: { options } },
          received,
          match === undefined
            ? undefined
            : { code: 'hint.did-you-mean', values: { name: JSON.stringify(match) } },
        ),
      ];
    }
    case 'unrecognized_keys': {
      const known = shapesOf(located?.schema ?? schema).flatMap((shape) => Object.keys(shape));
      return (issue.keys ?? []).map((key) => {
        const suggestion = closest(key, known);
        return inputIssue(
          [...where, key],
          { code: 'expected.known-field' },
          { code: 'received.unknown-field', values: { name: JSON.stringify(key) } },
          suggestion
            ? { code: 'hint.did-you-mean', values: { name: JSON.stringify(suggestion) } }
            : { code: 'hint.unknown-field' },
          'unknown-field',
        );
      });
    }
    case 'custom': {
      const kind = issue.params?.kind;
      if (kind === 'magnitude' && typeof issue.params?.limit === 'number') {
        const { side, limit } = issue.params as { side: 'min' | 'max'; limit: number };
        return [
          at(side === 'max' ? 'too-big' : 'too-small')(
            {
              code: side === 'max' ? 'expected.magnitude-max' : 'expected.magnitude-min',
              values: { limit },
            },
            received,
            { code: 'hint.magnitude' },
          ),
        ];
      }
      if (kind === 'after-year' && typeof issue.params?.limit === 'number') {
        return [
          at('inconsistent')(
            { code: 'expected.year-up-to', values: { year: String(issue.params.limit) } },
            received,
            { code: 'hint.history-after' },
          ),
        ];
      }
      if (kind === 'target-order' && typeof issue.params?.limit === 'number') {
        return [
          at('range-order')(
            { code: 'expected.target-high', values: { low: String(issue.params.limit) } },
            received,
            { code: 'hint.target-order' },
          ),
        ];
      }
      if (kind === 'exceeds' && issue.params?.whole) {
        const { whole, limit } = issue.params as { whole: string; limit: number };
        return [
          at('inconsistent')({ code: 'expected.at-most', values: { whole, limit } }, received, {
            code: field === 'digitalFirms' ? 'hint.firms-exceed' : 'hint.workers-exceed',
            values: { whole },
          }),
        ];
      }
      if (kind === 'range-order' && input && typeof input === 'object') {
        const { value, low, high } = input as { value: number; low: number; high: number };
        return [
          at('range-order')(
            { code: 'expected.range-order' },
            {
              code: 'received.range',
              values: { value: String(value), low: String(low), high: String(high) },
            },
            { code: 'hint.range-order' },
          ),
        ];
      }
      const either = kind ? EITHER_HINTS[kind] : undefined;
      if (either && issue.params?.ratioOrPair) {
        const [ratio = '', count = '', denominator = ''] = issue.params.ratioOrPair.map(String);
        return [
          at('missing-alternative')(
            { code: 'expected.ratio-or-pair', values: { ratio, count, denominator } },
            { code: 'received.neither' },
            { code: either },
          ),
        ];
      }
      if (either && issue.params?.either) {
        const [a, b] = issue.params.either;
        return [
          at('missing-alternative')(
            { code: 'expected.either', values: { a: String(a), b: String(b) } },
            { code: 'received.neither' },
            { code: either },
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
          at('missing-count')(
            { code: 'expected.count-for', values: { count, denominator } },
            { code: 'received.missing' },
            { code: 'hint.count-or-ratio', values: { count, ratio, denominator } },
          ),
        ];
      }
      return [at('invalid')(zodPhrase(issue, issue.message), received)];
    }
    default:
      return [
        at('invalid')(
          zodPhrase(issue, issue.message.replace(/^Invalid input: expected /i, '')),
          received,
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
