/**
 * The message catalogue: every human-readable sentence of the reports, checks, reasons and charts,
 * by key, in each language (src/render/catalogues/). Templates use `{name:kind}` placeholders (see
 * `fillTemplate`); a string value starting with "@" is itself a catalogue key, translated before
 * it is inserted. Every key must exist in every language: the `Catalogue` type enforces it at
 * compile time and test/messages.test.ts at run time.
 */

import { en } from './catalogues/en.js';
import { fr } from './catalogues/fr.js';
import type { Catalogue, MessageKey } from './catalogues/types.js';
import { vi } from './catalogues/vi.js';
import { fillTemplate, type Lang, type TemplateValues } from './format.js';
import { recogniseUnit } from './units.js';

export type { Catalogue, MessageKey } from './catalogues/types.js';

/** The catalogues by language. */
export const catalogues: Readonly<Record<Lang, Catalogue>> = { en, vi, fr };

/**
 * Why a figure is null, or why a rule chose what it chose: a stable code, its English message, its values.
 *
 * @example
 * validate().summary.reason
 * // => { code: 'spearman-few-rows', message: 'a rank correlation needs three rows or more (2)', values: { n: 2 } }
 */
export interface Reason {
  readonly code: ReasonCode;
  readonly message: string;
  readonly values: Readonly<Record<string, number | string>>;
}

/**
 * Codes of the reasons (`reason.<code>` in the catalogue).
 *
 * @example
 * if (result.summary.reason?.code === 'spearman-few-rows') console.log('too few rows for a rank correlation')
 */
export type ReasonCode = {
  [K in MessageKey]: K extends `reason.${infer Code}` ? Code : never;
}[MessageKey];

/** A reason with its English message, for results (renderers translate by code). */
export function reason(code: ReasonCode, values: Record<string, number | string> = {}): Reason {
  return { code, message: message(`reason.${code}` as MessageKey, values, 'en'), values };
}

/** A reason in another language. */
export function reasonText(value: Reason, lang: Lang): string {
  return message(`reason.${value.code}` as MessageKey, value.values, lang);
}

/** A money unit in `lang` ("billion VND" → "tỷ đồng"); a unit we do not know is shown as given. */
export function unitName(unit: string, lang: Lang): string {
  const known = recogniseUnit(unit);
  return known ? catalogues[lang][known.key] : unit;
}

/** The message `key` in `lang`, filled with `values`. */
export function message(key: MessageKey, values: TemplateValues, lang: Lang): string {
  const catalogue = catalogues[lang];
  const translated: Record<string, number | string> = {};
  for (const [name, value] of Object.entries(values)) {
    translated[name] =
      typeof value === 'string' && value.startsWith('@') && value.slice(1) in catalogue
        ? fillTemplate(catalogue[value.slice(1) as MessageKey], values, lang)
        : value;
  }
  return fillTemplate(catalogue[key], translated, lang);
}
