/**
 * The command line's second thread (src/cli/helper.ts): a worker that draws scrambles of the
 * quasi-Monte Carlo run posted to it as the main thread draws the others, counts them all into
 * the quantile selection's buckets, and selects the parameter interval's quantiles
 * (src/uncertainty/counting.ts). One run, then the worker ends, so that its teardown overlaps the
 * rest of the estimate instead of delaying the process's exit. Built as dist/cli/counter.cjs:
 * the drawing and selection code alone, without zod or the rest of the command line.
 */
import { parentPort } from 'node:worker_threads';
import { countAlong, type SelectionJob } from '../uncertainty/counting.js';
import { drawKernel } from '../uncertainty/drawKernel.js';
import { drawAlongOf, type SharedJob } from '../uncertainty/simulate.js';

// The draw kernel compiled while the main thread loads and reads its input (the worker starts
// before them), not when the first scramble is drawn.
drawKernel();

parentPort?.once('message', (job: SelectionJob | SharedJob) => {
  countAlong(job, 'drawing' in job ? drawAlongOf(job) : undefined);
  process.exit(0);
});
