import type { ScenarioResult } from '../../analyses/scenario.js';
import { formatNumber, formatPercent, formatPoints, type Lang } from '../../i18n/format.js';
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
  const money = (x: number) => formatNumber(x, lang, 0);
  const r = result.revenueLever;
  const revenueLines = r
    ? [
        t('scenario.revenue.level', {
          field: r.field,
          by: money(r.by),
          unit: result.unit,
          year: String(result.by),
          multiple: formatNumber(r.multipleOfToday, lang, 1),
          today: money(r.today),
          ofGrdp: formatNumber(r.ofGrdp, lang, 2),
          grdp: money(r.grdpBy),
        }),
        ...(r.beyondSeen
          ? [
              t('scenario.revenue.beyond', {
                case: r.field === 'ictRevenue' ? 'revenue' : 'core',
                seen:
                  r.field === 'ictRevenue'
                    ? formatNumber(r.seen.ratio, lang, 2)
                    : formatPercent(r.seen.ratio, lang, 0),
                seenYear: String(r.seen.year ?? ''),
              }),
            ]
          : []),
      ]
    : [];
  const w = result.workforceLever;
  const workforceLines = w
    ? [
        t('scenario.workforce.level', {
          workers: w.itWorkersBy === null ? 'none' : formatNumber(w.itWorkersBy, lang, 0),
          todayWorkers: w.itWorkersToday === null ? '' : formatNumber(w.itWorkersToday, lang, 0),
          by: String(result.by),
          today: w.shareToday,
        }),
        ...(w.beyondSeen ? [t('scenario.workforce.beyond', { limit: w.plausible })] : []),
      ]
    : [];
  const p = result.projected;
  const projected = t('scenario.projected', {
    given: p.given ? 'yes' : 'no',
    ict: p.rates.ictRevenueGrowth,
    workforce: p.rates.itWorkforceGrowth,
    share: p.share,
    by: String(result.by),
    case: p.shortfall > 0 ? 'short' : 'met',
    gap: formatPoints(Math.abs(p.shortfall), lang).replace(/^\+/, ''),
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
        {
          kind: 'list',
          items: [
            { text: [revenue, ...revenueLines].join(' ') },
            { text: [workforce, ...workforceLines].join(' ') },
          ],
        },
        paragraph(projected),
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
