#!/usr/bin/env node
import { existsSync, lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { PACKAGE_VERSION } from '../model/version.js';
import { loadCommandLine } from './codeCache.js';
import { sharesLikely, threadHelper } from './helper.js';
import { langOf } from './langOf.js';

const args = process.argv.slice(2);

/** The language of the messages, read from --lang before the command line is parsed. */
const lang = langOf(args);

/**
 * Output that cannot be written: a closed pipe (`| head -1`) ends the run quietly; any other
 * write error (a full disk) is one line on stderr and exit 1, never a stack trace.
 */
function onOutputError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  loadCommandLine(undefined)
    .then(({ message }) => {
      process.stderr.write(
        `${message('cli.write-error', { reason: error.code ?? error.message }, lang)}\n`,
      );
    })
    .catch(() => {})
    .finally(() => process.exit(1));
}
process.stdout.on('error', onOutputError);
process.stderr.on('error', () => process.exit(process.exitCode || 1));

/** Run the command: its exit code is the process's. */
async function main(): Promise<void> {
  // A long estimate's second thread, started before the rest is loaded (src/cli/helper.ts).
  const helper = sharesLikely(args) ? threadHelper(true) : undefined;
  const { run, settle } = await loadCommandLine(args[0]);
  const code = await run(args, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
    readBytes: (path) => readFileSync(path === '-' ? 0 : path),
    writeFile: (path, text) => writeFileSync(path, text),
    exists: (path) => existsSync(path),
    isSymlink: (path) => lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    ...(helper ? { helper } : {}),
  });
  process.exitCode = code;
  settle(code);
}

if (args.length === 1 && (args[0] === '--version' || args[0] === '-v' || args[0] === '-V')) {
  // Answered before the rest of the command line is loaded.
  process.stdout.write(`${PACKAGE_VERSION}\n`);
} else {
  void main();
}
