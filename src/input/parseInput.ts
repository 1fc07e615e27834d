import type * as z from 'zod';
import { InputError } from './inputError.js';
import type { AnySchema } from './schemaIntrospection.js';
import { toInputIssues } from './zodIssues.js';

/**
 * Validate `value` against `schema` at a public boundary; throw an InputError naming `context`
 * (the function or command) on failure, with every zod issue translated (src/input/zodIssues.ts).
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
