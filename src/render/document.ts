import type { Lang } from '../i18n/format.js';

/**
 * The document model of the reports. A report (estimate, scenario, batch, validation) is built
 * once as a `ReportDocument` of plain blocks, already in its language; the text, Markdown and
 * HTML writers (src/render/write*.ts) only lay it out, so the three carry the same content by
 * construction. A document is plain data: it can be stored, compared and rendered later.
 */

/** A piece of running text: plain, strong, a code (an identifier) or a tag (a severity). */
export type Inline =
  | string
  | { readonly strong: string }
  | { readonly code: string }
  | { readonly tag: string };

/** Running text: one piece or several. */
export type Text = Inline | readonly Inline[];

/** A line of text, optionally with a label in front ("Estimate: 23.5% of GRDP …"). */
export interface Line {
  readonly label?: Text;
  readonly text: Text;
}

/** A block of a document. */
export type Block =
  | { readonly kind: 'paragraph'; readonly line: Line }
  /** A note: a remark on the blocks before it (italic in Markdown and HTML). */
  | { readonly kind: 'note'; readonly text: Text }
  | {
      readonly kind: 'list';
      readonly title?: Text;
      readonly items: readonly Line[];
      /** Plain text indents the items (a list under a heading); otherwise one line each. */
      readonly indent?: boolean;
    }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Right-aligned columns (numbers). */
      readonly right: readonly boolean[];
      /** Plain text leaves the header out: the columns speak for themselves. */
      readonly compact?: boolean;
      /**
       * Columns that draw the numbers beside them for plain text (the sensitivity's bars):
       * Markdown and HTML, which have no fixed-width layout, leave them out.
       */
      readonly drawing?: readonly number[];
    }
  /** Blocks that belong together: a titled section, or (without a title) a group of lines. */
  | { readonly kind: 'section'; readonly title?: string; readonly blocks: readonly Block[] };

/** A report as a document: its language, its title and its blocks. */
export interface ReportDocument {
  readonly lang: Lang;
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** A paragraph, optionally labelled. */
export const paragraph = (text: Text, label?: Text): Block => ({
  kind: 'paragraph',
  line: label === undefined ? { text } : { label, text },
});

/** A note on what precedes it. */
export const note = (text: Text): Block => ({ kind: 'note', text });

/** A titled section, or an untitled group of lines. */
export const section = (title: string | undefined, blocks: readonly Block[]): Block =>
  title === undefined ? { kind: 'section', blocks } : { kind: 'section', title, blocks };

/** Whether running text is one plain string (a label writers may set in bold). */
export const isPlain = (text: Text): text is string => typeof text === 'string';

/** A table without its drawing columns (for writers without a fixed-width layout). */
export function withoutDrawings(table: Extract<Block, { kind: 'table' }>) {
  const keep = (_: unknown, i: number) => !table.drawing?.includes(i);
  return {
    header: table.header.filter(keep),
    rows: table.rows.map((row) => row.filter(keep)),
    right: table.right.filter(keep),
  };
}

/** The pieces of running text, as an array. */
export const pieces = (text: Text): readonly Inline[] =>
  typeof text === 'string' || !Array.isArray(text) ? [text as Inline] : (text as readonly Inline[]);

/**
 * Text without control characters other than the line break: an input's name or source cannot
 * move a terminal's cursor, change its colours (ANSI escapes) or hide text.
 */
export const withoutControls = (text: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
