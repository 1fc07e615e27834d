import { readFileSync } from 'node:fs';
import { type CliIO, run } from '../src/cli/run.js';
import type { LocalityInputInit } from '../src/index.js';

/** The bundled Da Nang 2024 input (data/inputs/da-nang-2024.json), a fresh copy each call. */
export function daNang2024(): LocalityInputInit {
  return JSON.parse(
    readFileSync(new URL('../data/inputs/da-nang-2024.json', import.meta.url), 'utf8'),
  );
}

/** The input without the fields that only document it (for compact test inputs). */
export function minimalDaNang(): LocalityInputInit {
  const { published: _p, history: _h, sources: _s, population: _pop, ...rest } = daNang2024();
  return rest;
}

/** Freeze an object and everything in it, so that any mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Every number anywhere in a value, with its path. */
export function numbersIn(value: unknown, path = '$'): { path: string; value: number }[] {
  if (typeof value === 'number') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

/**
 * Run the command line in-process, its output captured. The file system is the real one for
 * reading unless `io` says otherwise; writing fails (EACCES) and nothing exists unless `io` says so.
 */
export async function runCli(
  argv: string[],
  io: Partial<Omit<CliIO, 'stdout' | 'stderr'>> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    },
    exists: () => false,
    stderrIsTTY: false,
    ...io,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** A workbook of a CSV's cells, numbers as numbers, as Excel would save the table (no quoted cells). */
export async function workbookOf(text: string): Promise<Uint8Array> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const [header = '', ...lines] = text.trim().split('\n');
  const rows = [
    header.split(','),
    ...lines.map((line) =>
      line
        .split(',')
        .map((cell) => (cell === '' ? null : Number.isFinite(Number(cell)) ? Number(cell) : cell)),
    ),
  ];
  const blob = await writeExcelFile(rows).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
