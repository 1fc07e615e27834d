import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../src/i18n/format.js';
import { messageArguments } from '../src/i18n/messageFormat.js';
import { shapesOf } from '../src/input/schemaIntrospection.js';
import { LocalityInputSchema } from '../src/input/schemas.js';
import {
  FILE_ONLY_FIELDS,
  fieldOfIssue,
  formFields,
  formFromInput,
  inputFromForm,
} from '../src/web/form.js';
import { webCatalogues, webText } from '../src/web/strings.js';
import { runCli } from './helpers.js';

/**
 * The web calculator's parts that run without a browser: the form generated from the schema, the
 * reading of typed numbers, the page's catalogues and the `web` command. The page itself is
 * tested in Chromium by test/browser/calculator.browser.ts (`npm run test:web`).
 */

const root = join(fileURLToPath(import.meta.url), '../..');
const daNang = JSON.parse(readFileSync(join(root, 'data/inputs/da-nang-2024.json'), 'utf8'));

describe('the form, generated from the input schema', () => {
  it('has a field for every top-level field of LocalityInputSchema but the file-only ones', () => {
    const [shape = {}] = shapesOf(LocalityInputSchema);
    const names = Object.keys(shape).filter(
      (n) => !(FILE_ONLY_FIELDS as readonly string[]).includes(n),
    );
    expect(formFields().map((f) => f.name)).toEqual(names);
    expect(names).toContain('grdp');
    expect(names.length).toBe(14);
  });

  it('reads each number field’s unit and range from its schema', () => {
    const byName = Object.fromEntries(formFields().map((f) => [f.name, f]));
    expect(byName.grdp).toMatchObject({ kind: 'number', unit: 'money', ranged: true });
    expect(byName.itWorkforceShare).toMatchObject({ unit: 'fraction', ranged: true });
    expect(byName.firmsPerThousand).toMatchObject({ unit: 'perThousand' });
    expect(byName.digitalFirms).toMatchObject({ unit: 'count' });
    expect(byName.year).toMatchObject({ kind: 'number', unit: 'year', ranged: false });
    expect(byName.frame).toMatchObject({
      kind: 'choice',
      options: ['mic', 'gso'],
      placeholder: 'mic',
    });
    expect(byName.unit).toMatchObject({ kind: 'text', placeholder: 'billion VND' });
  });

  it('reads typed numbers as the CSV does, decimal comma or not, and leaves text for the validation', () => {
    expect(inputFromForm({ locality: ' Đà Nẵng ', year: '2024', grdp: '151307' })).toEqual({
      locality: 'Đà Nẵng',
      year: 2024,
      grdp: 151307,
    });
    // 151.307 with a decimal comma is 151,307; without, it is 151.307.
    expect(
      inputFromForm({ grdp: '151.307', itWorkforceShare: '0,077' }, { decimalComma: true }),
    ).toEqual({
      grdp: 151307,
      itWorkforceShare: 0.077,
    });
    expect(inputFromForm({ grdp: '151.307' })).toEqual({ grdp: 151.307 });
    expect(inputFromForm({ grdp: '39 888' })).toEqual({ grdp: '39 888' });
    expect(inputFromForm({ grdp: '', ictRevenue: '  ' })).toEqual({});
    expect(inputFromForm({ grdp: '10', grdpLow: '9', grdpHigh: '12' })).toEqual({
      grdp: { value: 10, low: 9, high: 12 },
    });
    // A range with one end only still reaches the validation, which names the missing end.
    expect(inputFromForm({ grdp: '10', grdpLow: '9' })).toEqual({ grdp: { value: 10, low: 9 } });
  });

  it('opens the bundled Da Nang input and writes it back unchanged', () => {
    const { values, extras, ranged } = formFromInput(daNang);
    expect(values.grdp).toBe('151307');
    expect(Object.keys(extras).sort()).toEqual(['history', 'published', 'sources']);
    expect(ranged).toBe(false);
    expect(inputFromForm(values, { extras })).toEqual(daNang);
  });

  it('round-trips any input of plain and ranged numbers, with and without decimal commas', () => {
    const number = fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true });
    const value = fc.oneof(number, fc.record({ value: number, low: number, high: number }));
    const numeric = formFields()
      .filter((f) => f.kind === 'number' && f.ranged)
      .map((f) => f.name);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...numeric), value),
        fc.boolean(),
        (input, decimalComma) => {
          const { values, extras } = formFromInput(input, { decimalComma });
          expect(inputFromForm(values, { decimalComma, extras })).toEqual(input);
        },
      ),
    );
  });

  it('puts an issue beside its field, and one of the whole input or a file-only field apart', () => {
    expect(fieldOfIssue(['grdp'])).toBe('grdp');
    expect(fieldOfIssue(['itWorkers', 'low'])).toBe('itWorkers');
    expect(fieldOfIssue(['history', 0, 'year'])).toBeUndefined();
    expect(fieldOfIssue([])).toBeUndefined();
  });
});

describe('the page’s catalogues', () => {
  const english = webCatalogues.en;

  it.each(LANGS)('the %s catalogue has every key of the English one, all filled in', (lang) => {
    expect(Object.keys(webCatalogues[lang]).sort()).toEqual(Object.keys(english).sort());
    for (const [key, template] of Object.entries(webCatalogues[lang]))
      expect(template.trim(), key).not.toBe('');
  });

  it.each(['vi', 'fr'] as const)('%s uses the English placeholders', (lang) => {
    for (const [key, template] of Object.entries(english))
      expect(messageArguments(webCatalogues[lang][key as keyof typeof english]), key).toEqual(
        messageArguments(template),
      );
  });

  it.each(LANGS)('%s labels and describes every field of the form', (lang) => {
    const catalogue = webCatalogues[lang] as Readonly<Record<string, string>>;
    for (const field of formFields()) {
      expect(catalogue[`field.${field.name}`], field.name).toBeTruthy();
      expect(catalogue[`field.${field.name}.help`], field.name).toBeTruthy();
      for (const option of field.options)
        expect(catalogue[`field.${field.name}.${option}`], option).toBeTruthy();
    }
  });

  it('writes French with a no-break space before : ; % ? ! and Vietnamese without "phân số"', () => {
    for (const [key, template] of Object.entries(webCatalogues.fr))
      expect(template, key).not.toMatch(/ [:;%?!]/);
    expect(Object.values(webCatalogues.vi).join('\n')).not.toMatch(/phân số/);
  });

  it('fills plurals by count', () => {
    expect(webText('one.toFix', { count: 1 }, 'en')).toBe(
      '1 figure to correct before the estimate can be made.',
    );
    expect(webText('one.toFix', { count: 3 }, 'fr')).toBe(
      '3 valeurs à corriger avant de pouvoir estimer.',
    );
  });
});

describe('digital-economy-share web', () => {
  const page = join(root, 'dist/web/index.html');
  beforeAll(() => {
    // The command copies the built page: build it if this checkout has not been built.
    if (!existsSync(page)) execFileSync('node', [join(root, 'scripts/build-web.mjs'), '--silent']);
  });

  it('prints the self-contained page: no external script, style or request', async () => {
    const { code, stdout } = await runCli(['web']);
    expect(code).toBe(0);
    expect(stdout.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(stdout).not.toMatch(
      /<script[^>]+src=|<link[^>]+stylesheet|https?:\/\/[^"'\s]*\.(js|css)\b/,
    );
    expect(stdout).toContain('<script>');
  });

  it('writes it to --out in the language of --lang, and refuses to overwrite without --force', async () => {
    const written: Record<string, string> = {};
    const io = {
      writeFile: (path: string, text: string | Uint8Array) => {
        written[path] = String(text);
      },
    };
    const made = await runCli(['web', '--out', 'calculator.html', '--lang', 'en'], io);
    expect(made).toEqual({
      code: 0,
      stdout:
        'digital-economy-share: wrote calculator.html; open it in a browser (it needs no network)\n',
      stderr: '',
    });
    expect(written['calculator.html']?.slice(0, 32)).toBe('<!doctype html>\n<html lang="en">');
    const again = await runCli(['web', '--out', 'calculator.html'], { ...io, exists: () => true });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
  });

  it('exits 2 naming a stray file argument', async () => {
    const { code, stderr } = await runCli(['web', 'input.json']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'digital-economy-share: input.json: expected no file argument, received 1 path; usage: digital-economy-share web [--out calculator.html [--force]] [--lang vi|en|fr]\n',
    );
  });
});
