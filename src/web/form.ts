import * as z from 'zod';
import { readNumberText } from '../input/numberText.js';
import { numberSchema, shapesOf } from '../input/schemaIntrospection.js';
import { FrameSchema, LocalityInputSchema } from '../input/schemas.js';

/**
 * The web calculator's form, generated from the input schema (no DOM here, so that it is tested
 * in Node): one field for each top-level field of `LocalityInputSchema` that a person types (text,
 * a choice, or a number, ranged numbers with `<name>Low` and `<name>High` companions as in the
 * CSV), in groups; the structured fields (segments, history, published share, targets, sources)
 * come from an input file and are kept beside the form as they are.
 */

/** How a field is entered. */
export type FieldKind = 'text' | 'choice' | 'number';

/** What a number field's figure measures, read from its schema. */
export type UnitKind = 'money' | 'fraction' | 'count' | 'perThousand' | 'year' | 'text';

/** One field of the form. */
export interface FormField {
  /** The input field's name: the `name` attribute of its `<input>`. */
  readonly name: string;
  readonly kind: FieldKind;
  readonly unit: UnitKind;
  /** A number that may be given as a range { value, low, high }. */
  readonly ranged: boolean;
  /** The choices of a `choice` field, as the schema lists them. */
  readonly options: readonly string[];
  /** The group the field is shown in. */
  readonly group: FormGroup;
  /** The schema's default, shown as a placeholder. */
  readonly placeholder?: string;
}

/** The form's groups, in order. */
export const FORM_GROUPS = ['locality', 'economy', 'firms', 'workforce', 'other'] as const;
export type FormGroup = (typeof FORM_GROUPS)[number];

const GROUP_OF: Readonly<Record<string, FormGroup>> = {
  locality: 'locality',
  year: 'locality',
  unit: 'locality',
  frame: 'locality',
  grdp: 'economy',
  ictRevenue: 'economy',
  ictValueAdded: 'economy',
  platformRevenue: 'economy',
  digitalFirms: 'firms',
  population: 'firms',
  firmsPerThousand: 'firms',
  itWorkers: 'workforce',
  labourForce: 'workforce',
  itWorkforceShare: 'workforce',
};

/** Top-level fields kept from an input file, not typed in the form. */
export const FILE_ONLY_FIELDS = [
  '$schema',
  '$comment',
  'ictSegments',
  'published',
  'history',
  'targets',
  'sources',
] as const;

function unitOf(name: string, schema: z.ZodNumber): UnitKind {
  if (name === 'year') return 'year';
  if (schema.maxValue === 1) return 'fraction';
  if (schema.maxValue === 1000) return 'perThousand';
  if (schema.isInt === true) return 'count';
  return 'money';
}

function defaultOf(schema: unknown): string | undefined {
  if (schema instanceof z.ZodDefault) {
    const value = (schema as z.ZodDefault<z.ZodString>).def.defaultValue;
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

let fields: readonly FormField[] | undefined;

/**
 * The form's fields, in the schema's order: every top-level field that is not file-only.
 *
 * @example
 * formFields().map((f) => f.name).slice(0, 5) // => ['locality', 'year', 'unit', 'frame', 'grdp']
 */
export function formFields(): readonly FormField[] {
  if (fields) return fields;
  const [shape = {}] = shapesOf(LocalityInputSchema);
  const out: FormField[] = [];
  for (const [name, schema] of Object.entries(shape)) {
    if ((FILE_ONLY_FIELDS as readonly string[]).includes(name)) continue;
    const group = GROUP_OF[name] ?? 'other';
    const placeholder = defaultOf(schema);
    const base = { name, group, ...(placeholder === undefined ? {} : { placeholder }) };
    if (name === 'frame') {
      out.push({
        ...base,
        kind: 'choice',
        unit: 'text',
        ranged: false,
        options: FrameSchema.options,
      });
      continue;
    }
    const number = numberSchema(schema);
    if (number) {
      // A ranged field is a union of the number and the { value, low, high } object.
      const ranged = shapesOf(schema).some((s) => 'low' in s && 'high' in s);
      out.push({ ...base, kind: 'number', unit: unitOf(name, number), ranged, options: [] });
    } else out.push({ ...base, kind: 'text', unit: 'text', ranged: false, options: [] });
  }
  fields = out;
  return out;
}

/** The form's values by input name (`grdp`, `grdpLow`, …), as typed. */
export type FormValues = Readonly<Record<string, string>>;

/**
 * The input `estimate` takes, from the form's values and the fields kept from a file: empty
 * fields are left out; numbers are read as the CSV reads them (`readNumberText`), so that what is
 * not a number reaches the validation as typed and its message names it; a range is
 * `{ value, low, high }` once its low or high is given.
 *
 * @example
 * inputFromForm({ locality: 'Da Nang', year: '2024', grdp: '151.307' }, { decimalComma: true })
 * // => { locality: 'Da Nang', year: 2024, grdp: 151307 }
 */
export function inputFromForm(
  values: FormValues,
  options: {
    readonly decimalComma?: boolean;
    readonly extras?: Readonly<Record<string, unknown>>;
  } = {},
): Record<string, unknown> {
  const decimalComma = options.decimalComma === true;
  const input: Record<string, unknown> = {};
  for (const field of formFields()) {
    const raw = values[field.name] ?? '';
    if (field.kind !== 'number') {
      if (raw.trim() !== '') input[field.name] = raw.trim();
      continue;
    }
    const value = readNumberText(raw, decimalComma);
    const low = field.ranged
      ? readNumberText(values[`${field.name}Low`] ?? '', decimalComma)
      : undefined;
    const high = field.ranged
      ? readNumberText(values[`${field.name}High`] ?? '', decimalComma)
      : undefined;
    if (low !== undefined || high !== undefined)
      input[field.name] = {
        ...(value === undefined ? {} : { value }),
        ...(low === undefined ? {} : { low }),
        ...(high === undefined ? {} : { high }),
      };
    else if (value !== undefined) input[field.name] = value;
  }
  for (const [name, value] of Object.entries(options.extras ?? {}))
    if (value !== undefined) input[name] = value;
  return input;
}

const written = (value: unknown, decimalComma: boolean) => {
  if (typeof value !== 'number') return value === undefined || value === null ? '' : String(value);
  const text = String(value);
  // An exponent (1e-7, 1e+21) is read as written, point and all, in either mode.
  return decimalComma && !/e/i.test(text) ? text.replace('.', ',') : text;
};

/**
 * The form's values and the file-only fields of an input (the inverse of `inputFromForm`):
 * what the form has no field for is kept in `extras`, and `unknown` lists the names that are
 * neither, so that the page can say what it did not read.
 *
 * @example
 * formFromInput({ locality: 'Da Nang', grdp: { value: 151307, low: 150000, high: 152000 } }).values
 * // => { locality: 'Da Nang', grdp: '151307', grdpLow: '150000', grdpHigh: '152000' }
 */
export function formFromInput(
  input: Readonly<Record<string, unknown>>,
  options: { readonly decimalComma?: boolean } = {},
): { values: Record<string, string>; extras: Record<string, unknown>; ranged: boolean } {
  const decimalComma = options.decimalComma === true;
  const values: Record<string, string> = {};
  const extras: Record<string, unknown> = {};
  let ranged = false;
  const byName = new Map(formFields().map((f) => [f.name, f]));
  for (const [name, value] of Object.entries(input)) {
    const field = byName.get(name);
    if (!field) {
      extras[name] = value;
      continue;
    }
    if (field.ranged && typeof value === 'object' && value !== null) {
      const range = value as { value?: unknown; low?: unknown; high?: unknown };
      values[name] = written(range.value, decimalComma);
      values[`${name}Low`] = written(range.low, decimalComma);
      values[`${name}High`] = written(range.high, decimalComma);
      ranged = true;
    } else values[name] = written(value, decimalComma);
  }
  return { values, extras, ranged };
}

/**
 * The form field an input issue belongs to (its path's first key, when the form has that field),
 * or undefined for an issue of the whole input or of a file-only field.
 *
 * @example
 * fieldOfIssue(['grdp', 'low']) // => 'grdp'
 * fieldOfIssue([]) // => undefined
 */
export function fieldOfIssue(path: readonly PropertyKey[]): string | undefined {
  const [first] = path;
  return typeof first === 'string' && formFields().some((f) => f.name === first)
    ? first
    : undefined;
}
