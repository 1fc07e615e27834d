import type { TargetComparison } from '../compare/targets.js';
import { formatPercent, type Lang } from '../i18n/format.js';
import { message } from '../i18n/messages.js';

/** A target's locality in a language: Vietnamese with diacritics, else its Latin spelling. */
function localityName(target: TargetComparison, lang: Lang): string {
  const names = target.localityName;
  if (!names) return target.locality ?? '';
  return lang === 'vi' ? names.vi : names.latin;
}

/** A target's level: "30%", or "35%–40%" for a range. */
export function targetLevel(target: Pick<TargetComparison, 'low' | 'high'>, lang: Lang): string {
  return target.high > target.low
    ? `${formatPercent(target.low, lang, 0)}–${formatPercent(target.high, lang, 0)}`
    : formatPercent(target.low, lang, 0);
}

/** A target's label in a language, from its scope, locality, level and year. */
export function targetLabel(target: TargetComparison, lang: Lang): string {
  const level = targetLevel(target, lang);
  return target.scope === 'national' || target.locality === undefined
    ? message('target.label.national', { level, year: String(target.year) }, lang)
    : message(
        'target.label.local',
        { locality: localityName(target, lang), level, year: String(target.year) },
        lang,
      );
}
