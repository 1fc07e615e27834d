import type { ParseArgsConfig } from 'node:util';
import { reportChart, scenarioChart } from '../charts.js';
import { InputError, inputIssue } from '../errors.js';
import { estimate } from '../estimate.js';
import { batchTable, estimateBatch, parseInputsCsv } from '../estimateBatch.js';
import { describeValue } from '../internal/issues.js';
import { renderScenarioText } from '../render/scenarioText.js';
import { renderBatchText, renderValidationText } from '../render/tableText.js';
import { renderText } from '../render/text.js';
import { scenario } from '../scenario.js';
import type { LocalityInputInit } from '../schemas.js';
import { validate } from '../validate.js';
import {
  type CliIO,
  choice,
  inFile,
  NAME,
  numberOption,
  type OptionValues,
  onePath,
  readJson,
  writeChart,
} from './io.js';

/** A command of the CLI. */
export interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly example: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  readonly run: (positionals: string[], values: OptionValues, io: CliIO) => Promise<number>;
}

const numberIfGiven = (name: string, value: string | boolean | undefined) => {
  const n = numberOption(value);
  return n === undefined ? {} : { [name]: n as number };
};

const estimateCommand: Command = {
  summary: "estimate one locality-year's digital-economy share of GRDP",
  usage: `${NAME} estimate <input.json> [--format text|json] [--draws N] [--seed S] [--chart out.svg]`,
  example: `${NAME} estimate data/inputs/da-nang-2024.json --draws 100000 --seed 7 --chart da-nang.svg`,
  options: {
    format: { type: 'string', short: 'f' },
    draws: { type: 'string' },
    seed: { type: 'string' },
    chart: { type: 'string' },
  },
  async run(positionals, values, io) {
    const file = onePath(positionals, this.usage);
    const format = choice('format', values.format, ['text', 'json'], 'text');
    const input = readJson(file, io) as LocalityInputInit;
    const result = inFile(file, () =>
      estimate(input, {
        ...numberIfGiven('draws', values.draws),
        ...numberIfGiven('seed', values.seed),
      }),
    );
    if (typeof values.chart === 'string') await writeChart(values.chart, reportChart(result), io);
    io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderText(result));
    return 0;
  },
};

const scenarioCommand: Command = {
  summary: 'the ICT revenue or IT workforce growth that reaches a target share by a year',
  usage: `${NAME} scenario <input.json> --target SHARE --by YEAR --grdp-growth RATE [--ict-growth RATE] [--workforce-growth RATE] [--format text|json] [--chart out.svg]`,
  example: `${NAME} scenario data/inputs/da-nang-2024.json --target 0.35 --by 2030 --grdp-growth 0.1`,
  options: {
    format: { type: 'string', short: 'f' },
    target: { type: 'string' },
    by: { type: 'string' },
    'grdp-growth': { type: 'string' },
    'ict-growth': { type: 'string' },
    'workforce-growth': { type: 'string' },
    chart: { type: 'string' },
  },
  async run(positionals, values, io) {
    const file = onePath(positionals, this.usage);
    const format = choice('format', values.format, ['text', 'json'], 'text');
    for (const required of ['target', 'by', 'grdp-growth']) {
      if (values[required] === undefined) {
        throw new InputError(NAME, [
          inputIssue(
            `--${required}`,
            'a value',
            'nothing (the option is missing)',
            `usage: ${this.usage}`,
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
    if (typeof values.chart === 'string') await writeChart(values.chart, scenarioChart(result), io);
    if (format === 'json') {
      const {
        target,
        by,
        grdpGrowth,
        requiredIctRevenueGrowth,
        requiredItWorkforceGrowth,
        path,
        ...rest
      } = result;
      io.stdout(
        `${JSON.stringify({ target, by, grdpGrowth, requiredIctRevenueGrowth, requiredItWorkforceGrowth, path, ...rest }, null, 2)}\n`,
      );
    } else io.stdout(renderScenarioText(result));
    return 0;
  },
};

/** Read a batch file: CSV (by extension, or when it does not start like JSON) or a JSON list. */
function readBatch(file: string, io: CliIO): unknown[] {
  let text: string;
  try {
    text = io.readFile(file);
  } catch {
    return readJson(file, io) as never; // readJson reports the unreadable file
  }
  const trimmed = text.trimStart();
  if (
    file.toLowerCase().endsWith('.csv') ||
    !(trimmed.startsWith('[') || trimmed.startsWith('{'))
  ) {
    return inFile(file, () => parseInputsCsv(text));
  }
  const rows = readJson(file, io);
  if (!Array.isArray(rows)) {
    throw new InputError(`${NAME}: ${file}`, [
      inputIssue(
        '(input)',
        'a JSON list of locality-year objects',
        describeValue(rows),
        'for one locality use the estimate command',
      ),
    ]);
  }
  return rows;
}

const batchCommand: Command = {
  summary: 'estimate every row of a CSV or JSON table, ranked, bad rows reported by number',
  usage: `${NAME} batch <file.csv|file.json> [--format text|json|csv] [--draws N] [--seed S]`,
  example: `${NAME} batch examples/provinces.csv --format csv > estimates.csv`,
  options: {
    format: { type: 'string', short: 'f' },
    draws: { type: 'string' },
    seed: { type: 'string' },
  },
  async run(positionals, values, io) {
    const file = onePath(positionals, this.usage);
    const format = choice('format', values.format, ['text', 'json', 'csv'], 'text');
    const rows = readBatch(file, io);
    const result = inFile(file, () =>
      estimateBatch(rows, {
        ...numberIfGiven('draws', values.draws),
        ...numberIfGiven('seed', values.seed),
      }),
    );
    if (format === 'json') io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else if (format === 'csv') io.stdout(batchTable(result).toCSV());
    else io.stdout(renderBatchText(result));
    for (const error of result.errors)
      io.stderr(`${NAME}: ${file}: row ${error.row}: ${error.message}\n`);
    return result.errors.length > 0 ? 2 : 0;
  },
};

const validateCommand: Command = {
  summary:
    'compare the method with published provincial shares; the national self-check; calibration',
  usage: `${NAME} validate [--format text|json] [--calibrate] [--fit beta,rho] [--draws N] [--seed S]`,
  example: `${NAME} validate --calibrate`,
  options: {
    format: { type: 'string', short: 'f' },
    calibrate: { type: 'boolean' },
    fit: { type: 'string' },
    draws: { type: 'string' },
    seed: { type: 'string' },
  },
  async run(positionals, values, io) {
    if (positionals.length > 0) {
      throw new InputError(NAME, [
        inputIssue(
          String(positionals[0]),
          'no file: validate uses the bundled data/validation.json',
          describeValue(positionals[0]),
          `usage: ${this.usage}`,
        ),
      ]);
    }
    const format = choice('format', values.format, ['text', 'json'], 'text');
    const fit =
      typeof values.fit === 'string'
        ? values.fit
            .split(',')
            .map((p) => choice('fit', p.trim(), ['beta', 'rho'] as const, 'beta'))
        : values.calibrate
          ? (['beta'] as const)
          : undefined;
    const result = inFile('validate', () =>
      validate({
        ...numberIfGiven('draws', values.draws),
        ...numberIfGiven('seed', values.seed),
        ...(fit ? { calibrate: fit } : {}),
      }),
    );
    if (format === 'json') {
      const { rows, summary, national, ...rest } = result;
      io.stdout(`${JSON.stringify({ rows, summary, national, ...rest }, null, 2)}\n`);
    } else io.stdout(renderValidationText(result));
    return 0;
  },
};

/** The commands, by name. */
export const commands: Readonly<Record<string, Command>> = {
  estimate: estimateCommand,
  scenario: scenarioCommand,
  batch: batchCommand,
  validate: validateCommand,
};
