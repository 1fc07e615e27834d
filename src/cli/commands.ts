import type { ParseArgsConfig } from 'node:util';
import { reportChart, scenarioChart } from '../charts.js';
import { InputError, inputIssue } from '../errors.js';
import { estimate } from '../estimate.js';
import { renderScenarioText } from '../render/scenarioText.js';
import { renderText } from '../render/text.js';
import { scenario } from '../scenario.js';
import type { LocalityInputInit } from '../schemas.js';
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

/** The commands, by name. */
export const commands: Readonly<Record<string, Command>> = {
  estimate: estimateCommand,
  scenario: scenarioCommand,
};
