import type { TargetComparison } from '../compare/targets.js';
import type { EstimateResult } from '../estimate/result.js';
import { formatPercent, type Lang } from '../i18n/format.js';
import { message } from '../i18n/messages.js';

/** A target's locality in a language: Vietnamese with diacritics, else its Latin spelling. */
function localityName(target: TargetComparison, lang: Lang): string {
  const names = target.localityName;
  if (!names) return target.locality ?? '';
  return lang === 'vi' ? names.vi : names.latin;
}

/** A target's level: "30%", or "35%–40%" for a range. */
export function targetLevel(target: Pick<TargetComparison, 'low' | 'high'>, lang: Lang): string {
  return target.high > target.low
    ? `${formatPercent(target.low, lang, 0)}–${formatPercent(target.high, lang, 0)}`
    : formatPercent(target.low, lang, 0);
}

/**
 * One label for targets of the same level and year (the nation's and a city's 20% by 2025): their
 * names, then the level and year once.
 */
export function sharedTargetLabel(targets: readonly TargetComparison[], lang: Lang): string {
  const [first] = targets;
  if (!first) return '';
  if (targets.length === 1) return targetLabel(first, lang);
  const names = targets.map(
    (t) =>
      t.inputLabel ??
      (t.scope === 'national' || t.locality === undefined
        ? message('target.name.national', {}, lang)
        : localityName(t, lang)),
  );
  return message(
    'target.label.shared',
    {
      names: [...new Set(names)].join(', '),
      level: targetLevel(first, lang),
      year: String(first.year),
    },
    lang,
  );
}

/** A target's label in a language, from its scope, locality, level and year. */
export function targetLabel(target: TargetComparison, lang: Lang): string {
  if (target.inputLabel) return target.inputLabel;
  const level = targetLevel(target, lang);
  return target.scope === 'national' || target.locality === undefined
    ? message('target.label.national', { level, year: String(target.year) }, lang)
    : message(
        'target.label.local',
        { locality: localityName(target, lang), level, year: String(target.year) },
        lang,
      );
}

/**
 * The mark of a projected year where the trend is thin (docs/method.md §5): `*` when it is fitted
 * on fewer than four years, `†` after its horizon (twice the span of the history); '' otherwise.
 */
export function caveatMark(result: EstimateResult, year: number): string {
  const caveats = result.trajectory?.caveats;
  if (!caveats) return '';
  return `${caveats.fewPoints ? '*' : ''}${year > caveats.horizon ? '†' : ''}`;
}

/** The footnotes of the marks caveatMark puts on the projected years shown. */
export function caveatNotes(
  result: EstimateResult,
  years: readonly number[],
  lang: Lang,
): string[] {
  const trajectory = result.trajectory;
  if (!trajectory) return [];
  const observed = trajectory.history.map((h) => h.year);
  const notes: string[] = [];
  if (trajectory.caveats.fewPoints && years.length > 0)
    notes.push(message('report.trajectory.fewPoints', { n: new Set(observed).size }, lang));
  if (years.some((year) => year > trajectory.caveats.horizon))
    notes.push(
      message(
        'report.trajectory.beyond',
        {
          horizon: String(trajectory.caveats.horizon),
          first: String(Math.min(...observed)),
          last: String(Math.max(...observed)),
        },
        lang,
      ),
    );
  return notes;
}
