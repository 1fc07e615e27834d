import type { ScenarioResult } from '../analyses/scenario.js';
import { formatPercent, type Lang } from '../i18n/format.js';
import { type MessageKey, message, reasonText } from '../i18n/messages.js';
import { displayWidth } from './text.js';

/**
 * The sentences of a scenario report (title, GRDP assumption, the two answers, the path heading,
 * what is held fixed), for the text and the Markdown report alike.
 */
export function scenarioSentences(result: ScenarioResult, lang: Lang) {
  const t = (key: MessageKey, values: Record<string, number | string> = {}) =>
    message(key, values, lang);
  const revenue =
    result.requiredIctRevenueGrowth === null
      ? t('scenario.revenue.none', {
          reason: result.requiredIctRevenueGrowthReason
            ? reasonText(result.requiredIctRevenueGrowthReason, lang)
            : '',
        })
      : t('scenario.revenue', {
          growth: result.requiredIctRevenueGrowth,
          held: result.held.itWorkforceGrowth,
        });
  const workforce =
    result.requiredItWorkforceGrowth === null
      ? t('scenario.workforce.none', {
          reason: result.requiredItWorkforceGrowthReason
            ? reasonText(result.requiredItWorkforceGrowthReason, lang)
            : '',
        })
      : t('scenario.workforce', {
          growth: result.requiredItWorkforceGrowth,
          share: result.itWorkforceShareBy ?? 0,
          by: String(result.by),
          held: result.held.ictRevenueGrowth,
        });
  return {
    title: t('scenario.title', {
      locality: result.locality,
      start: result.start,
      year: String(result.year),
      target: result.target,
      by: String(result.by),
      frame: result.frame,
    }),
    grdp: t('scenario.grdp', { growth: result.grdpGrowth }),
    answers: [revenue, workforce],
    path: t('scenario.path', { growth: result.pathGrowth.ictRevenueGrowth }),
    held: t('scenario.held', {
      year: String(result.year),
      frame: result.national.frame,
      nationalYear: String(result.national.year),
      national: result.national.share,
    }),
  };
}

/** A scenario as a plain-text report in `lang`. */
export function renderScenarioText(result: ScenarioResult, lang: Lang = 'en'): string {
  const { title, grdp, answers, path, held } = scenarioSentences(result, lang);
  const lines = [title, '='.repeat(displayWidth(title)), '', grdp, ...answers, '', path];
  lines.push(result.path.map((p) => `${p.year}: ${formatPercent(p.share, lang)}`).join('; '));
  lines.push('', held);
  return `${lines.join('\n')}\n`;
}
