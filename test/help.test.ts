import { describe, expect, it } from 'vitest';
import { commands } from '../src/cli/commands.js';
import { PACKAGE_VERSION } from '../src/index.js';
import { runCli } from './helpers.js';

describe('the command line a person reads', () => {
  it.each(['en', 'vi', 'fr'] as const)(
    'lists every command in %s, with how to get more',
    async (lang) => {
      const { code, stdout } = await runCli(['--help', '--lang', lang]);
      expect(code).toBe(0);
      for (const name of Object.keys(commands))
        expect(stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
      expect(stdout).not.toMatch(/help\.(command|option)\./);
    },
  );

  const cases = Object.keys(commands).flatMap((name) =>
    (['en', 'vi', 'fr'] as const).map((lang) => [name, lang] as const),
  );
  it.each(cases)(
    '%s --help (%s) lists each option with its meaning, and an example',
    async (name, lang) => {
      const { code, stdout } = await runCli([name, '--help', '--lang', lang]);
      expect(code).toBe(0);
      const command = commands[name];
      for (const option of [...Object.keys(command?.options ?? {}), 'help'])
        expect(stdout).toMatch(new RegExp(`^  --${option}(, -\\w)? +\\S`, 'm'));
      expect(stdout).not.toMatch(/help\.(command|option)\./);
      expect(stdout).toContain(command?.example ?? '');
    },
  );

  it('gives the defaults: 65,536 draws, seed 20240101, and the sampler and precision options', async () => {
    const { stdout } = await runCli(['estimate', '--help']);
    expect(stdout).toMatch(
      /^ {2}--draws +draws of the interval \(default 65,536; with --precision, the most\)$/m,
    );
    expect(stdout).toMatch(/^ {2}--sampler +how the draws are made: sobol .*, default\) or mc/m);
    expect(stdout).toMatch(/^ {2}--precision +stop once the Monte Carlo error of every bound/m);
    expect(stdout).toMatch(
      /^ {2}--seed +seed of the random numbers, for a reproducible result \(default 20240101\)$/m,
    );
    const vi = await runCli(['estimate', '--help', '--lang', 'vi']);
    expect(vi.stdout).toMatch(/--draws +số lần mô phỏng của khoảng \(mặc định 65\.536;/);
  });

  it('answers -V like --version', async () => {
    expect((await runCli(['-V'])).stdout).toBe(`${PACKAGE_VERSION}\n`);
  });
});
