import { message } from '../i18n/messages.js';
import {
  type Block,
  type Inline,
  isPlain,
  type Line,
  pieces,
  type ReportDocument,
  type Text,
  withoutControls,
  withoutDrawings,
} from './document.js';

/**
 * Text made safe for Markdown: no raw HTML (`<` is written as an entity); the characters that
 * would start emphasis, code or a link (`*`, `` ` ``, `[`, `]`, and the backslash itself) escaped,
 * so that a footnote mark (`11.0%*`) or a name from the input prints as written. The reports' own
 * characters (`×`, `÷`, `I_L` inside a word) need no escape in GitHub-flavoured Markdown.
 */
const escapeMarkdown = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/[*`[\]]/g, '\\$&')
    .replace(/</g, '&lt;');

/** A cell made safe for a Markdown table: pipes escaped, line breaks flattened. */
const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const inline = (piece: Inline): string =>
  typeof piece === 'string'
    ? escapeMarkdown(piece)
    : 'code' in piece
      ? `\`${piece.code}\``
      : `**${escapeMarkdown('tag' in piece ? piece.tag : piece.strong)}**`;

const text = (value: Text) => pieces(value).map(inline).join('');

/** A GitHub-flavoured Markdown table; `right` marks right-aligned columns. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly boolean[] = [],
): string[] {
  const row = (cells: readonly string[]) =>
    `| ${cells.map((c) => cell(escapeMarkdown(c))).join(' | ')} |`;
  return [
    row(header),
    `|${header.map((_, i) => (right[i] ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map(row),
  ];
}

/**
 * A document as GitHub-flavoured Markdown: `#` title, `##` sections, labels in bold, lists with
 * `-`, tables with a header and alignment, notes in italics; every block separated by a blank line.
 */
export function writeMarkdown(doc: ReportDocument): string {
  const line = (l: Line) =>
    l.label === undefined
      ? text(l.text)
      : message(
          'punctuation.label',
          { label: isPlain(l.label) ? `**${text(l.label)}**` : text(l.label), text: text(l.text) },
          doc.lang,
        );
  const block = (b: Block): string[][] => {
    switch (b.kind) {
      case 'paragraph':
        return [[line(b.line)]];
      case 'note':
        return [[`*${text(b.text)}*`]];
      case 'list':
        return [
          ...(b.title === undefined ? [] : [[`**${text(b.title)}**`]]),
          b.items.map((item) => `- ${line(item)}`),
        ];
      case 'table': {
        const { header, rows, right } = withoutDrawings(b);
        return [markdownTable(header, rows, right)];
      }
      case 'section':
        return [
          ...(b.title === undefined ? [] : [[`## ${escapeMarkdown(b.title)}`]]),
          ...b.blocks.flatMap(block),
        ];
    }
  };
  const chunks = [[`# ${escapeMarkdown(doc.title)}`], ...doc.blocks.flatMap(block)];
  return `${withoutControls(chunks.map((c) => c.join('\n')).join('\n\n'))}\n`;
}
