import { combineLocalities } from '../input/combineLocalities.js';
import { type BatchError, InputError, inputIssue, rowErrors } from '../input/inputError.js';
import { parseInput } from '../input/parseInput.js';
import { type LocalityInput, LocalityInputSchema } from '../input/schemas.js';
import { findLocality, mergerParts, type ReferenceData } from '../reference/reference.js';

/**
 * Options of `mergeOntoMap`.
 *
 * @example
 * mergeOntoMap(formerProvinces, { map: 2025 })
 */
export interface MergeOntoMapOptions {
  /** The administrative map to bring the rows onto: 2025, the 34 provinces of 1 July 2025. */
  readonly map?: 2025;
  /** Reference data with the localities and their mergers (default: the bundled data). */
  readonly reference?: ReferenceData;
}

/**
 * A table of former provinces brought onto the 34: one input per province of the new map and
 * year (a merged one combined from its parts by `combineLocalities`), the table rows it came from,
 * and every row that could not be placed.
 *
 * @example
 * const { inputs, rows, errors } = mergeOntoMap(formerProvinces);
 * estimateBatch(inputs) // the 34-province table
 */
export interface MergeResult {
  /** One input per province of the new map, year, frame and money unit, in order of first row. */
  readonly inputs: readonly LocalityInput[];
  /** For each input, the table rows (from 1) it was formed from. */
  readonly rows: readonly (readonly number[])[];
  /** The rows that could not be placed or combined, by row number. */
  readonly errors: readonly BatchError[];
}

interface Placed {
  readonly row: number;
  readonly input: LocalityInput;
  readonly partId: string;
}

/**
 * Bring a table of the 63 former provinces onto the 34 of 1 July 2025 (docs/method.md §3.8):
 * every row's locality is found in data/localities.json, rows of the same new province, year,
 * frame and money unit are combined with `combineLocalities` (sums, never averaged shares), and a
 * new province is formed only when every one of its former parts is in the table, once. A province
 * that did not change passes through as it is. A row that cannot be placed (an unknown name, an
 * invalid input, a missing or repeated part) is reported by its number; the others go on.
 *
 * @param rows - Locality inputs of former provinces (a batch table).
 * @param options - `map` (2025), `reference`.
 * @returns `{ inputs, rows, errors }`.
 * @throws {InputError} When `rows` is not a list.
 * @example
 * mergeOntoMap([daNang2024, quangNam2024]).inputs[0]?.locality // => 'Đà Nẵng'
 */
export function mergeOntoMap(
  rows: readonly unknown[],
  options: MergeOntoMapOptions = {},
): MergeResult {
  if (!Array.isArray(rows))
    throw new InputError('mergeOntoMap', [
      inputIssue([], { code: 'expected.locality-rows' }, { code: 'received.nothing' }),
    ]);
  const reference = options.reference;
  const errors: BatchError[] = [];
  const groups = new Map<string, { target: string; placed: Placed[] }>();
  rows.forEach((raw, i) => {
    const row = i + 1;
    let input: LocalityInput;
    try {
      input = parseInput(LocalityInputSchema, raw, 'mergeOntoMap');
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(...rowErrors(row, error));
      return;
    }
    const locality = findLocality(input.locality, reference);
    if (!locality) {
      errors.push({
        row,
        field: 'locality',
        ...inputIssue(
          ['locality'],
          { code: 'expected.former-province' },
          { code: 'received.unknown-province', values: { name: input.locality } },
          { code: 'hint.province-name' },
        ),
      });
      return;
    }
    const target = locality.mergedInto ?? locality.id;
    const key = `${target}|${input.year}|${input.frame}|${input.unit}`;
    const group = groups.get(key) ?? { target, placed: [] };
    group.placed.push({ row, input, partId: locality.id });
    groups.set(key, group);
  });

  const inputs: LocalityInput[] = [];
  const sourceRows: number[][] = [];
  for (const { target, placed } of groups.values()) {
    const parts = mergerParts(target, reference);
    const name = (id: string) => parts.find((p) => p.id === id)?.name ?? id;
    const seen = new Map<string, number>();
    const repeated = placed.filter((p) => {
      const first = seen.get(p.partId);
      if (first === undefined) seen.set(p.partId, p.row);
      return first !== undefined;
    });
    const missing = parts.filter((p) => !seen.has(p.id));
    const problem =
      repeated.length > 0
        ? inputIssue(
            ['locality'],
            { code: 'expected.one-row-per-part' },
            {
              code: 'received.repeated-part',
              values: {
                name: name(repeated[0]?.partId ?? ''),
                rows: [seen.get(repeated[0]?.partId ?? ''), ...repeated.map((p) => p.row)].join(
                  ', ',
                ),
              },
            },
          )
        : missing.length > 0
          ? inputIssue(
              ['locality'],
              {
                code: 'expected.every-part',
                values: {
                  province: name(target),
                  parts: parts.map((p) => p.name).join(', '),
                },
              },
              {
                code: 'received.missing-parts',
                values: { missing: missing.map((p) => p.name).join(', ') },
              },
              { code: 'hint.add-parts' },
            )
          : null;
    if (problem) {
      for (const p of placed) errors.push({ row: p.row, field: 'locality', ...problem });
      continue;
    }
    const first = placed[0] as Placed;
    if (placed.length === 1) {
      inputs.push(first.input);
    } else {
      try {
        inputs.push(
          combineLocalities(
            placed.map((p) => p.input),
            { locality: name(target) },
          ),
        );
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        for (const p of placed) errors.push(...rowErrors(p.row, error));
        continue;
      }
    }
    sourceRows.push(placed.map((p) => p.row));
  }
  errors.sort((a, b) => a.row - b.row);
  return { inputs, rows: sourceRows, errors };
}
