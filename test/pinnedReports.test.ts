import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PINNED_REPORTS, pinnedReport } from './pinnedReports.js';

// The Da Nang 2024 report (seed 7, 5,000 draws) in en/vi/fr, text and Markdown, pinned byte for
// byte (test/fixtures/reports/, written by scripts/pin-reports.ts). A change to a report must be
// deliberate: re-pin in the same commit and list the change in CHANGELOG.md.
describe('the pinned Da Nang 2024 reports', () => {
  it.each(PINNED_REPORTS)('$file is unchanged', ({ lang, format, file }) => {
    const pinned = readFileSync(new URL(`./fixtures/reports/${file}`, import.meta.url), 'utf8');
    expect(pinnedReport(lang, format)).toBe(pinned);
  });
});
