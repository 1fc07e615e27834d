/**
 * Comma-separated values, as arquero's `toCSV` writes them: a header row, then one row per
 * record; an empty cell for null; a value quoted (quotes doubled) when it holds a comma, a quote
 * or a line break; every line ended by a newline. Written here so that CSV output needs no table
 * library: the header is written even when there are no rows. Unlike arquero, a text cell that
 * starts like a formula (`=HYPERLINK(…)`) is neutralised.
 */
export function writeCsv(columns: readonly string[], records: readonly object[]): string {
  const cell = (value: unknown) => {
    if (value === null || value === undefined) return '';
    let text = String(value);
    // A text that a spreadsheet would run as a formula (=, +, -, @ first, not a number) is
    // written with a leading apostrophe, as spreadsheets expect for literal text.
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !Number.isFinite(Number(text)))
      text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    columns.map(cell).join(','),
    ...records.map((r) => columns.map((c) => cell((r as Record<string, unknown>)[c])).join(',')),
  ];
  return `${lines.join('\n')}\n`;
}
