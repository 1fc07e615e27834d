import { formatPath, InputError, inputIssue, type Phrase } from '../input/inputError.js';
import { scanJson } from '../input/jsonScan.js';
import { describeValue } from '../input/zodIssues.js';
import type { VegaLiteSpec } from '../render/charts.js';
import type { CliHelper } from './helper.js';
import { renderSvg } from './svg.js';

/**
 * The largest input file read, in characters (20 million: about 50,000 localities in a CSV, far
 * above the 34 provinces or 63 former ones); a larger one is refused with the limit named.
 */
export const MAX_INPUT_CHARACTERS = 20_000_000;

/** The command's name, as users type it. */
export const NAME = 'digital-economy-share';

/** What the CLI needs from the outside world; tests pass fakes. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Read a text file; throws a Node system error (with `code`) when it cannot. */
  readonly readFile: (path: string) => string;
  /** Write a file (text, or bytes for a workbook); throws a Node system error when it cannot. */
  readonly writeFile: (path: string, text: string | Uint8Array) => void;
  /** Read a file's bytes (a workbook); default: the text read by `readFile`, as UTF-8 bytes. */
  readonly readBytes?: (path: string) => Uint8Array;
  /** Whether a file or folder exists at the path. */
  readonly exists: (path: string) => boolean;
  /** Whether the path is a symbolic link (dangling or not); default: never. */
  readonly isSymlink?: (path: string) => boolean;
  /** Whether stderr is a terminal (progress is shown only then). */
  readonly stderrIsTTY: boolean;
  /** A second thread already started for a long estimate (src/cli/helper.ts); default: one started when needed. */
  readonly helper?: CliHelper;
}

/**
 * A progress callback that redraws one line on stderr ("45% (450,000 of 1,000,000 draws)") when
 * stderr is a terminal, and clears it at the end; undefined otherwise, so that pipes and logs get
 * nothing but the output itself.
 */
export function progress(
  io: CliIO,
  unit: 'draws' | 'rows',
): ((done: number, total: number) => void) | undefined {
  if (!io.stderrIsTTY) return undefined;
  let shown = -1;
  return (done, total) => {
    const percent = Math.floor((done / total) * 100);
    if (percent === shown && done < total) return;
    shown = percent;
    io.stderr(
      `\r${NAME}: ${percent}% (${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${unit})`,
    );
    if (done >= total) io.stderr('\r\x1b[K');
  };
}

/** Parsed option values of one command. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** Why a file operation failed, in words. */
export function systemReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EISDIR: 'it is a directory',
    EACCES: 'permission denied',
    ENOTDIR: 'a part of the path is not a folder',
  };
  return (code && reasons[code]) ?? code ?? 'unreadable';
}

/** A CLI option's number: digits or any finite JS number ("1e6"); anything else stays text for the message. */
export function numberOption(value: string | boolean | undefined): number | string | undefined {
  if (typeof value !== 'string') return undefined;
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? n : value;
}

/** An option with a fixed set of values. */
export function choice<T extends string>(
  name: string,
  value: string | boolean | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  const suggestion =
    typeof value === 'string' ? allowed.find((a) => a === value.toLowerCase()) : undefined;
  throw new InputError(NAME, [
    inputIssue(
      [`--${name}`],
      { code: 'expected.one-of', values: { options: allowed.join(', ') } },
      describeValue(value),
      suggestion ? { code: 'hint.did-you-mean', values: { name: suggestion } } : undefined,
    ),
  ]);
}

/** The input file of a command: exactly one path. */
export function onePath(positionals: readonly string[], usage: string): string {
  const [file, ...extra] = positionals;
  if (file === undefined) {
    throw new InputError(NAME, [
      inputIssue(
        ['<input.json>'],
        { code: 'expected.input-file' },
        { code: 'received.nothing' },
        { code: 'hint.usage', values: { usage } },
      ),
    ]);
  }
  if (extra.length > 0) {
    throw new InputError(NAME, [
      inputIssue(
        [String(extra[0])],
        { code: 'expected.one-file' },
        { code: 'received.paths', values: { count: String(positionals.length) } },
        { code: 'hint.use-batch' },
      ),
    ]);
  }
  return file;
}

/**
 * Run a library call on a file's content; an InputError comes back with the file name in front,
 * and errors about options name the CLI flags (`flags` maps option fields to flags).
 */
export function inFile<T>(file: string, call: () => T, flags: Record<string, string> = {}): T {
  try {
    return call();
  } catch (error) {
    throw restated(file, error, flags);
  }
}

/** `inFile` for an asynchronous call. */
export async function inFileAsync<T>(
  file: string,
  call: () => Promise<T>,
  flags: Record<string, string> = {},
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw restated(file, error, flags);
  }
}

/** An error of a library call on a file, restated for the command line. */
function restated(file: string, error: unknown, flags: Record<string, string>): unknown {
  if (error instanceof InputError && error.context.endsWith(' options')) {
    return new InputError(
      NAME,
      error.issues.map((i) =>
        inputIssue(
          [flags[formatPath(i.path)] ?? `--${formatPath(i.path)}`],
          i.values.expected,
          i.values.received,
          i.values.hint,
          i.code,
        ),
      ),
    );
  }
  if (error instanceof InputError) return new InputError(`${NAME}: ${file}`, error.issues);
  return error;
}

/**
 * JSON with comments (// to the end of the line, /* … *\/) made plain JSON: each comment character
 * becomes a space (newlines are kept), so positions in error messages stay where they were.
 */
export function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') {
        out += ' ';
        i++;
      }
      if (i < text.length) out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) out += text[i] === '\n' ? '\n' : ' ';
      i--;
    } else out += c;
  }
  return out;
}

/** Read and parse a JSON file (// and /* comments allowed); unreadable files and invalid JSON become InputErrors naming the file. */
export function readJson(path: string, io: CliIO): unknown {
  return parseJson(path, readText(path, io, 'expected.readable-json'));
}

/** A file's bytes (an .xlsx workbook); unreadable, an InputError as for a table. */
export function readBytes(path: string, io: CliIO): Uint8Array {
  try {
    return io.readBytes ? io.readBytes(path) : new TextEncoder().encode(io.readFile(path));
  } catch (error) {
    throw new InputError(NAME, [
      inputIssue(
        [path],
        { code: 'expected.readable-table' },
        { code: 'received.unreadable', values: { reason: systemReason(error) } },
        { code: 'hint.check-path' },
      ),
    ]);
  }
}

/** A file's text; an unreadable file is an InputError saying what kind of file was expected. */
export function readText(
  path: string,
  io: CliIO,
  expected: 'expected.readable-json' | 'expected.readable-table',
): string {
  let text: string;
  try {
    // A UTF-8 byte-order mark (Excel's "CSV UTF-8", Notepad) is not part of the content.
    text = io.readFile(path).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new InputError(NAME, [
      inputIssue(
        [path],
        { code: expected },
        { code: 'received.unreadable', values: { reason: systemReason(error) } },
        { code: 'hint.check-path' },
        'file',
      ),
    ]);
  }
  if (text.length > MAX_INPUT_CHARACTERS) {
    throw new InputError(NAME, [
      inputIssue(
        [path],
        { code: expected },
        { code: 'received.too-large', values: { size: text.length } },
        { code: 'hint.split-file', values: { limit: MAX_INPUT_CHARACTERS } },
        'file',
      ),
    ]);
  }
  // UTF-16 (Excel's "Unicode text", Windows Notepad's "Unicode") and binary files read as UTF-8
  // are full of NUL characters: name them instead of reporting the first odd character.
  if (text.includes('\u0000')) {
    throw new InputError(NAME, [
      inputIssue(
        [path],
        { code: expected },
        { code: 'received.not-utf8' },
        { code: 'hint.save-utf8' },
        'file',
      ),
    ]);
  }
  return text;
}

/** JSON (with // and /* comments) parsed; invalid JSON is an InputError with line and column. */
export function parseJson(path: string, text: string): unknown {
  const plain = stripJsonComments(text);
  try {
    const value: unknown = JSON.parse(plain);
    // JSON.parse keeps the last of two equal keys in silence: refuse them instead.
    const problem = scanJson(plain);
    if (problem?.kind === 'duplicate-key') {
      const { key, line, column } = problem;
      throw new InputError(NAME, [
        inputIssue(
          [path],
          { code: 'expected.unique-keys' },
          {
            code: 'received.duplicate-key',
            values: { key: JSON.stringify(key), line: String(line), column: String(column) },
          },
          { code: 'hint.duplicate-key' },
          'invalid',
        ),
      ]);
    }
    return value;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const detail = (error as Error).message;
    const position = /position (\d+)/.exec(detail)?.[1];
    const why = detail.replace(/\s*\(line \d+ column \d+\)$/, '').split('\n')[0] ?? detail;
    let received: Phrase = { code: 'received.invalid-json', values: { detail: why } };
    const bad = position === undefined ? scanJson(plain) : undefined;
    if (text.trim() === '') received = { code: 'received.empty-file' };
    else if (bad?.kind === 'bad-token') {
      received = {
        code: 'received.invalid-json-at',
        values: {
          line: String(bad.line),
          column: String(bad.column),
          detail: `unexpected ${JSON.stringify(bad.token)}`,
        },
      };
      if (/^-?(NaN|Infinity)$/.test(bad.token))
        throw new InputError(NAME, [
          inputIssue([path], { code: 'expected.valid-json' }, received, {
            code: 'hint.json-number',
          }),
        ]);
    } else if (position !== undefined) {
      const before = text.slice(0, Number(position));
      const line = String(before.split('\n').length);
      const column = String(Number(position) - before.lastIndexOf('\n'));
      received = { code: 'received.invalid-json-at', values: { line, column, detail: why } };
    }
    throw new InputError(NAME, [
      inputIssue([path], { code: 'expected.valid-json' }, received, { code: 'hint.json-syntax' }),
    ]);
  }
}

/** Render a chart to an SVG file; a bad or unwritable path becomes an InputError naming it. */
/**
 * Refuse to write through a symbolic link (ever), or over an existing file without --force:
 * a chart or a template never replaces a file by surprise.
 */
export function checkNewFile(path: string, io: CliIO, force: boolean, option?: string): void {
  const where = option === undefined ? [path] : [option];
  if (io.isSymlink?.(path)) {
    throw new InputError(NAME, [
      inputIssue(
        where,
        { code: 'expected.new-file' },
        { code: 'received.symlink' },
        {
          code: 'hint.no-symlink',
        },
      ),
    ]);
  }
  if (!force && io.exists(path)) {
    throw new InputError(NAME, [
      inputIssue(
        where,
        { code: 'expected.new-file' },
        { code: 'received.existing-file' },
        { code: 'hint.force' },
      ),
    ]);
  }
}

export async function writeChart(
  path: string,
  spec: VegaLiteSpec,
  io: CliIO,
  force = false,
): Promise<void> {
  if (!path.toLowerCase().endsWith('.svg')) {
    throw new InputError(NAME, [
      inputIssue(['--chart'], { code: 'expected.svg-name' }, describeValue(path), {
        code: 'hint.write-as',
        values: { name: `${path.replace(/\.[^./]*$/, '')}.svg` },
      }),
    ]);
  }
  checkNewFile(path, io, force, '--chart');
  writeNewFile(path, await renderSvg(spec), io, '--chart');
}

/**
 * Write a file an option names (checked with `checkNewFile` first); a failure is an InputError
 * naming the option, the path and the system's reason.
 */
export function writeNewFile(
  path: string,
  text: string | Uint8Array,
  io: CliIO,
  option: string,
): void {
  try {
    io.writeFile(path, text);
  } catch (error) {
    throw new InputError(NAME, [
      inputIssue(
        [option],
        { code: 'expected.writable' },
        {
          code: 'received.path-reason',
          values: { path: JSON.stringify(path), reason: systemReason(error) },
        },
        { code: 'hint.folder-exists' },
      ),
    ]);
  }
}
