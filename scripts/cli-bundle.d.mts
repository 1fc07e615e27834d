/** Rewrite dist/cli/run.cjs's import() calls of the optional packages; returns their specifiers. */
export function finishCliBundle(file?: string): string[];
