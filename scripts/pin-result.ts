// Write the pinned result of test/reproducibility.test.ts. Run it only when a change to the method
// or the data is meant to change results, and say so in the commit:
//   npx tsx scripts/pin-result.ts
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { estimate } from '../src/index.js';

const input = JSON.parse(
  readFileSync(new URL('../data/inputs/da-nang-2024.json', import.meta.url), 'utf8'),
);
const result = estimate(input, { seed: 7, draws: 5000 });
const fixture = fileURLToPath(
  new URL('../test/fixtures/da-nang-2024.seed-7.json', import.meta.url),
);
writeFileSync(fixture, `${JSON.stringify(result, null, 2)}\n`);
// Format as the linter would, so that a re-pin shows only the numbers that moved.
execFileSync('npx', ['biome', 'format', '--write', fixture], { stdio: 'ignore' });
console.log(`pinned share ${JSON.stringify(result.share)}`);
