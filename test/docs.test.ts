import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimate } from '../src/index.js';
import { daNang2024, minimalDaNang } from './helpers.js';

// The figures README.md and docs/method.md §7 quote, recomputed: a document may not quote a
// number that no command reproduces.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const method = readFileSync(new URL('../docs/method.md', import.meta.url), 'utf8');
const pct = (share: number, digits = 1) => `${(share * 100).toFixed(digits)}%`;
const pts = (delta: number) =>
  `${delta >= 0 ? '+' : '−'}${Math.abs(delta * 100).toFixed(1)} points`;

describe('figures quoted in the documents', () => {
  const result = estimate(daNang2024());
  const target = (id: string) => result.targets.find((t) => t.id === id);

  it('README quotes the demo: the estimate, its interval, the national average', () => {
    expect(readme).toContain(`estimate of **${pct(result.share.point)}** of GRDP`);
    expect(readme).toContain(
      `(5–95% predictive interval ${pct(result.share.low).slice(0, -1)}–${pct(result.share.high)})`,
    );
    expect(readme).toContain(
      `averages of\n**${pct(result.national.share)}** (the ministry's series`,
    );
    // The other series: its national share as published, and the same inputs in that frame.
    const gso = result.byFrame.gso;
    expect(readme).toContain(`**${pct(gso.national.share, 2)}** (the statistics office's,`);
    expect(readme).toContain(`where the same inputs give ${pct(gso.point)})`);
    expect(readme).toContain(
      `result.byFrame.gso;        // { point: ${gso.point.toFixed(4)}, …, national: { share: ${gso.national.share}, year: ${gso.national.year}, gap: ${gso.national.gap.toFixed(4)}, … } }`,
    );
    const minimal = estimate(minimalDaNang());
    const r4 = (x: number) => x.toFixed(4);
    const p = minimal.share.parameterInterval;
    expect(readme).toContain(
      `{ point: ${r4(minimal.share.point)}, median: ${r4(minimal.share.median)}, low: ${r4(minimal.share.low)}, high: ${r4(minimal.share.high)}, parameterInterval: { low: ${r4(p.low)}, high: ${r4(p.high)} }, … }`,
    );
  });

  it('docs/method.md §7 quotes the interval, the gap and the target arithmetic', () => {
    expect(method).toContain(
      `5–95% predictive interval is **${pct(result.share.low).slice(0, -1)}–${pct(result.share.high)}** (median ${pct(result.share.median)})`,
    );
    expect(method).toContain(
      `the parameter ranges alone give ${pct(result.share.parameterInterval.low).slice(0, -1)}–${pct(result.share.parameterInterval.high)}`,
    );
    expect(method).toContain(
      `the gap is ${pts(result.national.gap)} (ratio ${result.national.ratio.toFixed(2)})`,
    );
    const national2030 = target('vn-2030');
    expect(method).toContain(
      `needs ${pts(national2030?.gap ?? 0)}, ${pct(national2030?.requiredAnnualGrowth ?? 0)} a year`,
    );
    const city2030 = target('da-nang-2030');
    expect(method).toContain(
      `needs ${pts(city2030?.gap ?? 0).replace(' points', '')} to ${pts(city2030?.toHigh?.gap ?? 0)}, ${pct(city2030?.requiredAnnualGrowth ?? 0)} to ${pct(city2030?.toHigh?.requiredAnnualGrowth ?? 0)} a year`,
    );
  });

  it('docs/method.md §7 quotes the trajectory: pace, years reached, 2030 projection and interval', () => {
    const last = result.trajectory?.points.at(-1);
    expect(method).toContain(
      `rises by ${((result.trajectory?.pace ?? 0) * 100).toFixed(2)} points a year`,
    );
    expect(method).toContain(
      `35% is reached in ${target('da-nang-2030')?.yearReached} and 40% in\n${target('da-nang-2030')?.toHigh?.yearReached}`,
    );
    expect(method).toContain(
      `(${pct(last?.share ?? 0)} projected for 2030, interval ${pct(last?.low ?? 0).slice(0, -1)}–${pct(last?.high ?? 0)})`,
    );
  });

  it('docs/method.md §7 quotes the sensitivity, the range example and the checks', () => {
    const swing = (name: string) => result.sensitivity.find((s) => s.name === name);
    expect(method).toContain(
      `β moves the estimate from ${pct(swing('beta')?.low ?? 0)} to ${pct(swing('beta')?.high ?? 0)}`,
    );
    expect(method).toContain(
      `from\n${pct(swing('nationalItWorkforceShare')?.low ?? 0)} to ${pct(swing('nationalItWorkforceShare')?.high ?? 0)}`,
    );
    const ranged = estimate({
      ...daNang2024(),
      ictRevenue: { value: 39888, low: 35000, high: 45000 },
    });
    const p = (r: typeof result) => r.share.parameterInterval;
    const width = (r: typeof result) => ((p(r).high - p(r).low) * 100).toFixed(2);
    expect(method).toContain(
      `parameter interval to ${pct(p(ranged).low).slice(0, -1)}–${pct(p(ranged).high)} (${width(ranged)} points against ${width(result)})`,
    );
    expect(method).toContain('1,087,660 inhabitants');
    expect(result.checks[0]?.message).toContain('1,087,660 inhabitants implied');
    const withValueAdded = estimate({ ...minimalDaNang(), ictValueAdded: 10261 });
    expect(method).toContain(`the core share would be ${pct(withValueAdded.components.core, 2)}`);
  });
});

describe('scenario figures quoted in docs/method.md §7', () => {
  it('quotes the ICT revenue and IT workforce growth that reach 35% by 2030 at 10% GRDP growth', async () => {
    const { scenario } = await import('../src/index.js');
    const s = scenario(daNang2024(), { target: 0.35, by: 2030, grdpGrowth: 0.1 });
    expect(method).toContain(
      `35% by 2030 takes ICT revenue growth of ${pct(s.requiredIctRevenueGrowth ?? 0)} a year`,
    );
    expect(method).toContain(
      `IT workforce growth of ${pct(s.requiredItWorkforceGrowth ?? 0)} a year, which would put\n${pct(s.itWorkforceShareBy ?? 0)} of the labour force`,
    );
  });
});

describe('scenario levels and Monte Carlo error quoted in docs/method.md', () => {
  const flatMethod = method.replace(/\s+/g, ' ');
  const thousands = (x: number, to: number) => (Math.round(x / to) * to).toLocaleString('en-US');

  it('quotes the levels the Da Nang 35%-by-2030 scenario implies (§5)', async () => {
    const { scenario } = await import('../src/index.js');
    const s = scenario(daNang2024(), { target: 0.35, by: 2030, grdpGrowth: 0.1 });
    const r = s.revenueLever;
    const w = s.workforceLever;
    expect(flatMethod).toContain(
      `39,888 × ${(1 + (s.requiredIctRevenueGrowth ?? 0)).toFixed(3)}^6 ≈ ${thousands(r?.by ?? 0, 1000)} bn VND in 2030, ${(r?.multipleOfToday ?? 0).toFixed(1)}× today's and ${(r?.ofGrdp ?? 0).toFixed(2)}× the 2030 GRDP of ${thousands(r?.grdpBy ?? 0, 1)}`,
    );
    expect(flatMethod).toContain(`beyond the nation's ${(r?.seen.ratio ?? 0).toFixed(2)}`);
    expect(flatMethod).toContain(
      `or ${thousands(w?.itWorkersBy ?? 0, 1000)} IT workers, ${pct(w?.shareBy ?? 0)} of the labour force`,
    );
  });

  it('quotes the Monte Carlo error of the bounds: plain Monte Carlo at 10,000 draws, the default (§4)', () => {
    const e = estimate(daNang2024(), { draws: 10_000, sampler: 'mc' }).share.monteCarloError;
    expect(flatMethod).toContain(
      `Nang 2024 at 10,000 draws: ±${(e.low * 100).toFixed(2)} points on the predictive 5% bound, ±${(e.high * 100).toFixed(2)} on the 95%`,
    );
    // The 5% bound's distance from its rounding edge, and what other seeds print.
    const low = estimate(daNang2024()).share.low * 100;
    expect(flatMethod).toContain(
      `5% bound, ${low.toFixed(3)}%, is ${(19.05 - low).toFixed(3)} points below 19.05%`,
    );
    const lows = [1, 2, 3, 4, 5, 6, 7, 8].map(
      (seed) => estimate(daNang2024(), { seed }).share.low * 100,
    );
    expect(flatMethod).toContain(
      `the seeds 1 to 8 give ${Math.min(...lows).toFixed(2)}–${Math.max(...lows).toFixed(2)}%, so 19.0% or, for one of them, 19.1%`,
    );
    expect(lows.filter((x) => x >= 19.05).length).toBe(1);
    const d = estimate(daNang2024()).share.monteCarloError;
    const p3 = (x: number) => (x * 100).toFixed(3);
    expect(flatMethod).toContain(
      `(predictive ±${p3(d.low)} / ±${p3(d.high)}, parameter ±${p3(d.parameterLow)} / ±${p3(d.parameterHigh)})`,
    );
  });
});

describe('validation figures quoted in README and docs/method.md', () => {
  it('quotes what validate prints: rows, MAE, bias, coverage, national self-check, lacking, calibration', async () => {
    const { validate } = await import('../src/index.js');
    const v = await validate({ calibrate: ['beta'] });
    const points = (x: number) =>
      `${x < 0 || Object.is(x, -0) ? '−' : '+'}${Math.abs(x * 100).toFixed(2)} pts`;
    const mae = (x: number) => `${(x * 100).toFixed(2)} pts`;
    const flat = readme.replace(/\s+/g, ' ');
    const flatMethod = method.replace(/\s+/g, ' ');
    expect(flat).toContain(`**${v.summary.n} rows**`);
    expect(flat).toContain(
      `mean absolute error **${mae(v.summary.mae ?? 0)}**, bias **${points(v.summary.bias ?? 0)}**`,
    );
    const inside = v.rows.filter(
      (r) => r.primary && r.published >= r.low && r.published <= r.high,
    ).length;
    expect(flat).toContain(`**${inside} of ${v.summary.n}**`);
    const width = (x: number | null) => `${((x ?? 0) * 100).toFixed(1)} points`;
    expect(flat).toContain(`(mean width ${width(v.summary.meanWidth)};`);
    expect(flat).toContain(`${width(v.summary.parameterMeanWidth)} wide)`);
    const loo = v.leaveOneOut;
    const covered = Math.round((loo?.coverage ?? 0) * (loo?.figures ?? 0));
    expect(flat).toContain(
      `covers **${covered} of the ${loo?.figures}** published figures (${Math.round((loo?.coverage ?? 0) * 100)}%;`,
    );
    // docs/method.md §4 quotes the same figures and the method error.
    expect(flatMethod).toContain(
      `mean width ${width(v.summary.meanWidth)} (parameter interval ${((v.summary.parameterMeanWidth ?? 0) * 100).toFixed(1)})`,
    );
    expect(flatMethod).toContain(
      `${covered} of the ${loo?.figures} figures (${Math.round((loo?.coverage ?? 0) * 100)}%) lie inside, 2 of the 3 primary ones, mean width ${width(loo?.meanWidth ?? 0)}`,
    );
    expect(loo?.primaryCoverage).toBeCloseTo(2 / 3, 14);
    expect(flatMethod).toContain(
      `σ_m = ${v.methodError?.method.toFixed(4)}, **s = ${v.methodError?.scale.toFixed(3)}, ν = ${v.methodError?.df}**`,
    );
    for (const c of v.national)
      expect(flat).toContain(`${c.frame} ${c.year} **${points(c.error)}**`);
    expect(flat).toContain(`**${v.lacking.length} published shares lack inputs**`);
    const fit = v.calibration?.fit.parameters[0];
    expect(flat).toContain(
      `gives ${fit?.value.toFixed(3)} (s.e. ${fit?.standardError?.toFixed(3)})`,
    );
    expect(flat).toContain(
      `**${mae(v.calibration?.leaveOneOutMae ?? 0)}** against **${mae(v.calibration?.defaultMae ?? 0)}**`,
    );
    expect(flatMethod).toContain(
      `β fits at ${fit?.value.toFixed(3)} but the leave-one-out error is ${((v.calibration?.leaveOneOutMae ?? 0) * 100).toFixed(2)} points against ${((v.calibration?.defaultMae ?? 0) * 100).toFixed(2)}`,
    );
    expect(v.calibration?.improves).toBe(false);
  });
});

describe("the README's API table", () => {
  it('names only what the package exports (the core or digital-economy-share/tables)', async () => {
    const core = await import('../src/index.js');
    const tables = await import('../src/tables.js');
    const known = new Set([...Object.keys(core), ...Object.keys(tables)]);
    const api = readme.slice(readme.indexOf('## API'), readme.indexOf('## Data'));
    const firstCells = api
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split('|')[1] ?? '');
    const names = firstCells.flatMap((cell) =>
      [...cell.matchAll(/`(?:await )?([\w/-]+)/g)]
        .map((m) => m[1] as string)
        .filter((name) => !name.includes('-')),
    );
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((name) => !known.has(name))).toEqual([]);
  });
});
