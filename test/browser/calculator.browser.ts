import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/universal';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { estimateBatch } from '../../src/analyses/estimateBatch.js';
import { estimate } from '../../src/estimate/estimate.js';
import { formatPercent } from '../../src/i18n/format.js';
import { parseInputsCsv } from '../../src/input/csv.js';
import { InputError, issueMessage } from '../../src/input/inputError.js';
import { fieldOfIssue, formFields, inputFromForm } from '../../src/web/form.js';
import { webCatalogues, webText } from '../../src/web/strings.js';
import { workbookOf } from '../helpers.js';

/**
 * The web calculator (dist/web/index.html) in real headless Chromium, from file://, as issue 14
 * asks: the form has the schema's field names and localised labels; the Da Nang 2024 figures,
 * typed by playwright or set by another program through the `name` attributes, give 23,5%; the
 * library's own messages appear beside a wrong field; the language switches; the downloads are
 * what they say; a CSV of three provinces gives a ranked table; no console errors anywhere.
 * Every expected figure is computed here by the library itself, in Node, from the same input.
 */

const root = join(fileURLToPath(import.meta.url), '../../..');
const pageFile = join(root, 'dist/web/index.html');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const example = JSON.parse(readFileSync(join(root, 'data/inputs/da-nang-2024.json'), 'utf8'));

/** The example's figures that the form has fields for, as the form's text values. */
const typed: Record<string, string> = Object.fromEntries(
  formFields()
    .filter((f) => example[f.name] !== undefined)
    .map((f) => [f.name, String(example[f.name])]),
);
/** What the page estimates from them: the same input, in Node. */
const expected = estimate(inputFromForm(typed) as never);

let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  if (!existsSync(pageFile)) throw new Error(`${pageFile} is missing: run npm run build first`);
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM)`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox'],
  });
});
afterAll(async () => browser?.close());

beforeEach(async () => {
  problems = [];
  page = await browser.newPage({ acceptDownloads: true });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(pathToFileURL(pageFile).href);
});
afterEach(async () => {
  await page.close();
  expect(problems).toEqual([]);
});

async function typeExample(p: Page): Promise<void> {
  for (const [name, value] of Object.entries(typed)) {
    const field = formFields().find((f) => f.name === name);
    if (field?.kind === 'choice') await p.selectOption(`[name="${name}"]`, value);
    else await p.fill(`[name="${name}"]`, value);
  }
}

const share = (p: Page) => p.locator('#share');

/** A downloaded file's bytes, as read-excel-file takes them. */
function bytes(path: string): ArrayBuffer {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

describe('the web calculator', () => {
  it('opens in Vietnamese with a labelled input named after every form field of the schema', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    for (const field of formFields()) {
      const control = page.locator(`[name="${field.name}"]`);
      await expect(control.count()).resolves.toBe(1);
      const id = await control.getAttribute('id');
      const label = (await page.locator(`label[for="${id}"]`).textContent())?.trim();
      expect(label).toBe(webCatalogues.vi[`field.${field.name}` as keyof typeof webCatalogues.vi]);
      if (field.ranged) {
        await expect(page.locator(`[name="${field.name}Low"]`).count()).resolves.toBe(1);
        await expect(page.locator(`[name="${field.name}High"]`).count()).resolves.toBe(1);
      }
    }
    // 34 provinces, 29 former ones marked, and the nation in the picker.
    const options = page.locator('#localities option');
    await expect(options.count()).resolves.toBe(64);
    await expect(page.locator('#localities option[label]').count()).resolves.toBe(29);
  });

  it('shows Da Nang 2024 as 23,5% once its figures are typed, with the interval the library gives', async () => {
    expect(formatPercent(expected.share.point, 'vi')).toBe('23,5%');
    await typeExample(page);
    await expect.poll(() => share(page).textContent()).toBe('23,5%');
    expect(await page.locator('#interval').textContent()).toBe(
      webText(
        'one.interval',
        {
          low: formatPercent(expected.share.low, 'vi'),
          high: formatPercent(expected.share.high, 'vi'),
        },
        'vi',
      ),
    );
    // The page's V8 and Node's may differ in the last bit of exp/log/pow: the same to 1e-14.
    expect(Number(await share(page).getAttribute('data-share'))).toBeCloseTo(
      expected.share.point,
      14,
    );
    // The report is the library's, with both national averages and the targets.
    const report = (await page.locator('#report').textContent()) ?? '';
    expect(report).toContain('18,3%');
    expect(report).toContain('13,17%');
    expect(report).toContain('Da Nang');
    // The charts are drawn (Vega, SVG renderer).
    await expect.poll(() => page.locator('#chart svg').count()).toBeGreaterThan(0);
  });

  it('gives the same when another program sets the inputs by their name attributes', async () => {
    await page.evaluate((values) => {
      for (const [name, value] of Object.entries(values)) {
        const element = document.querySelector<HTMLInputElement>(`[name="${name}"]`);
        if (!element) throw new Error(`no input named ${name}`);
        element.value = value;
        element.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }, typed);
    await expect.poll(() => share(page).textContent()).toBe('23,5%');
  });

  it('puts the library’s own message beside the field it is about, live', async () => {
    await typeExample(page);
    await expect.poll(() => share(page).textContent()).toBe('23,5%');
    const wrong = { ...typed, grdp: 'abc' };
    let issues: InputError['issues'] = [];
    try {
      estimate(inputFromForm(wrong) as never);
    } catch (error) {
      if (error instanceof InputError) issues = error.issues;
    }
    expect(issues.length).toBe(1);
    const [issue] = issues;
    if (!issue) throw new Error('unreachable');
    expect(fieldOfIssue(issue.path)).toBe('grdp');
    await page.fill('[name="grdp"]', 'abc');
    await expect
      .poll(() => page.locator('[data-error-for="grdp"]').textContent())
      .toBe(issueMessage(issue, 'vi'));
    await expect(page.locator('#headline').isHidden()).resolves.toBe(true);
    // Corrected, the message goes and the estimate comes back.
    await page.fill('[name="grdp"]', typed.grdp ?? '');
    await expect.poll(() => share(page).textContent()).toBe('23,5%');
    expect(await page.locator('[data-error-for="grdp"]').textContent()).toBe('');
  });

  it('switches language, keeping what was typed', async () => {
    await typeExample(page);
    await expect.poll(() => share(page).textContent()).toBe('23,5%');
    await page.selectOption('#lang', 'en');
    await expect.poll(() => share(page).textContent()).toBe('23.5%');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await page.locator('label[for="f-grdp"]').textContent())?.trim()).toBe(
      webCatalogues.en['field.grdp'],
    );
    expect(await page.locator('[name="ictRevenue"]').inputValue()).toBe(typed.ictRevenue);
    await page.selectOption('#lang', 'fr');
    await expect
      .poll(() => share(page).textContent())
      .toBe(formatPercent(expected.share.point, 'fr'));
    expect(formatPercent(expected.share.point, 'fr')).toBe('23,5\u00a0%');
    expect(await page.locator('header h1').textContent()).toBe(webCatalogues.fr['page.title']);
  });

  it('downloads the results as an Excel workbook with the estimate in it', async () => {
    await typeExample(page);
    await expect.poll(() => share(page).textContent()).toBe('23,5%');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-download="one-xlsx"]'),
    ]);
    expect(download.suggestedFilename()).toBe('da-nang-2024.xlsx');
    const path = await download.path();
    const rows = (await readSheet(bytes(path))) as unknown[][];
    const [header = [], first = []] = rows;
    expect(first[header.indexOf('share')]).toBeCloseTo(expected.share.point, 14);
    expect(first[header.indexOf('locality')]).toBe('Da Nang');
  });

  it('downloads the input as JSON that opens again, and the chart as SVG', async () => {
    await typeExample(page);
    await expect.poll(() => share(page).textContent()).toBe('23,5%');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-download="one-json"]'),
    ]);
    const text = readFileSync(await json.path(), 'utf8');
    expect(JSON.parse(text)).toEqual(inputFromForm(typed));
    await expect.poll(() => page.locator('#chart svg').count()).toBeGreaterThan(0);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-download="one-svg"]'),
    ]);
    expect(readFileSync(await svg.path(), 'utf8')).toMatch(/^<svg/);
    // A fresh page opens the file: the same estimate.
    const fresh = await browser.newPage();
    await fresh.goto(pathToFileURL(pageFile).href);
    await fresh.setInputFiles('input[name="inputFile"]', {
      name: 'da-nang-2024.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => share(fresh).textContent()).toBe('23,5%');
    await fresh.close();
  });

  it('ranks a CSV of three provinces as the library does', async () => {
    const csv = readFileSync(join(root, 'test/fixtures/three-provinces.csv'), 'utf8');
    const batch = estimateBatch(parseInputsCsv(csv));
    expect(batch.rows.length).toBe(3);
    const order = [...batch.rows]
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((r) => r.locality);
    await page.setInputFiles('input[name="batchFile"]', {
      name: 'three-provinces.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const table = page.locator('#batch-result table').first();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent ?? '')),
      );
    expect(cells.map((row) => row[0])).toEqual(['1', '2', '3']);
    expect(cells.map((row) => row.find((c) => order.includes(c)))).toEqual(order);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-download="batch-xlsx"]'),
    ]);
    const rows = (await readSheet(bytes(await download.path()))) as unknown[][];
    expect(rows.length).toBe(4);
  });

  it('ranks the same three provinces from an Excel workbook, and says what is wrong with a bad table', async () => {
    const csv = readFileSync(join(root, 'test/fixtures/three-provinces.csv'), 'utf8');
    await page.setInputFiles('input[name="batchFile"]', {
      name: 'three-provinces.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbookOf(csv)),
    });
    const table = page.locator('#batch-result table').first();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    // A column the reader does not know: the library's message, in the page's language.
    await page.setInputFiles('input[name="batchFile"]', {
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('locality,year,grpd\nDa Nang,2024,151307\n'),
    });
    let message = '';
    try {
      parseInputsCsv('locality,year,grpd\nDa Nang,2024,151307\n');
    } catch (error) {
      if (error instanceof InputError)
        message = error.issues.map((i) => issueMessage(i, 'vi')).join('\n');
    }
    expect(message).toContain('grdp');
    await expect
      .poll(() => page.locator('#batch-result .error').textContent())
      .toBe(webText('batch.failed', { message }, 'vi'));
  });
});
