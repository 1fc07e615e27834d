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
    // The command line: Node only, ESM, run as `digital-economy-share`. One bundled file with
    // its dependencies inside, so that a run loads a handful of files; the CSV reader (arquero)
    // and the rest of the command line are chunks loaded on demand (`--version` loads neither).
    // The optional peers (vega, vega-lite, mathjs) stay outside: loaded only if installed.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    splitting: true,
    noExternal: ['zod', 'simple-statistics', 'arquero', '@uwdata/flechette', 'acorn'],
    external: ['vega', 'vega-lite', 'mathjs'],
    outDir: 'dist/cli',
    sourcemap: false,
    // The web calculator (dist/web/index.html, README "Web calculator"): built from src/web by
    // scripts/build-web.mjs once the command line is built, which `digital-economy-share web`
    // copies.
    onSuccess: async () => {
      const { buildWeb } = await import('./scripts/build-web.mjs');
      await buildWeb();
    },
  },
]);
