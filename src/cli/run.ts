import { parseArgs } from 'node:util';
import { message } from '../i18n/messages.js';
import { InputError, inputIssue } from '../input/inputError.js';
import { describeValue } from '../input/zodIssues.js';
import { closest } from '../math/editDistance.js';
import { PACKAGE_VERSION } from '../model/version.js';
import { type Command, commands } from './commands.js';
import { type CliIO, NAME, type OptionValues } from './io.js';
import { langOf } from './langOf.js';

export type { CliIO } from './io.js';

function help(): string {
  const lines = [
    `${NAME} ${PACKAGE_VERSION}: estimate a locality's digital-economy share of GRDP (docs/method.md)`,
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    '',
    `Run "${NAME} <command> --help" for a command's options and an example.`,
    'Exit codes: 0 success, 2 invalid input or usage, 1 internal error.',
  ];
  return `${lines.join('\n')}\n`;
}

function commandHelp(name: string, command: Command): string {
  return `${NAME} ${name}: ${command.summary}\n\nUsage:\n  ${command.usage}\n\nExample:\n  ${command.example}\n`;
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
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
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
      io.stdout(help());
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
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
      io.stdout(commandHelp(name, command));
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
