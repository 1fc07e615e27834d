/**
 * The command line's code, run with V8's code cache (README "Speed"): the built command line is
 * one CommonJS file, dist/cli/run.cjs, compiled through `vm.Script` with the bytecode V8 kept
 * of it after an earlier successful run of the same command, so that a run skips parsing and
 * compiling what it runs (about 18 ms of a 250 ms estimate). It is what Node 22's
 * `module.enableCompileCache()` does for modules, done by hand because Node 20 has no such call
 * for ES modules.
 *
 * The cache is a folder of one file a command and build (at most KEPT_FILES):
 * DIGITAL_ECONOMY_SHARE_CACHE names it (`off`: no cache), else `digital-economy-share-<user>` in
 * the system's temporary folder, made readable and writable by its owner only and used only
 * while nobody else can write to it (V8 would run what it holds). V8 checks every file against the
 * code and the Node version and drops one that does not match; a file that cannot be read or
 * written is skipped: the cache changes how fast a run starts, never what it prints.
 *
 * From the sources (`tsx src/cli/main.ts`, as the tests run it) there is no bundle, and the
 * command line is imported as modules.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { PACKAGE_VERSION } from '../model/version.js';

/** What the entry point uses of the command line: `run`, and `message` for a write error. */
type CommandLine = Pick<typeof import('./run.js'), 'run' | 'message'>;

/** The built command line, beside the built entry point (dist/cli/cli.cjs). */
const BUNDLE = fileURLToPath(new URL('./run.cjs', import.meta.url));

/**
 * The bundle's dynamic imports (the optional packages: vega, mathjs, the Excel readers), which
 * scripts/cli-bundle.mjs rewrote to call this: an import from this module, as Node's loader
 * resolves them for the entry point (a `vm.Script` cannot import on Node 20 without a flag).
 */
const importPeer = (specifier: string): Promise<unknown> => import(specifier);

/** The name of a command's cache file: the command, this build and the Node that runs it. */
function cacheName(command: string, bundle: string): string | undefined {
  try {
    const { size, mtimeMs } = statSync(bundle);
    const build = `${PACKAGE_VERSION}-${size}-${Math.trunc(mtimeMs)}`;
    return `${command}-${build}-node${process.versions.node}-${process.arch}.v8cache`;
  } catch {
    return undefined;
  }
}

/** The cache folder, or undefined when there is none to use (off, or not this user's alone). */
function cacheFolder(): string | undefined {
  const named = process.env.DIGITAL_ECONOMY_SHARE_CACHE;
  if (named === 'off' || named === '0' || named === '') return undefined;
  try {
    const user = process.getuid?.() ?? userInfo().username;
    const folder = named ?? join(tmpdir(), `digital-economy-share-${user}`);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const entry = lstatSync(folder);
    if (!entry.isDirectory()) return undefined;
    // The default folder in a shared temporary folder: only while nobody else can write to it.
    if (named === undefined && process.getuid) {
      if (entry.uid !== process.getuid() || (entry.mode & 0o022) !== 0) return undefined;
    }
    return folder;
  } catch {
    return undefined;
  }
}

/** The bytes of a file, or undefined when it cannot be read. */
function bytesOf(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The most cache files kept: one a command for each build and Node in use (two installs used in
 * turn each keep theirs); past it, the least recently written go.
 */
const KEPT_FILES = 16;

/** Write a cache file (a whole file or none: written aside, then renamed); drop the oldest past KEPT_FILES. */
function keep(folder: string, name: string, script: Script): void {
  try {
    const data = script.createCachedData();
    const path = join(folder, name);
    const aside = `${path}.${process.pid}.tmp`;
    writeFileSync(aside, data, { mode: 0o600 });
    renameSync(aside, path);
    const files = readdirSync(folder)
      .filter((file) => file.endsWith('.v8cache'))
      .map((file) => ({ file, written: statSync(join(folder, file)).mtimeMs }))
      .sort((a, b) => b.written - a.written);
    for (const { file } of files.slice(KEPT_FILES)) unlinkSync(join(folder, file));
  } catch {
    // A full disk or a folder made read-only: the next run compiles again.
  }
}

/** The command line once loaded (by the first call: a write error may ask for it again). */
let loaded: Promise<CommandLine & { settle: (code: number) => void }> | undefined;

/**
 * The command line (`run`, `message`), and `settle(code)` to call once `run` has returned: after
 * a run that ended with exit code 0 and found no cache to use, it keeps the code compiled for
 * `command` (the first argument: the command's name).
 */
export function loadCommandLine(
  command: string | undefined,
): Promise<CommandLine & { settle: (code: number) => void }> {
  loaded ??= load(command);
  return loaded;
}

async function load(
  command: string | undefined,
): Promise<CommandLine & { settle: (code: number) => void }> {
  if (!existsSync(BUNDLE)) {
    const modules = './run.js';
    const { run, message } = (await import(modules)) as CommandLine;
    return { run, message, settle: () => {} };
  }
  const source = readFileSync(BUNDLE, 'utf8');
  const name = command !== undefined && /^[a-z]{1,20}$/.test(command) ? command : 'other';
  const folder = cacheFolder();
  const file = folder === undefined ? undefined : cacheName(name, BUNDLE);
  const cachedData =
    folder === undefined || file === undefined ? undefined : bytesOf(join(folder, file));
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname, __importPeer) {${source}\n})`,
    { filename: BUNDLE, ...(cachedData ? { cachedData } : {}) },
  );
  const module = { exports: {} as CommandLine };
  script.runInThisContext()(
    module.exports,
    createRequire(BUNDLE),
    module,
    BUNDLE,
    dirname(BUNDLE),
    importPeer,
  );
  const used = cachedData !== undefined && !script.cachedDataRejected;
  return {
    run: module.exports.run,
    message: module.exports.message,
    settle: (code) => {
      if (code === 0 && !used && folder !== undefined && file !== undefined)
        keep(folder, file, script);
    },
  };
}
