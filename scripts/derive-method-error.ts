// Re-derive the method error of the predictive interval (docs/method.md §4) from the bundled
// validation data and write it into data/parameters.json. Run it when data/validation.json, the
// method or its defaults change, and say so in the commit; test/methodError.test.ts fails until
// the stored figures match the derivation:
//   npx tsx scripts/derive-method-error.ts
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validate } from '../src/index.js';
import { describeMethodError, roundMethodError } from '../test/methodErrorDerivation.js';

const file = fileURLToPath(new URL('../data/parameters.json', import.meta.url));
const data = JSON.parse(readFileSync(file, 'utf8'));
validate().then((result) => {
  if (!result.methodError) throw new Error('no validation row has inputs');
  const rounded = roundMethodError(result.methodError);
  data.methodError = {
    ...rounded,
    derivation: describeMethodError(rounded),
    source: data.methodError.source,
    note: data.methodError.note,
  };
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'ignore' });
  console.log(`method error ${JSON.stringify(rounded)}`);
});
