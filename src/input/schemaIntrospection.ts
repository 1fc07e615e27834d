import * as z from 'zod';

/**
 * Reading a zod schema through zod's public API only (`.unwrap()`, `.in`, `.shape`, `.options`,
 * `.element`, `.valueType`, `.description`, `.minValue`/`.maxValue`/`.isInt`, `z.toJSONSchema`),
 * so that a rule is written once, in the schema, and the messages read it from there.
 */

// biome-ignore lint/suspicious/noExplicitAny: any schema, whatever its input and output.
export type AnySchema = z.ZodType<any, any>;

type Key = PropertyKey;

/** The schema inside a wrapper (optional, nullable, default, readonly, catch…, or a pipe's input). */
function inner(schema: AnySchema): AnySchema | undefined {
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodNonOptional ||
    schema instanceof z.ZodReadonly ||
    schema instanceof z.ZodCatch
  )
    return schema.unwrap() as AnySchema;
  if (schema instanceof z.ZodPipe) return schema.in as AnySchema;
  return undefined;
}

/** The schema without its wrappers, and the first description met on the way in. */
export function unwrap(schema: AnySchema): { schema: AnySchema; description: string | undefined } {
  let current = schema;
  let description = current.description;
  for (let next = inner(current); next; next = inner(current)) {
    current = next;
    description ??= current.description;
  }
  return { schema: current, description };
}

/** Object shapes reachable at a schema (several for a union of objects). */
export function shapesOf(schema: AnySchema): Record<string, AnySchema>[] {
  const { schema: bare } = unwrap(schema);
  if (bare instanceof z.ZodObject) return [bare.shape as Record<string, AnySchema>];
  if (bare instanceof z.ZodUnion) return (bare.options as AnySchema[]).flatMap(shapesOf);
  return [];
}

/** The sub-schema at a path, with the nearest description; undefined if the path leaves the schema. */
export function schemaAt(
  root: AnySchema,
  path: readonly Key[],
): { schema: AnySchema; description: string | undefined } | undefined {
  let current = unwrap(root);
  for (const key of path) {
    const bare = current.schema;
    let next: AnySchema | undefined;
    if (typeof key === 'number' && bare instanceof z.ZodArray) next = bare.element as AnySchema;
    else if (bare instanceof z.ZodRecord) next = bare.valueType as AnySchema;
    else
      next = shapesOf(bare).find((shape) => typeof key === 'string' && key in shape)?.[String(key)];
    if (!next) return undefined;
    const description = current.description;
    current = unwrap(next);
    current.description ??= typeof key === 'number' ? description : undefined;
  }
  return current;
}

/** The number schema at a schema: itself, or the plain-number branch of a ranged field. */
export function numberSchema(schema: AnySchema): z.ZodNumber | undefined {
  const { schema: bare } = unwrap(schema);
  if (bare instanceof z.ZodNumber) return bare;
  if (bare instanceof z.ZodUnion)
    return (bare.options as AnySchema[])
      .map((o) => unwrap(o).schema)
      .find((o): o is z.ZodNumber => o instanceof z.ZodNumber);
  return undefined;
}

/** What a number schema accepts: whole or not, and its bounds with their inclusiveness. */
export interface NumberRule {
  readonly integer: boolean;
  readonly min?: { readonly value: number; readonly inclusive: boolean };
  readonly max?: { readonly value: number; readonly inclusive: boolean };
}

/**
 * The rule of a number schema. A whole number's implicit safe-integer bounds (±2^53 − 1) are not
 * a rule of ours and are left out; inclusiveness comes from the schema's JSON Schema form
 * (`minimum` vs `exclusiveMinimum`).
 */
export function numberRule(schema: z.ZodNumber): NumberRule {
  const integer = schema.isInt === true;
  const json = z.toJSONSchema(schema) as { exclusiveMinimum?: number; exclusiveMaximum?: number };
  const bound = (value: number | null | undefined) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    !(integer && Math.abs(value) === Number.MAX_SAFE_INTEGER)
      ? value
      : undefined;
  const min = bound(schema.minValue);
  const max = bound(schema.maxValue);
  return {
    integer,
    ...(min === undefined
      ? {}
      : { min: { value: min, inclusive: json.exclusiveMinimum === undefined } }),
    ...(max === undefined
      ? {}
      : { max: { value: max, inclusive: json.exclusiveMaximum === undefined } }),
  };
}
