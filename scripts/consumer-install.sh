#!/usr/bin/env bash
# The package as a consumer gets it: `npm pack`, then the tarball installed WITHOUT a lock file
# into fresh projects, each of which estimates Da Nang 2024:
#   ESM; CommonJS (also under --no-experimental-require-module, as Node 20.0–20.18 behave);
#   TypeScript with moduleResolution node16, nodenext and bundler and skipLibCheck false;
#   an esbuild browser bundle; the CLI from an empty folder (`--example da-nang-2024`, `web --out`).
# It counts the packages a plain install brings (budget below) and checks that the optional peers
# stay optional: no vega in a plain install, `--chart` exits 2 naming vega and vega-lite, and
# with vega installed and then removed everything but charts keeps working.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
BUDGET=10

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball="$work/$(npm pack --silent --pack-destination "$work" | tail -n 1)"
tsc="$root/node_modules/typescript/bin/tsc"
esbuild="$root/node_modules/.bin/esbuild"
example="node_modules/digital-economy-share/data/inputs/da-nang-2024.json"

project() { # project NAME TYPE: a fresh folder with the tarball installed, no lock file
  local dir="$work/$1"
  mkdir -p "$dir"
  (cd "$dir" && printf '{ "name": "consumer-%s", "private": true, "type": "%s" }\n' "$1" "$2" >package.json &&
    npm install --no-audit --no-fund --no-package-lock --loglevel=error "$tarball" >/dev/null)
  echo "$dir"
}
check() { # check LABEL OUTPUT: the output is Da Nang's point estimate
  if [[ "$2" != 0.2349* ]]; then echo "consumer-install: $1 printed '$2', not Da Nang's 0.2349…" >&2; exit 1; fi
  echo "ok   $1"
}

# ESM, and the package count of a plain install.
esm=$(project esm module)
count=$(cd "$esm" && npm ls --all --parseable 2>/dev/null | tail -n +2 | wc -l)
echo "a plain install brings $count packages (budget $BUDGET): $(cd "$esm" && ls node_modules | tr '\n' ' ')"
if [ "$count" -gt "$BUDGET" ]; then echo "consumer-install: $count packages, above the budget of $BUDGET" >&2; exit 1; fi
if [ -e "$esm/node_modules/vega" ]; then echo "consumer-install: vega came with a plain install" >&2; exit 1; fi
cat >"$esm/main.js" <<JS
import { readFileSync } from 'node:fs';
import { estimate } from 'digital-economy-share';
import { parseInputsCsv } from 'digital-economy-share/tables';
const input = JSON.parse(readFileSync('$example', 'utf8'));
if (parseInputsCsv('locality,year\nA,2024').length !== 1) throw new Error('tables');
console.log(estimate(input).share.point);
JS
check "ESM import (and the tables entry)" "$(cd "$esm" && node main.js)"

# CommonJS, with and without require(esm).
cjs=$(project cjs commonjs)
cat >"$cjs/main.js" <<JS
const { readFileSync } = require('node:fs');
const { estimate } = require('digital-economy-share');
const { parseInputsCsv } = require('digital-economy-share/tables');
const input = JSON.parse(readFileSync('$example', 'utf8'));
if (parseInputsCsv('locality,year\nA,2024').length !== 1) throw new Error('tables');
console.log(estimate(input).share.point);
JS
check "CommonJS require" "$(cd "$cjs" && node main.js)"
check "CommonJS require, --no-experimental-require-module" "$(cd "$cjs" && node --no-experimental-require-module main.js)"

# TypeScript, strict, skipLibCheck false, three module resolutions (node16 also from CommonJS,
# which reads the .d.cts declarations).
for variant in node16 nodenext bundler node16-commonjs; do
  resolution=${variant%-commonjs}
  type=$([ "$variant" = node16-commonjs ] && echo commonjs || echo module)
  module=$([ "$resolution" = bundler ] && echo esnext || echo "$resolution")
  ts=$(project "ts-$variant" "$type")
  # The core's declarations must check with skipLibCheck false. (The tables entry's types are
  # arquero's, whose own declarations do not check under TypeScript 5.9 with skipLibCheck false.)
  cat >"$ts/main.ts" <<'TS'
import { estimate, type EstimateResult, formatReport, type LocalityInputInit } from 'digital-economy-share';
const input: LocalityInputInit = {
  locality: 'Da Nang', year: 2024, grdp: 151307, ictRevenue: 39888, digitalFirms: 2556,
  firmsPerThousand: 2.35, itWorkers: 57000, itWorkforceShare: 0.077,
};
const result: EstimateResult = estimate(input);
if (!formatReport(result, { format: 'html' }).startsWith('<article')) throw new Error('html');
console.log(result.share.point);
TS
  printf '{ "compilerOptions": { "strict": true, "skipLibCheck": false, "module": "%s", "moduleResolution": "%s", "target": "es2022", "lib": ["es2022", "dom"], "types": [], "outDir": "out" }, "files": ["main.ts"] }\n' "$module" "$resolution" >"$ts/tsconfig.json"
  (cd "$ts" && node "$tsc" -p tsconfig.json) || { echo "consumer-install: TypeScript ($resolution) failed" >&2; exit 1; }
  check "TypeScript ($type), moduleResolution $resolution, skipLibCheck false" "$(cd "$ts" && node out/main.js)"
done

# A browser bundle of the core (esbuild, platform browser): it builds and runs without Node APIs.
cat >"$esm/browser.js" <<'JS'
import { estimate } from 'digital-economy-share';
const input = {
  locality: 'Da Nang', year: 2024, grdp: 151307, ictRevenue: 39888, digitalFirms: 2556,
  firmsPerThousand: 2.35, itWorkers: 57000, itWorkforceShare: 0.077,
};
globalThis.result = estimate(input).share.point;
console.log(globalThis.result);
JS
(cd "$esm" && "$esbuild" browser.js --bundle --platform=browser --format=esm --log-level=warning --outfile=bundle.js)
if grep -q "arquero\|node:" "$esm/bundle.js"; then echo "consumer-install: the browser bundle pulls in arquero or a node: module" >&2; exit 1; fi
echo "     browser bundle: $(wc -c <"$esm/bundle.js") bytes, $(gzip -c "$esm/bundle.js" | wc -c) gzipped"
check "esbuild browser bundle" "$(cd "$esm" && node bundle.js)"

# The CLI from an empty folder, and the optional chart packages.
empty=$(project cli module)
out=$(cd "$empty" && npx --no-install digital-economy-share estimate --example da-nang-2024)
[[ "$out" == "Digital-economy share of GRDP: Da Nang, 2024 (frame: mic)"* ]] || { echo "consumer-install: --example printed: $out" >&2; exit 1; }
echo "ok   npx digital-economy-share estimate --example da-nang-2024 (empty folder)"
# The web calculator ships in the package: `web --out` writes the self-contained page.
(cd "$empty" && npx --no-install digital-economy-share web --out calculator.html >/dev/null)
head -c 32 "$empty/calculator.html" | grep -q '<html lang="vi">' || { echo "consumer-install: web --out wrote no page" >&2; exit 1; }
if grep -q '<script[^>]*src=' "$empty/calculator.html"; then echo "consumer-install: the page loads an external script" >&2; exit 1; fi
echo "ok   npx digital-economy-share web --out calculator.html: $(wc -c <"$empty/calculator.html") bytes, self-contained"
set +e
err=$(cd "$empty" && npx --no-install digital-economy-share estimate --example da-nang-2024 --chart c.svg 2>&1 >/dev/null)
code=$?
set -e
[ "$code" = 2 ] && [[ "$err" == *"npm install vega vega-lite"* ]] || { echo "consumer-install: --chart without vega: exit $code, '$err'" >&2; exit 1; }
echo "ok   --chart without vega exits 2 naming vega and vega-lite"
set +e
err=$(cd "$empty" && npx --no-install digital-economy-share validate --calibrate 2>&1 >/dev/null)
code=$?
set -e
[ "$code" = 2 ] && [[ "$err" == *"npm install mathjs"* ]] || { echo "consumer-install: validate --calibrate without mathjs: exit $code, '$err'" >&2; exit 1; }
echo "ok   validate --calibrate without mathjs exits 2 naming mathjs"
set +e
err=$(cd "$empty" && npx --no-install digital-economy-share estimate --example da-nang-2024 --format xlsx --out r.xlsx 2>&1 >/dev/null)
code=$?
set -e
[ "$code" = 2 ] && [[ "$err" == *"npm install write-excel-file"* ]] || { echo "consumer-install: --format xlsx without write-excel-file: exit $code, '$err'" >&2; exit 1; }
echo "ok   --format xlsx without write-excel-file exits 2 naming it"
(cd "$empty" && npm install --no-audit --no-fund --no-package-lock --loglevel=error read-excel-file write-excel-file >/dev/null)
(cd "$empty" && npx --no-install digital-economy-share estimate --example da-nang-2024 --format xlsx --out r.xlsx >/dev/null)
[ -s "$empty/r.xlsx" ] || { echo "consumer-install: --format xlsx wrote nothing" >&2; exit 1; }
# The results workbook read back as a batch input: read, and refused by its result columns.
set +e
err=$(cd "$empty" && npx --no-install digital-economy-share batch r.xlsx 2>&1 >/dev/null)
code=$?
set -e
[ "$code" = 2 ] && [[ "$err" == *'column "share"'* ]] || { echo "consumer-install: batch r.xlsx: exit $code, '$err'" >&2; exit 1; }
echo "ok   with read-excel-file and write-excel-file, --format xlsx writes a workbook and batch reads one"
(cd "$empty" && npm uninstall --no-audit --no-fund --no-package-lock --loglevel=error read-excel-file write-excel-file >/dev/null)
before=$(cd "$empty" && npm ls --all --parseable 2>/dev/null | tail -n +2 | wc -l)
(cd "$empty" && npm install --no-audit --no-fund --no-package-lock --loglevel=error vega vega-lite >/dev/null)
after=$(cd "$empty" && npm ls --all --parseable 2>/dev/null | tail -n +2 | wc -l)
echo "     vega and vega-lite bring $((after - before)) packages ($(du -sh "$empty/node_modules" | cut -f1) of node_modules in all)"
(cd "$empty" && npx --no-install digital-economy-share estimate --example da-nang-2024 --chart c.svg >/dev/null)
grep -q "<svg" "$empty/c.svg" || { echo "consumer-install: --chart with vega wrote no SVG" >&2; exit 1; }
echo "ok   --chart with vega and vega-lite installed writes an SVG"
rm -rf "$empty/node_modules/vega" "$empty/node_modules/vega-lite"
set +e
(cd "$empty" && npx --no-install digital-economy-share estimate --example da-nang-2024 >/dev/null)
code=$?
set -e
[ "$code" = 0 ] || { echo "consumer-install: with vega removed, estimate exits $code" >&2; exit 1; }
echo "ok   with vega removed again, everything but charts works"
