// Write the pinned reports of test/pinnedReports.test.ts. Run it only when a change to the
// reports (or the method, or the data) is meant to change them, and list the change in CHANGELOG.md:
//   npx tsx scripts/pin-reports.ts
import { writeFileSync } from 'node:fs';
import { PINNED_REPORTS, pinnedReport } from '../test/pinnedReports.js';

for (const { lang, format, file } of PINNED_REPORTS) {
  writeFileSync(
    new URL(`../test/fixtures/reports/${file}`, import.meta.url),
    pinnedReport(lang, format),
  );
  console.log(`pinned ${file}`);
}
