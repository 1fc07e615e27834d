// Run every example against the built package (smoke test): each must exit 0.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const examples = readdirSync(new URL('../examples/', import.meta.url)).filter((f) =>
  f.endsWith('.ts'),
);
let failed = 0;
for (const file of examples) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', `examples/${file}`], {
    encoding: 'utf8',
  });
  const ok = run.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} examples/${file}${ok ? '' : `\n${run.stderr}`}`);
}
process.exit(failed === 0 ? 0 : 1);
