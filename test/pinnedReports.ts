import { readFileSync } from 'node:fs';
import { estimate, formatReport, LANGS, type Lang, PACKAGE_VERSION } from '../src/index.js';

/** The pinned reports: Da Nang 2024 (seed 7, 5,000 draws) in each language, as text and Markdown. */
export const PINNED_REPORTS = LANGS.flatMap((lang) =>
  (['text', 'markdown'] as const).map((format) => ({
    lang,
    format,
    file: `da-nang-2024.seed-7.${lang}.${format === 'text' ? 'txt' : 'md'}`,
  })),
);

/** A pinned report as written today, with the package version (which releases change) masked. */
export function pinnedReport(lang: Lang, format: 'text' | 'markdown'): string {
  const input = JSON.parse(
    readFileSync(new URL('../data/inputs/da-nang-2024.json', import.meta.url), 'utf8'),
  );
  const report = formatReport(estimate(input, { seed: 7, draws: 5000 }), { lang, format });
  // "package 0.1.0," / "gói 0.1.0," / "paquet 0.1.0,": the version masked in every language.
  return report.replaceAll(` ${PACKAGE_VERSION},`, ' (any),');
}
