import type { BatchResult } from '../analyses/estimateBatch.js';
import type { ScenarioResult } from '../analyses/scenario.js';
import type { ValidationResult } from '../analyses/validate.js';
import { checkMessage } from '../estimate/checks.js';
import type { EstimateResult } from '../estimate/result.js';
import { formatNumber, formatPercent, formatPoints, type Lang } from '../i18n/format.js';
import { type MessageKey, message, reasonText } from '../i18n/messages.js';
import { scenarioSentences } from './scenarioText.js';
import {
  BATCH_ALIGN,
  batchContent,
  calibrationText,
  summaryLine,
  VALIDATION_ALIGN,
  validationTable,
} from './tableText.js';
import { componentRows, targetCells } from './text.js';

/** A cell made safe for a Markdown table: pipes escaped, line breaks flattened. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** A GitHub-flavoured Markdown table; `right` marks right-aligned columns. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly boolean[] = [],
): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    line(header),
    `|${header.map((_, i) => (right[i] ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map(line),
  ];
}

/** The estimate as Markdown: headings, key figures, then tables. */
export function renderEstimateMarkdown(result: EstimateResult, lang: Lang = 'en'): string {
  const t = (key: MessageKey, values: Record<string, number | string> = {}) =>
    message(key, values, lang);
  const { share, national, provenance } = result;
  const bold = (label: string, text: string) =>
    t('punctuation.label', { label: `**${label}**`, text });
  const out: string[] = [
    `# ${t('report.title', { locality: result.locality, year: String(result.year), frame: result.frame })}`,
    '',
  ];
  out.push(
    bold(
      t('report.estimate'),
      t('report.estimate.line', {
        ...share,
        draws: provenance.draws,
        seed: String(provenance.seed),
      }),
    ),
    '',
  );
  out.push(
    bold(
      t('report.national'),
      t('report.national.line', {
        share: national.share,
        frame: national.frame,
        year: String(national.year),
        gap: national.gap,
        ratio: national.ratio,
      }),
    ),
  );
  const published = result.input.published;
  if (published)
    out.push(
      '',
      bold(
        t('report.published'),
        t('report.published.line', { share: published.share, source: published.source }),
      ),
    );

  out.push('', `## ${t('report.components')}`, '');
  out.push(
    ...markdownTable(
      [t('table.component'), t('batch.header.share'), t('table.how')],
      componentRows(result, lang),
      [false, true, false],
    ),
  );
  out.push(
    '',
    t('punctuation.label', {
      label: t('report.alternatives'),
      text: t('report.alternatives.line', result.alternatives),
    }),
  );

  out.push('', `## ${t('report.targets')}`, '');
  if (result.targets.length === 0) out.push(t('report.targets.none'));
  else {
    const { header, rows } = targetCells(result, lang);
    out.push(
      ...markdownTable(header, rows, [false, true, true, true, true, true, false, true, true]),
      '',
      t('report.targets.note'),
    );
  }

  if (result.trajectory) {
    const trajectory = result.trajectory;
    const pace =
      trajectory.method === 'linear'
        ? formatPoints(trajectory.pace, lang, 2)
        : formatPercent(trajectory.pace, lang);
    out.push(
      '',
      `## ${t('report.trajectory')}`,
      '',
      t('report.trajectory.line', {
        method: t(`report.trajectory.${trajectory.method}`),
        pace,
        rule: reasonText(trajectory.rule, lang),
      }),
      '',
    );
    out.push(
      ...markdownTable(
        [t('chart.year'), t('batch.header.share'), t('batch.header.interval')],
        trajectory.points.map((p) => [
          String(p.year),
          formatPercent(p.share, lang),
          `${formatPercent(p.low, lang)}–${formatPercent(p.high, lang)}`,
        ]),
        [true, true, true],
      ),
    );
  }

  out.push('', `## ${t('report.sensitivity')}`, '');
  out.push(
    ...markdownTable(
      [t('table.factor'), t('table.range'), t('chart.tornado.estimate'), t('table.swing')],
      result.sensitivity.map((s) => [
        t(`variable.${s.name}` as MessageKey),
        `${formatNumber(s.range.low, lang, 4)}–${formatNumber(s.range.high, lang, 4)}`,
        `${formatPercent(s.low, lang)} | ${formatPercent(s.high, lang)}`,
        formatPoints(s.swing, lang, 1, false),
      ]),
      [false, true, true, true],
    ),
  );

  out.push('', `## ${t('report.checks')}`, '');
  if (result.checks.length === 0) out.push(t('report.checks.none'));
  for (const check of result.checks) {
    const text = checkMessage(check, lang);
    out.push(`- **${t(`report.severity.${check.severity}`)}** \`${check.code}\`: ${text}`);
  }

  out.push('', `## ${t('report.parameters')}`, '');
  out.push(
    ...markdownTable(
      [t('table.parameter'), t('table.value'), t('table.range'), t('table.sources')],
      result.parameters.map((p) => [
        t(`variable.${p.name}` as MessageKey),
        formatNumber(p.value, lang, 4),
        `${formatNumber(p.low, lang, 4)}–${formatNumber(p.high, lang, 4)}${p.year === undefined ? '' : ` (${p.year})`}`,
        p.source.join(', '),
      ]),
      [false, true, true, false],
    ),
  );
  out.push(
    '',
    `*${t('report.provenance')}: ${t('report.provenance.line', { methodVersion: provenance.methodVersion, dataVersion: provenance.dataVersion, packageVersion: provenance.packageVersion, seed: String(provenance.seed), draws: provenance.draws })}*`,
  );
  return `${out.join('\n')}\n`;
}

/** A scenario as Markdown. */
export function renderScenarioMarkdown(result: ScenarioResult, lang: Lang = 'en'): string {
  const t = (key: MessageKey, values: Record<string, number | string> = {}) =>
    message(key, values, lang);
  const { title, grdp, answers, path, held } = scenarioSentences(result, lang);
  const out = [
    `# ${title}`,
    '',
    grdp,
    '',
    ...answers.map((answer) => `- ${answer}`),
    '',
    path,
    '',
    ...markdownTable(
      [t('chart.year'), t('batch.header.share')],
      result.path.map((p) => [String(p.year), formatPercent(p.share, lang)]),
      [true, true],
    ),
    '',
    `*${held}*`,
  ];
  return `${out.join('\n')}\n`;
}

/** A batch as Markdown: the ranked table, then the rows that could not be estimated. */
export function renderBatchMarkdown(batch: BatchResult, lang: Lang = 'en'): string {
  const { title, header, rows, errorsTitle, errors } = batchContent(batch, lang, (c) => `\`${c}\``);
  const out = [`# ${title}`, '', ...markdownTable(header, rows, BATCH_ALIGN)];
  if (errors.length > 0)
    out.push('', `**${errorsTitle}**`, '', ...errors.map((line) => `- ${line}`));
  return `${out.join('\n')}\n`;
}

/** A validation as Markdown. */
export function renderValidationMarkdown(result: ValidationResult, lang: Lang = 'en'): string {
  const t = (key: MessageKey, values: Record<string, number | string> = {}) =>
    message(key, values, lang);
  const { header, rows } = validationTable(result, lang);
  const out = [
    `# ${t('validate.title')}`,
    '',
    ...markdownTable(header, rows, VALIDATION_ALIGN),
    '',
  ];
  for (const frame of ['mic', 'gso'] as const)
    out.push(`- ${summaryLine(frame, result.byFrame[frame], lang)}`);
  out.push('', `**${t('validate.national')}**`, '');
  out.push(
    ...markdownTable(
      [
        t('batch.header.frame'),
        t('batch.header.year'),
        t('validate.header.published'),
        t('validate.header.estimate'),
        t('validate.header.error'),
      ],
      result.national.map((c) => [
        c.frame,
        String(c.year),
        formatPercent(c.published, lang, 2),
        formatPercent(c.estimate, lang, 2),
        formatPoints(c.error, lang, 2),
      ]),
      [false, true, true, true, true],
    ),
  );
  out.push('', `**${t('validate.lacking', { count: result.lacking.length })}**`, '');
  out.push(
    ...markdownTable(
      [
        t('batch.header.locality'),
        t('batch.header.year'),
        t('batch.header.frame'),
        t('validate.header.published'),
        '',
        '',
      ],
      result.lacking.map((l) => [
        l.name,
        String(l.year),
        l.frame,
        formatPercent(l.published, lang, 2),
        l.found.join('; ') || t('validate.nothing'),
        l.missing.join(', '),
      ]),
      [false, true, false, true, false, false],
    ),
  );
  out.push('', `*${t('validate.segments')} ${t('validate.segments.untested')}*`);
  if (result.calibration) out.push('', calibrationText(result.calibration, lang));
  return `${out.join('\n')}\n`;
}
