import * as z from 'zod';
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
 * A commented input template (JSON with // comments, which the CLI reads): every field needed,
 * each with its description from the schema; `null` where a figure must be filled in (so that an
 * unfilled template is rejected, never estimated); the alternatives and optional fields commented
 * out. Generated from the zod schema and `INPUT_REQUIREMENTS`, so it cannot drift from them.
 *
 * @example inputTemplate({ locality: 'Quang Ninh' }).includes('"grdp": null') // => true
 */
export function inputTemplate(options: InputTemplateOptions = {}): string {
  const describe = (field: string) => schemaAt(LocalityInputSchema, [field])?.description ?? field;
  const lines: string[] = [
    '// Input for "digital-economy-share estimate". Replace every null with a figure and say where',
    '// it comes from in "sources". Shares are fractions (7.7% is 0.077); all money fields use one',
    '// unit. Any number may be a range: { "value": 39888, "low": 35000, "high": 42000 }.',
    '// Lines starting with // are comments; remove the // to use an alternative or optional field.',
    '{',
  ];
  const field = (name: string, value: string) => [
    `  // ${describe(name)}`,
    `  ${JSON.stringify(name)}: ${value},`,
  ];
  lines.push(
    ...field('locality', JSON.stringify(options.locality ?? 'Name of the province or city')),
  );
  lines.push(...field('year', options.year === undefined ? 'null' : String(options.year)));
  lines.push(...field('unit', '"billion VND"'));
  lines.push(...field('frame', '"mic"'));
  lines.push(...field('grdp', 'null'));
  for (const { alternatives } of INPUT_REQUIREMENTS) {
    const [first, ...others] = alternatives;
    for (const name of first ?? []) lines.push(...field(name, 'null'));
    for (const alternative of others) {
      const fields = alternative.map(
        (name) =>
          `${JSON.stringify(name)}: ${name === 'ictSegments' ? '[{ "name": "hardware", "revenue": null, "valueAddedRatio": null }]' : 'null'}`,
      );
      lines.push(
        `  // or instead: ${alternative.map((name) => `${name} (${describe(name)})`).join(' and ')}`,
        `  // ${fields.join(', ')},`,
      );
    }
  }
  lines.push(
    `  // optional: ${describe('platformRevenue')}`,
    '  // "platformRevenue": null,',
    '  // optional: a share reported by someone else, to compare with',
    '  // "published": { "share": null, "source": "", "frame": "mic" },',
    '  // optional: earlier shares, for the trend towards the targets',
    '  // "history": [{ "year": null, "share": null, "source": "", "frame": "mic" }],',
    `  // ${describe('sources')}`,
    '  "sources": {',
    ['grdp', 'ictRevenue', 'firmsPerThousand', 'itWorkforceShare']
      .map((name) => `    ${JSON.stringify(name)}: ""`)
      .join(',\n'),
    '  }',
    '}',
  );
  return `${lines.join('\n')}\n`;
}
