/**
 * What `JSON.parse` does not tell: where a bad token is (V8 gives no position for `NaN`,
 * `Infinity` or `undefined`), and whether an object repeats a key (JSON.parse keeps the last, in
 * silence). One pass over the text, O(length); comments must have been blanked out first (their
 * positions kept, as `stripJsonComments` does).
 */

/** A problem found in JSON text, at a 1-based line and column. */
export type JsonProblem =
  | {
      readonly kind: 'duplicate-key';
      readonly key: string;
      readonly line: number;
      readonly column: number;
    }
  | {
      readonly kind: 'bad-token';
      readonly token: string;
      readonly line: number;
      readonly column: number;
    };

/** The first problem of the text, or undefined when there is none this scan can see. */
export function scanJson(text: string): JsonProblem | undefined {
  const keys: (Set<string> | null)[] = []; // per open container: a Set for objects, null for arrays
  let expectKey = false;
  let i = 0;
  const at = (index: number) => {
    const before = text.slice(0, index);
    return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
    } else if (c === '{' || c === '[') {
      keys.push(c === '{' ? new Set() : null);
      expectKey = c === '{';
      i++;
    } else if (c === '}' || c === ']') {
      keys.pop();
      expectKey = false;
      i++;
    } else if (c === ',') {
      expectKey = keys.at(-1) instanceof Set;
      i++;
    } else if (c === ':') {
      expectKey = false;
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const raw = text.slice(i, j + 1);
      if (expectKey) {
        const container = keys.at(-1);
        let key: string;
        try {
          key = JSON.parse(raw) as string;
        } catch {
          key = raw;
        }
        if (container?.has(key)) return { kind: 'duplicate-key', key, ...at(i) };
        container?.add(key);
        expectKey = false;
      }
      i = j + 1;
    } else {
      const token = /^[^\s,:{}[\]"]+/.exec(text.slice(i))?.[0] ?? c;
      const valid =
        token === 'true' ||
        token === 'false' ||
        token === 'null' ||
        /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(token);
      if (!valid) return { kind: 'bad-token', token, ...at(i) };
      i += token.length;
    }
  }
  return undefined;
}
