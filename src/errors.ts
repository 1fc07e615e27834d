/** One problem found in an input: where, what was expected, what came, and the likely fix. */
export interface InputIssue {
  /** Path of the field, e.g. `"itWorkforceShare"` or `"history[2].share"`; `"(input)"` for the whole input. */
  readonly path: string;
  /** What the field should hold. */
  readonly expected: string;
  /** What it held, with its type. */
  readonly received: string;
  /** The likely fix, when it is obvious. */
  readonly hint?: string;
  /** The whole issue as one line: `path: expected …, received …; hint`. */
  readonly message: string;
}

/**
 * Thrown for any invalid input: a missing, mistyped or out-of-range field, a zero denominator, a
 * percentage given where a fraction is expected, unreadable JSON. The message is one line naming
 * the field, what was expected, what was received and, where obvious, the fix; `issues` lists
 * every problem found, not only the first.
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
  /** The message without the context: the first issue, and how many more there are. */
  readonly detail: string;

  constructor(context: string, issues: readonly InputIssue[], options?: { cause?: unknown }) {
    const [first, ...rest] = issues;
    const head = first ? first.message : 'invalid input';
    const more =
      rest.length === 0
        ? ''
        : ` (${rest.length} more: ${rest
            .slice(0, 4)
            .map((issue) => issue.path)
            .join(', ')}${rest.length > 4 ? ', …' : ''})`;
    super(`${context}: ${head}${more}`, options);
    this.issues = issues;
    this.context = context;
    this.detail = `${head}${more}`;
  }

  /** Path of the first field at fault. */
  get field(): string {
    return this.issues[0]?.path ?? '(input)';
  }
}

/** Build one issue with its one-line message. */
export function inputIssue(
  path: string,
  expected: string,
  received: string,
  hint?: string,
): InputIssue {
  const message = `${path}: expected ${expected}, received ${received}${hint ? `; ${hint}` : ''}`;
  return hint === undefined
    ? { path, expected, received, message }
    : { path, expected, received, hint, message };
}
