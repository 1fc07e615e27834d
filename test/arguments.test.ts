import { describe, expect, it } from 'vitest';
import {
  applicableTargets,
  calibrate,
  combineLocalities,
  estimate,
  estimateBatch,
  formatReport,
  forwardPath,
  InputError,
  inputTemplate,
  projectTrajectory,
  reportChart,
  scenario,
  shareInYear,
  targetPath,
  validate,
  yearReached,
} from '../src/index.js';
import { parseInputsCsv } from '../src/tables.js';
import { daNang2024, minimalDaNang } from './helpers.js';

/** The InputError message of a call that must fail; any other error fails the test. */
async function rejection(call: () => unknown): Promise<string> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  }
  throw new Error('expected an InputError');
}

const input = minimalDaNang();
const result = estimate(input, { draws: 200 });
const trajectory = projectTrajectory(daNang2024().history ?? []);

describe('every exported function throws InputError, and only InputError, for invalid arguments', () => {
  it.each([
    [
      'estimate(x, null)',
      () => estimate(input, null as never),
      'estimate options: (input): expected an object of options (draws, seed, sampler, precision, onProgress, reference, parameters), or nothing, received null',
    ],
    [
      'estimateBatch(rows, null)',
      () => estimateBatch([input], null as never),
      'estimateBatch options: (input): expected an object of options (draws, seed, sampler, precision, onProgress, reference, parameters, map), or nothing, received null',
    ],
    [
      'combineLocalities(xs, null)',
      () => combineLocalities([input, input], null as never),
      'combineLocalities options: (input): expected an object of options (locality), or nothing, received null',
    ],
    [
      'validate(null)',
      () => validate(null as never),
      'validate options: (input): expected an object of options (data, draws, seed, calibrate, reference, parameters), or nothing, received null',
    ],
    [
      'calibrate(null)',
      () => calibrate(null as never),
      'calibrate: (input): expected a list, received null',
    ],
    [
      'inputTemplate(null)',
      () => inputTemplate(null as never),
      'inputTemplate options: (input): expected an object of options (locality, year), or nothing, received null',
    ],
    [
      'projectTrajectory(null)',
      () => projectTrajectory(null as never),
      'projectTrajectory: (input): expected a list, received null',
    ],
    [
      'projectTrajectory(h, null)',
      () => projectTrajectory(daNang2024().history ?? [], null as never),
      'projectTrajectory options: (input): expected an object of options (to), or nothing, received null',
    ],
    [
      'yearReached(null, 0.3)',
      () => yearReached(null as never, 0.3),
      'yearReached: trajectory: expected a trajectory (the result of projectTrajectory), received null',
    ],
    [
      'yearReached(t, NaN)',
      () => yearReached(trajectory, Number.NaN),
      'yearReached: level: expected a number, received NaN',
    ],
    [
      'shareInYear(null, 2030)',
      () => shareInYear(null as never, 2030),
      'shareInYear: trajectory: expected a trajectory (the result of projectTrajectory), received null',
    ],
    [
      'targetPath(NaN, …)',
      () => targetPath(Number.NaN, 2024, 0.3, 2030),
      'targetPath: now: expected a number, received NaN',
    ],
    [
      'applicableTargets(null)',
      () => applicableTargets(null as never),
      'applicableTargets: locality: expected a text, received null',
    ],
    [
      'scenario(x, null)',
      () => scenario(input, null as never),
      'scenario options: (input): expected an object of options (grdpGrowth, ictRevenueGrowth, itWorkforceGrowth, target, by, reference, parameters), or nothing, received null',
    ],
    [
      'forwardPath(x, null, 2030)',
      () => forwardPath(input, null as never, 2030),
      'forwardPath rates: (input): expected an object of options (grdpGrowth, ictRevenueGrowth, itWorkforceGrowth), or nothing, received null',
    ],
    [
      'formatReport(r, null)',
      () => formatReport(result, null as never),
      'formatReport: (input): expected an object of options (format, lang, excel), or nothing, received null',
    ],
    [
      'reportChart(r, null)',
      () => reportChart(result, null as never),
      'reportChart options: (input): expected an object of options (lang, width), or nothing, received null',
    ],
    [
      'reportChart(r, { lang: "de" })',
      () => reportChart(result, { lang: 'de' as never }),
      'reportChart options: lang: expected one of "en", "vi", "fr", received "de" (string)',
    ],
    [
      'projectTrajectory(h, { to: 1e9 }) (it ran Node out of memory)',
      () => projectTrajectory(daNang2024().history ?? [], { to: 1e9 }),
      'projectTrajectory options: to: expected a whole number from 1990 to 2100, received 1000000000 (number)',
    ],
    [
      'projectTrajectory(h, { to: 2030.5 }) (a year, not a count to round)',
      () => projectTrajectory(daNang2024().history ?? [], { to: 2030.5 }),
      'projectTrajectory options: to: expected a whole number from 1990 to 2100, received 2030.5 (number); give the calendar year, e.g. 2024',
    ],
    [
      'forwardPath(x, rates, 1e9) (it would fill memory)',
      () => forwardPath(input, { grdpGrowth: 0.08 }, 1e9),
      'forwardPath: to: expected a year from 2024 to 2100, received 1000000000 (number)',
    ],
    [
      'parseInputsCsv("")',
      () => parseInputsCsv(''),
      'CSV: (input): expected a CSV text with a header row, received an empty file',
    ],
    [
      'parseInputsCsv(42)',
      () => parseInputsCsv(42 as never),
      'CSV: (input): expected a CSV text with a header row, received 42 (number)',
    ],
  ] as [string, () => unknown, string][])('%s', async (_, call, message) => {
    expect(await rejection(call)).toBe(message);
  });
});

describe('an unknown option key is an InputError with the closest known name, never ignored', () => {
  it('estimate(x, { draw: 1e6 }) asks "did you mean draws?" instead of running 65,536 draws', async () => {
    expect(await rejection(() => estimate(input, { draw: 1e6 } as never))).toBe(
      'estimate options: draw: expected one of the options draws, seed, sampler, precision, onProgress, reference, parameters, received an unknown option "draw"; did you mean "draws"?',
    );
  });

  it('names every unknown key, in the reader’s language', async () => {
    try {
      estimateBatch([input], { sed: 1, drawz: 2 } as never);
      expect.unreachable();
    } catch (error) {
      const e = error as InputError;
      expect(e.issues.map((i) => [i.code, i.path])).toEqual([
        ['unknown-field', ['sed']],
        ['unknown-field', ['drawz']],
      ]);
      expect(e.detailIn('vi')).toContain('một tùy chọn không xác định "sed"');
    }
  });

  it('accepts every documented option', () => {
    expect(() =>
      estimate(input, { draws: 200, seed: 1, onProgress: () => {}, parameters: {} }),
    ).not.toThrow();
    expect(() => inputTemplate({ locality: 'Quang Ninh', year: 2024 })).not.toThrow();
    expect(() => formatReport(result, { format: 'json', lang: 'vi' })).not.toThrow();
  });
});
