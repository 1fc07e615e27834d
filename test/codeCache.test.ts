import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The built command line (dist/cli/cli.cjs running dist/cli/run.cjs through V8's code cache,
// src/cli/codeCache.ts): the tests spawn it as a user runs it.
const root = join(import.meta.dirname, '..');
const CLI = join(root, 'dist/cli/cli.cjs');
const ESTIMATE = [
  'estimate',
  'data/inputs/da-nang-2024.json',
  '--format',
  'json',
  '--draws',
  '2000',
];

beforeAll(() => {
  // The command line as built: build it if this checkout has not been built.
  if (!existsSync(join(root, 'dist/cli/run.cjs')))
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'ignore' });
}, 120_000);

/** Run the built CLI with these environment variables added; exit code, stdout, stderr. */
function cli(args: readonly string[], env: Record<string, string>) {
  const child = spawnSync(process.execPath, [CLI, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** The cache files in a folder, with their bytes and modification times. */
const filesIn = (folder: string) =>
  readdirSync(folder).map((name) => ({
    name,
    bytes: readFileSync(join(folder, name)),
    mtimeMs: statSync(join(folder, name)).mtimeMs,
    mode: statSync(join(folder, name)).mode & 0o777,
  }));

describe('the command line’s code cache', () => {
  it('keeps the compiled code after a successful run and uses it on the next: the same output', () => {
    const folder = mkdtempSync(join(tmpdir(), 'des-cache-'));
    const env = { DIGITAL_ECONOMY_SHARE_CACHE: folder };
    const first = cli(ESTIMATE, env);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    const kept = filesIn(folder);
    expect(kept).toHaveLength(1);
    const [file] = kept;
    expect(file?.name).toMatch(/^estimate-0\.\d+\.\d+-\d+-\d+-node\d+\.\d+\.\d+-\w+\.v8cache$/);
    if (process.platform !== 'win32') expect(file?.mode).toBe(0o600);
    const second = cli(ESTIMATE, env);
    expect(second).toEqual(first);
    // Accepted by V8: a run that finds no usable cache writes one, so the file would change.
    expect(filesIn(folder)).toEqual(kept);
  });

  it('replaces a cache file V8 rejects, and the output does not change', () => {
    const folder = mkdtempSync(join(tmpdir(), 'des-cache-'));
    const env = { DIGITAL_ECONOMY_SHARE_CACHE: folder };
    const first = cli(ESTIMATE, env);
    const [file] = filesIn(folder);
    const path = join(folder, file?.name ?? '');
    writeFileSync(path, 'not a code cache');
    expect(cli(ESTIMATE, env)).toEqual(first);
    expect(readFileSync(path, 'latin1')).not.toBe('not a code cache');
    // The new file is accepted: the next run leaves it as it is.
    const rewritten = filesIn(folder);
    expect(cli(ESTIMATE, env)).toEqual(first);
    expect(filesIn(folder)).toEqual(rewritten);
  });

  it('keeps each build’s file: two installs used in turn do not replace each other’s', () => {
    const folder = mkdtempSync(join(tmpdir(), 'des-cache-'));
    const env = { DIGITAL_ECONOMY_SHARE_CACHE: folder };
    // A second install: a copy of the built command line (another file, another modification time).
    const copy = join(mkdtempSync(join(tmpdir(), 'des-install-')), 'cli');
    cpSync(join(root, 'dist/cli'), copy, { recursive: true });
    const other = (args: readonly string[]) =>
      spawnSync(process.execPath, [join(copy, 'cli.cjs'), ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
    const first = cli(ESTIMATE, env);
    expect(other(ESTIMATE).stdout).toBe(first.stdout);
    const kept = filesIn(folder);
    expect(kept).toHaveLength(2);
    expect(cli(ESTIMATE, env)).toEqual(first);
    expect(other(ESTIMATE).stdout).toBe(first.stdout);
    expect(filesIn(folder)).toEqual(kept);
  });

  it('keeps one file a command, and none after a run that fails', () => {
    const folder = mkdtempSync(join(tmpdir(), 'des-cache-'));
    const env = { DIGITAL_ECONOMY_SHARE_CACHE: folder };
    const failed = cli(['estimate', 'no-such-file.json'], env);
    expect(failed.code).toBe(2);
    expect(readdirSync(folder)).toEqual([]);
    expect(cli(['schema'], env).code).toBe(0);
    expect(cli(ESTIMATE, env).code).toBe(0);
    expect(
      readdirSync(folder)
        .map((name) => name.split('-')[0])
        .sort(),
    ).toEqual(['estimate', 'schema']);
  });

  it('by default uses a folder of its own in the temporary folder, only while nobody else can write to it', () => {
    const temporary = mkdtempSync(join(tmpdir(), 'des-tmp-'));
    const env = { TMPDIR: temporary, TEMP: temporary, TMP: temporary };
    const { DIGITAL_ECONOMY_SHARE_CACHE: _, ...rest } = process.env;
    const run = () =>
      spawnSync(process.execPath, [CLI, ...ESTIMATE], { cwd: root, env: { ...rest, ...env } });
    expect(run().status).toBe(0);
    const [folder] = readdirSync(temporary);
    expect(folder).toMatch(/^digital-economy-share-/);
    const own = join(temporary, folder ?? '');
    expect(readdirSync(own)).toHaveLength(1);
    if (process.platform === 'win32') return;
    expect(statSync(own).mode & 0o777).toBe(0o700);
    // Another user's, or open to others: not used (V8 would run what it holds).
    const shared = mkdtempSync(join(tmpdir(), 'des-tmp-'));
    const open = join(shared, folder ?? '');
    mkdirSync(open);
    chmodSync(open, 0o777);
    const opened = spawnSync(process.execPath, [CLI, ...ESTIMATE], {
      cwd: root,
      env: { ...rest, TMPDIR: shared, TEMP: shared, TMP: shared },
    });
    expect(opened.status).toBe(0);
    expect(readdirSync(open)).toEqual([]);
  });

  it('is off with DIGITAL_ECONOMY_SHARE_CACHE=off: nothing written anywhere', () => {
    const temporary = mkdtempSync(join(tmpdir(), 'des-tmp-'));
    const result = cli(ESTIMATE, {
      DIGITAL_ECONOMY_SHARE_CACHE: 'off',
      TMPDIR: temporary,
      TEMP: temporary,
      TMP: temporary,
    });
    expect(result.code).toBe(0);
    expect(readdirSync(temporary)).toEqual([]);
  });

  it('loads the optional packages from the bundle: a chart through vega, a workbook through write-excel-file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'des-out-'));
    const env = { DIGITAL_ECONOMY_SHARE_CACHE: 'off' };
    const chart = join(folder, 'c.svg');
    expect(cli([...ESTIMATE, '--chart', chart], env).code).toBe(0);
    expect(readFileSync(chart, 'utf8')).toMatch(/^<svg/);
    const book = join(folder, 'r.xlsx');
    expect(
      cli(['estimate', 'data/inputs/da-nang-2024.json', '--format', 'xlsx', '--out', book], env)
        .code,
    ).toBe(0);
    // A workbook is a zip archive: "PK".
    expect(readFileSync(book).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
