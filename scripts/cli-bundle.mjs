// The command line's bundle, dist/cli/run.cjs (tsup.config.ts), made runnable as a cached
// script (src/cli/codeCache.ts): its dynamic imports, of the optional packages only, become
// calls of `__importPeer`, the entry point's import(), since a vm.Script cannot import on Node
// 20 without a flag. Fails the build on any other import(), so that none is changed unseen.
// Run by `npm run build` (tsup's onSuccess).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The packages the bundle may import at run time: the optional peer dependencies. */
const peers = Object.keys(
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).peerDependencies,
);

/** Rewrite dist/cli/run.cjs's import() calls; returns the specifiers found, in order. */
export function finishCliBundle(file = join(root, 'dist/cli/run.cjs')) {
  const source = readFileSync(file, 'utf8');
  const found = [];
  // An import() with no argument is no call: acorn's message "… is not allowed in import()".
  const rewritten = source.replace(/\bimport\(([^()]+)\)/g, (call, argument) => {
    const bare = argument.replace(/\/\*[\s\S]*?\*\//g, '').trim();
    const literal = /^"([^"]+)"$/.exec(bare)?.[1];
    // A specifier in a variable is matrix.ts's MATHJS ("mathjs"); any other text is refused.
    const name = literal ?? (bare === 'MATHJS' ? 'mathjs' : undefined);
    const peer = name && peers.find((p) => name === p || name.startsWith(`${p}/`));
    if (!peer) throw new Error(`cli-bundle: an import() the bundle may not make: ${call}`);
    found.push(name);
    return `__importPeer(${argument})`;
  });
  // (Acorn's messages quote 'import.meta' and end in "import()": they are text, not calls.)
  if (/(?<![\w$.'"])import\s*\((?!\))|(?<![\w$.'"])import\.meta\./.test(rewritten))
    throw new Error('cli-bundle: an import() or import.meta is left in dist/cli/run.cjs');
  writeFileSync(file, rewritten);
  return found;
}
