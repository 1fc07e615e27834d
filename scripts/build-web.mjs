// The web calculator: src/web/app.ts bundled by esbuild (the library, zod, arquero, vega,
// vega-lite and the Excel readers inside) and inlined with src/web/page.css into one HTML file,
// dist/web/index.html, that needs no network and works from file:// (README "Web calculator").
// Run by `npm run build` (tsup's onSuccess, tsup.config.ts), or alone: node scripts/build-web.mjs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundle the page and write dist/web/index.html; returns its size in bytes. */
export async function buildWeb() {
  const bundled = await build({
    entryPoints: [join(root, 'src/web/app.ts')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
    charset: 'utf8',
  });
  // Inside <script>, the text "</script" would end the element: written "<\/script" it means the
  // same in a string, a template or a regular expression.
  const script = bundled.outputFiles[0].text.replaceAll('</script', '<\\/script');
  const css = readFileSync(join(root, 'src/web/page.css'), 'utf8');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="digital-economy-share ${version}">
<link rel="icon" href="data:,">
<title>Tỷ trọng kinh tế số trong GRDP</title>
<style>
${css}</style>
</head>
<body>
<div id="app"><noscript>This calculator needs JavaScript. / Công cụ này cần JavaScript.</noscript></div>
<script>
${script}</script>
</body>
</html>
`;
  const out = join(root, 'dist/web/index.html');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  return html.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = await buildWeb();
  if (!process.argv.includes('--silent'))
    console.log(`web: dist/web/index.html ${(size / 1024).toFixed(0)} kB`);
}
