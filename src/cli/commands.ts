import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParseArgsConfig } from 'node:util';
import { estimateBatch } from '../analyses/estimateBatch.js';
import { mergeOntoMap } from '../analyses/mergeOntoMap.js';
import { scenario } from '../analyses/scenario.js';
import { validate } from '../analyses/validate.js';
import { resolveEstimateOptions, runEstimate } from '../estimate/estimate.js';
import { LANGS, type Lang } from '../i18n/format.js';
import { message } from '../i18n/messages.js';
import { combineLocalities } from '../input/combineLocalities.js';
import { type BatchError, InputError, inputIssue, issueMessage } from '../input/inputError.js';
import { inputJsonSchema, inputTemplate } from '../input/jsonSchema.js';
import { type LocalityInput, type LocalityInputInit, YearSchema } from '../input/schemas.js';
import { describeValue, expectedNumber } from '../input/zodIssues.js';
import { findLocality, mergerParts } from '../reference/reference.js';
import { reportChart, scenarioChart } from '../render/charts.js';
import {
  formatBatch,
  formatReport,
  formatScenario,
  formatValidation,
  REPORT_FORMATS,
  type ReportFormat,
} from '../render/formatReport.js';
import { resultsXlsx } from '../render/xlsx.js';
import { threadHelper } from './helper.js';
import {
  type CliIO,
  checkNewFile,
  choice,
  inFile,
  inFileAsync,
  NAME,
  numberOption,
  type OptionValues,
  onePath,
  parseJson,
  progress,
  readBytes,
  readJson,
  readText,
  systemReason,
  writeChart,
  writeNewFile,
} from './io.js';

/** A command of the CLI. */
export interface Command {
  readonly usage: string;
  readonly example: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  readonly run: (positionals: string[], values: OptionValues, io: CliIO) => Promise<number>;
}

const OUTPUT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  lang: { type: 'string', short: 'l' },
  excel: { type: 'boolean' },
} as const;
const MONTE_CARLO_OPTIONS = {
  draws: { type: 'string' },
  seed: { type: 'string' },
  sampler: { type: 'string' },
  precision: { type: 'string' },
} as const;

/** --draws, --seed, --sampler and --precision as `estimate` options (each only when given). */
const monteCarloOptions = (values: OptionValues) => ({
  ...numberIfGiven('draws', values.draws),
  ...numberIfGiven('seed', values.seed),
  ...(typeof values.sampler === 'string' ? { sampler: values.sampler as 'sobol' } : {}),
  ...numberIfGiven('precision', values.precision),
});
const OUTPUT_USAGE = '[--format text|markdown|html|json|csv [--excel]] [--lang en|vi|fr]';

/** --format and --lang, checked. */
function output(values: OptionValues): { format: ReportFormat; lang: Lang } {
  return {
    format: choice('format', values.format, REPORT_FORMATS, 'text'),
    lang: choice('lang', values.lang, LANGS, 'en'),
  };
}

/**
 * --format for a command that also writes Excel: `xlsx` (with `--out`, a workbook is not text) or
 * one of the text formats.
 */
function outputOrXlsx(values: OptionValues): { format: ReportFormat | 'xlsx'; lang: Lang } {
  const lang = choice('lang', values.lang, LANGS, 'en');
  const format = choice('format', values.format, [...REPORT_FORMATS, 'xlsx'] as const, 'text');
  if (format === 'xlsx' && typeof values.out !== 'string') {
    throw new InputError(NAME, [
      inputIssue(
        ['--out'],
        { code: 'expected.xlsx-out' },
        { code: 'received.missing-option' },
        {
          code: 'hint.xlsx-out',
        },
      ),
    ]);
  }
  return { format, lang };
}

/** Write an Excel workbook of a result to `--out`. */
async function writeXlsx(
  result: Parameters<typeof resultsXlsx>[0],
  values: OptionValues,
  io: CliIO,
): Promise<void> {
  const out = values.out as string;
  checkNewFile(out, io, values.force === true, '--out');
  writeNewFile(out, await resultsXlsx(result), io, '--out');
  io.stdout(`${NAME}: wrote ${out}\n`);
}

/** The rows of an .xlsx file's first sheet, read by the CSV's rules. */
async function readXlsxRows(file: string, io: CliIO): Promise<unknown[]> {
  const bytes = readBytes(file, io);
  const { xlsxToCsv } = await import('../input/xlsx.js');
  const text = await inFileAsync(file, () => xlsxToCsv(bytes));
  const { parseInputsCsv } = await import('../input/csv.js');
  // A workbook's numbers are numbers (written with a decimal point here): never decimal commas.
  return inFile(file, () => parseInputsCsv(text, { decimalComma: false }));
}

/** `--decimal-comma`: numbers written `39.888,5` whatever the separator; else the separator decides. */
const decimalComma = (values: OptionValues) =>
  values['decimal-comma'] === true ? { decimalComma: true } : {};

const isXlsx = (file: string) => file.toLowerCase().endsWith('.xlsx');

const numberIfGiven = (name: string, value: string | boolean | undefined) => {
  const n = numberOption(value);
  return n === undefined ? {} : { [name]: n as number };
};

/** The example inputs that ship in the package (data/inputs/), by name. */
const EXAMPLES_DIR = new URL('../../data/inputs/', import.meta.url);
function examples(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** The input file of a command: `--example NAME` (a bundled input) or exactly one path. */
function inputFile(positionals: readonly string[], values: OptionValues, usage: string): string {
  if (values.example === undefined) return onePath(positionals, usage);
  const name = choice('example', values.example, examples(), examples()[0] ?? '');
  if (positionals.length > 0) onePath(['--example', ...positionals], usage); // one input only
  return fileURLToPath(new URL(`${name}.json`, EXAMPLES_DIR));
}

/** `--year`, a calendar year when given. */
function yearOption(value: string | boolean | undefined): number | undefined {
  const year = numberOption(value);
  if (year !== undefined && !YearSchema.safeParse(year).success) {
    throw new InputError(NAME, [
      inputIssue(['--year'], expectedNumber(YearSchema), describeValue(value)),
    ]);
  }
  return year as number | undefined;
}

/** Draw counts from which a terminal shows progress. */
const LONG_RUN_DRAWS = 200_000;

const estimateCommand: Command = {
  usage: `${NAME} estimate <input.json|input.xlsx>|--example NAME ${OUTPUT_USAGE} [--format xlsx --out results.xlsx] [--draws N] [--seed S] [--sampler sobol|mc] [--precision P] [--chart out.svg [--force]]`,
  example: `${NAME} estimate --example da-nang-2024 --lang vi --draws 100000 --chart da-nang.svg`,
  options: {
    ...OUTPUT_OPTIONS,
    ...MONTE_CARLO_OPTIONS,
    chart: { type: 'string' },
    force: { type: 'boolean' },
    example: { type: 'string' },
    out: { type: 'string' },
  },
  async run(positionals, values, io) {
    const file = inputFile(positionals, values, this.usage);
    const { format, lang } = outputOrXlsx(values);
    const input = (isXlsx(file) ? await oneRow(file, io) : readJson(file, io)) as LocalityInputInit;
    const draws = numberOption(values.draws);
    const onProgress =
      typeof draws === 'number' && draws >= LONG_RUN_DRAWS ? progress(io, 'draws') : undefined;
    const options = { ...monteCarloOptions(values), ...(onProgress ? { onProgress } : {}) };
    // A second thread for a long run (src/cli/helper.ts), ended once the estimate is made.
    const helper = io.helper ?? threadHelper();
    const estimated = () =>
      runEstimate(input, { ...resolveEstimateOptions(options, 'estimate'), helper }, 'estimate');
    let result: ReturnType<typeof estimated>;
    try {
      result = inFile(file, estimated);
    } finally {
      helper?.close();
    }
    if (typeof values.chart === 'string')
      await writeChart(values.chart, reportChart(result, { lang }), io, values.force === true);
    if (format === 'xlsx') await writeXlsx(result, values, io);
    else io.stdout(formatReport(result, { format, lang, excel: values.excel === true }));
    return 0;
  },
};

/** The one locality-year of an .xlsx input (its first sheet's only data row). */
async function oneRow(file: string, io: CliIO): Promise<unknown> {
  const rows = await readXlsxRows(file, io);
  if (rows.length !== 1) {
    throw new InputError(`${NAME}: ${file}`, [
      inputIssue(
        [],
        { code: 'expected.one-row' },
        { code: 'received.rows', values: { count: rows.length } },
        { code: 'hint.use-batch' },
      ),
    ]);
  }
  return rows[0];
}

const scenarioCommand: Command = {
  usage: `${NAME} scenario <input.json>|--example NAME --target SHARE --by YEAR --grdp-growth RATE [--ict-growth RATE] [--workforce-growth RATE] ${OUTPUT_USAGE} [--chart out.svg [--force]]`,
  example: `${NAME} scenario --example da-nang-2024 --target 0.35 --by 2030 --grdp-growth 0.1`,
  options: {
    ...OUTPUT_OPTIONS,
    target: { type: 'string' },
    by: { type: 'string' },
    'grdp-growth': { type: 'string' },
    'ict-growth': { type: 'string' },
    'workforce-growth': { type: 'string' },
    chart: { type: 'string' },
    force: { type: 'boolean' },
    example: { type: 'string' },
  },
  async run(positionals, values, io) {
    const file = inputFile(positionals, values, this.usage);
    const { format, lang } = output(values);
    for (const required of ['target', 'by', 'grdp-growth']) {
      if (values[required] === undefined) {
        throw new InputError(NAME, [
          inputIssue(
            [`--${required}`],
            { code: 'expected.a-value' },
            { code: 'received.missing-option' },
            { code: 'hint.usage', values: { usage: this.usage } },
          ),
        ]);
      }
    }
    const input = readJson(file, io) as LocalityInputInit;
    const options = {
      target: numberOption(values.target) as number,
      by: numberOption(values.by) as number,
      grdpGrowth: numberOption(values['grdp-growth']) as number,
      ...numberIfGiven('ictRevenueGrowth', values['ict-growth']),
      ...numberIfGiven('itWorkforceGrowth', values['workforce-growth']),
    };
    const flags = {
      target: '--target',
      by: '--by',
      grdpGrowth: '--grdp-growth',
      ictRevenueGrowth: '--ict-growth',
      itWorkforceGrowth: '--workforce-growth',
    };
    const result = inFile(file, () => scenario(input, options), flags);
    if (typeof values.chart === 'string')
      await writeChart(values.chart, scenarioChart(result, { lang }), io, values.force === true);
    io.stdout(formatScenario(result, { format, lang, excel: values.excel === true }));
    return 0;
  },
};

/** One line on stderr for each row error of a table, in the language of --lang. */
function printRowErrors(file: string, errors: readonly BatchError[], lang: Lang, io: CliIO): void {
  for (const error of errors) {
    const line = message(
      'batch.error',
      { row: error.row, message: issueMessage(error, lang) },
      lang,
    );
    io.stderr(`${NAME}: ${file}: ${line}\n`);
  }
}

/** Read a batch file: CSV (by extension, or when it does not start like JSON) or a JSON list. */
async function readBatch(file: string, io: CliIO, values: OptionValues = {}): Promise<unknown[]> {
  if (isXlsx(file)) return readXlsxRows(file, io);
  const text = readText(file, io, 'expected.readable-table');
  const trimmed = text.trimStart();
  if (
    file.toLowerCase().endsWith('.csv') ||
    !(trimmed.startsWith('[') || trimmed.startsWith('{') || trimmed.startsWith('//'))
  ) {
    // The CSV reader (arquero) is loaded only when a CSV is read.
    const { parseInputsCsv } = await import('../input/csv.js');
    return inFile(file, () => parseInputsCsv(text, decimalComma(values)));
  }
  const rows = parseJson(file, text);
  if (!Array.isArray(rows)) {
    throw new InputError(`${NAME}: ${file}`, [
      inputIssue([], { code: 'expected.locality-list' }, describeValue(rows), {
        code: 'hint.use-estimate',
      }),
    ]);
  }
  return rows;
}

const batchCommand: Command = {
  usage: `${NAME} batch <file.csv|file.xlsx|file.json> ${OUTPUT_USAGE} [--format xlsx --out results.xlsx [--force]] [--draws N] [--seed S] [--sampler sobol|mc] [--precision P] [--map 2025] [--decimal-comma]`,
  example: `${NAME} batch examples/provinces.csv --format csv > estimates.csv`,
  options: {
    ...OUTPUT_OPTIONS,
    ...MONTE_CARLO_OPTIONS,
    map: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'decimal-comma': { type: 'boolean' },
  },
  async run(positionals, values, io) {
    const file = onePath(positionals, this.usage);
    const { format, lang } = outputOrXlsx(values);
    const rows = await readBatch(file, io, values);
    // A table with no rows is the wrong file or sheet, not zero localities to rank.
    if (rows.length === 0) {
      throw new InputError(`${NAME}: ${file}`, [
        inputIssue(
          [],
          { code: 'expected.some-rows' },
          { code: 'received.no-rows' },
          {
            code: 'hint.add-rows',
          },
        ),
      ]);
    }
    const onProgress = rows.length >= 10 ? progress(io, 'rows') : undefined;
    const map = values.map === undefined ? undefined : choice('map', values.map, ['2025'], '2025');
    const result = inFile(file, () =>
      estimateBatch(rows, {
        ...monteCarloOptions(values),
        ...(onProgress ? { onProgress } : {}),
        ...(map ? { map: 2025 as const } : {}),
      }),
    );
    if (format === 'xlsx') await writeXlsx(result, values, io);
    else io.stdout(formatBatch(result, { format, lang, excel: values.excel === true }));
    printRowErrors(file, result.errors, lang, io);
    return result.errors.length > 0 ? 2 : 0;
  },
};

const combineCommand: Command = {
  usage: `${NAME} combine <a.json> <b.json> … [--locality NAME] | combine --into PROVINCE <table.csv|table.json> [--year YEAR]; then [--out merged.json [--force]]`,
  example: `${NAME} combine --into "Đà Nẵng" provinces-2024.csv --out da-nang-2024.json`,
  options: {
    lang: { type: 'string', short: 'l' },
    locality: { type: 'string' },
    into: { type: 'string' },
    year: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(positionals, values, io) {
    const lang = choice('lang', values.lang, LANGS, 'en');
    let combined: LocalityInput;
    if (typeof values.into === 'string') {
      const file = onePath(positionals, this.usage);
      const into = await combineInto(values.into, file, yearOption(values.year), io);
      if ('errors' in into) {
        printRowErrors(file, into.errors, lang, io);
        return 2;
      }
      combined = into.input;
    } else {
      if (positionals.length < 2) {
        throw new InputError(NAME, [
          inputIssue(
            positionals.length === 0 ? ['<a.json>'] : [String(positionals[0])],
            { code: 'expected.two-files' },
            { code: 'received.paths', values: { count: positionals.length } },
            { code: 'hint.usage', values: { usage: this.usage } },
          ),
        ]);
      }
      const inputs = positionals.map((file) => readJson(file, io));
      combined = inFile(positionals.join(' + '), () =>
        combineLocalities(
          inputs,
          typeof values.locality === 'string' ? { locality: values.locality } : {},
        ),
      );
    }
    const text = `${JSON.stringify(combined, null, 2)}\n`;
    if (typeof values.out !== 'string') {
      io.stdout(text);
      return 0;
    }
    checkNewFile(values.out, io, values.force === true, '--out');
    writeNewFile(values.out, text, io, '--out');
    io.stdout(`${NAME}: wrote ${values.out}\n`);
    return 0;
  },
};

/**
 * `combine --into PROVINCE table`: the rows of the province's former parts (data/localities.json),
 * combined as `batch --map 2025` would combine them; one year, or the one `--year` names.
 */
async function combineInto(
  into: string,
  file: string,
  year: number | undefined,
  io: CliIO,
): Promise<{ input: LocalityInput } | { errors: readonly BatchError[] }> {
  const target = findLocality(into);
  if (!target || target.mergedInto !== undefined) {
    const joined = findLocality(target?.mergedInto ?? '')?.name ?? '';
    throw new InputError(NAME, [
      inputIssue(
        ['--into'],
        { code: 'expected.current-province' },
        target
          ? { code: 'received.merged-province', values: { name: target.name, into: joined } }
          : { code: 'received.unknown-province', values: { name: into } },
        target
          ? { code: 'hint.into-new', values: { into: joined } }
          : { code: 'hint.province-name' },
      ),
    ]);
  }
  const rows = await readBatch(file, io);
  const merged = inFile(file, () => mergeOntoMap(rows));
  const ofTarget = (row: number) => {
    const raw = rows[row - 1] as { locality?: unknown } | undefined;
    const found = typeof raw?.locality === 'string' ? findLocality(raw.locality) : undefined;
    return found !== undefined && (found.mergedInto ?? found.id) === target.id;
  };
  const candidates = merged.inputs
    .map((input, i) => ({ input, rows: merged.rows[i] ?? [] }))
    .filter((c) => ofTarget(c.rows[0] ?? 0) && (year === undefined || c.input.year === year));
  const errors = merged.errors.filter(
    (e) => ofTarget(e.row) && (year === undefined || rowYear(rows, e.row) === year),
  );
  if (errors.length > 0) return { errors };
  const years = [...new Set(candidates.map((c) => c.input.year))].sort();
  if (candidates.length !== 1) {
    throw new InputError(`${NAME}: ${file}`, [
      candidates.length === 0
        ? inputIssue(
            ['--into'],
            {
              code: 'expected.rows-of',
              values: {
                province: target.name,
                parts: mergerParts(target.id)
                  .map((p) => p.name)
                  .join(', '),
              },
            },
            { code: 'received.no-part-rows' },
          )
        : inputIssue(
            ['--year'],
            { code: 'expected.one-year' },
            { code: 'received.years', values: { years: years.join(', ') } },
            { code: 'hint.give-year' },
          ),
    ]);
  }
  return { input: (candidates[0] as { input: LocalityInput }).input };
}

const rowYear = (rows: readonly unknown[], row: number) =>
  (rows[row - 1] as { year?: unknown } | undefined)?.year;

const validateCommand: Command = {
  usage: `${NAME} validate ${OUTPUT_USAGE} [--calibrate] [--fit beta,rho] [--draws N] [--seed S]`,
  example: `${NAME} validate --calibrate --lang fr`,
  options: {
    ...OUTPUT_OPTIONS,
    ...MONTE_CARLO_OPTIONS,
    calibrate: { type: 'boolean' },
    fit: { type: 'string' },
  },
  async run(positionals, values, io) {
    if (positionals.length > 0) {
      throw new InputError(NAME, [
        inputIssue(
          [String(positionals[0])],
          { code: 'expected.no-file-validate' },
          describeValue(positionals[0]),
          { code: 'hint.usage', values: { usage: this.usage } },
        ),
      ]);
    }
    const { format, lang } = output(values);
    const fit =
      typeof values.fit === 'string'
        ? values.fit
            .split(',')
            .map((p) => choice('fit', p.trim(), ['beta', 'rho'] as const, 'beta'))
        : values.calibrate
          ? (['beta'] as const)
          : undefined;
    const result = await inFileAsync('validate', () =>
      validate({
        ...numberIfGiven('draws', values.draws),
        ...numberIfGiven('seed', values.seed),
        ...(fit ? { calibrate: fit } : {}),
      }),
    );
    io.stdout(formatValidation(result, { format, lang, excel: values.excel === true }));
    return 0;
  },
};

const schemaCommand: Command = {
  usage: `${NAME} schema`,
  example: `${NAME} schema > digital-economy-share.schema.json`,
  options: {},
  async run(positionals, _values, io) {
    if (positionals.length > 0) {
      throw new InputError(NAME, [
        inputIssue(
          [String(positionals[0])],
          { code: 'expected.no-argument' },
          describeValue(positionals[0]),
          { code: 'hint.usage', values: { usage: this.usage } },
        ),
      ]);
    }
    io.stdout(`${JSON.stringify(inputJsonSchema(), null, 2)}\n`);
    return 0;
  },
};

const initCommand: Command = {
  usage: `${NAME} init <file.json> [--locality NAME] [--year YEAR] [--force]`,
  example: `${NAME} init quang-ninh-2024.json --locality "Quang Ninh" --year 2024`,
  options: { locality: { type: 'string' }, year: { type: 'string' }, force: { type: 'boolean' } },
  async run(positionals, values, io) {
    const file = onePath(positionals, this.usage);
    const year = yearOption(values.year);
    checkNewFile(file, io, values.force === true);
    const text = inputTemplate({
      ...(typeof values.locality === 'string' ? { locality: values.locality } : {}),
      ...(typeof year === 'number' ? { year } : {}),
    });
    try {
      io.writeFile(file, text);
    } catch (error) {
      throw new InputError(NAME, [
        inputIssue(
          [file],
          { code: 'expected.writable' },
          { code: 'received.unwritable', values: { reason: systemReason(error) } },
          { code: 'hint.folder-exists' },
        ),
      ]);
    }
    io.stdout(`${NAME}: wrote ${file}; fill in every null, then run: ${NAME} estimate ${file}\n`);
    return 0;
  },
};

/** The built web calculator: dist/web/index.html, beside dist/cli in the package and in the repository. */
const WEB_PAGE = new URL('../../dist/web/index.html', import.meta.url);

const webCommand: Command = {
  usage: `${NAME} web [--out calculator.html [--force]] [--lang vi|en|fr]`,
  example: `${NAME} web --out calculator.html`,
  options: {
    lang: { type: 'string', short: 'l' },
    out: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(positionals, values, io) {
    if (positionals.length > 0) {
      throw new InputError(NAME, [
        inputIssue(
          [String(positionals[0])],
          { code: 'expected.no-file' },
          { code: 'received.paths', values: { count: positionals.length } },
          { code: 'hint.usage', values: { usage: this.usage } },
        ),
      ]);
    }
    // Vietnamese unless --lang says otherwise: the page opens in the language of <html lang>.
    const lang = choice('lang', values.lang, LANGS, 'vi');
    const file = fileURLToPath(WEB_PAGE);
    if (!existsSync(file))
      throw new Error(`${file} is missing: the package was not built (npm run build)`);
    const page = readFileSync(file, 'utf8').replace('<html lang="vi">', `<html lang="${lang}">`);
    if (typeof values.out !== 'string') {
      io.stdout(page);
      return 0;
    }
    checkNewFile(values.out, io, values.force === true, '--out');
    writeNewFile(values.out, page, io, '--out');
    io.stdout(`${NAME}: wrote ${values.out}; open it in a browser (it needs no network)\n`);
    return 0;
  },
};

/** The commands, by name. */
export const commands: Readonly<Record<string, Command>> = {
  estimate: estimateCommand,
  scenario: scenarioCommand,
  batch: batchCommand,
  combine: combineCommand,
  validate: validateCommand,
  schema: schemaCommand,
  init: initCommand,
  web: webCommand,
};
