import { emptyOutput, evaluate, INDEX } from './model.js';
import { quantileSink } from './quantiles.js';
import { streamSeed, triangular, Xoshiro128StarStar } from './random.js';
import type { Setup } from './setup.js';

/** Draws between two progress reports. */
const PROGRESS_CHUNK = 1 << 16;

/** Median and 5–95% interval of the share. */
export interface Interval {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Seeded Monte Carlo of the share (docs/method.md §4). Each draw takes every variable whose range
 * is not a single point from a triangular distribution on [low, high] with its mode at the
 * default value, then evaluates the model. Each variable draws from its own xoshiro128** stream,
 * seeded from `seed` and the variable's name (`streamSeed`), so giving one
 * input a range leaves every other variable's draws as they were. Same setup, seed and draws:
 * same numbers, bit for bit. Memory does not grow with the draw count beyond EXACT_LIMIT.
 */
export function simulate(
  setup: Setup,
  draws: number,
  seed: number,
  onProgress?: (done: number, total: number) => void,
): Interval {
  const vector = Float64Array.from(setup.base);
  const drawn = setup.variables.filter((v) => v.high > v.low);
  const streams = drawn.map((v) => new Xoshiro128StarStar(streamSeed(seed, v.name)));
  const indices = Int32Array.from(drawn.map((v) => INDEX[v.name]));
  const lows = Float64Array.from(drawn.map((v) => v.low));
  const modes = Float64Array.from(drawn.map((v) => v.value));
  const highs = Float64Array.from(drawn.map((v) => v.high));
  const count = drawn.length;
  const out = emptyOutput();
  const sink = quantileSink(draws);
  // Draws in chunks, so that progress can be reported between them without a test in the hot loop.
  for (let start = 0; start < draws; start += PROGRESS_CHUNK) {
    const end = Math.min(draws, start + PROGRESS_CHUNK);
    for (let d = start; d < end; d++) {
      for (let k = 0; k < count; k++) {
        const u = (streams[k] as Xoshiro128StarStar).next();
        vector[indices[k] as number] = triangular(
          u,
          lows[k] as number,
          modes[k] as number,
          highs[k] as number,
        );
      }
      sink.add(evaluate(vector, setup.plan, out).total);
    }
    onProgress?.(end, draws);
  }
  const [low, median, high] = sink.quantiles([0.05, 0.5, 0.95]) as [number, number, number];
  return { median, low, high };
}
