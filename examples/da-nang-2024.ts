/**
 * Da Nang, 2024: the worked example of docs/method.md, from the bundled input file
 * (data/inputs/da-nang-2024.json: the seed article's figures plus GRDP 151,307 bn VND).
 *
 *   npm run demo
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { estimate, formatReport } from 'digital-economy-share';

const input = JSON.parse(
  readFileSync(new URL('../data/inputs/da-nang-2024.json', import.meta.url), 'utf8'),
);
const result = estimate(input);
process.stdout.write(formatReport(result));

// The example checks itself, so that CI notices if the method drifts.
assert.ok(Math.abs(result.share.point - 0.235) < 0.001, `point estimate ${result.share.point}`);
assert.ok(
  result.share.low < input.published.share && input.published.share < result.share.high,
  'published 22% inside the interval',
);
assert.equal(result.national.share, 0.183);
assert.deepEqual(
  result.targets.map((t) => t.id),
  ['vn-2025', 'vn-2030', 'da-nang-2025', 'da-nang-2030'],
);
