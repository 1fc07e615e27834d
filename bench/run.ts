/**
 * npm run bench: how fast the interval runs on this machine, against the practical limit (the
 * same model and sampler as a bare loop, bench/bare-loop.ts) and the peer an analyst would
 * otherwise use (the same model by plain Monte Carlo in NumPy, bench/peer_numpy.py): in-process
 * and whole-process times, the time to a given precision, batches of 34 and 10,000 rows, import
 * time and peak memory. Times are medians of repeated runs (tinybench in-process; alternating
 * rounds of fresh processes). `--quick` runs only the small sizes (CI uses it to keep this script
 * working; its numbers are not the ones quoted in the README).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { linearRegression, linearRegressionLine, rSquared } from 'simple-statistics';
import { Bench } from 'tinybench';
import { methodErrorOf, resolveEstimateOptions } from '../src/estimate/estimate.js';
import type * as Library from '../src/index.js';
import { setupFor } from '../src/model/resolveSetup.js';
import { simulateToPrecision } from '../src/uncertainty/simulate.js';
import { bareLoop, bareModel } from './bare-loop.js';

// The built package, imported by name as a user would (types from the source it is built from).
const PACKAGE = 'digital-economy-share';
const lib = (await import(PACKAGE)) as typeof Library;

const quick = process.argv.includes('--quick');
const SEED = 20240101;
const SIZES = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000, 10_000_000];
const repeats = (draws: number) =>
  quick ? 3 : draws >= 10_000_000 ? 3 : draws >= 1_000_000 ? 5 : 10;
const input = JSON.parse(
  readFileSync(new URL('../data/inputs/da-nang-2024.json', import.meta.url), 'utf8'),
) as Library.LocalityInputInit;

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const perSecond = (draws: number, milliseconds: number) =>
  `${(((draws / milliseconds) * 1000) / 1e6).toFixed(2)} M/s`;
const line = (...cells: string[]) => console.log(cells.join('  '));

/** Median time of `fn` in milliseconds over `iterations` runs, after `warmups` warm-up runs. */
function timeIt(fn: () => unknown, iterations: number, warmups = 1): number {
  const bench = new Bench({
    iterations,
    time: 0,
    warmupIterations: warmups,
    warmupTime: 0,
    throws: true,
  });
  bench.add('task', fn);
  const [task] = bench.runSync();
  const result = task?.result;
  if (result?.state !== 'completed')
    throw new Error(`bench task did not complete: ${result?.state}`);
  return result.latency.p50;
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ${os.type()} ${os.release()}; Node ${process.versions.node} (V8 ${process.versions.v8})`;
}

console.log(`digital-economy-share ${lib.PACKAGE_VERSION} bench${quick ? ' (--quick)' : ''}`);
console.log(`Machine: ${machine()}`);
console.log(
  'Model: the bundled Da Nang 2024 input, 5 drawn parameters and the method error, seed 20240101; the library and the bare loop by scrambled Sobol points (the default sampler), NumPy by plain Monte Carlo.\n',
);

/** The standard error both parameter bounds must reach in the time-to-precision race: 0.01 points. */
const TARGET = 0.0001;
const PRECISION_START = 4096;

// 2. Time to precision, in-process (timed first, before the large runs leave garbage for the
// collector to clear during it; printed in its place below): the draws double from 4,096 until
// the standard error of both bounds of the parameter interval is at most 0.01 points; the
// library by its default sampler
// (the spread of its 16 scrambles; the run extended, as `precision` extends it), NumPy by plain
// Monte Carlo (Siddiqui's estimator; each step adds as many draws again, keeping the earlier).
// Both sides draw the parameter interval only (the NumPy race draws no method error), so the
// library's run is given a method error of scale 0 (no predictive interval to draw).
// The two race in paired rounds, the library's races and then NumPy's, one round after another,
// so that each ratio compares times taken within a second or so of each other: the machine is
// shared, and its speed drifts by half over minutes, which a ratio of times taken minutes apart
// (as the other sections' are) would count as either side's speed.
const settings = resolveEstimateOptions({}, 'bench');
const setup = setupFor(input, settings, 'bench');
const parameterOnly = { ...methodErrorOf(settings.reference), scale: 0 };
/** The library's races: a run takes 1.5–3 ms, so many, after a warm-up, for a steady median. */
const RACES = quick ? 7 : 15;
const RACE_WARMUPS = 10;
/** NumPy's races a round (each 15–25 ms). */
const NUMPY_RACES = quick ? 3 : 7;
/** Paired rounds of the race. */
const RACE_ROUNDS = quick ? 1 : 5;
let precisionDraws = 0;
const toPrecision = (seed: number) =>
  simulateToPrecision(setup, seed, parameterOnly, 'sobol', {
    precision: TARGET,
    start: PRECISION_START,
    max: 1 << 24,
    errorOf: (i) => Math.max(i.parameter.standardError.low, i.parameter.standardError.high),
  }).draws;
const model = bareModel(input, lib.estimate(input, { draws: 100, seed: SEED }));
/**
 * The Python interpreter itself, as `python3` names it: a version manager's `python3` on the
 * PATH may be a shim script that starts the interpreter (pyenv's, here, adds about 55 ms to
 * every start), which would time the shim as NumPy's. Resolved once; `python3` if that fails.
 */
const PYTHON = (() => {
  const child = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], {
    encoding: 'utf8',
  });
  const executable = child.status === 0 ? child.stdout.trim() : '';
  return executable === '' ? 'python3' : executable;
})();
/**
 * bench/peer_numpy.py on a spec of the bench's model and seed with `parts` ("runs", "precision",
 * "batch"): its JSON, or why it did not run. The spec is written to a folder of its own, removed
 * after.
 */
function runPeer(parts: object): { output: unknown } | { why: string } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'des-bench-'));
  try {
    const spec = path.join(folder, 'model.json');
    writeFileSync(spec, JSON.stringify({ model, seed: SEED, runs: [], ...parts }));
    const script = new URL('./peer_numpy.py', import.meta.url).pathname;
    const child = spawnSync(PYTHON, [script, spec], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.error || child.status !== 0)
      return { why: child.error?.message ?? child.stderr.trim().split('\n').at(-1) ?? 'failed' };
    return { output: JSON.parse(child.stdout) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
/** The NumPy peer's race alone (its "precision"), timed inside Python. */
function numpyRace(): { seconds: number; draws: number } | undefined {
  const peer = runPeer({
    precision: { target: TARGET, start: PRECISION_START, repeats: NUMPY_RACES },
  });
  return 'output' in peer
    ? (peer.output as { precision: { seconds: number; draws: number } }).precision
    : undefined;
}
let race = 0;
const raceRounds = Array.from({ length: RACE_ROUNDS }, (_, round) => {
  const library = timeIt(
    () => {
      precisionDraws = toPrecision(SEED + race++);
    },
    RACES,
    round === 0 ? RACE_WARMUPS : 1,
  );
  const peer = numpyRace();
  return { library, numpy: peer ? peer.seconds * 1000 : undefined, numpyDraws: peer?.draws };
});
const libraryPrecision = medianOf(raceRounds.map((r) => r.library));
const pairedRounds = raceRounds.filter((r) => r.numpy !== undefined) as {
  library: number;
  numpy: number;
  numpyDraws: number;
}[];
const numpyPrecision =
  pairedRounds.length > 0
    ? {
        milliseconds: medianOf(pairedRounds.map((r) => r.numpy)),
        draws: pairedRounds[0]?.numpyDraws as number,
        ratio: medianOf(pairedRounds.map((r) => r.library / r.numpy)),
      }
    : undefined;

// 1. Monte Carlo: the library, the bare loop, NumPy.
const runs = SIZES.map((draws) => {
  const iterations = repeats(draws);
  let share = lib.estimate(input, { draws, seed: SEED }).share;
  const library = timeIt(() => {
    share = lib.estimate(input, { draws, seed: SEED }).share;
  }, iterations);
  let bare = bareLoop(model, draws, SEED);
  const bareTime = timeIt(() => {
    bare = bareLoop(model, draws, SEED);
  }, iterations);
  // Up to 10^6 draws both keep every draw: the same interval, bit for bit. Beyond, the library
  // counts draws in bins of 2^-20 (docs/method.md §4) and agrees to within one bin.
  const gap = Math.max(
    Math.abs(share.median - bare.median),
    Math.abs(share.low - bare.low),
    Math.abs(share.high - bare.high),
    Math.abs(share.parameterInterval.low - bare.parameter.low),
    Math.abs(share.parameterInterval.high - bare.parameter.high),
  );
  return { draws, iterations, library, bare: bareTime, share, gap };
});

const BATCHES = quick ? [34] : [34, 10_000];

function numpyPeer() {
  const peer = runPeer({
    runs: SIZES.map((draws) => ({ draws, repeats: repeats(draws) })),
    batch: BATCHES.map((rows) => ({ rows, draws: 10_000 })),
  });
  if ('why' in peer) return { skipped: `python3 with NumPy is needed (${peer.why})` } as const;
  return peer.output as {
    numpy: string;
    python: string;
    runs: { draws: number; seconds: number; median: number; low: number; high: number }[];
    batch: { rows: number; seconds: number }[];
  };
}
const numpy = numpyPeer();
const numpyTime = (draws: number) =>
  'runs' in numpy
    ? (numpy.runs.find((r) => r.draws === draws)?.seconds ?? Number.NaN) * 1000
    : Number.NaN;

console.log('Monte Carlo, estimate() (median of N runs; the whole estimate, not only the draws)');
line(
  'draws'.padStart(10),
  'N'.padStart(2),
  'library'.padStart(10),
  'draws/s'.padStart(9),
  'bare loop'.padStart(10),
  'lib/bare'.padStart(8),
  'NumPy'.padStart(10),
  'NumPy/lib'.padStart(9),
  'same interval as bare loop',
);
for (const r of runs) {
  const peer = numpyTime(r.draws);
  line(
    r.draws.toLocaleString('en-US').padStart(10),
    String(r.iterations).padStart(2),
    ms(r.library).padStart(10),
    perSecond(r.draws, r.library).padStart(9),
    ms(r.bare).padStart(10),
    `${(r.library / r.bare).toFixed(2)}×`.padStart(8),
    (Number.isNaN(peer) ? '–' : ms(peer)).padStart(10),
    (Number.isNaN(peer) ? '–' : `${(peer / r.library).toFixed(2)}×`).padStart(9),
    r.gap === 0 ? 'identical' : `within ${r.gap.toExponential(1)}`,
  );
}
const fit = linearRegression(runs.map((r) => [r.draws, r.library]));
const fitLine = linearRegressionLine(fit);
const r2 = rSquared(
  runs.map((r) => [r.draws, r.library]),
  fitLine,
);
console.log(
  `Linear in the draws: time ≈ ${fit.b.toFixed(1)} ms + ${(fit.m * 1e6).toFixed(1)} ns × draws (R² = ${r2.toFixed(5)})`,
);
if ('skipped' in numpy) console.log(`NumPy peer skipped: ${numpy.skipped}`);
else {
  const last = numpy.runs.at(-1);
  const ours = runs.at(-1)?.share;
  console.log(
    `NumPy ${numpy.numpy} (Python ${numpy.python}, ${PYTHON}), PCG64 streams: median ${last?.median.toFixed(5)} vs ${ours?.median.toFixed(5)} at ${last?.draws.toLocaleString('en-US')} draws (other random numbers, same model).`,
  );
}

console.log(
  `\nTime to precision (both parameter bounds to a standard error of 0.01 points, draws doubling from 4,096; in-process; ${RACE_ROUNDS} paired round${RACE_ROUNDS === 1 ? '' : 's'}, each the library's median of ${RACES} races (after ${RACE_WARMUPS} warm-ups in the first) and then NumPy's of ${NUMPY_RACES}; medians of the rounds):`,
);
for (const [k, r] of raceRounds.entries())
  console.log(
    `  round ${k + 1}: library ${ms(r.library)}, NumPy ${r.numpy === undefined ? '–' : `${ms(r.numpy)} (library/NumPy ${(r.library / r.numpy).toFixed(2)}×)`}`,
  );
console.log(
  `  library (scrambled Sobol) ${ms(libraryPrecision)} at ${precisionDraws.toLocaleString('en-US')} draws; NumPy (plain Monte Carlo) ${numpyPrecision ? `${ms(numpyPrecision.milliseconds)} at ${numpyPrecision.draws.toLocaleString('en-US')} draws (library/NumPy, the median of the rounds' ratios, ${numpyPrecision.ratio.toFixed(2)}×)` : '– (python3 with NumPy is needed)'}`,
);

// 3. Many localities: rows (synthetic: the Da Nang row with GRDP varied) × 10,000 draws, the
// library's estimateBatch against a NumPy loop over the same rows. The batch draws the
// parameters' columns once for all rows (as for any batch: the parameters are national), but
// each row computes its own I_L^β (DrawCache.beginEstimate), so that these rows, which share
// their intensity, are not faster than rows of real provinces would be.
const batchRow = (i: number) => ({
  ...input,
  locality: `Locality ${i + 1}`,
  grdp: (input.grdp as number) * (0.6 + 0.025 * (i % 34)),
});
console.log('');
const batches = BATCHES.map((count) => {
  const rows = Array.from({ length: count }, (_, i) => batchRow(i));
  const time = timeIt(
    () => lib.estimateBatch(rows, { draws: 10_000, seed: SEED }),
    count > 100 ? 1 : quick ? 3 : 10,
  );
  const peer = 'batch' in numpy ? numpy.batch.find((b) => b.rows === count) : undefined;
  console.log(
    `Batch: ${count.toLocaleString('en-US')} localities × 10,000 draws in ${ms(time)} (${ms(time / count)} per locality); NumPy loop ${peer ? `${ms(peer.seconds * 1000)} (library/NumPy ${(time / (peer.seconds * 1000)).toFixed(2)}×)` : '–'}`,
  );
  return { count, time, peer: peer ? peer.seconds * 1000 : Number.NaN };
});

// 4. Import time and CLI start-up, each in a fresh Node process (median of 7).
function medianOf(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
function childTime(args: string[]): number {
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr}`);
  return Number(child.stdout.trim().split('\n').at(-1));
}
const esm = medianOf(
  Array.from({ length: 7 }, () =>
    childTime([
      '--input-type=module',
      '-e',
      `const t = performance.now(); await import('${PACKAGE}'); console.log(performance.now() - t);`,
    ]),
  ),
);
const cjs = medianOf(
  Array.from({ length: 7 }, () =>
    childTime([
      '-e',
      `const t = performance.now(); require('${PACKAGE}'); console.log(performance.now() - t);`,
    ]),
  ),
);
console.log(`Import: ${ms(esm)} (ESM import), ${ms(cjs)} (CommonJS require)`);

// Whole-process start-up, each a fresh process, the commands alternating so that a slow moment
// of this shared machine falls on all of them alike (median of 7 rounds).
const wall = (command: string, args: string[], env?: NodeJS.ProcessEnv) => {
  const start = performance.now();
  const child = spawnSync(command, args, { encoding: 'utf8', ...(env ? { env } : {}) });
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${child.stderr}`);
  return performance.now() - start;
};
const peerSpec = path.join(mkdtempSync(path.join(os.tmpdir(), 'des-start-')), 'model.json');
writeFileSync(
  peerSpec,
  JSON.stringify({ model, seed: SEED, runs: [{ draws: 10_000, repeats: 1 }] }),
);
const peerScript = new URL('./peer_numpy.py', import.meta.url).pathname;
const hasNumpy = !('skipped' in numpy);
// The command line keeps V8's compiled code of a command after its first successful run
// (src/cli/codeCache.ts): the bench gives it a cache folder of its own, runs `estimate` once
// untimed to fill it, and times the runs after, as a user's are; and the same runs without it.
const cached = {
  ...process.env,
  DIGITAL_ECONOMY_SHARE_CACHE: mkdtempSync(path.join(os.tmpdir(), 'des-cache-')),
};
const uncached = { ...process.env, DIGITAL_ECONOMY_SHARE_CACHE: 'off' };
const estimateCommand = (draws: number) => [
  'dist/cli/cli.cjs',
  'estimate',
  'data/inputs/da-nang-2024.json',
  '--draws',
  String(draws),
  '--format',
  'json',
];
wall(process.execPath, estimateCommand(1_000), cached);
const rounds = Array.from({ length: 7 }, () => ({
  node: wall(process.execPath, ['-e', '0']),
  version: wall(process.execPath, ['dist/cli/cli.cjs', '--version']),
  estimate: wall(process.execPath, estimateCommand(10_000), cached),
  uncached: wall(process.execPath, estimateCommand(10_000), uncached),
  numpy: hasNumpy ? wall(PYTHON, [peerScript, peerSpec]) : Number.NaN,
}));
const start = {
  node: medianOf(rounds.map((r) => r.node)),
  version: medianOf(rounds.map((r) => r.version)),
  estimate: medianOf(rounds.map((r) => r.estimate)),
  uncached: medianOf(rounds.map((r) => r.uncached)),
  numpy: medianOf(rounds.map((r) => r.numpy)),
};
console.log(
  `Start-up (whole process, median of 7): node -e 0 ${ms(start.node)}; digital-economy-share --version ${ms(start.version)} (${(start.version / start.node).toFixed(2)}×); estimate at 10^4 draws ${ms(start.estimate)} (${ms(start.uncached)} without the code cache), NumPy peer at 10^4 draws ${hasNumpy ? ms(start.numpy) : '–'} (${(start.estimate / start.numpy).toFixed(2)}×)`,
);

// 5. Whole process at 10^4, 10^6 and 10^7 draws: the command line (`estimate --format json`: the
// whole estimate, both frames), the bare loop as a bundled Node script and the NumPy script, each
// a fresh process, alternating (median of the rounds).
const bareScript = path.join(mkdtempSync(path.join(os.tmpdir(), 'des-bare-')), 'bare.mjs');
buildSync({
  entryPoints: [new URL('./bare-process.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bareScript,
  logLevel: 'warning',
});
const WHOLE = quick ? [10_000] : [10_000, 1_000_000, 10_000_000];
const whole = WHOLE.map((draws) => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'des-whole-'));
  const bareSpec = path.join(folder, 'bare.json');
  writeFileSync(bareSpec, JSON.stringify({ model, seed: SEED, draws }));
  const peer = path.join(folder, 'peer.json');
  writeFileSync(peer, JSON.stringify({ model, seed: SEED, runs: [{ draws, repeats: 1 }] }));
  const n = quick ? 3 : draws >= 10_000_000 ? 3 : draws >= 1_000_000 ? 5 : 7;
  const times = Array.from({ length: n }, () => ({
    library: wall(process.execPath, estimateCommand(draws), cached),
    uncached: wall(process.execPath, estimateCommand(draws), uncached),
    bare: wall(process.execPath, [bareScript, bareSpec]),
    numpy: hasNumpy ? wall(PYTHON, [peerScript, peer]) : Number.NaN,
  }));
  return {
    draws,
    library: medianOf(times.map((t) => t.library)),
    uncached: medianOf(times.map((t) => t.uncached)),
    bare: medianOf(times.map((t) => t.bare)),
    numpy: medianOf(times.map((t) => t.numpy)),
  };
});
console.log(
  '\nWhole process (a fresh process each, alternating; median of the rounds; "no cache": the command line without its code cache)',
);
line(
  'draws'.padStart(10),
  'library'.padStart(10),
  'no cache'.padStart(10),
  'bare loop'.padStart(10),
  'lib/bare'.padStart(8),
  'NumPy'.padStart(10),
  'lib/NumPy'.padStart(9),
);
for (const w of whole)
  line(
    w.draws.toLocaleString('en-US').padStart(10),
    ms(w.library).padStart(10),
    ms(w.uncached).padStart(10),
    ms(w.bare).padStart(10),
    `${(w.library / w.bare).toFixed(2)}×`.padStart(8),
    (hasNumpy ? ms(w.numpy) : '–').padStart(10),
    (hasNumpy ? `${(w.library / w.numpy).toFixed(2)}×` : '–').padStart(9),
  );

// mathjs is loaded by calibration only (src/math/matrix.ts): its load time, after the library's.
const mathjs = medianOf(
  Array.from({ length: quick ? 3 : 7 }, () =>
    childTime([
      '--input-type=module',
      '-e',
      `await import('${PACKAGE}'); const t = performance.now(); await import('mathjs'); console.log(performance.now() - t);`,
    ]),
  ),
);
console.log(
  `mathjs, loaded on first use by calibrate() and validate({ calibrate }) only: ${ms(mathjs)} more (${(mathjs / esm).toFixed(1)}× the library's own import)`,
);

// 6. Peak memory, each in a fresh process: quantiles from a histogram beyond 10^6 draws.
const memory = (draws: number) => {
  const child = spawnSync(process.execPath, ['bench/memory.mjs', String(draws)], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`bench/memory.mjs ${draws} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as { maxRssMiB: number };
};
const memorySizes = quick ? [100_000] : [1_000_000, 10_000_000];
const baseline = memory(0).maxRssMiB;
const peaks = memorySizes.map((draws) => ({ draws, peak: memory(draws).maxRssMiB }));
console.log(
  `Peak memory (max RSS): ${baseline.toFixed(0)} MiB after import; ${peaks
    .map(
      (p) =>
        `${p.peak.toFixed(0)} MiB at ${p.draws.toLocaleString('en-US')} draws (+${(p.peak - baseline).toFixed(0)})`,
    )
    .join('; ')}. Keeping 10^7 draws would take 76 MiB for the shares alone.`,
);

// 7. The goals.
const startGoals: [boolean, string][] = [
  [
    start.version <= 2 * start.node,
    `--version within 2× node -e 0: ${(start.version / start.node).toFixed(2)}×`,
  ],
  [
    hasNumpy && start.estimate <= 0.75 * start.numpy,
    `estimate at 10^4 draws within 0.75× the NumPy peer's whole process: ${(start.estimate / start.numpy).toFixed(2)}×`,
  ],
  [esm < 60, `importing the core under 60 ms: ${ms(esm)}`],
];
console.log('\nStart-up goals');
for (const [met, text] of startGoals) console.log(`${met ? 'met    ' : 'NOT met'}  ${text}`);
const million = whole.find((w) => w.draws === 1_000_000);
const tenThousand = batches.find((b) => b.count === 10_000);
const goals: [boolean, string][] = [
  [
    numpyPrecision !== undefined && numpyPrecision.ratio <= 0.2,
    `time to precision (0.01 points on both parameter bounds) within 0.2× NumPy's plain Monte Carlo: ${numpyPrecision ? `${numpyPrecision.ratio.toFixed(2)}× (the median of ${pairedRounds.length} paired round${pairedRounds.length === 1 ? "'s ratio" : "s' ratios"})` : '–'}`,
  ],
];
if (million)
  goals.push(
    [
      hasNumpy && million.library <= 0.8 * million.numpy,
      `whole-process estimate at 10^6 draws within 0.8× the NumPy peer: ${(million.library / million.numpy).toFixed(2)}×`,
    ],
    [
      million.library <= 1.25 * million.bare,
      `whole-process estimate at 10^6 draws within 1.25× the bare loop: ${(million.library / million.bare).toFixed(2)}×`,
    ],
  );
if (tenThousand)
  goals.push([
    tenThousand.time <= 1.5 * tenThousand.peer,
    `batch of 10,000 rows × 10^4 draws within 1.5× the NumPy loop: ${(tenThousand.time / tenThousand.peer).toFixed(2)}×`,
  ]);
console.log('\nGoals');
for (const [met, text] of goals) console.log(`${met ? 'met    ' : 'NOT met'}  ${text}`);
