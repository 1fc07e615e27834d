#!/usr/bin/env node
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  exists: (path) => existsSync(path),
  stderrIsTTY: Boolean(process.stderr.isTTY),
});
