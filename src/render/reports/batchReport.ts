import { type BatchResult, rankOrder } from '../../analyses/estimateBatch.js';
import { formatPercent, formatPoints, type Lang } from '../../i18n/format.js';
import { type MessageKey, message, type TemplateValues } from '../../i18n/messages.js';
import { issueMessage } from '../../input/inputError.js';
import { type Block, note, type ReportDocument } from '../document.js';

/** A batch as a document: the ranked table, then the rows that could not be estimated. */
export function batchDocument(batch: BatchResult, lang: Lang): ReportDocument {
  const t = (key: MessageKey, values: TemplateValues = {}) => message(key, values, lang);
  const header = [
    'rank',
    'row',
    'locality',
    'year',
    'frame',
    'share',
    'interval',
    'national',
    'gap',
    'checks',
  ].map((h) => t(`batch.header.${h}` as MessageKey));
  const rows = [...batch.rows]
    .sort(rankOrder)
    .map((r) => [
      r.rank === null ? '–' : String(r.rank),
      String(r.row),
      r.locality,
      String(r.year),
      r.frame,
      formatPercent(r.share.point, lang),
      `${formatPercent(r.share.low, lang)}–${formatPercent(r.share.high, lang)}`,
      formatPercent(r.national.share, lang),
      formatPoints(r.national.gap, lang),
      r.checks.map((c) => c.code).join(' '),
    ]);
  const blocks: Block[] = [
    {
      kind: 'table',
      header,
      rows,
      right: [true, true, false, true, false, true, true, true, true, false],
    },
  ];
  const first = batch.rows[0];
  if (first) blocks.push(note(t('report.interval.covers', { groups: first.share.methodError.df })));
  if (batch.rows.some((r) => r.rank === null)) blocks.push(note(t('batch.unranked')));
  if (batch.errors.length > 0)
    blocks.push({
      kind: 'list',
      title: t('batch.errors', { count: new Set(batch.errors.map((e) => e.row)).size }),
      items: batch.errors.map((error) => ({
        text: t('batch.error', { row: String(error.row), message: issueMessage(error, lang) }),
      })),
      indent: true,
    });
  return { lang, title: t('batch.title', { count: batch.rows.length }), blocks };
}
