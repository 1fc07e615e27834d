import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** Run the project's dependency rule (.dependency-cruiser.cjs) on the src/ folder of `cwd`. */
function cruise(cwd: string) {
  const result = spawnSync(
    process.execPath,
    [DEPCRUISE, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    { cwd, encoding: 'utf8' },
  );
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const scratch = mkdtempSync(join(tmpdir(), 'des-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A miniature project with the real rule file and the given modules. */
function project(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(join(dir, 'tsconfig.json'), '{ "compilerOptions": { "module": "ESNext" } }');
  return dir;
}

describe('the dependency rule (npm run check:layers)', () => {
  it('passes on the library as it is', () => {
    const { code, output } = cruise(ROOT);
    expect(output).not.toMatch(/error/);
    expect(code).toBe(0);
  });

  it('fails on an import from a lower layer to a higher one (model → render)', () => {
    const dir = project('upward', {
      'src/model/model.ts': "import { title } from '../render/text.js';\nexport const m = title;\n",
      'src/render/text.ts': 'export const title = 1;\n',
    });
    const { code, output } = cruise(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('no-upward-from-model');
    expect(output).toContain('src/model/model.ts → src/render/text.ts');
  });

  it('fails on an import cycle, even inside one layer', () => {
    const dir = project('cycle', {
      'src/math/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'src/math/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
    });
    const { code, output } = cruise(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('no-circular');
  });

  it('fails when render reads the bundled data', () => {
    const dir = project('data', {
      'src/render/text.ts':
        "import sources from '../../data/sources.json';\nexport const s = sources;\n",
      'data/sources.json': '{}',
    });
    const { code, output } = cruise(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('render-reads-results-not-data');
  });

  it('lets a layer import itself and the layers below it (estimate → compare → i18n)', () => {
    const dir = project('downward', {
      'src/estimate/estimate.ts':
        "import { c } from '../compare/targets.js';\nexport const e = c;\n",
      'src/compare/targets.ts': "import { m } from '../i18n/messages.js';\nexport const c = m;\n",
      'src/i18n/messages.ts': 'export const m = 1;\n',
    });
    expect(cruise(dir).code).toBe(0);
  });
});

describe('the layers as the README draws them', () => {
  const { LAYERS } = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as {
    LAYERS: string[];
  };
  const folders = readdirSync(join(ROOT, 'src')).filter((f) =>
    statSync(join(ROOT, 'src', f)).isDirectory(),
  );

  it('has a rule layer for every folder of src/, and a folder for every layer', () => {
    expect([...folders].sort()).toEqual([...LAYERS].sort());
  });

  it("lists the layers in the README from the top (cli) to the bottom (i18n), in the rule's order", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf('## Architecture'));
    const drawn = [...block.matchAll(/^([a-z0-9]+)\/ {2,}/gm)].map((m) => m[1]);
    expect(drawn).toEqual([...LAYERS].reverse());
  });
});
