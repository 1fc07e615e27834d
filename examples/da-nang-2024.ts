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

// An uncertain input widens the parameter interval (the ranges' part of the predictive one): ICT
// revenue known only within 35,000–45,000 bn VND.
const uncertain = estimate({ ...input, ictRevenue: { value: 39888, low: 35000, high: 45000 } });
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const points = (delta: number) => `${(delta * 100).toFixed(2)} pts`;
const width = (r: typeof result) => r.share.parameterInterval.high - r.share.parameterInterval.low;
process.stdout.write(
  `\nWith ICT revenue given as a range 35,000–45,000: parameter interval ${percent(uncertain.share.parameterInterval.low)}–${percent(uncertain.share.parameterInterval.high)}` +
    ` (${points(width(uncertain))} wide, against ${points(width(result))} with revenue known)\n`,
);

// The example checks itself, so that CI notices if the method drifts.
assert.ok(Math.abs(result.share.point - 0.235) < 0.001, `point estimate ${result.share.point}`);
assert.ok(
  result.share.low < input.published.share && input.published.share < result.share.high,
  'published 22% inside the predictive interval',
);
assert.equal(result.national.share, 0.183);
assert.deepEqual(
  result.targets.map((t) => t.id),
  ['vn-2025', 'vn-2030', 'da-nang-2025', 'da-nang-2030'],
);
assert.ok(result.checks.some((c) => c.code === 'implied-population-mismatch'));
assert.equal(result.sensitivity[0]?.name, 'beta');
assert.equal(uncertain.share.point, result.share.point);
assert.ok(width(uncertain) > width(result), 'a ranged input widens the parameter interval');
assert.ok(result.share.low < result.share.parameterInterval.low, 'the method error widens it');
