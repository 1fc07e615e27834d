import type { Lang } from '../i18n/format.js';
import { type InputIssue, issueMessage } from '../input/inputError.js';

/**
 * The issue behind each batch error, kept beside the plain `{ row, field, message }` objects (which
 * stay plain data for JSON), so that a report can render the error in the reader's language.
 */
const issues = new WeakMap<object, InputIssue>();

/** A batch error with its issue remembered. */
export function batchError<T extends object>(error: T, issue: InputIssue): T {
  issues.set(error, issue);
  return error;
}

/** A batch error's message in a language; the stored English message when its issue is not known. */
export function batchErrorText(error: { readonly message: string }, lang: Lang): string {
  const issue = issues.get(error);
  return issue ? issueMessage(issue, lang) : error.message;
}
