/**
 * The new Da Nang: since 1 July 2025 the city includes the former Quang Nam province. Combining
 * the two 2024 inputs sums money, firms, workers and population and recomputes the shares; it
 * never averages shares (docs/method.md §3.8).
 *
 *   npx tsx examples/merged-da-nang-2024.ts   (after npm run build)
 *
 * Quang Nam's sourced figures: GRDP 2024 ≈ 129,000 bn VND and GRDP per capita > 84 mn VND
 * [QN1 in data/sources.json]. Its ICT revenue, digital-firm count, IT workforce and labour force
 * were NOT found in the stored sources: they are placeholders below, given as wide ranges and
 * labelled as such. Replace them with the province's figures before quoting any result.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { combineLocalities, estimate, type LocalityInputInit } from 'digital-economy-share';

const daNang: LocalityInputInit = JSON.parse(
  readFileSync(new URL('../data/inputs/da-nang-2024.json', import.meta.url), 'utf8'),
);

const quangNam: LocalityInputInit = {
  locality: 'Quang Nam',
  year: 2024,
  frame: 'mic',
  grdp: 129000,
  population: 1535714,
  ictRevenue: { value: 6000, low: 2000, high: 20000 },
  digitalFirms: { value: 1121, low: 560, high: 2242 },
  itWorkers: { value: 21978, low: 10989, high: 43956 },
  labourForce: { value: 814000, low: 700000, high: 900000 },
  sources: {
    grdp: 'QN1: nearly 129,000 bn VND at current prices in 2024',
    population:
      'derived from QN1: 129,000 bn VND / 84 mn VND per capita = 1,535,714 (an upper bound: per capita was "over 84 mn")',
    ictRevenue: 'PLACEHOLDER, not found: a wide range chosen only to run the example',
    digitalFirms:
      'PLACEHOLDER, not found: the national density 0.73 per 1,000 × 1,535,714 = 1,121, range half to double',
    itWorkers:
      'PLACEHOLDER, not found: the national 2.7% of the placeholder labour force, range half to double',
    labourForce:
      'PLACEHOLDER, not found: the national ratio of labour force to population (51.7 mn [S40] / 97.5 mn implied by 67,300 firms at 0.69 per 1,000 [S34] = 0.53) × 1,535,714',
  },
};

const merged = combineLocalities([daNang, quangNam], { locality: 'Da Nang' });
const former = estimate(daNang);
const province = estimate(quangNam);
const city = estimate(merged);
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

console.log('Da Nang after the merger with Quang Nam, 2024 (mic frame)');
console.log(
  'Quang Nam ICT inputs are PLACEHOLDERS (not found): the merged figure shows the method, not a result.\n',
);
const rows = [
  ['Da Nang (former city)', former],
  ['Quang Nam (placeholders)', province],
  ['Da Nang (merged)', city],
] as const;
for (const [name, r] of rows) {
  const grdp = typeof r.input.grdp === 'number' ? r.input.grdp : r.input.grdp.value;
  console.log(
    `${name.padEnd(26)} ${percent(r.share.point).padStart(6)}   5–95%: ${percent(r.share.low)}–${percent(r.share.high)}   GRDP ${grdp.toLocaleString('en-US')}`,
  );
}
const average = (former.share.point + province.share.point) / 2;
console.log(
  `\nAveraging the two shares would give ${percent(average)}: wrong in principle, it ignores each part's GRDP`,
);
console.log('and digital intensity. The merged estimate recomputes from the summed inputs.');
const target = city.targets.find((t) => t.id === 'da-nang-2030');
console.log(
  `Merged city against 35–40% by 2030: gap ${((target?.gap ?? 0) * 100).toFixed(1)} points, ${percent(target?.requiredAnnualGrowth ?? 0)} a year.`,
);

assert.equal(merged.grdp, 151307 + 129000);
assert.deepEqual(merged.digitalFirms, { value: 2556 + 1121, low: 2556 + 560, high: 2556 + 2242 });
assert.ok(city.share.point < former.share.point && city.share.point > province.share.point);
assert.notEqual(city.share.point.toFixed(4), average.toFixed(4));
