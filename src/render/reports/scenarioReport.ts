import type { ScenarioResult } from '../../analyses/scenario.js';
import { formatPercent, type Lang } from '../../i18n/format.js';
import { type MessageKey, message, reasonText, type TemplateValues } from '../../i18n/messages.js';
import { note, paragraph, type ReportDocument, section } from '../document.js';

/**
 * A scenario as a document: the GRDP assumption and the two answers (ICT revenue, IT workforce),
 * the path year by year, and what is held fixed.
 */
export function scenarioDocument(result: ScenarioResult, lang: Lang): ReportDocument {
  const t = (key: MessageKey, values: TemplateValues = {}) => message(key, values, lang);
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
    lang,
    title: t('scenario.title', {
      locality: result.locality,
      start: result.start,
      year: String(result.year),
      target: result.target,
      by: String(result.by),
      frame: result.frame,
    }),
    blocks: [
      section(undefined, [
        paragraph(t('scenario.grdp', { growth: result.grdpGrowth })),
        { kind: 'list', items: [{ text: revenue }, { text: workforce }] },
      ]),
      section(undefined, [
        paragraph(t('scenario.path', { growth: result.pathGrowth.ictRevenueGrowth })),
        paragraph(result.path.map((p) => `${p.year}: ${formatPercent(p.share, lang)}`).join('; ')),
      ]),
      note(
        t('scenario.held', {
          year: String(result.year),
          frame: result.national.frame,
          nationalYear: String(result.national.year),
          national: result.national.share,
        }),
      ),
    ],
  };
}
