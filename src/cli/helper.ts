/**
 * The second thread of a long estimate (README "Speed"): a worker that draws scrambles of a
 * quasi-Monte Carlo run as the main thread draws the others, counts them all into the quantile
 * selection's buckets, then selects one interval's quantiles (src/uncertainty/counting.ts). Used
 * for runs of SHARED_MIN_DRAWS to EXACT_LIMIT draws only (src/uncertainty/limits.ts); the
 * estimate is the same, bit for bit, with or without it. The command line's entry starts the
 * worker before it loads the rest when its arguments ask for such a run (`sharesLikely`), so
 * that the worker is ready when the draws begin.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SelectionHelper } from '../uncertainty/counting.js';
import { sharesDraws } from '../uncertainty/limits.js';

/** A helper thread, which the command line ends once its estimate is made. */
export interface CliHelper extends SelectionHelper {
  close(): void;
}

/** The built worker, beside the built command line (dist/cli/run.cjs, dist/cli/cli.cjs). */
const WORKER = new URL('./counter.cjs', import.meta.url);

/**
 * A helper whose worker starts now (`early`) or with the first job posted to it; none on a
 * machine of one processor, from the sources (no built worker) or with
 * DIGITAL_ECONOMY_SHARE_THREADS=1. A worker that cannot start or fails leaves the drawing and the
 * selection to the main thread.
 */
export function threadHelper(early = false): CliHelper | undefined {
  if (process.env.DIGITAL_ECONOMY_SHARE_THREADS === '1' || availableParallelism() < 2)
    return undefined;
  if (!existsSync(WORKER)) return undefined;
  let worker: Worker | undefined;
  let posted = false;
  const spawn = () => {
    const started = new Worker(WORKER);
    // Never what keeps the process alive.
    started.unref();
    started.on('error', () => {});
    return started;
  };
  if (early) worker = spawn();
  return {
    start(job) {
      if (posted) return;
      posted = true;
      worker ??= spawn();
      worker.postMessage(job);
    },
    close() {
      void worker?.terminate();
    },
  };
}

/**
 * Whether command-line arguments ask for an estimate whose draws are shared with a helper
 * (`estimate … --draws N`, N from SHARED_MIN_DRAWS to EXACT_LIMIT, neither `--precision` nor
 * `--sampler mc`): a hint, read before the arguments are parsed, for starting the worker early.
 * A wrong hint costs a worker started and ended unused, or one started later.
 */
export function sharesLikely(args: readonly string[]): boolean {
  if (args[0] !== 'estimate') return false;
  const value = (name: string) => {
    const at = args.indexOf(name);
    if (at >= 0) return args[at + 1];
    return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  if (value('--precision') !== undefined || value('--sampler') === 'mc') return false;
  const draws = Number(value('--draws'));
  return Number.isInteger(draws) && sharesDraws(draws);
}
