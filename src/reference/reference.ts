import * as z from 'zod';
import localitiesJson from '../../data/localities.json';
import nationalJson from '../../data/national.json';
import parametersJson from '../../data/parameters.json';
import sourcesJson from '../../data/sources.json';
import targetsJson from '../../data/targets.json';
import { rangeOrder } from '../input/rangeOrder.js';
import { FrameSchema, YearSchema } from '../input/schemas.js';
import { fnv1a } from '../math/hash.js';

/**
 * Reference data: national series per frame and year, method parameters, targets, localities and
 * the source registry. The bundled copy is read from `data/*.json`; a caller may pass their own
 * (for a newer release of the national figures, say) and it is validated with
 * `ReferenceDataSchema` before use.
 */

const sourceKeys = z.array(z.string().min(1)).min(1);
const fraction = z.number().min(0).max(1);
const positiveFraction = z.number().positive().max(1);
const year = YearSchema;
const note = z.string().optional();

/** A share with its revision spread or plausible range, low ≤ value ≤ high. */
const rangedShare = { value: positiveFraction, low: positiveFraction, high: positiveFraction };

const NationalSchema = z.strictObject({
  description: z.string(),
  frames: z.record(FrameSchema, z.strictObject({ label: z.string(), note: z.string() })),
  deShare: z
    .array(
      z
        .strictObject({ frame: FrameSchema, year, ...rangedShare, source: sourceKeys, note })
        .check(rangeOrder),
    )
    .min(1),
  coreShare: z.array(
    z.strictObject({
      frame: FrameSchema,
      year,
      value: positiveFraction,
      derivation: z.string().optional(),
      source: sourceKeys,
      note,
    }),
  ),
  platformShare: z.array(
    z.strictObject({ frame: FrameSchema, year, value: fraction, source: sourceKeys, note }),
  ),
  firmDensity: z
    .array(
      z
        .strictObject({
          year,
          value: z.number().positive(),
          low: z.number().positive(),
          high: z.number().positive(),
          source: sourceKeys,
          note,
          rangeNote: note,
        })
        .check(rangeOrder),
    )
    .min(1),
  itWorkforceShare: z
    .array(z.strictObject({ year, ...rangedShare, source: sourceKeys, note }).check(rangeOrder))
    .min(1),
  gdp: z.array(
    z.strictObject({ year, value: z.number().positive(), unit: z.string(), source: sourceKeys }),
  ),
  ictSector: z.array(
    z.strictObject({
      year,
      revenue: z.number().positive(),
      valueAdded: z.number().positive(),
      unit: z.string(),
      source: sourceKeys,
    }),
  ),
});

const ParameterSpecSchema = z
  .strictObject({
    name: z.enum(['rho', 'beta']),
    symbol: z.string(),
    label: z.string(),
    value: z.number(),
    low: z.number(),
    high: z.number(),
    derivation: z.string().optional(),
    source: sourceKeys,
    note,
    rangeNote: note,
  })
  .check(rangeOrder);

/**
 * The method error of the predictive interval (docs/method.md §4): derived by `validate` from the
 * published provincial figures with inputs, and kept in data/parameters.json with its derivation.
 */
const MethodErrorSpecSchema = z.strictObject({
  scale: z.number().min(0).max(5),
  df: z.number().int().min(1).max(100),
  revision: z.number().min(0),
  method: z.number().min(0),
  groups: z.number().int().min(0),
  figures: z.number().int().min(0),
  derivation: z.string(),
  source: sourceKeys,
  note,
});

const TargetSchema = z.strictObject({
  id: z.string().min(1),
  scope: z.enum(['national', 'local']),
  locality: z.string().optional(),
  year,
  low: fraction,
  high: fraction,
  label: z.string(),
  instrument: z.string(),
  source: sourceKeys,
  supersededBy: z.string().optional(),
});

const LocalitySchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  mergedInto: z.string().optional(),
  mergedOn: z.string().optional(),
  source: sourceKeys.optional(),
});

/**
 * One entry of the source registry: its title (the headline; `titleFrom` says whether read from
 * the article's address or written by the project), publisher, date where known (`2025`,
 * `2025-02`, `2025-06-13`), address (empty when not kept) and what it reports.
 */
const SourceSchema = z.strictObject({
  title: z.string().min(1),
  titleFrom: z.enum(['address', 'description']).optional(),
  publisher: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional(),
  url: z.string(),
  what: z.string(),
});

/**
 * Schema of the whole reference data set (the five files of `data/`).
 *
 * @example
 * ReferenceDataSchema.parse({ ...referenceData, targets: myTargets }) // throws on a figure without a source
 */
export const ReferenceDataSchema = z
  .strictObject({
    national: NationalSchema,
    parameters: z.strictObject({
      description: z.string(),
      parameters: z.array(ParameterSpecSchema),
      methodError: MethodErrorSpecSchema,
    }),
    targets: z.strictObject({ description: z.string(), targets: z.array(TargetSchema) }),
    localities: z.strictObject({ description: z.string(), localities: z.array(LocalitySchema) }),
    sources: z.strictObject({
      description: z.string(),
      dataVersion: z.string(),
      sources: z.record(z.string(), SourceSchema),
    }),
  })
  .superRefine((data, ctx) => {
    // Every source key used anywhere must be in the registry.
    const known = new Set(Object.keys(data.sources.sources));
    const visit = (value: unknown, path: PropertyKey[]) => {
      if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) visit(item, [...path, i]);
      } else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'source' && Array.isArray(inner)) {
            for (const k of inner) {
              if (typeof k === 'string' && !known.has(k)) {
                ctx.addIssue({
                  code: 'custom',
                  path: [...path, key],
                  message: `unknown source key ${JSON.stringify(k)}`,
                });
              }
            }
          } else visit(inner, [...path, key]);
        }
      }
    };
    visit(
      {
        national: data.national,
        parameters: data.parameters,
        targets: data.targets,
        localities: data.localities,
      },
      [],
    );
    // A merger names a locality of the registry that was not itself merged away.
    const localities = new Map(data.localities.localities.map((l) => [l.id, l]));
    for (const [i, l] of data.localities.localities.entries()) {
      if (l.mergedInto === undefined) continue;
      const into = localities.get(l.mergedInto);
      if (!into || into.mergedInto !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['localities', 'localities', i, 'mergedInto'],
          message: `${l.id} is merged into ${JSON.stringify(l.mergedInto)}, which is not a locality of the registry that still exists`,
        });
    }
    for (const frame of FrameSchema.options) {
      for (const [series, rows] of [
        ['deShare', data.national.deShare],
        ['coreShare', data.national.coreShare],
      ] as const) {
        if (!rows.some((r) => r.frame === frame)) {
          ctx.addIssue({
            code: 'custom',
            path: ['national', series],
            message: `no ${series} row for the ${frame} frame`,
          });
        }
      }
      for (const row of data.national.deShare.filter((r) => r.frame === frame)) {
        const core = data.national.coreShare.find((c) => c.frame === frame && c.year === row.year);
        if (core && core.value > row.low) {
          ctx.addIssue({
            code: 'custom',
            path: ['national', 'coreShare'],
            message: `${frame} ${row.year}: core share ${core.value} exceeds the total's low ${row.low}`,
          });
        }
      }
    }
  });

/**
 * The reference data set.
 *
 * @example
 * const reference: ReferenceData = { ...referenceData, national: newerNational };
 * estimate(daNang2024, { reference })
 */
export type ReferenceData = z.output<typeof ReferenceDataSchema>;
/**
 * A method parameter with its default, range and source.
 *
 * @example
 * referenceData.parameters.parameters.find((p: ParameterSpec) => p.name === 'rho')
 * // => { name: 'rho', value: 0.233, low: 0.23, high: 0.26, source: ['S31'], … }
 */
export type ParameterSpec = z.output<typeof ParameterSpecSchema>;
/**
 * A target for the digital economy's share.
 *
 * @example
 * applicableTargets('Da Nang').map((t: Target) => t.id)
 * // => ['vn-2025', 'vn-2030', 'da-nang-2025', 'da-nang-2030']
 */
export type Target = z.output<typeof TargetSchema> & {
  /** The label a target stated in the input carries, shown as given. */
  readonly inputLabel?: string;
};
/**
 * A locality of the registry.
 *
 * @example
 * findLocality('Đà Nẵng')?.id // => 'da-nang'
 */
export type Locality = z.output<typeof LocalitySchema>;
/**
 * A source of the registry.
 *
 * @example
 * const source: Source | undefined = referenceData.sources.sources['S32'];
 * source?.url
 */
export type Source = z.output<typeof SourceSchema>;

/**
 * The reference data bundled with the package (`data/*.json`), validated by the test suite.
 *
 * @example
 * referenceData.national.deShare.find((r) => r.frame === 'mic' && r.year === 2024)?.value
 * // => 0.183
 */
export const referenceData: ReferenceData = {
  national: nationalJson as ReferenceData['national'],
  parameters: parametersJson as ReferenceData['parameters'],
  targets: targetsJson as ReferenceData['targets'],
  localities: localitiesJson as ReferenceData['localities'],
  sources: sourcesJson as ReferenceData['sources'],
};

/**
 * The row for `year`, or the nearest year's (ties go to the earlier year), and whether it was exact.
 *
 * @example
 * nearestYear(referenceData.national.deShare.filter((r) => r.frame === 'mic'), 2026)
 * // => { row: { frame: 'mic', year: 2024, value: 0.183, … }, exact: false }
 */
export function nearestYear<T extends { year: number }>(
  rows: readonly T[],
  year: number,
): { row: T; exact: boolean } | undefined {
  let best: T | undefined;
  for (const row of rows) {
    if (
      best === undefined ||
      Math.abs(row.year - year) < Math.abs(best.year - year) ||
      (Math.abs(row.year - year) === Math.abs(best.year - year) && row.year < best.year)
    ) {
      best = row;
    }
  }
  return best && { row: best, exact: best.year === year };
}

/**
 * Lower-case, without diacritics (đ → d), punctuation and spacing: "Đà Nẵng" → "da nang".
 *
 * @example
 * normaliseName('Thành phố Đà Nẵng') // => 'thanh pho da nang'
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words offices put around a locality's name, as normaliseName writes them. */
const NAME_PREFIXES = ['tinh ', 'thanh pho ', 'tp ', 'thu do ', 'province of ', 'city of '];
const NAME_SUFFIXES = [' province', ' city', ' moi', ' new', ' merged'];

/**
 * A normalised name without its administrative words: "Tỉnh Khánh Hòa", "Khanh Hoa province" and
 * "Khánh Hòa (mới)" are all "khanh hoa". A former province's marker ("(cũ)") is kept: it names
 * another area.
 *
 * @example
 * coreName('Thủ đô Hà Nội') // => 'ha noi'
 */
export function coreName(name: string): string {
  let out = normaliseName(name);
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of NAME_PREFIXES)
      if (out.startsWith(prefix) && out.length > prefix.length) {
        out = out.slice(prefix.length);
        changed = true;
      }
    for (const suffix of NAME_SUFFIXES)
      if (out.endsWith(suffix) && out.length > suffix.length) {
        out = out.slice(0, -suffix.length);
        changed = true;
      }
  }
  return out;
}

/**
 * The registry entry whose name, id or alias matches `name`, if any: exactly (after normaliseName),
 * else without the administrative words offices add ("Tỉnh …", "… province", "(mới)").
 *
 * @example
 * findLocality('Thành phố Đà Nẵng')?.id // => 'da-nang'
 * findLocality('Tỉnh Khánh Hòa')?.id // => 'khanh-hoa'
 */
export function findLocality(
  name: string,
  reference: ReferenceData = referenceData,
): Locality | undefined {
  const index = localityIndex(reference);
  return index.exact.get(normaliseName(name)) ?? index.core.get(coreName(name));
}

/**
 * Every locality's names, normalised and without their administrative words, once per reference
 * data: the first entry of the registry wins a name two entries share.
 */
const localityIndexes = new WeakMap<
  ReferenceData,
  { exact: Map<string, Locality>; core: Map<string, Locality> }
>();
function localityIndex(reference: ReferenceData) {
  let index = localityIndexes.get(reference);
  if (index === undefined) {
    index = { exact: new Map(), core: new Map() };
    const all = reference.localities.localities;
    for (const l of all)
      for (const n of [l.id, l.name, ...l.aliases]) {
        const key = normaliseName(n);
        if (!index.exact.has(key)) index.exact.set(key, l);
      }
    for (const l of all)
      for (const n of [l.id, l.name, ...l.aliases]) {
        const key = coreName(n);
        if (!index.core.has(key)) index.core.set(key, l);
      }
    localityIndexes.set(reference, index);
  }
  return index;
}

/**
 * The former provinces a province of the 2025 map is formed from (docs/method.md §3.8): itself,
 * where it existed before under the same id, then every locality whose `mergedInto` is its id, in
 * registry order. Empty for an unknown id or one that was itself merged into another.
 *
 * @example
 * mergerParts('da-nang').map((l) => l.id) // => ['da-nang', 'quang-nam']
 * mergerParts('ho-chi-minh-city').length // => 3 (with Bình Dương and Bà Rịa – Vũng Tàu)
 */
export function mergerParts(id: string, reference: ReferenceData = referenceData): Locality[] {
  const all = reference.localities.localities;
  const self = all.find((l) => l.id === id);
  if (!self || self.mergedInto !== undefined) return [];
  return [self, ...all.filter((l) => l.mergedInto === id)];
}

const versions = new WeakMap<ReferenceData, string>();

/**
 * "2026.11.23+1a2b3c4d": the data set's declared version and a fingerprint of its content.
 *
 * @example
 * dataVersion() // => '2026.11.23+91a9fa60'
 */
export function dataVersion(reference: ReferenceData = referenceData): string {
  let version = versions.get(reference);
  if (version === undefined) {
    version = `${reference.sources.dataVersion}+${fnv1a(JSON.stringify(reference)).toString(16).padStart(8, '0')}`;
    versions.set(reference, version);
  }
  return version;
}
