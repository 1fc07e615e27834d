import { LOCALES } from '../i18n/format.js';
import { message } from '../i18n/messages.js';
import {
  type Block,
  type Inline,
  isPlain,
  type Line,
  pieces,
  type ReportDocument,
  type Text,
  withoutDrawings,
} from './document.js';

/** Text made safe for HTML element content and attribute values. */
export const escapeHtml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const inline = (piece: Inline): string =>
  typeof piece === 'string'
    ? escapeHtml(piece)
    : 'code' in piece
      ? `<code>${escapeHtml(piece.code)}</code>`
      : 'tag' in piece
        ? `<strong class="tag">${escapeHtml(piece.tag)}</strong>`
        : `<strong>${escapeHtml(piece.strong)}</strong>`;

const text = (value: Text) => pieces(value).map(inline).join('');

/**
 * A document as an HTML fragment: an `<article lang>` with `<h1>`, `<section>`s with `<h2>`,
 * paragraphs, lists and tables (numbers right-aligned by a `class="num"`). Every text is escaped;
 * there are no scripts, styles or event attributes, so the fragment can be inserted into a page
 * as it is.
 */
export function writeHtml(doc: ReportDocument): string {
  const line = (l: Line) =>
    l.label === undefined
      ? text(l.text)
      : message(
          'punctuation.label',
          {
            label: isPlain(l.label) ? `<strong>${text(l.label)}</strong>` : text(l.label),
            text: text(l.text),
          },
          doc.lang,
        );
  const cells = (tag: 'th' | 'td', row: readonly string[], right: readonly boolean[]) =>
    row
      .map((c, i) => `<${tag}${right[i] ? ' class="num"' : ''}>${escapeHtml(c)}</${tag}>`)
      .join('');
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'paragraph':
        return `<p>${line(b.line)}</p>`;
      case 'note':
        return `<p class="note"><em>${text(b.text)}</em></p>`;
      case 'list':
        return `${b.title === undefined ? '' : `<p><strong>${text(b.title)}</strong></p>\n`}<ul>\n${b.items
          .map((item) => `<li>${line(item)}</li>`)
          .join('\n')}\n</ul>`;
      case 'table': {
        const { header, rows, right } = withoutDrawings(b);
        return `<table>\n<thead><tr>${cells('th', header, right)}</tr></thead>\n<tbody>\n${rows
          .map((row) => `<tr>${cells('td', row, right)}</tr>`)
          .join('\n')}\n</tbody>\n</table>`;
      }
      case 'section':
        return `<section>\n${b.title === undefined ? '' : `<h2>${escapeHtml(b.title)}</h2>\n`}${b.blocks
          .map(block)
          .join('\n')}\n</section>`;
    }
  };
  return `<article lang="${LOCALES[doc.lang]}">\n<h1>${escapeHtml(doc.title)}</h1>\n${doc.blocks
    .map(block)
    .join('\n')}\n</article>\n`;
}
