/**
 * The bare loop as a process of its own, for the whole-process comparison of `npm run bench`:
 * reads {"model", "seed", "draws"} from the JSON file named on the command line and prints the
 * interval as JSON. bench/run.ts bundles it (esbuild) so that it starts as a plain Node script.
 */
import { readFileSync } from 'node:fs';
import { bareLoop } from './bare-loop.js';

const spec = JSON.parse(readFileSync(process.argv[2] as string, 'utf8'));
console.log(JSON.stringify(bareLoop(spec.model, spec.draws, spec.seed)));
