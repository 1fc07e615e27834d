// Peak memory of one estimate() with the draw count given as the first argument (0: import the
// package and read the input only, the baseline). Prints {"draws", "maxRssMiB", "share"} as JSON.
// Run by bench/run.ts in a fresh process each time, so that the peak belongs to this run alone.
import { readFileSync } from 'node:fs';
import { estimate } from 'digital-economy-share';

const draws = Number(process.argv[2] ?? 0);
const input = JSON.parse(
  readFileSync(new URL('../data/inputs/da-nang-2024.json', import.meta.url)),
);
const share = draws > 0 ? estimate(input, { draws, seed: 20240101 }).share : null;
// The peak of this program: Linux's VmHWM, which starts again at exec. The rusage maximum
// (maxRSS) does not: it keeps the peak of the forked copy of the parent (the bench, with its own
// heap), which hid this program's peak below the bench's.
const status = (() => {
  try {
    return readFileSync('/proc/self/status', 'utf8');
  } catch {
    return '';
  }
})();
const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
const maxRssMiB = (hwm === undefined ? process.resourceUsage().maxRSS : Number(hwm)) / 1024;
console.log(JSON.stringify({ draws, maxRssMiB, share }));
