import { type ParseArgsConfig, parseArgs } from 'node:util';
import { InputError, inputIssue } from '../errors.js';
import { estimate } from '../estimate.js';
import { closest, describeValue } from '../internal/issues.js';
import { renderText } from '../render/text.js';
import { PACKAGE_VERSION } from '../version.js';

/** What the CLI needs from the outside world; tests pass fakes. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Read a text file; throws a Node system error (with `code`) when it cannot. */
  readonly readFile: (path: string) => string;
}

const NAME = 'digital-economy-share';

interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly example: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  readonly run: (
    positionals: string[],
    values: Record<string, string | boolean | undefined>,
    io: CliIO,
  ) => number;
}

const FORMAT_OPTION = { format: { type: 'string', short: 'f' } } as const;

/** A CLI option's number: digits or any finite JS number ("1e6"); anything else stays text for the message. */
function numberOption(value: string | boolean | undefined): number | string | undefined {
  if (typeof value !== 'string') return undefined;
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? n : value;
}

function choice(
  name: string,
  value: string | boolean | undefined,
  allowed: readonly string[],
  fallback: string,
): string {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && allowed.includes(value)) return value;
  const suggestion =
    typeof value === 'string' ? allowed.find((a) => a === value.toLowerCase()) : undefined;
  throw new InputError(NAME, [
    inputIssue(
      `--${name}`,
      `one of ${allowed.join(', ')}`,
      describeValue(value),
      suggestion ? `did you mean ${suggestion}?` : undefined,
    ),
  ]);
}

/** Read and parse a JSON file; unreadable files and invalid JSON become InputErrors naming the file. */
export function readJson(path: string, io: CliIO): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (code ?? 'unreadable');
    throw new InputError(NAME, [
      inputIssue(
        path,
        'a readable JSON file',
        `a path that cannot be read (${why})`,
        'check the path and the file name',
      ),
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    const position = /position (\d+)/.exec(detail)?.[1];
    let where = '';
    if (position !== undefined) {
      const before = text.slice(0, Number(position));
      const line = before.split('\n').length;
      const column = Number(position) - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${column}`;
    }
    throw new InputError(NAME, [
      inputIssue(
        path,
        'valid JSON',
        text.trim() === ''
          ? 'an empty file'
          : `text that is not valid JSON${where} (${detail.replace(/\s*\(line \d+ column \d+\)$/, '')})`,
        'check commas, quotes and brackets; numbers are written without thousands separators',
      ),
    ]);
  }
}

const commands: Record<string, Command> = {
  estimate: {
    summary: "estimate one locality-year's digital-economy share of GRDP",
    usage: `${NAME} estimate <input.json> [--format text|json] [--draws N] [--seed S]`,
    example: `${NAME} estimate data/inputs/da-nang-2024.json --format json --draws 100000 --seed 7`,
    options: { ...FORMAT_OPTION, draws: { type: 'string' }, seed: { type: 'string' } },
    run(positionals, values, io) {
      const [file, ...extra] = positionals;
      if (file === undefined) {
        throw new InputError(NAME, [
          inputIssue(
            '<input.json>',
            'the path of an input JSON file',
            'nothing',
            `usage: ${this.usage}`,
          ),
        ]);
      }
      if (extra.length > 0) {
        throw new InputError(NAME, [
          inputIssue(
            String(extra[0]),
            'one input file',
            `${positionals.length} paths`,
            'use the batch command for many localities',
          ),
        ]);
      }
      const format = choice('format', values.format, ['text', 'json'], 'text');
      const draws = numberOption(values.draws);
      const seed = numberOption(values.seed);
      const input = readJson(file, io);
      let result: ReturnType<typeof estimate>;
      try {
        result = estimate(input as Parameters<typeof estimate>[0], {
          ...(draws === undefined ? {} : { draws: draws as number }),
          ...(seed === undefined ? {} : { seed: seed as number }),
        });
      } catch (error) {
        if (error instanceof InputError && error.context === 'estimate options') {
          // Name the CLI flags, not the API fields.
          throw new InputError(
            NAME,
            error.issues.map((i) => inputIssue(`--${i.path}`, i.expected, i.received, i.hint)),
          );
        }
        if (error instanceof InputError) throw new InputError(`${NAME}: ${file}`, error.issues);
        throw error;
      }
      io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderText(result));
      return 0;
    },
  },
};

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
 * Run the command line. Returns the exit code: 0 on success, 2 on invalid input or usage (one
 * line on stderr naming the field), 1 on an internal error (one line, no stack trace).
 */
export function run(argv: readonly string[], io: CliIO): number {
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
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      const text = (error as Error).message;
      const option = /'(-[^' ]*)/.exec(text)?.[1] ?? '';
      throw new InputError(NAME, [
        inputIssue(
          `${name} ${option}`.trim(),
          `options among ${Object.keys(command.options)
            .map((o) => `--${o}`)
            .join(', ')}, each with a value`,
          (text.split('\n')[0] ?? text).replace(/\. To specify.*$/, '').replace(/\.$/, ''),
          `usage: ${command.usage}`,
        ),
      ]);
    }
    if (parsed.values.help) {
      io.stdout(commandHelp(name, command));
      return 0;
    }
    return command.run(
      parsed.positionals,
      parsed.values as Record<string, string | boolean | undefined>,
      io,
    );
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`${error.context === NAME ? NAME : error.context}: ${error.detail}\n`);
      return 2;
    }
    io.stderr(
      `${NAME}: internal error: ${(error as Error)?.message ?? String(error)}; this is a bug, please report it with the input\n`,
    );
    return 1;
  }
}
