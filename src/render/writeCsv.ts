/**
 * Comma-separated values, as arquero's `toCSV` writes them: a header row, then one row per
 * record; an empty cell for null; a value quoted (quotes doubled) when it holds a comma, a quote
 * or a line break; every line ended by a newline. Written here so that CSV output needs no table
 * library: the header is written even when there are no rows. Unlike arquero, a text cell that
 * starts like a formula (`=HYPERLINK(…)`) is neutralised.
 */
export function writeCsv(
  columns: readonly string[],
  records: readonly object[],
  options: CsvOptions = {},
): string {
  const separator = options.decimalComma ? ';' : ',';
  const number = (value: number) => {
    const rounded = options.round ? Number(value.toFixed(6)) : value;
    const text = String(rounded);
    return options.decimalComma ? text.replace('.', ',') : text;
  };
  const cell = (value: unknown) => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return number(value);
    let text = String(value);
    // A text that a spreadsheet would run as a formula (=, +, -, @ first, not a number) is
    // written with a leading apostrophe, as spreadsheets expect for literal text.
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !Number.isFinite(Number(text)))
      text = `'${text}`;
    return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    columns.map(cell).join(separator),
    ...records.map((r) =>
      columns.map((c) => cell((r as Record<string, unknown>)[c])).join(separator),
    ),
  ];
  return `${options.bom ? '\ufeff' : ''}${lines.join('\n')}\n`;
}

/**
 * How a CSV is written for a spreadsheet (`excel`): a byte-order mark, so that Excel reads UTF-8
 * (Vietnamese names); figures rounded to 6 decimals (no 17-digit floats); and, for a language whose
 * decimal symbol is a comma (vi, fr), semicolons between cells and decimal commas, as Excel writes
 * and reads them there.
 */
export interface CsvOptions {
  readonly bom?: boolean;
  readonly round?: boolean;
  readonly decimalComma?: boolean;
}
