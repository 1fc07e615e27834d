import { type EnglishNumberOptions, formatEnglish, isEnglishSupported } from './englishNumbers.js';

/**
 * Number formatting for reports, per language: Vietnamese "39.888" and "22,0%", English "39,888"
 * and "22.0%", French "39 888" and "22,0 %". Uses Intl, which browsers and Node both provide.
 */

/**
 * Languages of the human-readable reports.
 *
 * @example
 * formatReport(estimate(daNang2024), { lang: 'vi' satisfies Lang })
 */
export type Lang = 'en' | 'vi' | 'fr';

/**
 * All report languages.
 *
 * @example
 * LANGS // => ['en', 'vi', 'fr']
 */
export const LANGS: readonly Lang[] = ['en', 'vi', 'fr'];

/** The locale of each language, for `Intl`. */
export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', vi: 'vi-VN', fr: 'fr-FR' };

const cache = new Map<string, Intl.NumberFormat>();
function intlFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, format);
  }
  return format;
}

/**
 * A number formatter for a language. English takes a formatter without Intl (the same text, see
 * src/i18n/englishNumbers.ts), so that an estimate's English messages do not pay for ICU's data;
 * Intl is created, once per options, only for the other languages and the rare cases the English
 * formatter leaves to it (not finite, 10^21 or more).
 */
function numberFormat(
  lang: Lang,
  options: Intl.NumberFormatOptions,
): { format(value: number): string } {
  if (lang !== 'en' || !isEnglishSupported(options)) return intlFormat(lang, options);
  return {
    format: (value) =>
      Number.isFinite(value) && Math.abs(value) < 1e21
        ? formatEnglish(value, options as EnglishNumberOptions)
        : intlFormat(lang, options).format(value),
  };
}

/** A share as a percentage: 0.2349 → "23.5%" (en), "23,5%" (vi), "23,5 %" (fr). */
export function formatPercent(share: number, lang: Lang, digits = 1, atMost = digits): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: atMost,
  }).format(share);
}

/** A difference of shares in percentage points: 0.052 → "+5.2 pts" (unsigned: "5.2 pts"). */
export function formatPoints(delta: number, lang: Lang, digits = 1, signed = true): string {
  const text = numberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'always' : 'auto',
  }).format(delta * 100);
  return `${text} ${POINTS_UNIT[lang]}`;
}

const POINTS_UNIT: Record<Lang, string> = { en: 'pts', vi: 'điểm %', fr: 'pts' };

/** A whole number with the language's grouping: 39888 → "39,888" (en), "39.888" (vi). */
export function formatInteger(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** A number with up to `digits` decimals: 2.852 → "2.85" (en), "2,85" (vi). */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A relative difference, signed: −0.126 → "−12.6%". */
export function formatSignedPercent(value: number, lang: Lang, digits = 1): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'always',
  }).format(value);
}
