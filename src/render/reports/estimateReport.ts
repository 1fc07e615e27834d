import { type Check, checkMessage } from '../../estimate/checks.js';
import type { EstimateResult, SensitivityEntry, TargetComparison } from '../../estimate/result.js';
import { formatNumber, formatPercent, formatPoints, type Lang } from '../../i18n/format.js';
import { type MessageKey, message, reasonText, type TemplateValues } from '../../i18n/messages.js';
import { unitName } from '../../i18n/units.js';
import { plainValue } from '../../input/ranged.js';
import { type Citations, citations, sourcesSection } from '../citations.js';
import {
  type Block,
  type Line,
  note,
  paragraph,
  type ReportDocument,
  section,
} from '../document.js';
import { caveatMark, caveatNotes, targetLabel, targetLevel } from '../labels.js';

/** A check whose source texts (a published share's, a history point's) cite by number. */
function citedCheck(check: Check, cite: Citations): Check {
  const values = { ...check.values };
  for (const name of ['source', 'sourceA', 'sourceB']) {
    const value = values[name];
    if (typeof value === 'string') values[name] = cite.text(value);
  }
  return { ...check, values };
}

/** The projected years a targets table shows (its Trend and Reached columns). */
function projectedYears(result: EstimateResult): number[] {
  const last = Math.max(...(result.trajectory?.history.map((h) => h.year) ?? []));
  return result.targets.flatMap((target) => [
    ...(typeof target.projected === 'number' ? [target.year] : []),
    ...(typeof target.yearReached === 'number' && target.yearReached > last
      ? [target.yearReached]
      : []),
  ]);
}

/** The targets table's header and rows. */
function targetsTable(result: EstimateResult, lang: Lang, cite: Citations): Block {
  const t = (key: MessageKey, values: TemplateValues = {}) => message(key, values, lang);
  const withTrend = result.trajectory !== null;
  const header = [
    t('report.targets.header.target'),
    t('report.targets.header.year'),
    t('report.targets.header.level'),
    t('report.targets.header.gap'),
    t('report.targets.header.growth'),
    t('report.targets.header.points'),
    t('report.targets.header.status'),
    ...(withTrend
      ? [t('report.targets.header.projected'), t('report.targets.header.reached')]
      : []),
  ];
  // A target already met needs no growth: say since when, not a negative rate.
  const metIn = (target: TargetComparison) =>
    t('report.targets.metIn', { year: String(metYear(result, target.yearReached)) });
  const rows = result.targets.map((target: TargetComparison) => [
    `${targetLabel(target, lang)} ${cite.ref(target.source)}`.trim(),
    String(target.year),
    targetLevel(target, lang),
    formatPoints(target.gap, lang),
    target.status === 'met'
      ? metIn(target)
      : target.requiredAnnualGrowth === null
        ? t('report.na')
        : formatPercent(target.requiredAnnualGrowth, lang),
    target.status === 'met'
      ? ''
      : target.requiredPointsPerYear === null
        ? t('report.na')
        : formatPoints(target.requiredPointsPerYear, lang, 2),
    t(`report.targets.status.${target.status}`),
    ...(withTrend
      ? [
          target.projected === undefined || target.projected === null
            ? t('report.na')
            : `${formatPercent(target.projected, lang)}${caveatMark(result, target.year)}`,
          target.status === 'met'
            ? String(metYear(result, target.yearReached))
            : target.yearReached === undefined
              ? t('report.na')
              : target.yearReached === null
                ? target.yearReachedReason
                  ? reasonText(target.yearReachedReason, lang)
                  : t('report.na')
                : `${target.yearReached}${observedYear(result, target.yearReached) ? '' : caveatMark(result, target.yearReached)}`,
        ]
      : []),
  ]);
  return {
    kind: 'table',
    header,
    rows,
    right: [false, true, true, true, true, true, false, true, true],
  };
}

/**
 * The year a met level was first reached: an observed year of the history, or the estimate's own
 * year (the trend's first projected year may come later than the estimate that already meets it).
 */
function metYear(result: EstimateResult, reached: number | null | undefined): number {
  return typeof reached === 'number' ? Math.min(reached, result.year) : result.year;
}

/** Whether a year is observed in the trajectory's history (a reached year that is not projected). */
function observedYear(result: EstimateResult, year: number): boolean {
  return result.trajectory?.history.some((h) => h.year === year) ?? false;
}

/** The lines towards the top of each range target. */
function toHighLines(result: EstimateResult, lang: Lang): Line[] {
  const t = (key: MessageKey, values: TemplateValues = {}) => message(key, values, lang);
  return result.targets.flatMap((target) => {
    const high = target.toHigh;
    if (!high) return [];
    if (high.gap <= 0)
      return [
        {
          label: targetLabel(target, lang),
          text: t('report.targets.toHigh.met', {
            year: String(metYear(result, high.yearReached)),
          }),
        },
      ];
    const growth =
      high.requiredAnnualGrowth === null
        ? t('report.na')
        : formatPercent(high.requiredAnnualGrowth, lang);
    const reached =
      high.yearReached === undefined
        ? ''
        : high.yearReached === null
          ? `; ${high.yearReachedReason ? reasonText(high.yearReachedReason, lang) : ''}`
          : t('report.targets.toHigh.reached', { year: String(high.yearReached) });
    return [
      {
        label: targetLabel(target, lang),
        text: t('report.targets.toHigh', { gap: high.gap, growth, reached }),
      },
    ];
  });
}

/** A tornado row: `label  range  low% ████│██ high%  swing`, bars scaled to the largest swing. */
function tornadoRows(
  entries: readonly SensitivityEntry[],
  point: number,
  lang: Lang,
  width = 24,
): string[][] {
  const reach = Math.max(
    1e-12,
    ...entries.flatMap((e) => [Math.abs(e.low - point), Math.abs(e.high - point)]),
  );
  const bar = (distance: number) => '█'.repeat(Math.round((Math.abs(distance) / reach) * width));
  const pad = (text: string, n: number, start: boolean) => {
    const fill = ' '.repeat(Math.max(0, n - [...text].length));
    return start ? fill + text : text + fill;
  };
  return entries.map((entry) => {
    const below = Math.min(entry.low, entry.high);
    const above = Math.max(entry.low, entry.high);
    return [
      message(`variable.${entry.name}` as MessageKey, {}, lang),
      `${formatNumber(entry.range.low, lang, 4)}–${formatNumber(entry.range.high, lang, 4)}`,
      formatPercent(entry.low, lang),
      `${pad(bar(point - below), width, true)}│${pad(bar(above - point), width, false)}`,
      formatPercent(entry.high, lang),
      formatPoints(entry.swing, lang, 1, false),
    ];
  });
}

/**
 * Which of the two intensities were stated and which derived from counts, with the arithmetic:
 * "firm density 2.35 per 1,000 as stated; IT workforce share 7.7% as stated".
 */
function inputsLine(result: EstimateResult, lang: Lang): string {
  const { input, intermediate } = result;
  // Each message takes the values it names: the stated one only the ratio.
  const line = (intensity: 'density' | 'workforce', stated: boolean, values: TemplateValues) =>
    message(`report.inputs.${intensity}.${stated ? 'stated' : 'derived'}`, values, lang);
  return [
    line('density', input.firmsPerThousand !== undefined, {
      firms: plainValue(input.digitalFirms) ?? 0,
      population: plainValue(input.population) ?? 0,
      density: intermediate.firmDensity,
    }),
    line('workforce', input.itWorkforceShare !== undefined, {
      workers: plainValue(input.itWorkers) ?? 0,
      labourForce: plainValue(input.labourForce) ?? 0,
      share: intermediate.workforceShare,
    }),
  ].join(message('punctuation.list', {}, lang));
}

/** The components as rows of [component, share, how it was computed]. */
function componentRows(result: EstimateResult, lang: Lang): string[][] {
  const t = (key: MessageKey, values: TemplateValues = {}) => message(key, values, lang);
  const { components, intermediate } = result;
  const param = (name: string) => result.parameters.find((p) => p.name === name)?.value ?? 0;
  const grdp = plainValue(result.input.grdp);
  const unit = unitName(result.unit, lang);
  const coreHow =
    intermediate.coreFrom === 'ictRevenue×rho'
      ? t('report.core.fromRevenue', {
          valueAdded: intermediate.coreValueAdded,
          revenue: plainValue(result.input.ictRevenue) ?? 0,
          rho: param('rho'),
          grdp,
          unit,
        })
      : t(
          intermediate.coreFrom === 'ictValueAdded'
            ? 'report.core.fromValueAdded'
            : 'report.core.fromSegments',
          { valueAdded: intermediate.coreValueAdded, grdp, unit },
        );
  return [
    [t('report.core'), formatPercent(components.core, lang), coreHow],
    [
      t('report.platform'),
      // Inside the sectoral part, the platform is not measured separately: no 0.0% as if it were.
      result.platform.treatment === 'separate' ? formatPercent(components.platform, lang) : '–',
      t(
        result.platform.treatment === 'separate'
          ? 'report.platform.separate'
          : 'report.platform.inside',
      ),
    ],
    [
      t('report.sectoral'),
      formatPercent(components.sectoral, lang),
      t('report.sectoral.formula', {
        nationalSectoral: intermediate.nationalSectoral,
        intensity: intermediate.intensity,
        beta: param('beta'),
      }),
    ],
  ];
}

/**
 * The paragraph an analyst pastes into a document: the estimate and its interval, both national
 * averages, and the nearest open target with what it needs.
 */
function summaryLine(result: EstimateResult, lang: Lang): string {
  const other = result.frame === 'mic' ? 'gso' : 'mic';
  const nearest = result.targets
    .filter((target) => target.status === 'open')
    .sort((a, b) => a.year - b.year || a.low - b.low)[0];
  const o = result.byFrame[other];
  return message(
    'report.summary.line',
    {
      year: String(result.year),
      locality: result.locality,
      point: result.share.point,
      low: result.share.low,
      high: result.share.high,
      frame: result.frame,
      share: result.national.share,
      nationalYear: String(result.national.year),
      other,
      otherPoint: o.point,
      otherShare: o.national.share,
      otherYear: String(o.national.year),
      target: nearest ? targetLabel(nearest, lang) : 'none',
      gap: nearest ? formatPoints(nearest.gap, lang).replace(/^\+/, '') : '',
      growth:
        nearest?.requiredAnnualGrowth !== null && nearest?.requiredAnnualGrowth !== undefined
          ? formatPercent(nearest.requiredAnnualGrowth, lang)
          : 'none',
    },
    lang,
  );
}

/**
 * The estimate report as a document: the estimate, its components, the national average, the
 * targets, the trajectory, the sensitivity, the checks, the parameters and the provenance.
 */
export function estimateDocument(result: EstimateResult, lang: Lang): ReportDocument {
  const t = (key: MessageKey, values: TemplateValues = {}) => message(key, values, lang);
  const { share, intermediate, national, provenance } = result;
  const param = (name: string) => result.parameters.find((p) => p.name === name)?.value ?? 0;
  const cite = citations(result.provenance.sources);
  const blocks: Block[] = [];

  blocks.push(paragraph(summaryLine(result, lang), t('report.summary')));
  blocks.push(
    paragraph(
      t('report.estimate.line', {
        point: share.point,
        median: share.median,
        low: share.low,
        high: share.high,
        paramLow: share.parameterInterval.low,
        paramHigh: share.parameterInterval.high,
        draws: provenance.draws,
        seed: String(provenance.seed),
        // The larger of the two bounds' errors, in points, to the precision that shows it.
        mcError: formatNumber(
          100 * Math.max(share.monteCarloError.low, share.monteCarloError.high),
          lang,
          2,
        ),
      }),
      t('report.estimate'),
    ),
    note(t('report.interval.covers', { groups: share.methodError.df })),
  );

  blocks.push(
    section(t('report.components'), [
      {
        kind: 'table',
        header: [t('table.component'), t('batch.header.share'), t('table.how')],
        rows: componentRows(result, lang),
        right: [false, true, false],
        compact: true,
      },
      paragraph(
        t('report.intensity.line', {
          ...intermediate,
          nationalWorkforce: param('nationalItWorkforceShare'),
          nationalDensity: param('nationalFirmDensity'),
        }),
        t('report.intensity'),
      ),
      note(t('report.intensity.explain')),
      paragraph(inputsLine(result, lang), t('report.inputs')),
      paragraph(t('report.alternatives.line', result.alternatives), t('report.alternatives')),
    ]),
  );

  const published = result.input.published;
  // Both national averages, the headline's first, each series named in words.
  const frames = [result.frame, result.frame === 'mic' ? 'gso' : 'mic'] as const;
  blocks.push(
    section(t('report.national'), [
      {
        kind: 'list',
        items: frames.map((frame) => {
          const f = result.byFrame[frame];
          const refs = cite.ref(frame === result.frame ? national.source : f.national.source);
          return {
            label: t(`report.series.${frame}`),
            text: t('report.national.frame', {
              point: f.point,
              low: f.low,
              high: f.high,
              share: f.national.share,
              year: String(f.national.year),
              gap: f.national.gap,
              ratio: f.national.ratio,
              refs: refs ? ` ${refs}` : '',
              headline: frame === result.frame ? 'yes' : 'no',
            }),
          };
        }),
      },
      note(t('report.national.why')),
      ...(published
        ? [
            paragraph(
              t('report.published.line', {
                share: published.share,
                source: cite.text(published.source),
              }),
              t('report.published'),
            ),
          ]
        : []),
    ]),
  );

  if (result.targets.length === 0) {
    blocks.push(section(t('report.targets'), [paragraph(t('report.targets.none'))]));
  } else {
    const toHigh = toHighLines(result, lang);
    blocks.push(
      section(t('report.targets'), [
        targetsTable(result, lang, cite),
        ...(toHigh.length > 0 ? [{ kind: 'list', items: toHigh, indent: true } as const] : []),
        note(
          [
            t('report.targets.note'),
            ...(result.targets.some((target) => target.toHigh)
              ? [t('report.targets.note.range')]
              : []),
            ...caveatNotes(result, projectedYears(result), lang),
          ].join(' '),
        ),
      ]),
    );
  }

  if (result.trajectory) {
    const trajectory = result.trajectory;
    const pace =
      trajectory.method === 'linear'
        ? formatPoints(trajectory.pace, lang, 2)
        : formatPercent(trajectory.pace, lang);
    blocks.push(
      section(t('report.trajectory'), [
        paragraph(
          trajectory.history
            .map((h) =>
              `${t('report.trajectory.observed', { year: String(h.year), share: h.share })} ${cite.text(h.source)}`.trim(),
            )
            .join(t('punctuation.list')),
          t('report.trajectory.fittedOn'),
        ),
        paragraph(
          t('report.trajectory.line', {
            method: t(`report.trajectory.${trajectory.method}`),
            pace,
            rule: reasonText(trajectory.rule, lang),
          }),
        ),
        paragraph(
          trajectory.points
            .map((p) =>
              t('report.trajectory.point', {
                ...p,
                year: `${p.year}${caveatMark(result, p.year)}`,
                // An interval only where one exists at the printed precision.
                spread: formatPercent(p.low, lang) === formatPercent(p.high, lang) ? 'no' : 'yes',
              }),
            )
            .join(t('punctuation.list')),
        ),
        ...caveatNotes(
          result,
          trajectory.points.map((p) => p.year),
          lang,
        ).map((text) => note(text)),
      ]),
    );
  }

  blocks.push(
    section(t('report.sensitivity'), [
      {
        kind: 'table',
        header: [
          t('table.factor'),
          t('table.range'),
          t('table.atLow'),
          '',
          t('table.atHigh'),
          t('table.swing'),
        ],
        rows: tornadoRows(result.sensitivity, share.point, lang),
        right: [false, true, true, false, false, true],
        compact: true,
        drawing: [3],
      },
    ]),
  );

  blocks.push(
    section(t('report.checks'), [
      result.checks.length === 0
        ? paragraph(t('report.checks.none'))
        : {
            kind: 'list',
            items: result.checks.map((check) => ({
              label: [{ tag: t(`report.severity.${check.severity}`) }, ' ', { code: check.code }],
              text: checkMessage(citedCheck(check, cite), lang),
            })),
          },
    ]),
  );

  blocks.push(
    section(t('report.parameters'), [
      {
        kind: 'list',
        items: result.parameters.map((p) => ({
          text: t('report.parameters.line', {
            symbol: p.symbol,
            label: t(`variable.${p.name}` as MessageKey),
            value: formatNumber(p.value, lang, 4),
            low: formatNumber(p.low, lang, 4),
            high: formatNumber(p.high, lang, 4),
            year: p.year === undefined ? '' : `, ${p.year}`,
            source: cite.ref(p.source),
          }),
        })),
      },
    ]),
  );

  blocks.push(
    section(t('report.provenance'), [
      paragraph(
        t('report.provenance.line', {
          methodVersion: provenance.methodVersion,
          dataVersion: provenance.dataVersion,
          packageVersion: provenance.packageVersion,
          seed: String(provenance.seed),
          draws: provenance.draws,
        }),
      ),
    ]),
  );

  blocks.push(sourcesSection(cite, lang));

  return {
    lang,
    title: t('report.title', {
      locality: result.locality,
      year: String(result.year),
      frame: result.frame,
    }),
    blocks,
  };
}
