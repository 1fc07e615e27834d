import { parseArgs } from 'node:util';
import { InputError, inputIssue } from '../errors.js';
import { closest, describeValue } from '../internal/issues.js';
import { PACKAGE_VERSION } from '../version.js';
import { type Command, commands } from './commands.js';
import { type CliIO, NAME, type OptionValues } from './io.js';

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

function parseOptions(name: string, command: Command, args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
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
        `${name} ${option}`.trim(),
        `options among ${known.join(', ')}, each with a value`,
        (text.split('\n')[0] ?? text).replace(/\. To specify.*$/, '').replace(/\.$/, ''),
        `usage: ${command.usage}`,
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
          '<command>',
          `one of ${Object.keys(commands).join(', ')}`,
          describeValue(name),
          suggestion ? `did you mean ${suggestion}?` : `run ${NAME} --help`,
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
      io.stderr(`${error.context}: ${error.detail}\n`);
      return 2;
    }
    const why = error instanceof Error ? error.message : String(error);
    io.stderr(`${NAME}: internal error: ${why}; this is a bug, please report it with the input\n`);
    return 1;
  }
}
