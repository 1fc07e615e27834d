import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishCliBundle } from '../scripts/cli-bundle.mjs';

/** finishCliBundle on a file holding `source`: the specifiers it found and the file after. */
function finish(source: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'des-bundle-')), 'run.cjs');
  writeFileSync(file, source);
  const found = finishCliBundle(file);
  return { found, text: readFileSync(file, 'utf8') };
}

describe('scripts/cli-bundle.mjs (the command line bundle’s imports)', () => {
  it('routes the optional packages’ import() calls through __importPeer, comments and all', () => {
    const { found, text } = finish(
      'const v=()=>Promise.all([import("vega"),import("vega-lite")]);' +
        'async function w(){return(await import("write-excel-file/universal")).default}' +
        'function m(load=()=>import(/* @vite-ignore */ MATHJS)){return load()}',
    );
    expect(found).toEqual(['vega', 'vega-lite', 'write-excel-file/universal', 'mathjs']);
    expect(text).toBe(
      'const v=()=>Promise.all([__importPeer("vega"),__importPeer("vega-lite")]);' +
        'async function w(){return(await __importPeer("write-excel-file/universal")).default}' +
        'function m(load=()=>__importPeer(/* @vite-ignore */ MATHJS)){return load()}',
    );
  });

  it('leaves text alone: acorn’s messages about import() and import.meta', () => {
    const source =
      'raise(p,"Trailing comma is not allowed in import()");' +
      'raise(p,"Cannot use \'import.meta\' outside a module");';
    expect(finish(source)).toEqual({ found: [], text: source });
  });

  it('fails the build on an import() of anything but an optional peer, or an import.meta left', () => {
    expect(() => finish('import("left-pad")')).toThrow(
      'cli-bundle: an import() the bundle may not make: import("left-pad")',
    );
    expect(() => finish('import(name)')).toThrow('an import() the bundle may not make');
    expect(() => finish('const u = import.meta.url;')).toThrow(
      'cli-bundle: an import() or import.meta is left in dist/cli/run.cjs',
    );
  });
});
