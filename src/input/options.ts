import { closest } from '../math/editDistance.js';
import { InputError, type InputIssue, inputIssue } from './inputError.js';
import { describeValue } from './zodIssues.js';

/**
 * The options argument of an exported function, checked before anything reads it: nothing (the
 * defaults) or a plain object whose every key is an option of that function. A misspelt option
 * (`{ draw: 1e6 }`) is an InputError with the closest known name, never a silent default.
 */
export function checkOptions<T extends object>(
  value: T | null | undefined,
  context: string,
  known: readonly string[],
): T {
  if (value === undefined) return {} as T;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(context, [
      inputIssue(
        [],
        { code: 'expected.options-object', values: { options: known.join(', ') } },
        describeValue(value),
        undefined,
        'wrong-type',
      ),
    ]);
  }
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    const issues: InputIssue[] = unknown.map((key) => {
      const suggestion = closest(key, known);
      return inputIssue(
        [key],
        { code: 'expected.known-option', values: { options: known.join(', ') } },
        { code: 'received.unknown-option', values: { name: JSON.stringify(key) } },
        suggestion
          ? { code: 'hint.did-you-mean', values: { name: JSON.stringify(suggestion) } }
          : undefined,
        'unknown-field',
      );
    });
    throw new InputError(context, issues);
  }
  return value;
}

/** A number argument that must be finite, or an InputError naming it. */
export function checkFiniteNumber(value: unknown, name: string, context: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new InputError(context, [
      inputIssue([name], { code: 'expected.number' }, describeValue(value)),
    ]);
}
