import { describe, expect, it } from 'vitest';
import { methodErrorOf, resolveEstimateOptions } from '../src/estimate/estimate.js';
import { estimate, InputError } from '../src/index.js';
import { setupFor } from '../src/model/resolveSetup.js';
import { SobolRun, simulate } from '../src/uncertainty/simulate.js';
import { daNang2024, runCli } from './helpers.js';

/** The largest Monte Carlo standard error of the printed bounds of a result. */
const largest = (share: ReturnType<typeof estimate>['share']) => {
  const e = share.monteCarloError;
  return Math.max(e.low, e.median, e.high, e.parameterLow, e.parameterHigh);
};

describe('estimate(input, { precision })', () => {
  it('stops at the first of 4,096, 8,192, … draws whose errors are all within it, and is that run exactly', () => {
    const precision = 0.0002; // 0.02 points
    const result = estimate(daNang2024(), { precision });
    const { draws } = result.provenance;
    expect(Math.log2(draws / 4096) % 1).toBe(0);
    expect(largest(result.share)).toBeLessThanOrEqual(precision);
    expect(largest(estimate(daNang2024(), { draws: draws / 2 }).share)).toBeGreaterThan(precision);
    expect(estimate(daNang2024(), { draws }).share).toEqual(result.share);
    expect(result.provenance.precision).toEqual({
      target: precision,
      reached: true,
      maxDraws: 16_777_216,
    });
    expect(result.checks.map((c) => c.code)).not.toContain('precision-not-reached');
  });

  it('runs to a precision under plain Monte Carlo too, each count a fresh run', () => {
    const result = estimate(daNang2024(), { precision: 0.001, sampler: 'mc' });
    const { draws } = result.provenance;
    expect(largest(result.share)).toBeLessThanOrEqual(0.001);
    expect(estimate(daNang2024(), { draws, sampler: 'mc' }).share).toEqual(result.share);
    // Plain Monte Carlo needs more draws than the scrambles for the same precision.
    expect(draws).toBeGreaterThan(estimate(daNang2024(), { precision: 0.001 }).provenance.draws);
  });

  it('warns, with the arithmetic, when the most draws do not reach it', () => {
    const result = estimate(daNang2024(), { precision: 0.00001, draws: 8192 });
    expect(result.provenance.draws).toBe(8192);
    expect(result.provenance.precision).toEqual({
      target: 0.00001,
      reached: false,
      maxDraws: 8192,
    });
    const check = result.checks.find((c) => c.code === 'precision-not-reached');
    const error = (100 * largest(result.share)).toFixed(4);
    expect(check).toMatchObject({ severity: 'warning' });
    expect(check?.message).toBe(
      `the Monte Carlo error of the bounds is still ±${error} pts after 8,192 draws, above the precision asked for (±0.001 pts): give more draws (--draws) or ask for less precision`,
    );
  });

  it('refuses a sampler or a precision it does not know, naming the field and the range', () => {
    const message = (options: object) => {
      try {
        estimate(daNang2024(), options as never);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(message({ sampler: 'qmc' })).toBe(
      'estimate options: sampler: expected one of "sobol", "mc", received "qmc" (string)',
    );
    expect(message({ precision: 0 })).toBe(
      'estimate options: precision: expected a number from 0.000001 to 0.05, received 0 (number)',
    );
  });
});

describe('SobolRun: a quasi-Monte Carlo run extended instead of restarted', () => {
  it('gives, after extend(1,000) then extend(5,003), the interval of a fresh run of 5,003 draws', () => {
    const settings = resolveEstimateOptions({}, 'test');
    const setup = setupFor(daNang2024(), settings, 'test');
    const methodError = methodErrorOf(settings.reference);
    const run = new SobolRun(setup, 9, methodError, 8000);
    run.extend(1000);
    expect(run.interval()).toEqual(simulate(setup, 1000, 9, methodError));
    run.extend(5003);
    expect(run.interval()).toEqual(simulate(setup, 5003, 9, methodError));
    expect(() => run.extend(8001)).toThrow(RangeError);
  });
});

describe('digital-economy-share estimate --sampler, --precision', () => {
  it('records the sampler and the draws a precision took', async () => {
    const mc = await runCli([
      'estimate',
      '--example',
      'da-nang-2024',
      '--sampler',
      'mc',
      '--draws',
      '2000',
      '--format',
      'json',
    ]);
    expect(mc.code).toBe(0);
    expect(JSON.parse(mc.stdout).provenance).toMatchObject({ sampler: 'mc', draws: 2000 });
    const precise = await runCli([
      'estimate',
      '--example',
      'da-nang-2024',
      '--precision',
      '0.001',
      '--format',
      'json',
    ]);
    expect(JSON.parse(precise.stdout).provenance).toMatchObject({
      sampler: 'sobol',
      draws: 4096,
      precision: { target: 0.001, reached: true },
    });
  });

  it('exits 2 naming --sampler for an unknown one', async () => {
    const { code, stderr } = await runCli([
      'estimate',
      '--example',
      'da-nang-2024',
      '--sampler',
      'qmc',
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'digital-economy-share: --sampler: expected one of "sobol", "mc", received "qmc" (string)\n',
    );
  });
});
