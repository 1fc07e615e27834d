import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const DA_NANG = 'data/inputs/da-nang-2024.json';

/** Run the CLI in-process with an in-memory file system; returns exit code, output and written files. */
async function cli(
  argv: string[],
  files: Record<string, string> = {},
  options: { tty?: boolean } = {},
) {
  const written: Record<string, string> = {};
  const result = await runCli(argv, {
    readFile: (path) => {
      if (path in files) return files[path] as string;
      if (path === 'data') throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      return readFileSync(path, 'utf8');
    },
    writeFile: (path, text) => {
      if (path.startsWith('/no/such/folder/'))
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      written[path] = typeof text === 'string' ? text : Buffer.from(text).toString('base64');
    },
    exists: (path) => path in files || path in written,
    stderrIsTTY: options.tty ?? false,
  });
  return { ...result, written };
}

const daNang = () => JSON.parse(readFileSync(DA_NANG, 'utf8'));
const file = (value: unknown) => ({
  'input.json': typeof value === 'string' ? value : JSON.stringify(value),
});

describe('digital-economy-share estimate', () => {
  it('prints exactly one JSON object with the contract fields (--format json)', async () => {
    const { code, stdout, stderr } = await cli([
      'estimate',
      DA_NANG,
      '--format',
      'json',
      '--draws',
      '2000',
      '--seed',
      '7',
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining([
        'locality',
        'year',
        'frame',
        'share',
        'components',
        'alternatives',
        'national',
        'targets',
        'checks',
        'parameters',
      ]),
    );
    expect(Object.keys(result.share)).toEqual([
      'point',
      'median',
      'low',
      'high',
      'parameterInterval',
      'methodError',
      'monteCarloError',
    ]);
    expect(Object.keys(result.components)).toEqual(['core', 'platform', 'sectoral']);
    expect(Object.keys(result.alternatives)).toEqual(['workforce', 'firms', 'coreScaling']);
    expect(result.national).toMatchObject({ share: 0.183, year: 2024, frame: 'mic' });
    for (const target of result.targets) {
      expect(Object.keys(target)).toEqual(
        expect.arrayContaining([
          'id',
          'label',
          'scope',
          'year',
          'low',
          'high',
          'gap',
          'requiredAnnualGrowth',
          'requiredPointsPerYear',
        ]),
      );
    }
    for (const check of result.checks)
      expect(Object.keys(check)).toEqual(expect.arrayContaining(['code', 'severity', 'message']));
    for (const parameter of result.parameters) {
      expect(Object.keys(parameter)).toEqual(
        expect.arrayContaining(['name', 'value', 'low', 'high', 'source']),
      );
    }
    expect(result.provenance).toMatchObject({ seed: 7, draws: 2000 });
  });

  it('prints the text report with the estimate, both national averages and the targets', async () => {
    const { code, stdout } = await cli(['estimate', DA_NANG]);
    expect(code).toBe(0);
    expect(stdout).toContain('Estimate: 23.5% of GRDP');
    // Both series, named in words: the ministry's 18.3% and the statistics office's 13.17% (2024).
    expect(stdout).toContain('The ministry’s revenue-based series (mic): 18.3% in 2024');
    expect(stdout).toContain(
      'The statistics office’s value-added series (gso, the official indicator): 13.17% in 2024',
    );
    expect(stdout).toContain('Da Nang: 35%–40% of GRDP by 2030');
    expect(stdout).toContain('National: 30% of GDP by 2030');
  });

  const failures: [string, string[], Record<string, string>, RegExp][] = [
    [
      'a missing file',
      ['estimate', 'nope.json'],
      {},
      /^digital-economy-share: nope\.json: expected a readable JSON file, received a path that cannot be read \(no such file or folder\)/,
    ],
    [
      'a directory',
      ['estimate', 'data'],
      {},
      /data: expected a readable JSON file, received a path that cannot be read \(it is a directory\)/,
    ],
    [
      'malformed JSON',
      ['estimate', 'input.json'],
      file('{"locality": "X",\n "year": 2024,}'),
      /input\.json: expected valid JSON, received text that is not valid JSON at line 2, column 15/,
    ],
    [
      'an empty file',
      ['estimate', 'input.json'],
      file(''),
      /input\.json: expected valid JSON, received an empty file/,
    ],
    [
      'a missing field',
      ['estimate', 'input.json'],
      file({ ...daNang(), grdp: undefined }),
      /^digital-economy-share: input\.json: grdp: expected a number > 0/,
    ],
    [
      'a wrong type',
      ['estimate', 'input.json'],
      file({ ...daNang(), grdp: 'many' }),
      /input\.json: grdp: expected a number > 0, received "many" \(string\)/,
    ],
    [
      'a negative number',
      ['estimate', 'input.json'],
      file({ ...daNang(), itWorkers: -5 }),
      /itWorkers: expected a whole number ≥ 0, received -5 \(number\); it cannot be negative/,
    ],
    [
      'a zero denominator',
      ['estimate', 'input.json'],
      file({ ...daNang(), population: 0 }),
      /population: expected a whole number > 0, received 0 \(number\); a population of 0 cannot divide/,
    ],
    [
      'a percentage for a fraction',
      ['estimate', 'input.json'],
      file({ ...daNang(), itWorkforceShare: 7.7 }),
      /did you mean 0\.077\?/,
    ],
    [
      'a non-integer firm count',
      ['estimate', 'input.json'],
      file({ ...daNang(), digitalFirms: 2556.4 }),
      /digitalFirms: expected a whole number ≥ 0, received 2556\.4 \(number\)/,
    ],
    [
      'a list instead of an object',
      ['estimate', 'input.json'],
      file([daNang()]),
      /\(input\): expected an object with the fields of one locality-year, received a list of 1 item/,
    ],
    [
      'no input path',
      ['estimate'],
      {},
      /<input\.json>: expected the path of an input JSON file, received nothing/,
    ],
    [
      'a bad --draws',
      ['estimate', DA_NANG, '--draws', 'many'],
      {},
      /--draws: expected a whole number from 100 to 100,000,000, received "many" \(string\)/,
    ],
    [
      'too few --draws',
      ['estimate', DA_NANG, '--draws', '10'],
      {},
      /--draws: expected a whole number from 100 to 100,000,000, received 10 \(number\)/,
    ],
    [
      'a bad --seed',
      ['estimate', DA_NANG, '--seed', '1.5'],
      {},
      /--seed: expected a whole number from 0 to 4,294,967,295, received 1\.5/,
    ],
    [
      'a bad --format',
      ['estimate', DA_NANG, '--format', 'xml'],
      {},
      /--format: expected one of text, markdown, html, json, csv, xlsx, received "xml" \(string\)/,
    ],
    [
      'an unknown option',
      ['estimate', DA_NANG, '--frobnicate'],
      {},
      /estimate --frobnicate: .*Unknown option '--frobnicate'/,
    ],
    [
      'an unknown command',
      ['estimat', DA_NANG],
      {},
      /<command>: expected one of .*estimate.*, received "estimat" \(string\); did you mean estimate\?/,
    ],
  ];

  it.each(failures)(
    'exits 2 with one line naming the problem for %s',
    async (_, argv, files, pattern) => {
      const { code, stdout, stderr } = await cli(argv, files);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(pattern);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at |NaN|Infinity/);
    },
  );

  it('prints help with an example for --help, and exits 0', async () => {
    const { code, stdout } = await cli(['estimate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /Usage:\n {2}digital-economy-share estimate <input\.json\|input\.xlsx>\|--example NAME/,
    );
    expect(stdout).toMatch(/Example:\n {2}digital-economy-share estimate --example da-nang-2024/);
  });

  it('estimates a bundled example by name from any folder: --example da-nang-2024', async () => {
    const { code, stdout } = await cli(['estimate', '--example', 'da-nang-2024']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Digital-economy share of GRDP: Da Nang, 2024 (frame: mic)');
    expect(stdout).toContain('Estimate: 23.5% of GRDP');
  });

  it('names the bundled examples for an unknown --example, and refuses a file beside it', async () => {
    const unknown = await cli(['estimate', '--example', 'ha-noi-2024']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'digital-economy-share: --example: expected one of da-nang-2024, received "ha-noi-2024" (string)\n',
    );
    const both = await cli(['estimate', '--example', 'da-nang-2024', 'x.json']);
    expect(both.code).toBe(2);
  });
});

describe('digital-economy-share batch on a file it cannot read', () => {
  it('says it expected a CSV or JSON file', async () => {
    const { code, stderr } = await cli(['batch', '/no/such/provinces.csv']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^digital-economy-share: \/no\/such\/provinces\.csv: expected a readable CSV or JSON file, received /,
    );
  });
});

describe('the digital-economy-share binary (a real process)', () => {
  const bin = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      encoding: 'utf8',
    });

  it('exits 0 and prints JSON for a valid input', () => {
    const child = bin(['estimate', DA_NANG, '--format', 'json', '--draws', '500']);
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout).locality).toBe('Da Nang');
  });

  it('exits 2 with one line and no stack trace for a missing file', () => {
    const child = bin(['estimate', 'does-not-exist.json']);
    expect(child.status).toBe(2);
    expect(child.stdout).toBe('');
    expect(child.stderr.trimEnd().split('\n')).toEqual([
      'digital-economy-share: does-not-exist.json: expected a readable JSON file, received a path that cannot be read (no such file or folder); check the path and the file name',
    ]);
  });

  it('ends quietly, exit 0 and no stack trace, when the reader closes the pipe (| head -1)', async () => {
    // Output far larger than a pipe's buffer, so that writing goes on after the reader is gone.
    const rows = join(mkdtempSync(join(tmpdir(), 'des-pipe-')), 'rows.json');
    const one = JSON.parse(readFileSync(DA_NANG, 'utf8'));
    writeFileSync(rows, JSON.stringify(Array.from({ length: 300 }, () => one)));
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'batch',
      rows,
      '--format',
      'json',
      '--draws',
      '100',
    ]);
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it.skipIf(!existsSync('/dev/full'))(
    'says in one line, exit 1, that the output cannot be written to a full disk',
    () => {
      const full = openSync('/dev/full', 'w');
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'estimate', DA_NANG, '--lang', 'fr'],
        { encoding: 'utf8', stdio: ['ignore', full, 'pipe'] },
      );
      closeSync(full);
      expect(child.status).toBe(1);
      expect(child.stderr).toBe(
        'digital-economy-share : impossible d’écrire la sortie (ENOSPC) ; vérifiez l’espace disque libre et la destination de la sortie\n',
      );
    },
  );
});

describe('digital-economy-share estimate --chart', () => {
  it('writes the report chart as SVG', async () => {
    const { code, written } = await cli(['estimate', DA_NANG, '--chart', 'out/da-nang.svg']);
    expect(code).toBe(0);
    expect(written['out/da-nang.svg']?.startsWith('<svg')).toBe(true);
  });

  it('exits 2 for a chart file that is not .svg, or a folder that does not exist', async () => {
    const png = await cli(['estimate', DA_NANG, '--chart', 'out.png']);
    expect(png.code).toBe(2);
    expect(png.stderr).toMatch(
      /--chart: expected a file name ending in \.svg, received "out\.png" \(string\); write it as out\.svg/,
    );
    const missing = await cli(['estimate', DA_NANG, '--chart', '/no/such/folder/x.svg']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /--chart: expected a path where a file can be written, received "\/no\/such\/folder\/x\.svg" \(no such file or folder\)/,
    );
  });
});

describe('digital-economy-share scenario', () => {
  const args = ['scenario', DA_NANG, '--target', '0.35', '--by', '2030', '--grdp-growth', '0.1'];

  it('prints the required growth and the path as JSON, contract fields first', async () => {
    const { code, stdout } = await cli([...args, '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result).slice(0, 6)).toEqual([
      'target',
      'by',
      'grdpGrowth',
      'requiredIctRevenueGrowth',
      'requiredItWorkforceGrowth',
      'path',
    ]);
    expect(result).toMatchObject({ target: 0.35, by: 2030, grdpGrowth: 0.1 });
    expect(result.requiredIctRevenueGrowth).toBeCloseTo(0.342, 3);
    expect(result.path.at(-1).share).toBeCloseTo(0.35, 10);
  });

  it('prints the answer in words', async () => {
    const { code, stdout } = await cli(args);
    expect(code).toBe(0);
    expect(stdout).toContain('ICT revenue must grow 34.2% a year');
    expect(stdout).toContain('2030: 35.0%');
  });

  it.each([
    [
      'a missing --target',
      ['scenario', DA_NANG, '--by', '2030', '--grdp-growth', '0.1'],
      /--target: expected a value, received nothing \(the option is missing\)/,
    ],
    [
      'a target in percent',
      [...args.slice(0, 2), '--target', '35', '--by', '2030', '--grdp-growth', '0.1'],
      /--target: expected a number > 0 and < 1, received 35 \(number\); shares are fractions, not percentages: did you mean 0\.35\?/,
    ],
    [
      'a past year',
      [...args.slice(0, 4), '--by', '2020', '--grdp-growth', '0.1'],
      /^digital-economy-share: --by: expected a year after the input year 2024, received 2020/,
    ],
    [
      'a growth in percent',
      [...args.slice(0, 6), '--grdp-growth', '10%'],
      /--grdp-growth: expected a number > -1 and ≤ 100, received "10%" \(string\)/,
    ],
  ])('exits 2 for %s', async (_, argv, pattern) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(pattern);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('digital-economy-share batch', () => {
  const rows = (...extra: unknown[]) =>
    JSON.stringify([JSON.parse(readFileSync(DA_NANG, 'utf8')), ...extra]);

  it('prints {rows, errors} and exits 0 when every row is valid', async () => {
    const { code, stdout, stderr } = await cli(
      ['batch', 'rows.json', '--format', 'json', '--draws', '300'],
      { 'rows.json': rows() },
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['rows', 'errors']);
    expect(result.rows[0]).toMatchObject({ row: 1, rank: 1, locality: 'Da Nang' });
    expect(result.errors).toEqual([]);
  });

  it('keeps every valid row, reports the bad ones with their row numbers, and exits 2', async () => {
    const { code, stdout, stderr } = await cli(
      ['batch', 'rows.json', '--format', 'json', '--draws', '300'],
      {
        'rows.json': rows(
          { locality: 'X', year: 2024 },
          { ...JSON.parse(readFileSync(DA_NANG, 'utf8')), locality: 'Copy' },
        ),
      },
    );
    expect(code).toBe(2);
    const result = JSON.parse(stdout);
    expect(result.rows.map((r: { row: number }) => r.row)).toEqual([1, 3]);
    expect(result.errors[0]).toMatchObject({ row: 2, field: 'grdp' });
    expect(stderr).toMatch(
      /^digital-economy-share: rows\.json: row 2: grdp: expected a number > 0/,
    );
  });

  it('reads CSV and writes the ranked comparison table as CSV', async () => {
    const { code, stdout } = await cli([
      'batch',
      'examples/provinces.csv',
      '--format',
      'csv',
      '--draws',
      '300',
    ]);
    expect(code).toBe(0);
    const [header, first] = stdout.split('\n');
    expect(header).toBe(
      'rank,row,locality,year,frame,share,low,high,parameterLow,parameterHigh,core,sectoral,national,nationalYear,gap,ratio,published,checks',
    );
    expect(first).toMatch(/^1,1,Da Nang,2024,mic,0\.2349/);
  });

  it('exits 2 with one line for an unknown CSV column or a JSON object instead of a list', async () => {
    const csv = await cli(['batch', 'in.csv'], { 'in.csv': 'locality,grpd\nA,1\n' });
    expect(csv.code).toBe(2);
    expect(csv.stderr.trimEnd()).toBe(
      'digital-economy-share: in.csv: column "grpd": expected a known column, received an unknown column; did you mean "grdp"?',
    );
    const object = await cli(['batch', 'in.json'], { 'in.json': '{"locality": "A"}' });
    expect(object.code).toBe(2);
    expect(object.stderr).toMatch(
      /in\.json: \(input\): expected a JSON list of locality-year objects, received an object with locality; for one locality use the estimate command/,
    );
  });
});

describe('digital-economy-share validate', () => {
  it('prints rows, summary and the national self-check as JSON, contract fields first', async () => {
    const { code, stdout } = await cli(['validate', '--format', 'json', '--draws', '500']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result).slice(0, 3)).toEqual(['rows', 'summary', 'national']);
    expect(Object.keys(result.rows[0])).toEqual(
      expect.arrayContaining([
        'locality',
        'year',
        'frame',
        'published',
        'estimate',
        'low',
        'high',
        'error',
      ]),
    );
    expect(Object.keys(result.summary)).toEqual(
      expect.arrayContaining(['n', 'mae', 'bias', 'spearman', 'coverage']),
    );
    expect(Object.keys(result.national[0])).toEqual([
      'frame',
      'year',
      'published',
      'estimate',
      'error',
    ]);
  });

  it('prints the calibration decision with --calibrate', async () => {
    const { code, stdout } = await cli(['validate', '--calibrate']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /Calibration of beta on 3 rows: beta 0\.496 \(s\.e\. 0\.102\)\. Leave-one-out mean absolute error 2\.83 pts, against 2\.03 pts at the default values: the defaults stay\./,
    );
  });

  it('exits 2 for a parameter it cannot fit', async () => {
    const { code, stderr } = await cli(['validate', '--fit', 'gamma']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/calibrate|fit/);
  });
});

describe('digital-economy-share schema and init', () => {
  it('prints the JSON Schema of the input', async () => {
    const { code, stdout } = await cli(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['locality', 'year', 'grdp']);
    expect(schema.allOf).toHaveLength(3);
  });

  it('writes a template that estimate rejects until the nulls are filled, then accepts', async () => {
    const made = await cli(['init', 'qn.json', '--locality', 'Quang Ninh', '--year', '2024']);
    expect(made.code).toBe(0);
    expect(made.stdout).toBe(
      'digital-economy-share: wrote qn.json; fill in every null, then run: digital-economy-share estimate qn.json\n',
    );
    const template = made.written['qn.json'] as string;
    const unfilled = await cli(['estimate', 'qn.json'], { 'qn.json': template });
    expect(unfilled.code).toBe(2);
    expect(unfilled.stderr).toMatch(
      /^digital-economy-share: qn\.json: grdp: expected a number > 0, received null; fill in the figure/,
    );
    const filled = template
      .replace('"grdp": null', '"grdp": 350000')
      .replace('"ictRevenue": null', '"ictRevenue": 20000')
      .replace('"firmsPerThousand": null', '"firmsPerThousand": 0.5')
      .replace('"itWorkforceShare": null', '"itWorkforceShare": 0.01');
    const run = await cli(['estimate', 'qn.json', '--format', 'json', '--draws', '200'], {
      'qn.json': filled,
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).locality).toBe('Quang Ninh');
  });

  it('refuses to overwrite a file unless --force', async () => {
    const { code, stderr } = await cli(['init', 'qn.json'], { 'qn.json': '{}' });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /qn\.json: expected a file that does not exist yet, received an existing file; choose another name, or add --force/,
    );
    expect((await cli(['init', 'qn.json', '--force'], { 'qn.json': '{}' })).code).toBe(0);
  });
});

describe('digital-economy-share --lang and progress', () => {
  it('reports in Vietnamese and French', async () => {
    expect((await cli(['estimate', DA_NANG, '--lang', 'vi'])).stdout).toContain(
      'Ước tính: 23,5% GRDP',
    );
    expect((await cli(['validate', '--lang', 'fr'])).stdout).toContain('Auto-contrôle national');
    const wrong = await cli(['estimate', DA_NANG, '--lang', 'VI']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trimEnd()).toBe(
      'digital-economy-share: --lang: expected one of en, vi, fr, received "VI" (string); did you mean vi?',
    );
  });

  it('reports input and usage errors in the language of --lang', async () => {
    const percent = await cli(
      ['estimate', 'input.json', '--lang', 'vi'],
      file({ ...daNang(), itWorkforceShare: 7.7 }),
    );
    expect(percent.code).toBe(2);
    expect(percent.stderr).toBe(
      'digital-economy-share: input.json: itWorkforceShare: cần một tỷ lệ từ 0 đến 1, nhận được 7.7 (số); tỷ trọng được nhập dưới dạng tỷ lệ (7,7% → 0,077), không phải phần trăm: có phải ý bạn là 0.077?\n',
    );
    const command = await cli(['estimat', '--lang=fr']);
    expect(command.code).toBe(2);
    expect(command.stderr).toBe(
      'digital-economy-share: <command> : attendu l’une des valeurs estimate, scenario, batch, combine, validate, schema, init, web, reçu "estimat" (chaîne) ; vouliez-vous dire estimate ?\n',
    );
    const missing = await cli(['estimate', '--lang', 'fr']);
    expect(missing.stderr).toMatch(
      /^digital-economy-share: <input\.json> : attendu le chemin d’un fichier JSON d’entrée, reçu rien ; usage : digital-economy-share estimate/,
    );
    const json = await cli(['estimate', 'input.json', '--lang', 'vi'], file('{"grdp": 1,}'));
    expect(json.stderr).toMatch(
      /^digital-economy-share: input\.json: cần JSON hợp lệ, nhận được văn bản không phải JSON hợp lệ tại dòng 1, cột 12 /,
    );
  });

  it('shows progress on stderr for a long run only when stderr is a terminal', async () => {
    const terminal = await cli(
      ['estimate', DA_NANG, '--format', 'json', '--draws', '300000'],
      {},
      { tty: true },
    );
    expect(terminal.stderr).toContain('digital-economy-share: 100% (300,000 of 300,000 draws)');
    expect(JSON.parse(terminal.stdout).provenance.draws).toBe(300000);
    const piped = await cli(['estimate', DA_NANG, '--format', 'json', '--draws', '300000']);
    expect(piped.stderr).toBe('');
  });

  it.each(['estimate', 'scenario', 'batch', 'validate', 'schema', 'init'])(
    'prints help with usage and an example for %s --help',
    async (name) => {
      const { code, stdout } = await cli([name, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`Usage:\\n  digital-economy-share ${name}`));
      expect(stdout).toMatch(/Example:\n {2}digital-economy-share /);
    },
  );
});

describe('digital-economy-share output safety', () => {
  it('refuses to overwrite an existing chart without --force, and overwrites with it', async () => {
    const refused = await cli(['estimate', DA_NANG, '--chart', 'old.svg'], { 'old.svg': '<svg/>' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'digital-economy-share: --chart: expected a file that does not exist yet, received an existing file; choose another name, or add --force to overwrite it\n',
    );
    const forced = await cli(['estimate', DA_NANG, '--chart', 'old.svg', '--force'], {
      'old.svg': '<svg/>',
    });
    expect(forced.code).toBe(0);
    expect(forced.written['old.svg']?.startsWith('<svg')).toBe(true);
  });

  it('never writes a chart or a template through a symbolic link, even with --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'des-link-'));
    const target = join(dir, 'target.txt');
    writeFileSync(target, 'keep me');
    const link = join(dir, 'chart.svg');
    symlinkSync(target, link);
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'estimate', DA_NANG, '--chart', link, '--force'],
      { encoding: 'utf8' },
    );
    expect(child.status).toBe(2);
    expect(child.stderr).toContain(
      '--chart: expected a file that does not exist yet, received a symbolic link',
    );
    expect(readFileSync(target, 'utf8')).toBe('keep me');
  });
});

describe('digital-economy-share reads what offices write', () => {
  it('refuses --draws -5 by its rule, not as an "ambiguous argument"', async () => {
    const { code, stderr } = await cli(['estimate', DA_NANG, '--draws', '-5']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'digital-economy-share: --draws: expected a whole number from 100 to 100,000,000, received -5 (number); it cannot be negative: check the sign\n',
    );
  });

  it('accepts a UTF-8 byte-order mark at the start of a JSON or CSV file (Excel, Notepad)', async () => {
    const json = `\uFEFF${readFileSync(DA_NANG, 'utf8')}`;
    expect((await cli(['estimate', 'bom.json'], { 'bom.json': json })).code).toBe(0);
    const csv = `\uFEFF${readFileSync('examples/provinces.csv', 'utf8')}`;
    const batch = await cli(['batch', 'bom.csv'], { 'bom.csv': csv });
    expect(batch.code).toBe(0);
    expect(batch.stdout.split('\n')[0]).toBe('Digital-economy share of GRDP: 4 localities, ranked');
  });
});

describe('digital-economy-share on broken JSON', () => {
  it('names a NaN or Infinity token with its line and column', async () => {
    const { code, stderr } = await cli(['estimate', 'x.json'], {
      'x.json': '{\n  "locality": "A",\n  "grdp": Infinity\n}',
    });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'digital-economy-share: x.json: expected valid JSON, received text that is not valid JSON at line 3, column 11 (unexpected "Infinity"); JSON has no NaN or Infinity: write a number, or leave the field out\n',
    );
  });

  it('refuses a key given twice in one object (JSON.parse would keep the last in silence)', async () => {
    const { code, stderr } = await cli(['estimate', 'x.json'], {
      'x.json': '{ "locality": "A", "grdp": 100,\n  "grdp": 200 }',
    });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'digital-economy-share: x.json: expected JSON whose objects name each key once, received the key "grdp" a second time at line 2, column 3; JSON keeps only the last of two equal keys: remove one of them\n',
    );
  });

  it('names a UTF-16 file as such', async () => {
    const { code, stderr } = await cli(['estimate', 'x.json'], {
      'x.json': '\uFFFD\uFFFD{\u0000"\u0000a\u0000',
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /x\.json: expected a readable JSON file, received a file in UTF-16 or a binary file, not UTF-8 text; save it as UTF-8/,
    );
  });
});

describe('digital-economy-share on inputs beyond the documented sizes', () => {
  it('refuses a file above 20,000,000 characters, naming the limit', async () => {
    const { code, stderr } = await cli(['batch', 'big.csv'], { 'big.csv': 'x'.repeat(20_000_001) });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'digital-economy-share: big.csv: expected a readable CSV or JSON file, received a file of 20,000,001 characters; the limit is 20,000,000 characters: split the file\n',
    );
  });
});
