import type { Lang, TemplateValues } from '../i18n/format.js';
import { type MessageKey, message } from '../i18n/messages.js';

/**
 * A part of an input issue: a catalogue phrase `[key, values]` or a function of the language (for
 * phrases built from other phrases), translated when rendered; or a literal string (an
 * identifier, a value, a name) shown as it is. `InputError#detailIn` renders them.
 *
 * @example
 * // error.issues[0].parts.expected is the Phrase for "a fraction from 0 to 1";
 * phraseText(error.issues[0].parts.expected, 'vi') // => 'một tỷ lệ từ 0 đến 1'
 */
export type Phrase =
  | string
  | readonly [key: MessageKey, values?: TemplateValues]
  | ((lang: Lang) => string);

/**
 * One problem found in an input: where, what was expected, what came, and the likely fix.
 *
 * @example
 * try { estimate({ ...daNang2024, grdp: 0, itWorkforceShare: 7.7 }) } catch (error) {
 *   if (error instanceof InputError) error.issues.map((i) => i.path) // => ['grdp', 'itWorkforceShare']
 * }
 */
export interface InputIssue {
  /** Path of the field, e.g. `"itWorkforceShare"` or `"history[2].share"`; `"(input)"` for the whole input. */
  readonly path: string;
  /** What the field should hold (English). */
  readonly expected: string;
  /** What it held, with its type (English). */
  readonly received: string;
  /** The likely fix, when it is obvious (English). */
  readonly hint?: string;
  /** The whole issue as one line (English): `path: expected …, received …; hint`. */
  readonly message: string;
  /** The same parts as phrases, to render the issue in another language (`issueMessage`). */
  readonly parts: { readonly expected: Phrase; readonly received: Phrase; readonly hint?: Phrase };
}

/** A phrase in a language. */
export function phraseText(phrase: Phrase, lang: Lang): string {
  if (typeof phrase === 'string') return phrase;
  if (typeof phrase === 'function') return phrase(lang);
  return message(phrase[0], phrase[1] ?? {}, lang);
}

/** An issue as one line in a language: `path: expected …, received …; hint`. */
export function issueMessage(issue: InputIssue, lang: Lang): string {
  const values = {
    path: issue.path,
    expected: phraseText(issue.parts.expected, lang),
    received: phraseText(issue.parts.received, lang),
    ...(issue.parts.hint === undefined ? {} : { hint: phraseText(issue.parts.hint, lang) }),
  };
  return message(issue.parts.hint === undefined ? 'error.line' : 'error.line.hint', values, lang);
}

/** The first issue and how many more there are, in a language. */
function detailIn(issues: readonly InputIssue[], lang: Lang): string {
  const [first, ...rest] = issues;
  const head = first ? issueMessage(first, lang) : 'invalid input';
  if (rest.length === 0) return head;
  const paths = `${rest
    .slice(0, 4)
    .map((issue) => issue.path)
    .join(', ')}${rest.length > 4 ? ', …' : ''}`;
  return head + message('error.more', { count: String(rest.length), paths }, lang);
}

/**
 * Thrown for any invalid input: a missing, mistyped or out-of-range field, a zero denominator, a
 * percentage given where a fraction is expected, unreadable JSON. The message is one line naming
 * the field, what was expected, what was received and, where obvious, the fix; `issues` lists
 * every problem found, not only the first. `detailIn(lang)` gives the message in Vietnamese or
 * French.
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

  /** Path of the first field at fault. */
  get field(): string {
    return this.issues[0]?.path ?? '(input)';
  }

  /** The message without the context, in a language. */
  detailIn(lang: Lang): string {
    return detailIn(this.issues, lang);
  }
}

/** Build one issue from its parts; its English message is filled in. */
export function inputIssue(
  path: string,
  expected: Phrase,
  received: Phrase,
  hint?: Phrase,
): InputIssue {
  const parts = hint === undefined ? { expected, received } : { expected, received, hint };
  const issue = { path, parts } as InputIssue;
  const english = {
    path,
    expected: phraseText(expected, 'en'),
    received: phraseText(received, 'en'),
    ...(hint === undefined ? {} : { hint: phraseText(hint, 'en') }),
  };
  return { ...english, message: issueMessage(issue, 'en'), parts };
}
