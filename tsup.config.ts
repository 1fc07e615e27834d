import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: browser-safe core, ESM + CJS + declarations. Dependencies stay external.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    treeshake: true,
    sourcemap: false,
  },
  {
    // The command line: Node only, ESM, run as `digital-economy-share`.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: false,
  },
]);
