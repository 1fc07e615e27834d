import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../src/cli/io.js';
import { estimate, formatPath, InputError, LANGS } from '../src/index.js';
import { numbersIn, runCli } from './helpers.js';

/**
 * The bad-input corpus (test/corpus/bad-inputs.json): every case through the command line in
 * English, Vietnamese and French (exit code, one line per problem naming the field, never a stack
 * trace, NaN or Infinity) and, where the library reads it, through the API (the InputIssue's code
 * and path, or the check an implausible input must raise).
 */
interface Case {
  readonly name: string;
  readonly input?: { patch: Record<string, unknown>; remove?: string[] };
  readonly file?: string;
  readonly text?: string;
  readonly base64?: string;
  readonly args?: string[];
  readonly exit: 0 | 2;
  readonly code?: string;
  readonly path?: string;
  readonly message?: string;
  readonly warning?: string;
}
const corpus = JSON.parse(
  readFileSync(new URL('./corpus/bad-inputs.json', import.meta.url), 'utf8'),
) as {
  base: Record<string, unknown>;
  cases: Case[];
};

const folder = mkdtempSync(join(tmpdir(), 'des-corpus-'));

function inputOf(c: Case): Record<string, unknown> {
  const value: Record<string, unknown> = { ...corpus.base, ...c.input?.patch };
  for (const key of c.input?.remove ?? []) delete value[key];
  return value;
}

/** The case's file on disk (as a user would have it) and its command line. */
function prepare(c: Case, index: number): string[] {
  const name = `${index}-${c.file ?? 'input.json'}`;
  const path = join(folder, name);
  if (c.input) writeFileSync(path, JSON.stringify(inputOf(c)));
  else if (c.text !== undefined) writeFileSync(path, c.text);
  else if (c.base64 !== undefined) writeFileSync(path, Buffer.from(c.base64, 'base64'));
  const args = c.args ?? ['estimate', 'input.json'];
  return args.map((arg) => (arg === c.file || (arg === 'input.json' && c.input) ? path : arg));
}

/** Where the library reads the case (a JSON input), the InputError it throws or the result. */
function throughApi(c: Case): unknown {
  const value = c.input ? inputOf(c) : parseJson('input.json', c.text ?? '');
  return estimate(value as never, { draws: 1000 });
}

describe('the bad-input corpus (test/corpus/bad-inputs.json)', () => {
  it('has a case for every behaviour it names, each with what must happen', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(80);
    for (const c of corpus.cases) {
      expect(c.exit === 0 ? (c.warning ?? c.args) : (c.message ?? c.code), c.name).toBeDefined();
    }
  });

  describe.each(corpus.cases.map((c, i) => [c.name, c, i] as const))('%s', (_, c, index) => {
    const argv = prepare(c, index);
    const withLang = (lang: string) => {
      const extra = argv.includes('--lang') ? [] : ['--lang', lang];
      const draws = argv.includes('--draws') || argv[0] !== 'estimate' ? [] : ['--draws', '1000'];
      return [...argv, ...extra, ...draws];
    };

    it.each(LANGS)(`exits ${c.exit} in %s, one line per problem, no stack trace`, async (lang) => {
      const { code, stdout, stderr } = await runCli(withLang(lang));
      expect({ code, stderr: code === c.exit ? '' : stderr }).toEqual({ code: c.exit, stderr: '' });
      expect(stderr).not.toMatch(/\n\s+at |internal error/);
      if (c.exit === 2) {
        const lines = stderr.trimEnd().split('\n');
        for (const line of lines) expect(line).toMatch(/^digital-economy-share/);
        if (argv[0] === 'estimate' || argv[0] === 'scenario') expect(lines).toHaveLength(1);
        if (lang === 'en' && c.message) expect(stderr).toContain(c.message);
        if (lang === 'en' && c.path && c.path !== '(input)') expect(stderr).toContain(c.path);
      } else {
        expect(`${stdout}${stderr}`).not.toMatch(/NaN|Infinity/);
      }
    });

    if (c.exit === 0 && c.warning) {
      it(`raises the ${c.warning} warning, with finite numbers`, async () => {
        const { stdout } = await runCli([...withLang('en'), '--format', 'json']);
        const result = JSON.parse(stdout);
        expect(result.checks.map((check: { code: string }) => check.code)).toContain(c.warning);
        expect(numbersIn(result).filter((n) => !Number.isFinite(n.value))).toEqual([]);
      });
    }

    if (c.exit === 2 && c.code) {
      it(`throws InputError ${c.code} at ${c.path} through the API`, () => {
        let thrown: unknown;
        try {
          throughApi(c);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(InputError);
        const issues = (thrown as InputError).issues.map((i) => [i.code, formatPath(i.path)]);
        expect(issues).toContainEqual([c.code, c.path]);
      });
    }
  });
});
