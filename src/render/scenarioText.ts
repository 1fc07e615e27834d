import type { ScenarioResult } from '../scenario.js';
import { formatPercent, type Lang } from './format.js';
import { type MessageKey, message, reasonText } from './messages.js';
import { displayWidth } from './text.js';

/** A scenario as a plain-text report in `lang`. */
export function renderScenarioText(result: ScenarioResult, lang: Lang = 'en'): string {
  const t = (key: MessageKey, values: Record<string, number | string> = {}) =>
    message(key, values, lang);
  const title = t('scenario.title', {
    locality: result.locality,
    start: result.start,
    year: String(result.year),
    target: result.target,
    by: String(result.by),
    frame: result.frame,
  });
  const lines = [
    title,
    '='.repeat(displayWidth(title)),
    '',
    t('scenario.grdp', { growth: result.grdpGrowth }),
  ];
  lines.push(
    result.requiredIctRevenueGrowth === null
      ? t('scenario.revenue.none', {
          reason: result.requiredIctRevenueGrowthReason
            ? reasonText(result.requiredIctRevenueGrowthReason, lang)
            : '',
        })
      : t('scenario.revenue', {
          growth: result.requiredIctRevenueGrowth,
          held: result.held.itWorkforceGrowth,
        }),
  );
  lines.push(
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
        }),
  );
  lines.push('', t('scenario.path', { growth: result.pathGrowth.ictRevenueGrowth }));
  lines.push(result.path.map((p) => `${p.year}: ${formatPercent(p.share, lang)}`).join('; '));
  lines.push(
    '',
    t('scenario.held', {
      year: String(result.year),
      frame: result.national.frame,
      nationalYear: String(result.national.year),
      national: result.national.share,
    }),
  );
  return `${lines.join('\n')}\n`;
}
