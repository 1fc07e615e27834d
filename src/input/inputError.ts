import { formatNumber, type Lang } from '../i18n/format.js';
import { catalogues, type MessageKey, message } from '../i18n/messages.js';

/**
 * Input errors as data. An issue is `{ code, path, values }`: a stable code, the path of the field
 * as an array (`['history', 2, 'share']`), and values from which the catalogue of any language
 * writes the message: what was expected, what was received and the likely fix, each a phrase
 * `{ code, values }` (or a literal shown as it is: a file name, a value). No functions, no
 * catalogue keys: an issue survives `structuredClone` and `JSON.parse(JSON.stringify(...))`, and
 * renders the same afterwards.
 */

/**
 * The codes of the error phrases (the catalogue's `error.<code>`), plus `expected.number`, a number rule.
 *
 * @example
 * const hint: PhraseCode = 'hint.percent'; // "shares are fractions, not percentages: did you mean {value}?"
 */
export type PhraseCode =
  | {
      [K in MessageKey]: K extends `error.${infer Code}` ? Code : never;
    }[MessageKey]
  | 'expected.number'
  | 'zod';

/**
 * Values of a phrase: text, numbers and flags only.
 *
 * @example
 * const values: PhraseValues = { integer: true, min: 1990, minInclusive: true };
 */
export type PhraseValues = Readonly<Record<string, string | number | boolean>>;

/**
 * A part of an input issue: a phrase of the error catalogue by code, with its values; or a literal
 * string (an identifier, a value, a name) shown as it is. `expected.number` describes a number
 * rule from `integer`, `min`, `minInclusive`, `max`, `maxInclusive`; `zod` is a rare zod issue's
 * own message, by language (`en`, `vi`, `fr`, from zod's locales); an expected phrase with a
 * `description` (and the `field` it describes) names the field too.
 *
 * @example
 * error.issues[0].values.expected // => { code: 'expected.number', values: { integer: false, min: 0, minInclusive: true, max: 1, maxInclusive: true } }
 * phraseText(error.issues[0].values.expected, 'vi') // => 'một tỷ lệ từ 0 đến 1'
 */
export type Phrase = string | { readonly code: PhraseCode; readonly values?: PhraseValues };

/**
 * Stable codes of input issues: what is wrong, whatever the language.
 *
 * @example
 * error.issues.filter((i) => i.code === ('missing' satisfies InputIssueCode)).map((i) => i.path)
 */
export type InputIssueCode =
  | 'missing'
  | 'null'
  | 'wrong-type'
  | 'not-finite'
  | 'not-whole'
  | 'too-small'
  | 'too-big'
  | 'not-allowed'
  | 'unknown-field'
  | 'range-order'
  | 'missing-alternative'
  | 'missing-count'
  | 'invalid'
  | 'inconsistent'
  | 'usage'
  | 'file'
  | 'missing-package';

/**
 * One problem found in an input: a stable code, where, and values for the message in any language;
 * with the same message in English (`expected`, `received`, `hint`, `message`).
 *
 * @example
 * try { estimate({ ...daNang2024, grdp: 0, itWorkforceShare: 7.7 }) } catch (error) {
 *   if (error instanceof InputError) error.issues.map((i) => [i.code, i.path])
 *   // => [['too-small', ['grdp']], ['too-big', ['itWorkforceShare']]]
 * }
 */
export interface InputIssue {
  readonly code: InputIssueCode;
  /** Path of the field, e.g. `['itWorkforceShare']` or `['history', 2, 'share']`; `[]` for the whole input. */
  readonly path: readonly (string | number)[];
  /** What was expected, what was received and the likely fix, as phrases. */
  readonly values: { readonly expected: Phrase; readonly received: Phrase; readonly hint?: Phrase };
  /** What the field should hold (English). */
  readonly expected: string;
  /** What it held, with its type (English). */
  readonly received: string;
  /** The likely fix, when it is obvious (English). */
  readonly hint?: string;
  /** The whole issue as one line (English): `path: expected …, received …; hint`. */
  readonly message: string;
}

/**
 * A path as text: `['history', 2, 'share']` is `history[2].share`; the whole input (`[]`) is `(input)`.
 *
 * @example
 * formatPath(['history', 2, 'share']) // => 'history[2].share'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(input)';
}

/** "a fraction from 0 to 1", "a whole number ≥ 0", "a number > 0 and < 1", "a whole number from 1990 to 2100". */
function numberRuleText(values: PhraseValues, lang: Lang): string {
  const t = (key: MessageKey, v: Record<string, string | number> = {}) => message(key, v, lang);
  const { integer, min, max, minInclusive, maxInclusive } = values;
  const hasMin = typeof min === 'number';
  const hasMax = typeof max === 'number';
  if (!integer && min === 0 && minInclusive && max === 1 && maxInclusive)
    return t('error.expected.fraction');
  const noun = t(integer ? 'error.noun.whole' : 'error.noun.number');
  if (hasMin && hasMax && minInclusive && maxInclusive)
    return t('error.expected.between', { noun, min, max });
  const bounds: string[] = [];
  if (hasMin)
    bounds.push(t(minInclusive ? 'error.bound.min' : 'error.bound.above', { value: min }));
  if (hasMax)
    bounds.push(t(maxInclusive ? 'error.bound.max' : 'error.bound.below', { value: max }));
  if (bounds.length === 0) return noun;
  const [a = '', b] = bounds;
  return t('error.expected.bounded', {
    noun,
    bounds: b === undefined ? a : t('error.bound.and', { a, b }),
  });
}

/**
 * A phrase in a language.
 *
 * @example
 * phraseText({ code: 'received.missing' }, 'fr') // => 'rien (le champ manque)'
 */
export function phraseText(phrase: Phrase, lang: Lang): string {
  if (typeof phrase === 'string') return phrase;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.values ?? {}))
    values[name] = typeof value === 'boolean' ? String(value) : value;
  const text =
    phrase.code === 'expected.number'
      ? numberRuleText(phrase.values ?? {}, lang)
      : phrase.code === 'zod'
        ? String(values[lang] ?? values.en ?? '')
        : message(`error.${phrase.code}`, values, lang);
  const description = phrase.values?.description;
  if (typeof description !== 'string') return text;
  // A missing field is named: in English by the schema's description, in other languages by
  // the catalogue's name for the field when it has one.
  const field = phrase.values?.field;
  const shown =
    lang !== 'en' && typeof field === 'string' && `variable.${field}` in catalogues[lang]
      ? message(`variable.${field}` as MessageKey, {}, lang)
      : description;
  return message('error.expected.described', { expected: text, description: shown }, lang);
}

/**
 * An issue as one line in a language: `path: expected …, received …; hint`. Works on issues read
 * back from JSON.
 *
 * @example
 * issueMessage(error.issues[0], 'vi') // => 'itWorkforceShare: cần một tỷ lệ từ 0 đến 1, nhận được 7.7 (số); …'
 */
export function issueMessage(issue: Pick<InputIssue, 'path' | 'values'>, lang: Lang): string {
  const { expected, received, hint } = issue.values;
  const values = {
    path: formatPath(issue.path),
    expected: phraseText(expected, lang),
    received: phraseText(received, lang),
    ...(hint === undefined ? {} : { hint: phraseText(hint, lang) }),
  };
  return message(hint === undefined ? 'error.line' : 'error.line.hint', values, lang);
}

/** The first issue and how many more there are, in a language. */
function detailIn(issues: readonly InputIssue[], lang: Lang): string {
  const [first, ...rest] = issues;
  const head = first ? issueMessage(first, lang) : 'invalid input';
  if (rest.length === 0) return head;
  const paths = `${rest
    .slice(0, 4)
    .map((issue) => formatPath(issue.path))
    .join(', ')}${rest.length > 4 ? ', …' : ''}`;
  return head + message('error.more', { count: formatNumber(rest.length, lang, 0), paths }, lang);
}

/**
 * Thrown for any invalid input: a missing, mistyped or out-of-range field, a zero denominator, a
 * percentage given where a fraction is expected, unreadable JSON. The message is one line naming
 * the field, what was expected, what was received and, where obvious, the fix; `issues` lists
 * every problem found, not only the first, as plain data. `detailIn(lang)` gives the message in
 * Vietnamese or French.
 *
 * @example
 * try { estimate({ ...input, itWorkforceShare: 7.7 }) } catch (error) {
 *   if (error instanceof InputError) console.error(error.message)
 * }
 * // => estimate: itWorkforceShare: expected a fraction from 0 to 1, received 7.7 (number); …
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** Every problem found, in input order. */
  readonly issues: readonly InputIssue[];
  /** The function or command that rejected the input. */
  readonly context: string;
  /** The message without the context: the first issue, and how many more there are (English). */
  readonly detail: string;

  constructor(context: string, issues: readonly InputIssue[], options?: { cause?: unknown }) {
    const detail = detailIn(issues, 'en');
    super(`${context}: ${detail}`, options);
    this.issues = issues;
    this.context = context;
    this.detail = detail;
  }

  /** Path of the first field at fault, as text (`history[2].share`). */
  get field(): string {
    return formatPath(this.issues[0]?.path ?? []);
  }

  /** The message without the context, in a language. */
  detailIn(lang: Lang): string {
    return detailIn(this.issues, lang);
  }
}

/** The code an issue gets when its maker names none: by what was expected. */
function defaultCode(expected: Phrase): InputIssueCode {
  return typeof expected !== 'string' && expected.code === 'expected.number'
    ? 'wrong-type'
    : 'invalid';
}

/** Build one issue from its parts; its English message is filled in. */
export function inputIssue(
  path: readonly (string | number)[],
  expected: Phrase,
  received: Phrase,
  hint?: Phrase,
  code: InputIssueCode = defaultCode(expected),
): InputIssue {
  const values = hint === undefined ? { expected, received } : { expected, received, hint };
  return {
    code,
    path,
    values,
    expected: phraseText(expected, 'en'),
    received: phraseText(received, 'en'),
    ...(hint === undefined ? {} : { hint: phraseText(hint, 'en') }),
    message: issueMessage({ path, values }, 'en'),
  };
}

/**
 * The issue for an optional package that is not installed: which packages, the feature that
 * needs them, and the `npm install` that adds them.
 */
export function missingPackageIssue(
  path: readonly (string | number)[],
  packages: readonly string[],
  feature: string,
): InputIssue {
  const count = packages.length;
  return inputIssue(
    path,
    { code: 'expected.package', values: { packages: packages.join(', '), count, feature } },
    { code: 'received.not-installed' },
    { code: 'hint.install', values: { command: `npm install ${packages.join(' ')}`, count } },
    'missing-package',
  );
}

/**
 * One problem of one row: the row number, the field at fault, the one-line message.
 *
 * @example
 * estimateBatch([daNang2024, { ...daNang2024, grdp: 0 }]).errors[0]
 * // => { row: 2, field: 'grdp', message: 'grdp: expected a number > 0, received 0 (number); …' }
 */
export interface BatchError extends InputIssue {
  /** The row's number, from 1 (a CSV's first data row is row 1). */
  readonly row: number;
  /** The field's path as text (`history[2].share`); `path` is the same as an array. */
  readonly field: string;
}

/**
 * An InputError's issues as the errors of one table row.
 *
 * @example
 * rowErrors(3, error) // => [{ row: 3, field: 'grdp', code: …, message: … }]
 */
export function rowErrors(row: number, error: InputError): BatchError[] {
  return error.issues.map((issue) => ({ row, field: formatPath(issue.path), ...issue }));
}
