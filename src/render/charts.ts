import * as z from 'zod';
import type { ScenarioResult } from '../analyses/scenario.js';
import type { EstimateResult } from '../estimate/result.js';
import { LANGS, type Lang } from '../i18n/format.js';
import { type MessageKey, message } from '../i18n/messages.js';
import { checkOptions } from '../input/options.js';
import { parseInput } from '../input/parseInput.js';
import { caveatNotes, sharedTargetLabel } from './labels.js';

/**
 * Charts as Vega-Lite specifications: plain JSON objects that any Vega-Lite renderer draws (a
 * notebook, a web page with vega-embed, or the CLI's `--chart out.svg`). Building them needs no
 * chart library; labels come from the message catalogue in the chosen language.
 */

/**
 * A Vega-Lite specification (https://vega.github.io/vega-lite/).
 *
 * @example
 * const spec: VegaLiteSpec = reportChart(estimate(daNang2024));
 * // render with vega-embed in a page, or vega + vega-lite in Node (the CLI's --chart)
 */
export type VegaLiteSpec = Record<string, unknown>;

/**
 * Options of the chart functions.
 *
 * @example
 * reportChart(estimate(daNang2024), { lang: 'vi', width: 480 })
 */
export interface ChartOptions {
  /** Language of titles and labels: `en` (default), `vi` or `fr`. */
  readonly lang?: Lang;
  /** Plot width in pixels (default 560). */
  readonly width?: number;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const COLORS = {
  core: '#1f77b4',
  platform: '#9467bd',
  sectoral: '#7fb3d5',
  published: '#444444',
  estimate: '#d62728',
  projection: '#ff7f0e',
};

const ChartOptionsSchema = z.strictObject({
  lang: z.enum(LANGS as [Lang, ...Lang[]]).default('en'),
  width: z.number().int().min(100).max(10_000).default(560),
});

/** The chart options, checked (an unknown language or width is an InputError, not a default). */
function options(
  o: ChartOptions | undefined,
  context: string,
): {
  lang: Lang;
  width: number;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
} {
  const { lang, width } = parseInput(
    ChartOptionsSchema,
    checkOptions(o, `${context} options`, ['lang', 'width']),
    `${context} options`,
  );
  return { lang, width, t: (key, values = {}) => message(key, values, lang) };
}

const yearAxis = (title: string) => ({ title, format: 'd', tickMinStep: 1 });
// Ticks at least one point apart: a '.0%' label then never repeats ("20% 20% 21% 21%").
const shareAxis = (title: string) => ({ title, format: '.0%', tickMinStep: 0.01 });

/**
 * The share over time: published history, this estimate with its interval, the trend projection
 * with its band, and each applicable target as a band (range) or line (single level) up to its year.
 *
 * @example trajectoryChart(estimate(daNang2024)).layer.length // => 6
 */
export function trajectoryChart(
  result: EstimateResult,
  chartOptions: ChartOptions = {},
): VegaLiteSpec {
  const { lang, width, t } = options(chartOptions, 'trajectoryChart');
  const history = result.trajectory?.history ?? result.input.history ?? [];
  const last = history.at(-1);
  // The published share of the estimate's year is a published point too (the trend fits it).
  const published = result.input.published;
  const publishedYear = published ? (published.year ?? result.year) : undefined;
  const observed =
    published && !history.some((h) => h.year === publishedYear)
      ? [
          ...history,
          { year: publishedYear as number, share: published.share, source: published.source },
        ]
      : history;
  const caveats = result.trajectory
    ? caveatNotes(
        result,
        result.trajectory.points.map((p) => p.year),
        lang,
      )
    : [];
  const projectionLabel = result.trajectory
    ? t('chart.projection', { method: t(`report.trajectory.${result.trajectory.method}`) })
    : '';
  const projection = result.trajectory
    ? [
        ...(last
          ? [{ year: last.year, share: last.share, low: last.share, high: last.share }]
          : []),
        ...result.trajectory.points,
      ].map((p) => ({ ...p, series: projectionLabel }))
    : [];
  const firstYear = Math.min(result.year, ...observed.map((h) => h.year));
  // Targets of the same level and year (the nation's and the city's 20% by 2025) are drawn once,
  // under one label that names them all, so that their labels never sit on each other.
  const merged = new Map<string, (typeof result.targets)[number][]>();
  for (const target of result.targets) {
    const key = `${target.year}|${target.low}|${target.high}`;
    merged.set(key, [...(merged.get(key) ?? []), target]);
  }
  const targets = [...merged.values()].map((group) => {
    const target = group[0] as (typeof result.targets)[number];
    return {
      label: sharedTargetLabel(group, lang),
      from: firstYear,
      year: target.year,
      low: target.low,
      high: target.high,
      scope: target.scope,
    };
  });
  const legend = {
    field: 'series',
    type: 'nominal',
    title: null,
    scale: {
      domain: [
        t('chart.published'),
        t('chart.estimate'),
        ...(projectionLabel ? [projectionLabel] : []),
      ],
      range: [COLORS.published, COLORS.estimate, COLORS.projection],
    },
    legend: { orient: 'top-left', labelLimit: 320 },
  };
  const x = {
    field: 'year',
    type: 'quantitative',
    axis: yearAxis(t('chart.year')),
    scale: { zero: false, nice: false },
  };
  const targetColor = (scope: 'national' | 'local') =>
    scope === 'national' ? '#2ca02c' : '#8c564b';
  const targetLayers = (['national', 'local'] as const).flatMap((scope) => {
    const values = targets.filter((target) => target.scope === scope);
    if (values.length === 0) return [];
    return [
      {
        data: { values },
        mark: {
          type: 'rect',
          fillOpacity: 0.12,
          strokeWidth: 1.5,
          strokeDash: [4, 3],
          color: targetColor(scope),
          stroke: targetColor(scope),
        },
        encoding: {
          x: { field: 'from', type: 'quantitative' },
          x2: { field: 'year' },
          y: { field: 'low', type: 'quantitative' },
          y2: { field: 'high' },
          tooltip: [{ field: 'label' }],
        },
      },
      {
        // National labels sit above their line; local ones just under the top edge of their band
        // (under the line for a single level), so that equal targets stay legible.
        data: { values },
        mark: {
          type: 'text',
          align: 'right',
          baseline: scope === 'national' ? 'bottom' : 'top',
          dy: scope === 'national' ? -3 : 3,
          fontSize: 10,
          color: targetColor(scope),
        },
        encoding: {
          x: { field: 'year', type: 'quantitative' },
          y: { field: 'high', type: 'quantitative' },
          text: { field: 'label' },
        },
      },
    ];
  });
  return {
    $schema: SCHEMA,
    title:
      caveats.length > 0
        ? {
            text: t('chart.trajectory.title', { locality: result.locality }),
            subtitle: caveats,
          }
        : t('chart.trajectory.title', { locality: result.locality }),
    width,
    height: 300,
    layer: [
      ...targetLayers,
      {
        data: { values: projection },
        mark: { type: 'area', opacity: 0.18, color: COLORS.projection },
        encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } },
      },
      {
        data: { values: projection },
        mark: { type: 'line', strokeDash: [6, 4], point: false },
        encoding: {
          x,
          y: { field: 'share', type: 'quantitative', axis: shareAxis(t('chart.share')) },
          color: legend,
        },
      },
      {
        data: { values: observed.map((h) => ({ ...h, series: t('chart.published') })) },
        mark: { type: 'line', point: { filled: true, size: 50 } },
        encoding: {
          x,
          y: { field: 'share', type: 'quantitative', axis: shareAxis(t('chart.share')) },
          color: legend,
          tooltip: [{ field: 'year' }, { field: 'share', format: '.2%' }, { field: 'source' }],
        },
      },
      {
        data: {
          values: [
            {
              year: result.year,
              point: result.share.point,
              low: result.share.low,
              high: result.share.high,
              series: t('chart.estimate'),
            },
          ],
        },
        layer: [
          {
            mark: { type: 'rule', strokeWidth: 2 },
            encoding: {
              x,
              y: { field: 'low', type: 'quantitative' },
              y2: { field: 'high' },
              color: legend,
            },
          },
          {
            mark: { type: 'point', filled: true, size: 90, shape: 'diamond', opacity: 1 },
            encoding: { x, y: { field: 'point', type: 'quantitative' }, color: legend },
          },
        ],
      },
    ],
  };
}

/**
 * Stacked components (core, platform, sectoral) of each locality's point estimate, beside the
 * nation's (core and sectoral share of the same frame and year).
 *
 * @example componentsChart(estimate(daNang2024)).data.values.length // => 6 (3 components × 2 bars)
 */
export function componentsChart(
  results: EstimateResult | readonly EstimateResult[],
  chartOptions: ChartOptions = {},
): VegaLiteSpec {
  const { width, t } = options(chartOptions, 'componentsChart');
  const list: readonly EstimateResult[] = Array.isArray(results)
    ? results
    : [results as EstimateResult];
  const first = list[0];
  const core = t('report.core');
  const platform = t('report.platform');
  const sectoral = t('report.sectoral');
  const values = list.flatMap((r) => [
    { name: r.locality, component: core, order: 1, share: r.components.core },
    { name: r.locality, component: platform, order: 2, share: r.components.platform },
    { name: r.locality, component: sectoral, order: 3, share: r.components.sectoral },
  ]);
  if (first) {
    const nation = `${t('chart.nation')} (${first.national.frame} ${first.national.year})`;
    values.push(
      { name: nation, component: core, order: 1, share: first.national.core },
      {
        name: nation,
        component: platform,
        order: 2,
        share: first.national.share - first.national.core - first.national.sectoral,
      },
      { name: nation, component: sectoral, order: 3, share: first.national.sectoral },
    );
  }
  return {
    $schema: SCHEMA,
    title: t('chart.components.title', {
      locality: list.map((r) => r.locality).join(', '),
      frame: first?.national.frame ?? '',
      year: String(first?.national.year ?? ''),
    }),
    width: Math.min(width, 160 + 110 * (list.length + 1)),
    height: 260,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'name', type: 'nominal', title: null, sort: null, axis: { labelAngle: 0 } },
      y: { field: 'share', type: 'quantitative', stack: 'zero', axis: shareAxis(t('chart.share')) },
      color: {
        field: 'component',
        type: 'nominal',
        title: t('chart.component'),
        scale: {
          domain: [core, platform, sectoral],
          range: [COLORS.core, COLORS.platform, COLORS.sectoral],
        },
      },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [{ field: 'name' }, { field: 'component' }, { field: 'share', format: '.2%' }],
    },
  };
}

/**
 * The tornado: for each parameter and ranged input, a bar from the estimate with it at one end of
 * its range to the estimate at the other, largest swing on top; a rule marks the point estimate.
 *
 * @example tornadoChart(estimate(daNang2024)).layer[0].data.values[0].name // => 'β damping'
 */
export function tornadoChart(
  result: EstimateResult,
  chartOptions: ChartOptions = {},
): VegaLiteSpec {
  const { width, t } = options(chartOptions, 'tornadoChart');
  const values = result.sensitivity.map((entry, rank) => ({
    name: t(`variable.${entry.name}` as MessageKey),
    rank,
    from: Math.min(entry.low, entry.high),
    to: Math.max(entry.low, entry.high),
    low: entry.low,
    high: entry.high,
  }));
  const y = {
    field: 'name',
    type: 'nominal',
    title: null,
    sort: { field: 'rank', order: 'ascending' },
  };
  return {
    $schema: SCHEMA,
    title: t('chart.tornado.title'),
    width,
    height: Math.max(60, 28 * values.length),
    layer: [
      {
        data: { values },
        mark: { type: 'bar', color: '#4c78a8', height: 16 },
        encoding: {
          y: { ...y, axis: { labelLimit: 280 } },
          x: {
            field: 'from',
            type: 'quantitative',
            scale: { zero: false },
            axis: shareAxis(t('chart.tornado.estimate')),
          },
          x2: { field: 'to' },
          tooltip: [
            { field: 'name' },
            { field: 'low', format: '.2%' },
            { field: 'high', format: '.2%' },
          ],
        },
      },
      {
        data: { values: [{ point: result.share.point }] },
        mark: { type: 'rule', color: COLORS.estimate, strokeWidth: 2 },
        encoding: { x: { field: 'point', type: 'quantitative' } },
      },
    ],
  };
}

/**
 * The charts that apply to a result, one above the other: trajectory (with a history), components, tornado.
 *
 * @example
 * reportChart(estimate(daNang2024)).vconcat.length // => 3 (trajectory, components, tornado)
 */
export function reportChart(result: EstimateResult, chartOptions: ChartOptions = {}): VegaLiteSpec {
  options(chartOptions, 'reportChart');
  const parts = [
    ...(result.trajectory || (result.input.history?.length ?? 0) > 0
      ? [trajectoryChart(result, chartOptions)]
      : []),
    componentsChart(result, chartOptions),
    tornadoChart(result, chartOptions),
  ].map(({ $schema: _, ...part }) => part);
  return {
    $schema: SCHEMA,
    vconcat: parts,
    spacing: 40,
    resolve: { scale: { color: 'independent', x: 'independent', y: 'independent' } },
    config: { title: { anchor: 'start', fontSize: 13 } },
  };
}

/**
 * A scenario's path year by year against its target.
 *
 * @example
 * scenarioChart(scenario(daNang2024, { target: 0.35, by: 2030, grdpGrowth: 0.1 }))
 */
export function scenarioChart(
  result: ScenarioResult,
  chartOptions: ChartOptions = {},
): VegaLiteSpec {
  const { width, t } = options(chartOptions, 'scenarioChart');
  const pathLabel = t('chart.scenario.path', {
    growth: result.pathGrowth.ictRevenueGrowth,
    grdp: result.pathGrowth.grdpGrowth,
  });
  const x = {
    field: 'year',
    type: 'quantitative',
    axis: yearAxis(t('chart.year')),
    scale: { zero: false, nice: false },
  };
  return {
    $schema: SCHEMA,
    title: t('chart.scenario.title', {
      locality: result.locality,
      target: result.target,
      by: String(result.by),
    }),
    width,
    height: 260,
    layer: [
      {
        data: { values: [{ target: result.target, label: t('chart.scenario.target') }] },
        mark: { type: 'rule', strokeDash: [4, 3], color: '#8c564b', strokeWidth: 1.5 },
        encoding: { y: { field: 'target', type: 'quantitative' } },
      },
      {
        data: { values: result.path.map((p) => ({ ...p, series: pathLabel })) },
        mark: { type: 'line', point: { filled: true } },
        encoding: {
          x,
          y: {
            field: 'share',
            type: 'quantitative',
            axis: shareAxis(t('chart.share')),
            scale: { zero: false },
          },
          color: {
            field: 'series',
            type: 'nominal',
            title: null,
            // Below the plot: at the top left it sat over the target's line.
            legend: { orient: 'bottom', labelLimit: 320 },
          },
          tooltip: [{ field: 'year' }, { field: 'share', format: '.2%' }],
        },
      },
    ],
  };
}
