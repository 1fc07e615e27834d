/**
 * Messages: a catalogue key and its values, shown in a language (src/i18n/catalogue.ts holds the
 * sentences, src/i18n/messageFormat.ts the placeholder, plural and select syntax). Results carry
 * codes and values only; every layer that shows a sentence gets it from here.
 */

import { catalogues, type MessageKey } from './catalogue.js';
import type { Lang } from './format.js';
import { formatMessage, type TemplateValues } from './messageFormat.js';

export type { Catalogue, MessageKey } from './catalogue.js';
export { catalogues } from './catalogue.js';
export type { TemplateValues } from './messageFormat.js';

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

/** The message `key` in `lang`, filled with `values`. */
export function message(key: MessageKey, values: TemplateValues, lang: Lang): string {
  return formatMessage(catalogues[lang][key], values, lang);
}
