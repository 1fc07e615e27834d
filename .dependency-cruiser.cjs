/**
 * The dependency rule of src/ (README "Architecture"): the library is a pipeline of layers and
 * imports only go downwards, from a layer to itself or to a layer below it. No import cycles
 * anywhere, and render (the top of the library) never reads the bundled data, only results.
 * `npm run check:layers` runs it; test/layers.test.ts shows that an upward import fails it.
 */
const LAYERS = [
  'i18n', // languages, messages and number formatting
  'math', // numerics with no domain words
  'input', // what a caller gives: schemas, parsing, errors, readers, combining localities
  'reference', // the bundled reference data
  'model', // the method of docs/method.md §3 and its resolved instance
  'uncertainty', // random streams, simulation, quantiles, sensitivity
  'compare', // national averages, targets, trajectory
  'estimate', // the estimate pipeline, its checks, its result
  'analyses', // batch, scenario, validation, calibration
  'render', // documents, writers, report builders, charts
  'web', // the web calculator's page (browser only; built into dist/web/index.html)
  'cli', // Node only: arguments, files, exit codes
];

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `no-upward-from-${layer}`,
  comment: `${layer} may import only ${LAYERS.slice(0, i + 1).join(', ')}`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'no import cycles in src/',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'render-reads-results-not-data',
      comment: 'render writes what a result says; it never reads the bundled data',
      severity: 'error',
      from: { path: '^src/(render|i18n|math)/' },
      to: { path: '^(data/|src/reference/)' },
    },
    {
      name: 'web-runs-in-a-browser',
      comment: 'the web calculator runs in a browser: no Node built-in modules',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-index-re-exports',
      comment: 'a module of src/ imports other modules, never the public index',
      severity: 'error',
      from: { path: '^src/.+/' },
      to: { path: '^src/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};

// The layers, for test/layers.test.ts (not enumerable: not part of the configuration).
Object.defineProperty(module.exports, 'LAYERS', { value: LAYERS, enumerable: false });
