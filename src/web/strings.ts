import type { Lang } from '../i18n/format.js';
import { formatMessage, type TemplateValues } from '../i18n/messageFormat.js';
import { en, type WebCatalogue, type WebKey } from './catalogues/en.js';
import { fr } from './catalogues/fr.js';
import { vi } from './catalogues/vi.js';

/** The page's catalogues, by language. */
export const webCatalogues: Readonly<Record<Lang, WebCatalogue>> = { en, vi, fr };

/**
 * A page string in a language, filled with `values` by the library's message format.
 *
 * @example
 * webText('one.toFix', { count: 2 }, 'en') // => '2 figures to correct before the estimate can be made.'
 */
export function webText(key: WebKey, values: TemplateValues, lang: Lang): string {
  return formatMessage(webCatalogues[lang][key], values, lang);
}

export type { WebKey };
