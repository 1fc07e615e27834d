import { describe, expect, it } from 'vitest';
import { renderSvg } from '../src/cli/svg.js';
import {
  componentsChart,
  estimate,
  reportChart,
  scenario,
  scenarioChart,
  tornadoChart,
  trajectoryChart,
} from '../src/index.js';
import { daNang2024, minimalDaNang } from './helpers.js';

const result = estimate(daNang2024());
type Layer = { data?: { values: Record<string, unknown>[] }; layer?: Layer[] };
const layers = (spec: Record<string, unknown>) => spec.layer as Layer[];

describe('chart specifications', () => {
  it('trajectoryChart(result) draws the published history, the estimate, the projection and every target', () => {
    const spec = trajectoryChart(result);
    const values = layers(spec).flatMap((l) => l.data?.values ?? []);
    expect(values.filter((v) => 'source' in v).map((v) => v.year)).toEqual([
      2021, 2022, 2023, 2024,
    ]);
    expect(values.some((v) => v.year === 2030 && v.series === 'linear trend (5–95%)')).toBe(true);
    const targets = new Set(values.filter((v) => 'label' in v && 'from' in v).map((v) => v.label));
    expect([...targets]).toEqual(
      expect.arrayContaining(['Da Nang: 35%–40% of GRDP by 2030', 'National: 30% of GDP by 2030']),
    );
    expect(spec.title).toBe('Da Nang: digital-economy share of GRDP and targets');
  });

  it('componentsChart(result) stacks core, platform and sectoral for the locality and the nation', () => {
    const values = (componentsChart(result).data as { values: { name: string; share: number }[] })
      .values;
    const total = (name: string) =>
      values.filter((v) => v.name === name).reduce((s, v) => s + v.share, 0);
    expect(total('Da Nang')).toBeCloseTo(result.share.point, 12);
    expect(total('Nation (mic 2024)')).toBeCloseTo(0.183, 12);
  });

  it('tornadoChart(result) orders the bars by swing, β first', () => {
    const values = layers(tornadoChart(result))[0]?.data?.values ?? [];
    expect(values[0]).toMatchObject({ name: 'β damping', rank: 0 });
    expect(values).toHaveLength(result.sensitivity.length);
  });

  it('reportChart(result) leaves out the trajectory when there is no history', () => {
    expect((reportChart(result).vconcat as unknown[]).length).toBe(3);
    expect((reportChart(estimate(minimalDaNang())).vconcat as unknown[]).length).toBe(2);
  });
});

describe('renderSvg (Node, no browser)', () => {
  it('renders the full report chart to SVG without a single Vega-Lite warning', async () => {
    const warnings: string[] = [];
    const svg = await renderSvg(reportChart(result), { warn: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Da Nang: digital-economy share of GRDP and targets');
    expect(svg).toContain('Sensitivity: the estimate at each end of a range');
  });

  it('renders the scenario chart', async () => {
    const warnings: string[] = [];
    const spec = scenarioChart(scenario(daNang2024(), { target: 0.35, by: 2030, grdpGrowth: 0.1 }));
    const svg = await renderSvg(spec, { warn: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(svg).toContain('Da Nang: path to 35.0% by 2030');
  });
});

describe('renderSvg without vega (an optional peer dependency)', () => {
  it('throws an InputError (exit 2 in the CLI) naming the packages to install', async () => {
    const missing = Object.assign(new Error("Cannot find package 'vega'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const rendering = renderSvg(reportChart(estimate(daNang2024())), {
      load: () => Promise.reject(missing),
    });
    await expect(rendering).rejects.toThrow(
      'digital-economy-share: --chart: expected the packages vega, vega-lite, which --chart needs, received not installed; install them: npm install vega vega-lite',
    );
  });
});
