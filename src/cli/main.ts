#!/usr/bin/env node
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PACKAGE_VERSION } from '../model/version.js';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // Answered before the rest of the command line is loaded.
  process.stdout.write(`${PACKAGE_VERSION}\n`);
} else {
  const { run } = await import('./run.js');
  process.exitCode = await run(args, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text),
    exists: (path) => existsSync(path),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  });
}
