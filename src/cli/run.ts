import { parseArgs } from 'node:util';
import type { Lang } from '../i18n/format.js';
import { type MessageKey, message, type TemplateValues } from '../i18n/messages.js';
import { InputError, inputIssue } from '../input/inputError.js';
import { EstimateOptionsSchema } from '../input/schemas.js';
import { describeValue } from '../input/zodIssues.js';
import { closest } from '../math/editDistance.js';
import { PACKAGE_VERSION } from '../model/version.js';
import { type Command, commands } from './commands.js';
import { type CliIO, NAME, type OptionValues } from './io.js';
import { langOf } from './langOf.js';

export { message } from '../i18n/messages.js';
export type { CliIO } from './io.js';

function help(lang: Lang): string {
  const t = (key: MessageKey, values: TemplateValues = {}) => message(key, values, lang);
  const lines = [
    t('help.title', { name: NAME, version: PACKAGE_VERSION }),
    '',
    `${t('help.commands')}:`,
    ...Object.keys(commands).map(
      (name) => `  ${name.padEnd(10)} ${t(`help.command.${name}` as MessageKey)}`,
    ),
    '',
    t('help.more', { name: NAME }),
    t('help.exit'),
  ];
  return `${lines.join('\n')}\n`;
}

/** A command's help in a language: its summary, usage, options with their defaults, an example. */
function commandHelp(name: string, command: Command, lang: Lang): string {
  const t = (key: MessageKey, values: TemplateValues = {}) => message(key, values, lang);
  const defaults = EstimateOptionsSchema.parse({});
  const options = [...Object.keys(command.options), 'help'].map((option) => {
    const spec = command.options[option];
    const short = spec?.short ? `, -${spec.short}` : option === 'help' ? ', -h' : '';
    const key =
      option === 'format' && 'out' in command.options && name !== 'combine'
        ? 'help.option.format-xlsx'
        : (name === 'init' || name === 'web') && option !== 'help'
          ? `help.option.${name}-${option}`
          : `help.option.${option}`;
    const text = t(key as MessageKey, { draws: defaults.draws, seed: String(defaults.seed) });
    return `  ${`--${option}${short}`.padEnd(22)} ${text}`;
  });
  return [
    `${NAME} ${name}: ${t(`help.command.${name}` as MessageKey)}`,
    '',
    `${t('help.usage')}:`,
    `  ${command.usage}`,
    '',
    `${t('help.options')}:`,
    ...options,
    '',
    `${t('help.example')}:`,
    `  ${command.example}`,
    '',
  ].join('\n');
}

/**
 * `--draws -5` as `--draws=-5`: a value of a text option that starts like an option but is a
 * negative number belongs to the option (its own rule then refuses it with a reason), instead of
 * making the parser call the option's argument ambiguous.
 */
function joinNegativeValues(command: Command, args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const option = arg.startsWith('--') ? command.options[arg.slice(2)] : undefined;
    if (option?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function parseOptions(name: string, command: Command, args: readonly string[]) {
  try {
    return parseArgs({
      args: joinNegativeValues(command, args),
      // --lang is understood by every command: it sets the language of the messages and the help.
      options: {
        lang: { type: 'string', short: 'l' },
        ...command.options,
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const text = (error as Error).message;
    const option = /'(-[^' ]*)/.exec(text)?.[1] ?? '';
    const known = Object.keys(command.options).map((o) => `--${o}`);
    throw new InputError(NAME, [
      inputIssue(
        [`${name} ${option}`.trim()],
        { code: 'expected.options', values: { options: known.join(', ') } },
        (text.split('\n')[0] ?? text).replace(/\. To specify.*$/, '').replace(/\.$/, ''),
        { code: 'hint.usage', values: { usage: command.usage } },
      ),
    ]);
  }
}

/**
 * Run the command line. Resolves to the exit code: 0 on success, 2 on invalid input or usage (one
 * line on stderr naming the field), 1 on an internal error (one line, no stack trace).
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(help(langOf(rest)));
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v' || name === '-V') {
      io.stdout(`${PACKAGE_VERSION}\n`);
      return 0;
    }
    const command = commands[name];
    if (!command) {
      const suggestion = closest(name, Object.keys(commands));
      throw new InputError(NAME, [
        inputIssue(
          ['<command>'],
          { code: 'expected.one-of', values: { options: Object.keys(commands).join(', ') } },
          describeValue(name),
          suggestion
            ? { code: 'hint.did-you-mean', values: { name: suggestion } }
            : { code: 'hint.run-help', values: { command: NAME } },
        ),
      ]);
    }
    const parsed = parseOptions(name, command, rest);
    if (parsed.values.help) {
      io.stdout(commandHelp(name, command, langOf(rest)));
      return 0;
    }
    return await command.run(parsed.positionals, parsed.values as OptionValues, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`${error.context}: ${error.detailIn(langOf(rest))}\n`);
      return 2;
    }
    const why = error instanceof Error ? error.message : String(error);
    io.stderr(`${NAME}: ${message('error.internal', { why }, langOf(rest))}\n`);
    return 1;
  }
}
