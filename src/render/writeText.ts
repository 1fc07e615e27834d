import { message } from '../i18n/messages.js';
import {
  type Block,
  type Inline,
  type Line,
  pieces,
  type ReportDocument,
  type Text,
  withoutControls,
} from './document.js';

/** Width of a string as a terminal shows it (code points; the catalogues use precomposed letters). */
export const displayWidth = (text: string) => [...text].length;
const padEnd = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/** Lay out rows as aligned columns; `right` marks right-aligned columns. */
export function columns(
  rows: readonly (readonly string[])[],
  right: readonly boolean[] = [],
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (right[i] ? padStart(cell, widths[i] ?? 0) : padEnd(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

const inline = (piece: Inline): string =>
  typeof piece === 'string'
    ? piece
    : 'tag' in piece
      ? `[${piece.tag}]`
      : 'strong' in piece
        ? piece.strong
        : piece.code;

const text = (value: Text) => pieces(value).map(inline).join('');

/**
 * A document as plain text: the title underlined with `=`, section titles with `-`, top-level
 * blocks separated by a blank line, the blocks of a section one line after another, tables as
 * aligned columns.
 */
export function writeText(doc: ReportDocument): string {
  const line = (l: Line) =>
    l.label === undefined
      ? text(l.text)
      : message('punctuation.label', { label: text(l.label), text: text(l.text) }, doc.lang);
  const block = (b: Block): string[] => {
    switch (b.kind) {
      case 'paragraph':
        return [line(b.line)];
      case 'note':
        return [text(b.text)];
      case 'list':
        return [
          ...(b.title === undefined ? [] : [text(b.title)]),
          ...b.items.map((item) => (b.indent ? `  ${line(item)}` : line(item))),
        ];
      case 'table':
        return columns(b.compact ? b.rows : [b.header, ...b.rows], b.right);
      case 'section':
        return [
          ...(b.title === undefined ? [] : [b.title, '-'.repeat(displayWidth(b.title))]),
          ...b.blocks.flatMap(block),
        ];
    }
  };
  const out = [doc.title, '='.repeat(displayWidth(doc.title))];
  for (const b of doc.blocks) out.push('', ...block(b));
  return `${withoutControls(out.join('\n'))}\n`;
}
