import { defineConfig, type Options } from 'tsup';

// The library: a browser-safe core (`.`) and the tables entry (`./tables`, arquero). Both entries
// share one chunk of code, so that both throw the same InputError class; only the tables entry
// imports arquero, so importing the core never loads it. zod is bundled inside (README,
// "Dependencies"): one file loads in half the time of zod's hundred modules.
const library: Options = {
  entry: { index: 'src/index.ts', tables: 'src/tables.ts' },
  splitting: true,
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  treeshake: true,
  sourcemap: false,
};

export default defineConfig([
  // ESM: dependencies other than zod stay external.
  { ...library, format: ['esm'], noExternal: ['zod'] },
  // CommonJS: arquero is ESM only, so the CommonJS tables entry carries it inside; then
  // `require()` works on every Node version `engines` allows, without require(esm).
  {
    ...library,
    format: ['cjs'],
    noExternal: ['zod', 'arquero', '@uwdata/flechette', 'acorn'],
  },
  {
    // The command line's entry point, run as `digital-economy-share`: Node only, small
    // (`--version` loads nothing else), CommonJS (an ES module entry point costs Node about 4 ms
    // more to start). It runs the command line's code, run.cjs below, through V8's code cache
    // (src/cli/codeCache.ts).
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    shims: true,
    outDir: 'dist/cli',
    sourcemap: false,
  },
  {
    // The command line's second thread (src/cli/counter.ts, src/cli/helper.ts): the quantile
    // selection's code alone, small to load.
    entry: { counter: 'src/cli/counter.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    outDir: 'dist/cli',
    sourcemap: false,
  },
  {
    // The command line's code: one CommonJS file with its dependencies inside (a script V8 can
    // cache the compiled code of; ES modules cannot be on Node 20), the CSV reader (arquero)
    // included but initialised only when a CSV is read. The optional peers (vega, vega-lite,
    // mathjs, the Excel readers) stay outside, loaded only if installed, through the entry
    // point's import() (scripts/cli-bundle.mjs rewrites the bundle's import() calls to it).
    entry: { run: 'src/cli/run.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    shims: true,
    noExternal: ['zod', 'simple-statistics', 'arquero', '@uwdata/flechette', 'acorn'],
    external: ['vega', 'vega-lite', 'mathjs', 'read-excel-file', 'write-excel-file'],
    outDir: 'dist/cli',
    sourcemap: false,
    // Without comments and blanks (names kept): half the bytes to read and to compile when
    // there is no cache; the bundled packages' licence comments stay, at the end.
    esbuildOptions: (options) => {
      options.minifyWhitespace = true;
      options.minifySyntax = true;
      options.legalComments = 'eof';
    },
    // The web calculator (dist/web/index.html, README "Web calculator"): built from src/web by
    // scripts/build-web.mjs once the command line is built, which `digital-economy-share web`
    // copies.
    onSuccess: async () => {
      const { finishCliBundle } = await import('./scripts/cli-bundle.mjs');
      finishCliBundle();
      const { buildWeb } = await import('./scripts/build-web.mjs');
      await buildWeb();
    },
  },
]);
