import * as z from 'zod';
import { checkOptions } from './options.js';
import { schemaAt } from './schemaIntrospection.js';
import { INPUT_REQUIREMENTS, LocalityInputSchema } from './schemas.js';

/**
 * The JSON Schema (draft 2020-12) of one locality-year of input, generated from the zod schema, so
 * that tools in other languages can validate inputs the way `estimate` does. The cross-field rules
 * (ICT revenue or value added or segments; a ratio or its count with its denominator) are added
 * as `allOf`/`anyOf`, generated from the same `INPUT_REQUIREMENTS` the zod check uses.
 *
 * @returns A JSON Schema object.
 * @example inputJsonSchema().required // => ['locality', 'year', 'grdp']
 */
export function inputJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(LocalityInputSchema, { io: 'input' }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'digital-economy-share input: one locality-year',
    description:
      'Shares are fractions (7.7% is 0.077); money fields share one unit (default billion VND). Any number may be { "value", "low", "high" }.',
    allOf: INPUT_REQUIREMENTS.map(({ alternatives }) => ({
      anyOf: alternatives.map((fields) => ({ required: [...fields] })),
    })),
  };
}

/**
 * Options of `inputTemplate`.
 *
 * @example
 * inputTemplate({ locality: 'Quang Ninh', year: 2024 })
 */
export interface InputTemplateOptions {
  /** The locality's name to fill in (default: a placeholder to replace). */
  readonly locality?: string;
  /** The year to fill in (default: null, to be filled). */
  readonly year?: number;
}

/**
 * An input template in strict JSON: every field needed, `null` where a figure must be filled in
 * (so that an unfilled template is rejected, never estimated), the explanations in `$comment`
 * (which the estimate ignores): each field's description from the schema, and the alternatives
 * and optional fields that may be added. Generated from the zod schema and `INPUT_REQUIREMENTS`,
 * so it cannot drift from them. `$schema` points editors at the schema of the `schema` command.
 *
 * @example JSON.parse(inputTemplate({ locality: 'Quang Ninh' })).grdp // => null
 */
export function inputTemplate(options: InputTemplateOptions = {}): string {
  const settings = checkOptions(options, 'inputTemplate options', ['locality', 'year']);
  const describe = (field: string) => schemaAt(LocalityInputSchema, [field])?.description ?? field;
  const fields: string[] = ['locality', 'year', 'unit', 'frame', 'grdp'];
  const notes: string[] = [
    'Input for "digital-economy-share estimate". Replace every null with a figure and say where it comes from in "sources".',
    'Shares are fractions (7.7% is 0.077); all money fields use one unit. Any number may be a range: { "value": 39888, "low": 35000, "high": 42000 }.',
  ];
  for (const { alternatives } of INPUT_REQUIREMENTS) {
    const [first, ...others] = alternatives;
    fields.push(...(first ?? []));
    for (const alternative of others)
      notes.push(
        `Instead of ${(first ?? []).join(' and ')}, you may give ${alternative.map((name) => `${name} (${describe(name)})`).join(' and ')}.`,
      );
  }
  notes.push(
    `Optional: platformRevenue (${describe('platformRevenue')}); published: { "share", "source", "frame" }, a share reported by someone else, to compare with; history: [{ "year", "share", "source", "frame" }], earlier shares, for the trend towards the targets.`,
    ...fields.map((name) => `${name}: ${describe(name)}`),
    `sources: ${describe('sources')}`,
  );
  const template: Record<string, unknown> = {
    $schema: './digital-economy-share.schema.json',
    $comment: notes,
  };
  for (const name of fields) template[name] = null;
  Object.assign(template, {
    locality: settings.locality ?? 'Name of the province or city',
    year: settings.year ?? null,
    unit: 'billion VND',
    frame: 'mic',
    sources: Object.fromEntries(
      ['grdp', 'ictRevenue', 'firmsPerThousand', 'itWorkforceShare'].map((name) => [name, '']),
    ),
  });
  return `${JSON.stringify(template, null, 2)}\n`;
}
