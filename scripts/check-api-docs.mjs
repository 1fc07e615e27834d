// Every export of the package has a summary and an @example in the API reference. Reads the
// JSON that `npm run docs:api` writes (typedoc) and lists the exports that lack either.
import { readFileSync } from 'node:fs';

const api = JSON.parse(readFileSync(new URL('../docs/api/api.json', import.meta.url), 'utf8'));

/** The comments of a reflection and of its call signatures (a function's comment sits on those). */
const commentOf = (reflection) => {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
  const present = comments.filter(Boolean);
  return {
    summary: present.flatMap((c) => c.summary ?? []),
    blockTags: present.flatMap((c) => c.blockTags ?? []),
  };
};

// With several entry points (the core and ./tables) the top level holds one module each.
const MODULE = 2;
const exports = (api.children ?? []).flatMap((r) => (r.kind === MODULE ? (r.children ?? []) : [r]));

const missing = [];
for (const reflection of exports) {
  const comment = commentOf(reflection);
  const lacks = [];
  if (!comment.summary.some((part) => part.text.trim() !== '')) lacks.push('a summary');
  if (!comment.blockTags.some((tag) => tag.tag === '@example')) lacks.push('an @example');
  if (lacks.length > 0) missing.push(`${reflection.name}: ${lacks.join(' and ')}`);
}
if (missing.length > 0) {
  console.error(
    `API reference: ${missing.length} of ${exports.length} exports lack documentation:\n  ${missing.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`API reference: all ${exports.length} exports have a summary and an @example.`);
