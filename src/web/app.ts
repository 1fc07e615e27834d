/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import daNang2024 from '../../data/inputs/da-nang-2024.json';
import { type BatchResult, estimateBatch } from '../analyses/estimateBatch.js';
import { estimate } from '../estimate/estimate.js';
import type { EstimateResult } from '../estimate/result.js';
import { formatPercent, LANGS, type Lang, LOCALES } from '../i18n/format.js';
import { unitName } from '../i18n/units.js';
import { parseInputsCsv } from '../input/csv.js';
import { InputError, issueMessage } from '../input/inputError.js';
import { xlsxToCsv } from '../input/xlsx.js';
import { METHOD_VERSION, PACKAGE_VERSION } from '../model/version.js';
import { dataVersion, findLocality, referenceData } from '../reference/reference.js';
import { reportChart } from '../render/charts.js';
import { formatBatch, formatReport } from '../render/formatReport.js';
import { escapeHtml } from '../render/writeHtml.js';
import { resultsXlsx } from '../render/xlsx.js';
import {
  FORM_GROUPS,
  type FormField,
  fieldOfIssue,
  formFields,
  formFromInput,
  inputFromForm,
} from './form.js';
import { type WebKey, webText } from './strings.js';

/**
 * The web calculator (README "Web calculator"): one self-contained page built from this module by
 * scripts/build-web.mjs. The form is generated from the input schema (src/web/form.ts); every
 * figure, message and report comes from the library, in the page's language (Vietnamese first).
 */

/** The bundled example (data/inputs/da-nang-2024.json), for the "fill in the example" button. */
const EXAMPLE_INPUT = daNang2024 as Record<string, unknown>;

interface State {
  lang: Lang;
  values: Record<string, string>;
  extras: Record<string, unknown>;
  decimalComma: boolean;
  ranges: boolean;
  touched: Set<string>;
  result?: EstimateResult | undefined;
  batch?: { result: BatchResult; name: string } | undefined;
  batchFailure?: string | undefined;
  view?: vega.View | undefined;
}

const state: State = {
  lang: 'vi',
  values: {},
  extras: {},
  decimalComma: false,
  ranges: false,
  touched: new Set(),
};

const t = (key: WebKey, values: Record<string, string | number> = {}) =>
  webText(key, values, state.lang);
const $ = <E extends Element = HTMLElement>(selector: string, root: ParentNode = document) =>
  root.querySelector<E & Element>(selector) as E;

function unitText(field: FormField): string {
  switch (field.unit) {
    case 'money':
      return unitName(state.values.unit?.trim() || 'billion VND', state.lang);
    case 'fraction':
      return t('unit.fraction');
    case 'count':
      return t('unit.count');
    case 'perThousand':
      return t('unit.perThousand');
    case 'year':
      return t('unit.year');
    default:
      return '';
  }
}

function localityOptions(): string {
  const all = referenceData.localities.localities;
  const nameOf = (id: string) => all.find((l) => l.id === id)?.name ?? id;
  return all
    .map((l) =>
      l.mergedInto === undefined
        ? `<option value="${escapeHtml(l.name)}"></option>`
        : `<option value="${escapeHtml(l.name)}" label="${escapeHtml(
            `${l.name} (${t('locality.optionFormer', { into: nameOf(l.mergedInto) })})`,
          )}"></option>`,
    )
    .join('');
}

function fieldHtml(field: FormField): string {
  const id = `f-${field.name}`;
  const value = escapeHtml(state.values[field.name] ?? '');
  const label = t(`field.${field.name}` as WebKey);
  const help = t(`field.${field.name}.help` as WebKey);
  const unit = unitText(field);
  const placeholder = field.placeholder ? ` placeholder="${escapeHtml(field.placeholder)}"` : '';
  let control: string;
  if (field.kind === 'choice') {
    control = `<select id="${id}" name="${field.name}">${field.options
      .map(
        (o) =>
          `<option value="${o}"${(state.values[field.name] || field.placeholder) === o ? ' selected' : ''}>${escapeHtml(
            `${o}: ${t(`field.${field.name}.${o}` as WebKey)}`,
          )}</option>`,
      )
      .join('')}</select>`;
  } else {
    const list = field.name === 'locality' ? ' list="localities" autocomplete="off"' : '';
    const mode = field.kind === 'number' ? ' inputmode="decimal"' : '';
    control = `<input id="${id}" name="${field.name}" type="text" value="${value}"${placeholder}${list}${mode} aria-describedby="${id}-help ${id}-error">`;
  }
  const range = field.ranged
    ? `<span class="range"><input name="${field.name}Low" type="text" inputmode="decimal" aria-label="${escapeHtml(
        `${label}: ${t('one.low')}`,
      )}" placeholder="${escapeHtml(t('one.low'))}" value="${escapeHtml(
        state.values[`${field.name}Low`] ?? '',
      )}"><span>–</span><input name="${field.name}High" type="text" inputmode="decimal" aria-label="${escapeHtml(
        `${label}: ${t('one.high')}`,
      )}" placeholder="${escapeHtml(t('one.high'))}" value="${escapeHtml(
        state.values[`${field.name}High`] ?? '',
      )}"></span>`
    : '';
  return `<div class="field" data-field="${field.name}">
<label for="${id}">${escapeHtml(label)}</label>
<div class="control">${control}${unit ? `<span class="unit">${escapeHtml(unit)}</span>` : ''}${range}</div>
<small id="${id}-help" class="help">${escapeHtml(help)}</small>
${field.name === 'locality' ? '<small class="locality-status" id="locality-status"></small>' : ''}
<output id="${id}-error" class="error" data-error-for="${field.name}" role="alert"></output>
</div>`;
}

function pageHtml(): string {
  const fields = formFields();
  const groups = FORM_GROUPS.map((group) => {
    const inGroup = fields.filter((f) => f.group === group);
    if (inGroup.length === 0) return '';
    return `<fieldset><legend>${escapeHtml(t(`group.${group}` as WebKey))}</legend>${inGroup
      .map(fieldHtml)
      .join('\n')}</fieldset>`;
  }).join('\n');
  const langs = LANGS.map(
    (l) =>
      `<option value="${l}"${l === state.lang ? ' selected' : ''}>${{ vi: 'Tiếng Việt', en: 'English', fr: 'Français' }[l]}</option>`,
  ).join('');
  const downloads = (kind: 'one' | 'batch', formats: readonly string[]) =>
    formats
      .map(
        (f) =>
          `<button type="button" data-download="${kind}-${f}" disabled>${escapeHtml(t(`download.${f}` as WebKey))}</button>`,
      )
      .join(' ');
  return `<header>
<h1>${escapeHtml(t('page.title'))}</h1>
<label class="lang">${escapeHtml(t('page.language'))} <select name="lang" id="lang">${langs}</select></label>
<p>${escapeHtml(t('page.subtitle'))}</p>
</header>
<main>
<section id="one">
<h2>${escapeHtml(t('one.title'))}</h2>
<form id="input-form" novalidate autocomplete="off">
<div class="toolbar">
<button type="button" id="example">${escapeHtml(t('one.example'))}</button>
<button type="button" id="clear">${escapeHtml(t('one.clear'))}</button>
<label class="file">${escapeHtml(t('one.open'))} <input type="file" name="inputFile" accept=".json,application/json"></label>
</div>
<div class="toolbar">
<label><input type="checkbox" name="decimalComma"${state.decimalComma ? ' checked' : ''}> ${escapeHtml(t('one.decimalComma'))}</label>
<label><input type="checkbox" name="ranges"${state.ranges ? ' checked' : ''}> ${escapeHtml(t('one.ranges'))}</label>
</div>
<datalist id="localities">${localityOptions()}</datalist>
<div class="groups${state.ranges ? ' with-ranges' : ''}">${groups}</div>
<p id="extras" class="note"></p>
<output id="form-errors" class="error" role="alert"></output>
</form>
<div id="result" aria-live="polite">
<p id="status" class="note"></p>
<div id="headline" hidden><p class="label">${escapeHtml(t('one.share'))}</p><p id="share"></p><p id="interval"></p></div>
<p class="downloads"><span class="downloads-label">${escapeHtml(t('one.downloads'))}</span> ${downloads('one', ['html', 'markdown', 'csv', 'xlsx', 'svg', 'json'])}</p>
<h3 data-when-result hidden>${escapeHtml(t('one.charts'))}</h3>
<div id="chart"></div>
<h3 data-when-result hidden>${escapeHtml(t('one.report'))}</h3>
<div id="report"></div>
</div>
</section>
<section id="batch">
<h2>${escapeHtml(t('batch.title'))}</h2>
<p class="help">${escapeHtml(t('batch.help'))}</p>
<div class="toolbar">
<label class="file">${escapeHtml(t('batch.file'))} <input type="file" name="batchFile" accept=".csv,.xlsx,.json,text/csv"></label>
<label><input type="checkbox" name="map2025"> ${escapeHtml(t('batch.map'))}</label>
</div>
<p class="downloads"><span class="downloads-label">${escapeHtml(t('one.downloads'))}</span> ${downloads('batch', ['html', 'markdown', 'csv', 'xlsx'])}</p>
<div id="batch-result"><p class="note">${escapeHtml(t('batch.none'))}</p></div>
</section>
</main>
<footer><p>${escapeHtml(
    t('page.footer', {
      package: PACKAGE_VERSION,
      method: METHOD_VERSION,
      data: dataVersion(),
    }),
  )}</p></footer>`;
}

/** The form's values as typed, by input name. */
function readValues(): Record<string, string> {
  const form = $<HTMLFormElement>('#input-form');
  const values: Record<string, string> = {};
  for (const element of Array.from(form.elements)) {
    const e = element as HTMLInputElement;
    if (!e.name || e.type === 'checkbox' || e.type === 'file') continue;
    values[e.name] = e.value;
  }
  return values;
}

function render(): void {
  document.documentElement.lang = LOCALES[state.lang].slice(0, 2);
  document.title = t('page.title');
  const app = $('#app');
  app.innerHTML = pageHtml();
  bind();
  update();
  renderBatch();
}

let timer: ReturnType<typeof setTimeout> | undefined;
const later = (run: () => void) => {
  clearTimeout(timer);
  timer = setTimeout(run, 150);
};

function bind(): void {
  $<HTMLSelectElement>('#lang').addEventListener('change', (event) => {
    state.values = readValues();
    state.lang = (event.target as HTMLSelectElement).value as Lang;
    render();
  });
  const form = $<HTMLFormElement>('#input-form');
  form.addEventListener('submit', (event) => event.preventDefault());
  const onEdit = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (!target.name || target.type === 'file') return;
    if (target.name === 'decimalComma') state.decimalComma = target.checked;
    else if (target.name === 'ranges') {
      state.ranges = target.checked;
      $('.groups').classList.toggle('with-ranges', state.ranges);
    } else state.touched.add(target.name.replace(/(Low|High)$/, ''));
    state.values = readValues();
    if (target.name === 'unit') refreshUnits();
    later(update);
  };
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  $('#example').addEventListener('click', () => loadInput(EXAMPLE_INPUT));
  $('#clear').addEventListener('click', () => {
    state.values = {};
    state.extras = {};
    state.touched.clear();
    render();
  });
  $<HTMLInputElement>('input[name=inputFile]').addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    let input: unknown;
    try {
      input = JSON.parse(await file.text());
    } catch (error) {
      showFormError(t('error.json', { reason: (error as Error).message }));
      return;
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      showFormError(t('error.json', { reason: Array.isArray(input) ? '[…]' : String(input) }));
      return;
    }
    loadInput(input as Record<string, unknown>);
  });
  $<HTMLInputElement>('input[name=batchFile]').addEventListener('change', (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void runBatch(file);
  });
  $<HTMLInputElement>('input[name=map2025]').addEventListener('change', () => {
    const file = $<HTMLInputElement>('input[name=batchFile]').files?.[0];
    if (file) void runBatch(file);
  });
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-download]')))
    button.addEventListener('click', () => void downloadAs(button.dataset.download ?? ''));
}

function refreshUnits(): void {
  for (const field of formFields()) {
    const unit = document.querySelector(`[data-field="${field.name}"] .unit`);
    if (unit) unit.textContent = unitText(field);
  }
}

function loadInput(input: Readonly<Record<string, unknown>>): void {
  const { values, extras, ranged } = formFromInput(input, { decimalComma: state.decimalComma });
  state.values = values;
  state.extras = extras;
  state.ranges = state.ranges || ranged;
  state.touched = new Set(formFields().map((f) => f.name));
  render();
}

function showFormError(text: string): void {
  $('#form-errors').textContent = text;
}

function setDownloads(kind: 'one' | 'batch', enabled: boolean): void {
  for (const button of Array.from(
    document.querySelectorAll<HTMLButtonElement>(`[data-download^="${kind}-"]`),
  ))
    button.disabled = !enabled;
}

let generation = 0;

/** Validate and estimate what the form holds; messages beside their fields. */
function update(): void {
  const run = ++generation;
  const input = inputFromForm(state.values, {
    decimalComma: state.decimalComma,
    extras: state.extras,
  });
  for (const output of Array.from(document.querySelectorAll('[data-error-for]')))
    output.textContent = '';
  showFormError('');
  const extraNames = Object.keys(state.extras);
  $('#extras').textContent =
    extraNames.length > 0 ? t('one.fromFile', { fields: extraNames.join(', ') }) : '';
  localityStatus(typeof input.locality === 'string' ? input.locality : '');
  const typed = formFields().some((f) => (state.values[f.name] ?? '').trim() !== '');
  let result: EstimateResult | undefined;
  let issues: InputError['issues'] = [];
  if (typed) {
    try {
      result = estimate(input as never);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      issues = error.issues;
    }
  }
  state.result = result;
  setDownloads('one', result !== undefined);
  const headline = $('#headline');
  for (const e of Array.from(document.querySelectorAll<HTMLElement>('[data-when-result]')))
    e.hidden = result === undefined;
  if (!result) {
    headline.hidden = true;
    $('#share').textContent = '';
    $('#interval').textContent = '';
    $('#report').innerHTML = '';
    clearChart();
    const general: string[] = [];
    for (const issue of issues) {
      const field = fieldOfIssue(issue.path);
      const text = issueMessage(issue, state.lang);
      const output = field && document.querySelector(`[data-error-for="${field}"]`);
      if (output && state.touched.has(field)) {
        output.textContent = output.textContent ? `${output.textContent}; ${text}` : text;
      } else if (!field && state.touched.size > 0) general.push(text);
    }
    showFormError(general.join('\n'));
    $('#status').textContent =
      issues.length > 0 && state.touched.size > 0
        ? t('one.toFix', { count: issues.length })
        : t('one.empty');
    return;
  }
  $('#status').textContent = '';
  headline.hidden = false;
  const share = $('#share');
  share.textContent = formatPercent(result.share.point, state.lang);
  share.dataset.share = String(result.share.point);
  $('#interval').textContent = t('one.interval', {
    low: formatPercent(result.share.low, state.lang),
    high: formatPercent(result.share.high, state.lang),
  });
  $('#report').innerHTML = formatReport(result, { format: 'html', lang: state.lang });
  void drawChart(result, run);
}

function localityStatus(name: string): void {
  const out = $('#locality-status');
  if (!out) return;
  if (name.trim() === '') {
    out.textContent = '';
    return;
  }
  const found = findLocality(name);
  const all = referenceData.localities.localities;
  if (!found) out.textContent = t('locality.unknown', { name });
  else if (found.mergedInto === undefined)
    out.textContent = t('locality.current', { name: found.name });
  else {
    const into = all.find((l) => l.id === found.mergedInto)?.name ?? found.mergedInto;
    const date = found.mergedOn
      ? new Intl.DateTimeFormat(LOCALES[state.lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(found.mergedOn),
        )
      : '';
    out.textContent = t('locality.former', { name: found.name, into, date });
  }
}

function clearChart(): void {
  state.view?.finalize();
  state.view = undefined;
  $('#chart').innerHTML = '';
}

async function drawChart(result: EstimateResult, run: number): Promise<void> {
  const container = $('#chart');
  try {
    const spec = compile(reportChart(result, { lang: state.lang }) as unknown as TopLevelSpec).spec;
    const view = new vega.View(vega.parse(spec), { renderer: 'svg', hover: true });
    if (run !== generation) return;
    clearChart();
    state.view = view;
    await view.initialize(container).runAsync();
  } catch (error) {
    container.textContent = t('one.chartsUnavailable', { reason: (error as Error).message });
  }
}

async function readTable(file: File, decimalComma: boolean): Promise<unknown[]> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx'))
    return parseInputsCsv(await xlsxToCsv(await file.arrayBuffer()), { decimalComma: false });
  const text = await file.text();
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (!name.endsWith('.csv') && (start.startsWith('[') || start.startsWith('{'))) {
    const rows: unknown = JSON.parse(start);
    return Array.isArray(rows) ? rows : [rows];
  }
  return parseInputsCsv(text, decimalComma ? { decimalComma: true } : {});
}

async function runBatch(file: File): Promise<void> {
  const map = $<HTMLInputElement>('input[name=map2025]').checked;
  state.batch = undefined;
  state.batchFailure = undefined;
  try {
    const rows = await readTable(file, state.decimalComma);
    state.batch = {
      result: estimateBatch(rows, map ? { map: 2025 } : {}),
      name: file.name.replace(/\.[^.]*$/, ''),
    };
  } catch (error) {
    if (error instanceof InputError)
      state.batchFailure = error.issues.map((i) => issueMessage(i, state.lang)).join('\n');
    else if (error instanceof SyntaxError) state.batchFailure = error.message;
    else throw error;
  }
  renderBatch();
}

function renderBatch(): void {
  const out = $('#batch-result');
  setDownloads('batch', state.batch !== undefined && state.batch.result.rows.length > 0);
  if (state.batchFailure !== undefined) {
    out.innerHTML = `<p class="error" role="alert">${escapeHtml(
      t('batch.failed', { message: state.batchFailure }),
    )}</p>`;
    return;
  }
  if (!state.batch) return;
  const { result } = state.batch;
  const errors =
    result.errors.length === 0
      ? ''
      : `<h3>${escapeHtml(t('batch.errors'))}</h3><ul class="error">${result.errors
          .map(
            (e) =>
              `<li>${escapeHtml(t('batch.error', { row: e.row, message: issueMessage(e, state.lang) }))}</li>`,
          )
          .join('')}</ul>`;
  out.innerHTML = `${formatBatch(result, { format: 'html', lang: state.lang })}${errors}`;
}

function save(name: string, data: string | Uint8Array, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'locality';

/** A report fragment as a standalone page, with the chart when there is one. */
function standalone(title: string, body: string): string {
  return `<!doctype html>
<html lang="${LOCALES[state.lang].slice(0, 2)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}table{border-collapse:collapse}th,td{border-bottom:1px solid #ccc;padding:.2rem .5rem;text-align:left}.num{text-align:right;font-variant-numeric:tabular-nums}.note{color:#444}</style>
</head><body>
${body}
</body></html>
`;
}

async function downloadAs(what: string): Promise<void> {
  const lang = state.lang;
  if (what.startsWith('one-')) {
    const result = state.result;
    if (!result) return;
    const base = `${slug(result.locality)}-${result.year}`;
    switch (what) {
      case 'one-html': {
        const svg = state.view ? await state.view.toSVG() : '';
        save(
          `${base}.html`,
          standalone(
            `${result.locality} ${result.year}`,
            `${formatReport(result, { format: 'html', lang })}${svg}`,
          ),
          'text/html;charset=utf-8',
        );
        return;
      }
      case 'one-markdown':
        save(
          `${base}.md`,
          formatReport(result, { format: 'markdown', lang }),
          'text/markdown;charset=utf-8',
        );
        return;
      case 'one-csv':
        save(
          `${base}.csv`,
          formatReport(result, { format: 'csv', lang, excel: true }),
          'text/csv;charset=utf-8',
        );
        return;
      case 'one-xlsx':
        save(
          `${base}.xlsx`,
          await resultsXlsx(result),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
        return;
      case 'one-svg':
        if (state.view) save(`${base}.svg`, await state.view.toSVG(), 'image/svg+xml');
        return;
      case 'one-json': {
        const input = inputFromForm(state.values, {
          decimalComma: state.decimalComma,
          extras: state.extras,
        });
        save(`${base}.json`, `${JSON.stringify(input, null, 2)}\n`, 'application/json');
        return;
      }
    }
    return;
  }
  const batch = state.batch;
  if (!batch) return;
  const base = `${slug(batch.name)}-estimates`;
  switch (what) {
    case 'batch-html':
      save(
        `${base}.html`,
        standalone(batch.name, formatBatch(batch.result, { format: 'html', lang })),
        'text/html;charset=utf-8',
      );
      return;
    case 'batch-markdown':
      save(
        `${base}.md`,
        formatBatch(batch.result, { format: 'markdown', lang }),
        'text/markdown;charset=utf-8',
      );
      return;
    case 'batch-csv':
      save(
        `${base}.csv`,
        formatBatch(batch.result, { format: 'csv', lang, excel: true }),
        'text/csv;charset=utf-8',
      );
      return;
    case 'batch-xlsx':
      save(
        `${base}.xlsx`,
        await resultsXlsx(batch.result),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      return;
  }
}

/** The page's language: `?lang=` or `#lang=`, else the page's own `<html lang>` (`web --lang`), else Vietnamese. */
function initialLang(): Lang {
  const asked = new URLSearchParams(location.search || location.hash.slice(1)).get('lang');
  const isLang = (value: string | null): value is Lang =>
    (LANGS as readonly string[]).includes(value ?? '');
  const own = document.documentElement.lang;
  return isLang(asked) ? asked : isLang(own) ? own : 'vi';
}

state.lang = initialLang();
render();
