/** Bundle the web calculator and write dist/web/index.html; resolves to its size in bytes. */
export function buildWeb(): Promise<number>;
