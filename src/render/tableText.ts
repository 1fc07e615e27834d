import type { BatchResult } from '../analyses/estimateBatch.js';
import type {
  CalibrationReport,
  ValidationResult,
  ValidationSummary,
} from '../analyses/validate.js';
import { formatNumber, formatPercent, formatPoints, type Lang } from '../i18n/format.js';
import { type MessageKey, message, reasonText } from '../i18n/messages.js';
import { issueMessage } from '../input/inputError.js';
import { columns, displayWidth } from './text.js';

const interval = (low: number, high: number, lang: Lang) =>
  `${formatPercent(low, lang)}–${formatPercent(high, lang)}`;

/** Alignment of the batch table's columns: numbers right, text left. */
export const BATCH_ALIGN = [true, true, false, true, false, true, true, true, true, false];

/**
 * The batch table's header and rows in rank order, and its invalid rows as one line each, for the
 * text and the Markdown report alike; `code` writes a check code (Markdown quotes it).
 */
export function batchContent(batch: BatchResult, lang: Lang, code = (c: string) => c) {
  const t = (key: MessageKey, values: Record<string, number | string> = {}) =>
    message(key, values, lang);
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
    .sort((a, b) => a.rank - b.rank)
    .map((r) => [
      String(r.rank),
      String(r.row),
      r.locality,
      String(r.year),
      r.frame,
      formatPercent(r.share.point, lang),
      interval(r.share.low, r.share.high, lang),
      formatPercent(r.national.share, lang),
      formatPoints(r.national.gap, lang),
      r.checks.map((c) => code(c.code)).join(' '),
    ]);
  const errorsTitle = t('batch.errors', { count: new Set(batch.errors.map((e) => e.row)).size });
  const errors = batch.errors.map((error) =>
    t('batch.error', { row: String(error.row), message: issueMessage(error, lang) }),
  );
  return {
    title: t('batch.title', { count: batch.rows.length }),
    header,
    rows,
    errorsTitle,
    errors,
  };
}

/** A batch as a ranked text table, then the rows that could not be estimated. */
export function renderBatchText(batch: BatchResult, lang: Lang = 'en'): string {
  const { title, header, rows, errorsTitle, errors } = batchContent(batch, lang);
  const lines = [
    title,
    '='.repeat(displayWidth(title)),
    '',
    ...columns([header, ...rows], BATCH_ALIGN),
  ];
  if (errors.length > 0) lines.push('', errorsTitle, ...errors.map((line) => `  ${line}`));
  return `${lines.join('\n')}\n`;
}

/** The agreement of one frame's rows, as one sentence (text and Markdown). */
export function summaryLine(frame: string, s: ValidationSummary, lang: Lang): string {
  const t = (key: MessageKey, values: Record<string, number | string> = {}) =>
    message(key, values, lang);
  if (s.mae === null || s.bias === null || s.coverage === null)
    return t('validate.summary.none', {
      frame,
      reason: s.reason ? reasonText(s.reason, lang) : '',
    });
  return t('validate.summary', {
    frame,
    n: s.n,
    mae: formatPoints(s.mae, lang, 2).replace(/^\+/, ''),
    bias: formatPoints(s.bias, lang, 2),
    spearman:
      s.spearman === null
        ? `${t('report.na')} (${s.reason ? reasonText(s.reason, lang) : ''})`
        : formatNumber(s.spearman, lang, 3),
    coverage: formatPercent(s.coverage, lang, 0),
  });
}

/** Alignment of the validation table's columns. */
export const VALIDATION_ALIGN = [false, true, false, true, true, true, true, false];

/** The validation rows as a header and cells (text and Markdown). */
export function validationTable(result: ValidationResult, lang: Lang) {
  const t = (key: MessageKey, values: Record<string, number | string> = {}) =>
    message(key, values, lang);
  const header = [
    t('batch.header.locality'),
    t('batch.header.year'),
    t('batch.header.frame'),
    t('validate.header.published'),
    t('validate.header.estimate'),
    t('batch.header.interval'),
    t('validate.header.error'),
    t('validate.header.source'),
  ];
  const rows = result.rows.map((r) => [
    r.primary ? r.locality : `${r.locality} ${t('validate.alternate')}`,
    String(r.year),
    r.frame,
    formatPercent(r.published, lang, 2),
    formatPercent(r.estimate, lang),
    interval(r.low, r.high, lang),
    formatPoints(r.error, lang),
    r.source.join(', '),
  ]);
  return { header, rows };
}

/** A validation as text: the rows, the summaries, the national self-check, what lacks inputs, calibration. */
export function renderValidationText(result: ValidationResult, lang: Lang = 'en'): string {
  const t = (key: MessageKey, values: Record<string, number | string> = {}) =>
    message(key, values, lang);
  const title = t('validate.title');
  const { header, rows } = validationTable(result, lang);
  const lines = [
    title,
    '='.repeat(displayWidth(title)),
    '',
    ...columns([header, ...rows], VALIDATION_ALIGN),
    '',
  ];
  lines.push(
    summaryLine('mic', result.byFrame.mic, lang),
    summaryLine('gso', result.byFrame.gso, lang),
    '',
  );
  lines.push(t('validate.national'));
  for (const check of result.national) {
    lines.push(
      `  ${t('validate.national.line', { ...check, year: String(check.year), error: formatPoints(check.error, lang, 2) })}`,
    );
  }
  lines.push('', t('validate.lacking', { count: result.lacking.length }));
  for (const l of result.lacking) {
    lines.push(
      `  ${t('validate.lacking.line', {
        locality: l.name,
        year: String(l.year),
        frame: l.frame,
        published: l.published,
        found: l.found.length ? l.found.join('; ') : t('validate.nothing'),
        missing: l.missing.join(', '),
      })}`,
    );
  }
  lines.push('', `${t('validate.segments')} ${t('validate.segments.untested')}`);
  if (result.calibration) lines.push('', calibrationText(result.calibration, lang));
  return `${lines.join('\n')}\n`;
}

/** The calibration decision in one sentence. */
export function calibrationText(c: CalibrationReport, lang: Lang): string {
  const t = (key: MessageKey, values: Record<string, number | string> = {}) =>
    message(key, values, lang);
  const values = c.fit.parameters
    .map(
      (p) =>
        `${p.name} ${formatNumber(p.value, lang, 3)}${p.standardError === null ? '' : ` (${t('validate.se')} ${formatNumber(p.standardError, lang, 3)})`}`,
    )
    .join(', ');
  return t('validate.calibration', {
    names: c.fit.parameters.map((p) => p.name).join(', '),
    n: c.fit.n,
    values,
    loo:
      c.leaveOneOutMae === null
        ? t('report.na')
        : formatPoints(c.leaveOneOutMae, lang, 2).replace(/^\+/, ''),
    defaults: formatPoints(c.defaultMae, lang, 2).replace(/^\+/, ''),
    decision: t(c.improves ? 'validate.calibration.change' : 'validate.calibration.keep'),
  });
}
