/**
 * The command line's second thread (src/cli/helper.ts): a worker that counts the draws of the
 * quasi-Monte Carlo run posted to it while the main thread draws them, and selects the parameter
 * interval's quantiles (src/uncertainty/counting.ts). One run, then the worker ends, so that its
 * teardown overlaps the rest of the estimate instead of delaying the process's exit. Built as
 * dist/cli/counter.cjs: the selection's code alone, without zod or the rest of the command line.
 */
import { parentPort } from 'node:worker_threads';
import { countAlong, type SelectionJob } from '../uncertainty/counting.js';

parentPort?.once('message', (job: SelectionJob) => {
  countAlong(job);
  process.exit(0);
});
