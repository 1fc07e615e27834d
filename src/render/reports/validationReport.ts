import type {
  CalibrationReport,
  ValidationResult,
  ValidationSummary,
} from '../../analyses/validate.js';
import { formatNumber, formatPercent, formatPoints, type Lang } from '../../i18n/format.js';
import { type MessageKey, message, reasonText, type TemplateValues } from '../../i18n/messages.js';
import { citations, sourcesSection } from '../citations.js';
import { type Block, note, paragraph, type ReportDocument } from '../document.js';

/** The agreement of one frame's rows, as one sentence. */
function summaryLine(frame: string, s: ValidationSummary, lang: Lang): string {
  const t = (key: MessageKey, values: TemplateValues = {}) => message(key, values, lang);
  if (
    s.mae === null ||
    s.bias === null ||
    s.coverage === null ||
    s.parameterCoverage === null ||
    s.meanWidth === null ||
    s.parameterMeanWidth === null
  )
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
    width: width(s.meanWidth, lang),
    paramCoverage: formatPercent(s.parameterCoverage, lang, 0),
    paramWidth: width(s.parameterMeanWidth, lang),
  });
}

/** A width in points, without a sign. */
function width(value: number, lang: Lang): string {
  return formatPoints(value, lang, 1).replace(/^\+/, '');
}

/** The method error and the leave-one-out check of the predictive interval. */
function intervalLines(result: ValidationResult, lang: Lang): string[] {
  const t = (key: MessageKey, values: TemplateValues = {}) => message(key, values, lang);
  const lines: string[] = [];
  const e = result.methodError;
  if (e)
    lines.push(
      t('validate.methodError', {
        scale: formatNumber(e.scale, lang, 3),
        tau: formatNumber(e.revision, lang, 3),
        sigma: formatNumber(e.method, lang, 3),
        df: e.df,
        figures: e.figures,
        groups: e.groups,
      }),
    );
  const l = result.leaveOneOut;
  lines.push(
    l
      ? t('validate.loo', {
          figures: l.figures,
          coverage: formatPercent(l.coverage, lang, 0),
          primary: formatPercent(l.primaryCoverage, lang, 0),
          width: width(l.meanWidth, lang),
          paramCoverage: formatPercent(l.parameterCoverage, lang, 0),
          paramWidth: width(l.parameterMeanWidth, lang),
        })
      : t('validate.loo.none'),
  );
  return lines;
}

/** The calibration decision in one sentence. */
function calibrationText(c: CalibrationReport, lang: Lang): string {
  const t = (key: MessageKey, values: TemplateValues = {}) => message(key, values, lang);
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

/**
 * A validation as a document: the rows against published shares, the summary per frame, the
 * national self-check, the published shares that lack inputs, and the calibration if asked.
 */
export function validationDocument(result: ValidationResult, lang: Lang): ReportDocument {
  const t = (key: MessageKey, values: TemplateValues = {}) => message(key, values, lang);
  const cite = citations(result.sources);
  const blocks: Block[] = [
    {
      kind: 'table',
      header: [
        t('batch.header.locality'),
        t('batch.header.year'),
        t('batch.header.frame'),
        t('validate.header.published'),
        t('validate.header.estimate'),
        t('batch.header.interval'),
        t('validate.header.parameters'),
        t('validate.header.error'),
        t('validate.header.source'),
      ],
      rows: result.rows.map((r) => [
        r.primary ? r.locality : `${r.locality} ${t('validate.alternate')}`,
        String(r.year),
        r.frame,
        formatPercent(r.published, lang, 2),
        formatPercent(r.estimate, lang),
        `${formatPercent(r.low, lang)}–${formatPercent(r.high, lang)}`,
        `${formatPercent(r.parameterLow, lang)}–${formatPercent(r.parameterHigh, lang)}`,
        formatPoints(r.error, lang),
        cite.ref(r.source),
      ]),
      right: [false, true, false, true, true, true, true, true, false],
    },
    {
      kind: 'list',
      items: [
        ...(['mic', 'gso'] as const).map((frame) => ({
          text: summaryLine(frame, result.byFrame[frame], lang),
        })),
        ...intervalLines(result, lang).map((text) => ({ text })),
      ],
    },
    {
      kind: 'list',
      title: t('validate.national'),
      items: result.national.map((check) => ({
        text: t('validate.national.line', {
          ...check,
          year: String(check.year),
          error: formatPoints(check.error, lang, 2),
        }),
      })),
      indent: true,
    },
    {
      kind: 'list',
      title: t('validate.lacking', { count: result.lacking.length }),
      items: result.lacking.map((l) => ({
        text: t('validate.lacking.line', {
          locality: l.name,
          year: String(l.year),
          frame: l.frame,
          published: l.published,
          found: l.found.length ? cite.inline(l.found.join('; ')) : t('validate.nothing'),
          missing: l.missing.join(', '),
        }),
      })),
      indent: true,
    },
    note(`${t('validate.segments')} ${t('validate.segments.untested')}`),
  ];
  if (result.calibration) blocks.push(paragraph(calibrationText(result.calibration, lang)));
  blocks.push(sourcesSection(cite, lang));
  return { lang, title: t('validate.title'), blocks };
}
