import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharesLikely } from '../src/cli/helper.js';
import { methodErrorOf, resolveEstimateOptions } from '../src/estimate/estimate.js';
import { StudentTInverse } from '../src/math/studentT.js';
import { setupFor } from '../src/model/resolveSetup.js';
import {
  claimScramble,
  countAlong,
  type DrawAlong,
  finishColumns,
  markDrawn,
  type SelectionHelper,
  type SelectionJob,
  selectionJob,
} from '../src/uncertainty/counting.js';
import { type Segment, segmentQuantiles } from '../src/uncertainty/quantiles.js';
import { drawAlongOf, type SharedJob, simulate } from '../src/uncertainty/simulate.js';
import { daNang2024 } from './helpers.js';

// The quantile selection shared by two threads (src/uncertainty/counting.ts). The protocol runs
// here on one thread, one part after the other (every scramble marked drawn, then the helper's
// part, then the caller's), and on a real worker (dist/cli/counter.cjs); in each case the
// quantiles must be segmentQuantiles' on the same draws, bit for bit.

const AT = [0.05, 0.5, 0.95];

/** The job's columns as segments, and segmentQuantiles of each: what the protocol must give. */
function expected(job: SelectionJob) {
  return job.columns.map((values) => {
    let at = 0;
    const segments: Segment[] = job.sizes.map((m) => {
      at += m;
      return { values, from: at - m, to: at };
    });
    return segmentQuantiles(segments, AT);
  });
}

/** A job of these sizes and columns, filled by `value(column, i)`, every scramble marked drawn. */
function filledJob(
  sizes: readonly number[],
  columns: number,
  value: (column: number, i: number) => number,
): SelectionJob {
  const job = selectionJob(sizes, columns, AT);
  job.columns.forEach((column, c) => {
    for (let i = 0; i < column.length; i++) column[i] = value(c, i);
  });
  sizes.forEach((_, r) => {
    markDrawn(job, r);
  });
  return job;
}

/** Draws of a share: in (0, 1), with ties (a coarse grid) when `coarse`. */
const draw = (seed: number, coarse: boolean) => (c: number, i: number) => {
  const x = Math.sin(seed * 12.9898 + c * 78.233 + i * 37.719) * 43758.5453;
  const u = x - Math.floor(x);
  return coarse ? Math.round(u * 20) / 20 : 0.1 + 0.3 * u * u;
};

/** Fill scramble r of a job, in every column, by `value(column, i)` (i the draw's place in the column). */
function fillScramble(job: SelectionJob, r: number, value: (column: number, i: number) => number) {
  const from = job.sizes.slice(0, r).reduce((a, b) => a + b, 0);
  job.columns.forEach((column, c) => {
    for (let i = from; i < from + (job.sizes[r] as number); i++) column[i] = value(c, i);
  });
}

const arbitrarySizes = fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 2, maxLength: 16 });

describe('the shared selection (counting.ts)', () => {
  it('gives segmentQuantiles of each column when the helper counts and selects the first', () => {
    fc.assert(
      fc.property(
        arbitrarySizes,
        fc.integer({ min: 1, max: 2 }),
        fc.integer(),
        fc.boolean(),
        (sizes, columns, seed, coarse) => {
          const job = filledJob(sizes, columns, draw(seed, coarse));
          countAlong(job);
          expect(finishColumns(job)).toEqual(expected(job));
        },
      ),
    );
  });

  it('gives them for scrambles fine enough to be counted alone and summed (long runs)', () => {
    // 16 scrambles of 33,000: each scramble's own buckets are the pooled ones, whose counts the
    // helper sums as it counts (the path of an estimate at 10^6 draws).
    const job = filledJob(
      Array.from({ length: 16 }, () => 33_000),
      2,
      draw(11, false),
    );
    countAlong(job);
    expect(finishColumns(job)).toEqual(expected(job));
  });

  it('selects alone when the helper never joins, or joins after the caller has finished', () => {
    fc.assert(
      fc.property(arbitrarySizes, fc.integer(), (sizes, seed) => {
        const job = filledJob(sizes, 2, draw(seed, false));
        expect(finishColumns(job)).toEqual(expected(job));
        // The job is the caller's now: a helper that comes late leaves it untouched.
        const counts = Array.from(job.counts[0]?.cells ?? []);
        countAlong(job);
        expect(Array.from(job.counts[0]?.cells ?? [])).toEqual(counts);
      }),
    );
  });

  it('selects alone when the first scramble cannot be bucketed (all its draws equal)', () => {
    // The helper fails to plan and flags it; the caller reads every draw itself.
    const job = filledJob([5, 7, 9], 2, (c, i) => (i < 5 ? 0.25 : 0.2 + 0.01 * ((i * 7 + c) % 13)));
    countAlong(job);
    expect(finishColumns(job)).toEqual(expected(job));
  });

  it('gives them when the helper draws the scrambles the caller has not taken', () => {
    // On one thread: the caller takes and draws the first `mine` scrambles, then the helper
    // draws every other one between its counts; the result is segmentQuantiles' all the same.
    // (A first scramble of one draw cannot be bucketed: the helper would fail at once.)
    fc.assert(
      fc.property(
        arbitrarySizes.map(([first = 2, ...rest]) => [Math.max(2, first), ...rest]),
        fc.integer({ min: 1, max: 2 }),
        fc.integer(),
        fc.nat(16),
        (sizes, columns, seed, taken) => {
          const value = draw(seed, false);
          const job = selectionJob(sizes, columns, AT);
          const mine = Math.max(1, Math.min(taken, sizes.length));
          for (let k = 0; k < mine; k++) {
            const r = claimScramble(job);
            fillScramble(job, r, value);
            markDrawn(job, r);
          }
          const drawnByHelper: number[] = [];
          const drawAlong: DrawAlong = (claim, drawn) => {
            for (let r = claim(); r < sizes.length; r = claim()) {
              fillScramble(job, r, value);
              drawnByHelper.push(r);
              drawn(r);
            }
          };
          countAlong(job, drawAlong);
          expect(drawnByHelper).toEqual(sizes.map((_, r) => r).slice(mine));
          expect(claimScramble(job)).toBeGreaterThanOrEqual(sizes.length);
          expect(finishColumns(job)).toEqual(expected(job));
        },
      ),
    );
  });

  it('redraws a scramble the helper took and never drew, then selects alone', () => {
    const sizes = [40, 50, 60, 70, 80];
    const value = draw(11, false);
    const job = selectionJob(sizes, 2, AT);
    fillScramble(job, claimScramble(job), value); // the caller's scramble 0
    markDrawn(job, 0);
    // The helper draws scramble 1, takes scramble 2 and fails.
    countAlong(job, (claim, drawn) => {
      const r = claim();
      fillScramble(job, r, value);
      drawn(r);
      claim();
      throw new Error('the helper fails');
    });
    // The caller draws the rest it takes (3 and 4), and redraws 2 once it finds the failure.
    for (let r = claimScramble(job); r < sizes.length; r = claimScramble(job)) {
      fillScramble(job, r, value);
      markDrawn(job, r);
    }
    const redrawn: number[] = [];
    const quantiles = finishColumns(job, (r) => {
      redrawn.push(r);
      fillScramble(job, r, value);
    });
    expect(redrawn).toEqual([2]);
    expect(quantiles).toEqual(expected(job));
  });

  it('throws, never selects from a scramble not drawn, when there is nothing to redraw it', () => {
    const job = selectionJob([10, 10], 1, AT);
    fillScramble(job, claimScramble(job), draw(1, false));
    markDrawn(job, 0);
    expect(() => finishColumns(job)).toThrow('scramble 1 of a shared run was never drawn');
  });

  it('reads the helper’s selection of the first column (a wrong one shows)', () => {
    const job = filledJob([300, 200, 250], 2, draw(7, false));
    countAlong(job);
    const right = expected(job);
    job.result[0] = -1; // the first column's pooled 5% as the helper left it
    const [first, second] = finishColumns(job);
    expect(first?.pooled[0]).toBe(-1);
    expect(first?.pooled.slice(1)).toEqual(right[0]?.pooled.slice(1));
    expect(second).toEqual(right[1]);
  });
});

describe('a shared run (simulate with a helper)', () => {
  const settings = resolveEstimateOptions({}, 'test');
  const methodError = methodErrorOf(settings.reference);
  const setup = setupFor(daNang2024(), settings, 'test');
  const DRAWS = 600_000;
  const alone = simulate(setup, DRAWS, 5, methodError);
  /** A helper on this thread: it runs its part at once, drawing through `claim`'s wrapper. */
  const helper = (wrap: (claim: () => number) => () => number): SelectionHelper => ({
    start(job) {
      const drawAlong = drawAlongOf(job as SharedJob);
      countAlong(job, (claim, drawn) => drawAlong(wrap(claim), drawn));
    },
  });

  it('gives the interval of a run alone when the helper draws every scramble', () => {
    let claims = 0;
    const all = helper((claim) => () => {
      claims++;
      return claim();
    });
    expect(simulate(setup, DRAWS, 5, methodError, undefined, 'sobol', undefined, all)).toEqual(
      alone,
    );
    expect(claims).toBe(17); // the 16 scrambles, then none left
  });

  it('gives it when the helper fails after taking a scramble (the caller redraws it)', () => {
    const failing = helper((claim) => {
      let claims = 0;
      return () => {
        const r = claim();
        if (++claims === 3) throw new Error('the helper fails');
        return r;
      };
    });
    expect(simulate(setup, DRAWS, 5, methodError, undefined, 'sobol', undefined, failing)).toEqual(
      alone,
    );
  });

  it('reports progress up to every draw, whichever thread draws them', () => {
    const seen = (helper?: SelectionHelper) => {
      const reports: number[] = [];
      simulate(
        setup,
        DRAWS,
        5,
        methodError,
        (done, total) => {
          expect(total).toBe(DRAWS);
          reports.push(done);
        },
        'sobol',
        undefined,
        helper,
      );
      return reports;
    };
    const ascending = (reports: number[]) =>
      reports.every((r, i) => i === 0 || r >= (reports[i - 1] as number));
    // A helper that never joins: this thread draws all, chunk by chunk.
    const alone = seen({ start() {} });
    expect(ascending(alone)).toBe(true);
    expect(alone.at(-1)).toBe(DRAWS);
    expect(alone.filter((r) => r === DRAWS)).toHaveLength(1);
    // A helper that draws every scramble: one report, the last.
    expect(seen(helper((claim) => claim))).toEqual([DRAWS]);
  });

  it('posts the t tables, which a helper copies instead of building them', () => {
    const built = new StudentTInverse(7);
    const copied = new StudentTInverse(7, built.tables);
    expect(copied.tables).toEqual(built.tables);
    expect(copied.tables).not.toBe(built.tables);
    expect([0.001, 0.3, 0.5, 0.97].map((u) => copied.quantile(u))).toEqual(
      [0.001, 0.3, 0.5, 0.97].map((u) => built.quantile(u)),
    );
    expect(() => new StudentTInverse(7, new Float64Array(3))).toThrow(
      'StudentTInverse tables of 4100 numbers, got 3',
    );
  });
});

describe('the worker (dist/cli/counter.cjs)', () => {
  const root = join(import.meta.dirname, '..');
  const WORKER = join(root, 'dist/cli/counter.cjs');
  beforeAll(() => {
    if (!existsSync(WORKER))
      execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'ignore' });
  }, 120_000);

  it('counts a posted job and selects its first column, then ends', async () => {
    const job = filledJob(
      Array.from({ length: 16 }, () => 4096),
      2,
      draw(3, false),
    );
    const worker = new Worker(WORKER);
    const ended = new Promise<number>((resolve) => worker.on('exit', resolve));
    worker.postMessage(job);
    expect(await ended).toBe(0);
    // Its part is done: the caller finds the counts and the first column's quantiles.
    expect(Atomics.load(job.state, 0)).toBe(1); // joined
    expect(finishColumns(job)).toEqual(expected(job));
  });

  /** The built command line's estimate of Da Nang 2024 at `draws` draws, with these variables. */
  const run = (draws: number, env: Record<string, string>) =>
    spawnSync(
      process.execPath,
      [
        join(root, 'dist/cli/cli.cjs'),
        'estimate',
        'data/inputs/da-nang-2024.json',
        '--format',
        'json',
        '--draws',
        String(draws),
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DIGITAL_ECONOMY_SHARE_CACHE: 'off', ...env },
      },
    );

  it('is started by the command line for a long estimate only, from beside its code', () => {
    // A preload that reports each worker started (test/fixtures/watch-workers.cjs).
    const watched = { NODE_OPTIONS: `--require ${join(root, 'test/fixtures/watch-workers.cjs')}` };
    const started = (draws: number, env: Record<string, string> = {}) =>
      run(draws, { ...watched, ...env }).stderr.match(/^worker started: .*$/gm) ?? [];
    expect(started(600_000)).toEqual([
      `worker started: ${pathToFileURL(join(root, 'dist/cli/counter.cjs')).href}`,
    ]);
    expect(started(524_287)).toEqual([]);
    expect(started(600_000, { DIGITAL_ECONOMY_SHARE_THREADS: '1' })).toEqual([]);
  }, 30_000);

  it('is started before the command line loads for the arguments of a shared run', () => {
    const shared = ['estimate', 'in.json', '--draws', '600000'];
    expect(sharesLikely(shared)).toBe(true);
    expect(sharesLikely(['estimate', 'in.json', '--draws=1000000', '--format', 'json'])).toBe(true);
    expect(sharesLikely(['estimate', 'in.json', '--draws', '524287'])).toBe(false);
    expect(sharesLikely(['estimate', 'in.json', '--draws', '1000001'])).toBe(false);
    expect(sharesLikely(['estimate', 'in.json'])).toBe(false); // 65,536 by default
    expect(sharesLikely(['estimate', 'in.json', '--draws', '6e5'])).toBe(true);
    expect(sharesLikely(['estimate', 'in.json', '--draws', 'many'])).toBe(false);
    expect(sharesLikely([...shared, '--precision', '0.001'])).toBe(false);
    expect(sharesLikely([...shared, '--sampler', 'mc'])).toBe(false);
    expect(sharesLikely(['batch', 'in.csv', '--draws', '600000'])).toBe(false);
  });

  it('gives the command line the same estimate with and without it (DIGITAL_ECONOMY_SHARE_THREADS=1)', () => {
    const threads = run(600_000, {});
    const one = run(600_000, { DIGITAL_ECONOMY_SHARE_THREADS: '1' });
    expect(threads.status).toBe(0);
    expect(threads.stderr).toBe('');
    expect(threads.stdout).toBe(one.stdout);
    expect(JSON.parse(threads.stdout).provenance.draws).toBe(600_000);
  }, 30_000);
});
