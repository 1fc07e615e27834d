import { checkMessage } from '../estimate/checks.js';
import type { EstimateResult, SensitivityEntry, TargetComparison } from '../estimate/result.js';
import { formatNumber, formatPercent, formatPoints, type Lang } from '../i18n/format.js';
import { type MessageKey, message, reasonText } from '../i18n/messages.js';
import { unitName } from '../i18n/units.js';
import type { RangedNumber } from '../input/schemas.js';

/** Width of a string as a terminal shows it (code points; the catalogues use precomposed letters). */
export const displayWidth = (text: string) => [...text].length;
const padEnd = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/** Lay out rows as aligned columns; `right` marks right-aligned columns. */
export function columns(
  rows: readonly (readonly string[])[],
  right: readonly boolean[] = [],
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (right[i] ? padStart(cell, widths[i] ?? 0) : padEnd(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** A target's locality in a language: Vietnamese with diacritics, else its Latin spelling. */
function localityName(target: TargetComparison, lang: Lang): string {
  const names = target.localityName;
  if (!names) return target.locality ?? '';
  return lang === 'vi' ? names.vi : names.latin;
}

/** A target's label in a language, from its scope, locality, level and year. */
export function targetLabel(target: TargetComparison, lang: Lang): string {
  const level =
    target.high > target.low
      ? `${formatPercent(target.low, lang, 0)}–${formatPercent(target.high, lang, 0)}`
      : formatPercent(target.low, lang, 0);
  return target.scope === 'national' || target.locality === undefined
    ? message('target.label.national', { level, year: String(target.year) }, lang)
    : message(
        'target.label.local',
        { locality: localityName(target, lang), level, year: String(target.year) },
        lang,
      );
}

/** Cells of the targets table, shared by the text and Markdown reports. */
export function targetCells(
  result: EstimateResult,
  lang: Lang,
): { header: string[]; rows: string[][] } {
  const t = (key: MessageKey, values = {}) => message(key, values, lang);
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
  const rows = result.targets.map((target: TargetComparison) => [
    targetLabel(target, lang),
    String(target.year),
    target.high > target.low
      ? `${formatPercent(target.low, lang, 0)}–${formatPercent(target.high, lang, 0)}`
      : formatPercent(target.low, lang, 0),
    formatPoints(target.gap, lang),
    target.requiredAnnualGrowth === null
      ? t('report.na')
      : formatPercent(target.requiredAnnualGrowth, lang),
    target.requiredPointsPerYear === null
      ? t('report.na')
      : formatPoints(target.requiredPointsPerYear, lang, 2),
    t(`report.targets.status.${target.status}`),
    ...(withTrend
      ? [
          target.projected === undefined || target.projected === null
            ? t('report.na')
            : formatPercent(target.projected, lang),
          target.yearReached === undefined
            ? t('report.na')
            : target.yearReached === null
              ? target.yearReachedReason
                ? reasonText(target.yearReachedReason, lang)
                : t('report.na')
              : String(target.yearReached),
        ]
      : []),
  ]);
  return { header, rows };
}

/** A tornado row: `label  low% ████│██ high%` with bars scaled to the largest swing. */
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
  return entries.map((entry) => {
    const below = Math.min(entry.low, entry.high);
    const above = Math.max(entry.low, entry.high);
    const range = `${formatNumber(entry.range.low, lang, 4)}–${formatNumber(entry.range.high, lang, 4)}`;
    return [
      message(`variable.${entry.name}` as MessageKey, {}, lang),
      range,
      formatPercent(entry.low, lang),
      `${padStart(bar(point - below), width)}│${padEnd(bar(above - point), width)}`,
      formatPercent(entry.high, lang),
      formatPoints(entry.swing, lang, 1, false),
    ];
  });
}

const value = (q: RangedNumber | undefined) =>
  q === undefined ? 0 : typeof q === 'number' ? q : q.value;

/**
 * The components as rows of [component, share, how it was computed], for the text and the
 * Markdown report alike.
 */
export function componentRows(result: EstimateResult, lang: Lang): string[][] {
  const t = (key: MessageKey, values: Record<string, number | string> = {}) =>
    message(key, values, lang);
  const { components, intermediate } = result;
  const param = (name: string) => result.parameters.find((p) => p.name === name)?.value ?? 0;
  const grdp = value(result.input.grdp);
  const unit = unitName(result.unit, lang);
  const coreHow =
    intermediate.coreFrom === 'ictRevenue×rho'
      ? t('report.core.fromRevenue', {
          valueAdded: intermediate.coreValueAdded,
          revenue: value(result.input.ictRevenue),
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
      formatPercent(components.platform, lang),
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

/** The estimate as a plain-text report in `lang` (en, vi or fr). */
export function renderText(result: EstimateResult, lang: Lang = 'en'): string {
  const t = (key: MessageKey, values: Record<string, number | string> = {}) =>
    message(key, values, lang);
  const labelled = (label: string, text: string) => t('punctuation.label', { label, text });
  const out: string[] = [];
  const section = (title: string) => out.push('', title, '-'.repeat(displayWidth(title)));
  const { share, intermediate, national, provenance } = result;
  const param = (name: string) => result.parameters.find((p) => p.name === name)?.value ?? 0;

  const title = t('report.title', {
    locality: result.locality,
    year: String(result.year),
    frame: result.frame,
  });
  out.push(title, '='.repeat(displayWidth(title)));
  out.push(
    '',
    labelled(
      t('report.estimate'),
      t('report.estimate.line', {
        ...share,
        draws: provenance.draws,
        seed: String(provenance.seed),
      }),
    ),
  );

  section(t('report.components'));
  out.push(...columns(componentRows(result, lang), [false, true, false]));
  out.push(
    labelled(
      t('report.intensity'),
      t('report.intensity.line', {
        ...intermediate,
        nationalWorkforce: param('nationalItWorkforceShare'),
        nationalDensity: param('nationalFirmDensity'),
      }),
    ),
  );
  out.push(labelled(t('report.alternatives'), t('report.alternatives.line', result.alternatives)));

  section(t('report.national'));
  out.push(
    t('report.national.line', {
      share: national.share,
      frame: national.frame,
      year: String(national.year),
      gap: national.gap,
      ratio: national.ratio,
    }),
  );
  const published = result.input.published;
  if (published)
    out.push(
      labelled(
        t('report.published'),
        t('report.published.line', { share: published.share, source: published.source }),
      ),
    );

  section(t('report.targets'));
  if (result.targets.length === 0) out.push(t('report.targets.none'));
  else {
    const { header, rows } = targetCells(result, lang);
    out.push(
      ...columns([header, ...rows], [false, true, true, true, true, true, false, true, true]),
    );
    for (const target of result.targets) {
      if (target.toHigh) {
        const growth =
          target.toHigh.requiredAnnualGrowth === null
            ? t('report.na')
            : formatPercent(target.toHigh.requiredAnnualGrowth, lang);
        out.push(
          `  ${labelled(
            targetLabel(target, lang),
            t('report.targets.toHigh', {
              gap: target.toHigh.gap,
              growth,
              reached:
                target.toHigh.yearReached === undefined
                  ? ''
                  : target.toHigh.yearReached === null
                    ? `; ${target.toHigh.yearReachedReason ? reasonText(target.toHigh.yearReachedReason, lang) : ''}`
                    : t('report.targets.toHigh.reached', {
                        year: String(target.toHigh.yearReached),
                      }),
            }),
          )}`,
        );
      }
    }
    out.push(t('report.targets.note'));
  }

  if (result.trajectory) {
    const trajectory = result.trajectory;
    section(t('report.trajectory'));
    const pace =
      trajectory.method === 'linear'
        ? formatPoints(trajectory.pace, lang, 2)
        : formatPercent(trajectory.pace, lang);
    out.push(
      t('report.trajectory.line', {
        method: t(`report.trajectory.${trajectory.method}`),
        pace,
        rule: reasonText(trajectory.rule, lang),
      }),
    );
    out.push(
      trajectory.points
        .map((p) => t('report.trajectory.point', { ...p, year: String(p.year) }))
        .join(t('punctuation.list')),
    );
  }

  section(t('report.sensitivity'));
  out.push(
    ...columns(tornadoRows(result.sensitivity, share.point, lang), [
      false,
      true,
      true,
      false,
      false,
      true,
    ]),
  );

  section(t('report.checks'));
  if (result.checks.length === 0) out.push(t('report.checks.none'));
  for (const check of result.checks) {
    const text = checkMessage(check, lang);
    out.push(`[${t(`report.severity.${check.severity}`)}] ${labelled(check.code, text)}`);
  }

  section(t('report.parameters'));
  for (const p of result.parameters) {
    out.push(
      t('report.parameters.line', {
        symbol: p.symbol,
        label: t(`variable.${p.name}` as MessageKey),
        value: formatNumber(p.value, lang, 4),
        low: formatNumber(p.low, lang, 4),
        high: formatNumber(p.high, lang, 4),
        year: p.year === undefined ? '' : `, ${p.year}`,
        source: p.source.join(', '),
      }),
    );
  }

  section(t('report.provenance'));
  out.push(
    t('report.provenance.line', {
      methodVersion: provenance.methodVersion,
      dataVersion: provenance.dataVersion,
      packageVersion: provenance.packageVersion,
      seed: String(provenance.seed),
      draws: provenance.draws,
    }),
  );
  return `${out.join('\n')}\n`;
}
