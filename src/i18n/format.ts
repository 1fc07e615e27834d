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

const LOCALE: Record<Lang, string> = { en: 'en-US', vi: 'vi-VN', fr: 'fr-FR' };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], options);
    cache.set(key, format);
  }
  return format;
}

/** A share as a percentage: 0.2349 → "23.5%" (en), "23,5%" (vi), "23,5 %" (fr). */
export function formatPercent(share: number, lang: Lang, digits = 1): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
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

/** Values of a message template, by placeholder name. */
export type TemplateValues = Readonly<Record<string, number | string>>;

/**
 * Fill a template: `{name}` inserts text as is; `{name:int}`, `{name:num}` (2 decimals), `{name:num4}`, `{name:pct}` (a share
 * as a percentage), `{name:pct2}` (two decimals), `{name:pts}` (points) and `{name:rel}` (signed
 * relative difference) and `{name:bound}` (a rule's bound) format a number for the language.
 */
export function fillTemplate(template: string, values: TemplateValues, lang: Lang): string {
  return template.replace(
    /\{(\w+)(?::(\w+))?\}/g,
    (whole, name: string, kind: string | undefined) => {
      const value = values[name];
      if (value === undefined) return whole;
      if (typeof value === 'string') return value;
      switch (kind) {
        case 'int':
          return formatInteger(value, lang);
        case 'num':
          return formatNumber(value, lang);
        case 'num4':
          return formatNumber(value, lang, 4);
        case 'pct':
          return formatPercent(value, lang);
        case 'pct2':
          return formatPercent(value, lang, 2);
        case 'pts':
          return formatPoints(value, lang);
        case 'rel':
          return formatSignedPercent(value, lang);
        case 'bound':
          // A rule's bound: years and small numbers as written, large ones grouped (100,000,000).
          return Math.abs(value) >= 10_000 ? formatInteger(value, lang) : String(value);
        default:
          return formatNumber(value, lang, 6);
      }
    },
  );
}
