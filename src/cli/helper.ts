/**
 * The second thread of a long estimate (README "Speed"): a worker that counts the draws of a
 * quasi-Monte Carlo run into the quantile selection's buckets while the main thread draws them,
 * then selects one interval's quantiles (src/uncertainty/counting.ts). The run starts it once
 * its first scramble is drawn, and only for runs of at least SHARED_MIN_DRAWS draws; the
 * estimate is the same, bit for bit, with or without it.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SelectionHelper } from '../uncertainty/counting.js';

/** A helper thread, which the command line ends once its estimate is made. */
export interface CliHelper extends SelectionHelper {
  close(): void;
}

/** The built worker, beside the built command line (dist/cli/run.cjs). */
const WORKER = new URL('./counter.cjs', import.meta.url);

/**
 * A helper that starts a worker for the first job posted to it; none on a machine of one
 * processor, from the sources (no built worker) or with DIGITAL_ECONOMY_SHARE_THREADS=1. A
 * worker that cannot start or fails leaves the selection to the main thread.
 */
export function threadHelper(): CliHelper | undefined {
  if (process.env.DIGITAL_ECONOMY_SHARE_THREADS === '1' || availableParallelism() < 2)
    return undefined;
  if (!existsSync(WORKER)) return undefined;
  let worker: Worker | undefined;
  return {
    start(job) {
      if (worker) return;
      worker = new Worker(WORKER);
      // Never what keeps the process alive.
      worker.unref();
      worker.on('error', () => {});
      worker.postMessage(job);
    },
    close() {
      void worker?.terminate();
    },
  };
}
