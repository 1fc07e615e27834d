import * as z from 'zod';
import { BATCH_COLUMNS, type BatchResult, batchRecords } from '../analyses/estimateBatch.js';
import type { ScenarioResult } from '../analyses/scenario.js';
import type { ValidationResult } from '../analyses/validate.js';
import type { EstimateResult } from '../estimate/result.js';
import { LANGS, type Lang } from '../i18n/format.js';
import { checkOptions } from '../input/options.js';
import { parseInput } from '../input/parseInput.js';
import type { ReportDocument } from './document.js';
import { batchDocument } from './reports/batchReport.js';
import { estimateDocument } from './reports/estimateReport.js';
import { scenarioDocument } from './reports/scenarioReport.js';
import { validationDocument } from './reports/validationReport.js';
import { type CsvOptions, writeCsv } from './writeCsv.js';
import { writeHtml } from './writeHtml.js';
import { writeMarkdown } from './writeMarkdown.js';
import { writeText } from './writeText.js';

/**
 * Output formats: `text`, `markdown` and `html` (an escaped fragment, no scripts) for people (in
 * `lang`), `json` and `csv` for programs (language-neutral).
 *
 * @example
 * formatReport(estimate(daNang2024), { format: 'markdown' satisfies ReportFormat })
 */
export type ReportFormat = 'text' | 'markdown' | 'html' | 'json' | 'csv';

/**
 * All output formats.
 *
 * @example
 * REPORT_FORMATS // => ['text', 'markdown', 'html', 'json', 'csv']
 */
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'markdown', 'html', 'json', 'csv'];

/**
 * Options of the format functions.
 *
 * @example
 * formatReport(estimate(daNang2024), { format: 'markdown', lang: 'vi' })
 */
export interface FormatReportOptions {
  /** `text` (default), `markdown`, `html`, `json` or `csv`. */
  readonly format?: ReportFormat;
  /** Language of text and Markdown: `en` (default), `vi` or `fr`. JSON and CSV are language-neutral. */
  readonly lang?: Lang;
  /**
   * CSV for a spreadsheet: a byte-order mark, figures rounded to 6 decimals and, with `lang` vi or
   * fr, semicolons and decimal commas (as Excel reads them where the decimal symbol is a comma).
   */
  readonly excel?: boolean;
}

const OptionsSchema = z.strictObject({
  format: z.enum(REPORT_FORMATS as [ReportFormat, ...ReportFormat[]]).default('text'),
  lang: z.enum(LANGS as [Lang, ...Lang[]]).default('en'),
  excel: z.boolean().default(false),
});

/** The format options, checked, and the CSV options they imply. */
const formatOptions = (options: FormatReportOptions | undefined, context: string) => {
  const parsed = parseInput(
    OptionsSchema,
    checkOptions(options, context, ['format', 'lang', 'excel']),
    context,
  );
  const csv: CsvOptions = parsed.excel
    ? { bom: true, round: true, decimalComma: parsed.lang !== 'en' }
    : {};
  return { ...parsed, csv };
};

/** Per target of an estimate: its level, gap, required growth and status, as CSV columns. */
function targetColumns(result: EstimateResult): {
  columns: string[];
  values: Record<string, unknown>;
} {
  const columns: string[] = [];
  const values: Record<string, unknown> = {};
  for (const t of result.targets) {
    const put = (name: string, value: unknown) => {
      columns.push(`${t.id}.${name}`);
      values[`${t.id}.${name}`] = value;
    };
    put('year', t.year);
    put('level', t.low);
    put('gap', t.gap);
    put('growth', t.requiredAnnualGrowth);
    put('status', t.status);
  }
  return { columns, values };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A report document in a human-readable format. */
function write(doc: ReportDocument, format: 'text' | 'markdown' | 'html'): string {
  return format === 'markdown'
    ? writeMarkdown(doc)
    : format === 'html'
      ? writeHtml(doc)
      : writeText(doc);
}

/**
 * Render an estimate: a text or Markdown report in English, Vietnamese or French (numbers in the
 * language's format: "39.888 tỷ đồng", "22,0%"), or the result as JSON, or one CSV row of the
 * comparison columns.
 *
 * @throws {InputError} When the format or language is unknown.
 * @example formatReport(estimate(input), { lang: 'vi' }).split('\n')[0]
 * // => 'Tỷ trọng kinh tế số trong GRDP: Da Nang, năm 2024 (chuỗi số liệu: mic)'
 */
export function formatReport(result: EstimateResult, options: FormatReportOptions = {}): string {
  const { format, lang, csv } = formatOptions(options, 'formatReport');
  if (format === 'json') return json(result);
  if (format === 'csv') {
    const [record] = batchRecords({ rows: [{ ...result, row: 1, rank: 1 }], errors: [] });
    const targets = targetColumns(result);
    return writeCsv(
      [...BATCH_COLUMNS.filter((c) => c !== 'rank' && c !== 'row'), ...targets.columns],
      [{ ...record, ...targets.values }],
      csv,
    );
  }
  return write(estimateDocument(result, lang), format);
}

/**
 * Render a scenario: text or Markdown in a language, JSON (contract fields first), or CSV of the path.
 *
 * @throws {InputError} When the format or language is unknown.
 *
 * @example
 * formatScenario(scenario(daNang2024, { target: 0.35, by: 2030, grdpGrowth: 0.1 }), { lang: 'fr' }).split('\n')[0]
 * // => 'Scénario : Da Nang, de 23,5 % en 2024 à 35,0 % en 2030 (série mic)'
 */
export function formatScenario(result: ScenarioResult, options: FormatReportOptions = {}): string {
  const { format, lang, csv } = formatOptions(options, 'formatScenario');
  if (format === 'json') {
    const {
      target,
      by,
      grdpGrowth,
      requiredIctRevenueGrowth,
      requiredItWorkforceGrowth,
      path,
      ...rest
    } = result;
    return json({
      target,
      by,
      grdpGrowth,
      requiredIctRevenueGrowth,
      requiredItWorkforceGrowth,
      path,
      ...rest,
    });
  }
  if (format === 'csv') return writeCsv(['year', 'share'], result.path, csv);
  return write(scenarioDocument(result, lang), format);
}

/**
 * Render a batch: the ranked table as text or Markdown, `{ rows, errors }` as JSON, or the
 * comparison columns as CSV (invalid rows are left out of the CSV: they are in `errors`).
 *
 * @throws {InputError} When the format or language is unknown.
 *
 * @example
 * formatBatch(estimateBatch(inputs), { format: 'csv' }).split('\n')[0]
 * // => 'rank,row,locality,year,frame,share,low,high,parameterLow,parameterHigh,core,sectoral,national,nationalYear,gap,ratio,published,checks'
 */
export function formatBatch(batch: BatchResult, options: FormatReportOptions = {}): string {
  const { format, lang, csv } = formatOptions(options, 'formatBatch');
  if (format === 'json') return json(batch);
  if (format === 'csv') return writeCsv(BATCH_COLUMNS, batchRecords(batch), csv);
  return write(batchDocument(batch, lang), format);
}

/**
 * Render a validation: text or Markdown in a language, JSON (rows, summary, national first), or
 * the rows as CSV.
 *
 * @throws {InputError} When the format or language is unknown.
 *
 * @example
 * formatValidation(validate(), { format: 'markdown' }).split('\n')[0]
 * // => '# Validation against published provincial shares (estimates at the default parameters)'
 */
export function formatValidation(
  result: ValidationResult,
  options: FormatReportOptions = {},
): string {
  const { format, lang, csv } = formatOptions(options, 'formatValidation');
  if (format === 'json') {
    const { rows, summary, national, ...rest } = result;
    return json({ rows, summary, national, ...rest });
  }
  if (format === 'csv') {
    const columns = [
      'locality',
      'year',
      'frame',
      'published',
      'primary',
      'estimate',
      'low',
      'high',
      'error',
      'source',
    ];
    return writeCsv(
      columns,
      result.rows.map((r) => ({ ...r, source: r.source.join(' ') })),
      csv,
    );
  }
  return write(validationDocument(result, lang), format);
}
