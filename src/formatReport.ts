import * as z from 'zod';
import { parseInput } from './internal/issues.js';
import { LANGS, type Lang } from './render/format.js';
import { renderText } from './render/text.js';
import type { EstimateResult } from './types.js';

/** Output formats of a report. */
export type ReportFormat = 'text' | 'json';

/** Options of `formatReport`. */
export interface FormatReportOptions {
  /** `text` (default) or `json`. */
  readonly format?: ReportFormat;
  /** Language of the text report: `en` (default), `vi` or `fr`. JSON is language-neutral. */
  readonly lang?: Lang;
}

const OptionsSchema = z.strictObject({
  format: z.enum(['text', 'json']).default('text'),
  lang: z.enum(LANGS as [Lang, ...Lang[]]).default('en'),
});

/**
 * Render an estimate for people (`text`) or programs (`json`, the result object as is).
 *
 * @param result - The result of `estimate`.
 * @param options - `format` and `lang`.
 * @returns The report, ending with a newline.
 * @throws {InputError} When the format or language is unknown.
 * @example
 * formatReport(estimate(input)).split('\n')[0]
 * // => 'Digital-economy share of GRDP: Da Nang, 2024 (frame: mic)'
 */
export function formatReport(result: EstimateResult, options: FormatReportOptions = {}): string {
  const { format, lang } = parseInput(OptionsSchema, options, 'formatReport');
  return format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderText(result, lang);
}
