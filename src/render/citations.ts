import type { Lang } from '../i18n/format.js';
import { message } from '../i18n/messages.js';
import { keyPattern, leadingSourceKeys } from '../input/sourceKeys.js';
import { type Block, note, section } from './document.js';

/** A source registry entry as a result carries it (data/sources.json). */
export interface SourceEntry {
  readonly title: string;
  readonly titleFrom?: 'address' | 'description' | undefined;
  readonly publisher: string;
  readonly date?: string | undefined;
  readonly url: string;
  readonly what: string;
}

/**
 * A report's references: each source key gets a number the first time the report cites it, so
 * that the Sources section lists them in the order cited; a source text that begins with registry
 * keys ("seed-004: …") cites them and keeps its words.
 */
export interface Citations {
  /** "[1, 3]" for the keys (registry keys only), or '' when none is. */
  ref(keys: readonly string[]): string;
  /** A source text with its leading registry keys as references: "[2] Vice-Chairman of …". */
  text(source: string): string;
  /** A text with every registry key it names as a whole word replaced by its reference. */
  inline(text: string): string;
  /** Every source of the registry, numbered: the cited ones in order, then the others. */
  cited(): { n: number; source: SourceEntry }[];
}

/** The references of a report on a result whose registry entries are `registry`. */
export function citations(registry: Readonly<Record<string, SourceEntry>>): Citations {
  const known = new Set(Object.keys(registry));
  const numbers = new Map<string, number>();
  const ref = (keys: readonly string[]) => {
    const cited = keys.flatMap((key) => {
      if (!known.has(key)) return [];
      if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
      return [numbers.get(key) as number];
    });
    return cited.length > 0 ? `[${[...new Set(cited)].sort((a, b) => a - b).join(', ')}]` : '';
  };
  return {
    ref,
    text: (source) => {
      const { keys, rest } = leadingSourceKeys(source, known);
      if (keys.length === 0) return source;
      return rest ? `${ref(keys)} ${rest}` : ref(keys);
    },
    inline: (text) =>
      [...known].reduce(
        (out, key) =>
          out.includes(key) ? out.replace(keyPattern(key, 'g'), () => ref([key])) : out,
        text,
      ),
    cited: () => {
      // Every source the result used is listed, the ones the text did not cite at the end.
      ref(Object.keys(registry));
      return [...numbers].map(([key, n]) => ({ n, source: registry[key] as SourceEntry }));
    },
  };
}

/** The Sources section: "[1] Title. Publisher, date. Address." for each, and what the list is. */
export function sourcesSection(cite: Citations, lang: Lang): Block {
  const t = (key: Parameters<typeof message>[0], values = {}) => message(key, values, lang);
  const items = cite.cited().map(({ n, source }) => ({
    text: `[${n}] ${t('report.sources.line', {
      title: source.titleFrom === 'description' ? `[${source.title}]` : source.title,
      publisher: source.publisher,
      date: source.date ?? t('report.sources.undated'),
      url: source.url || t('report.sources.noAddress'),
    })}`,
  }));
  return section(t('report.sources'), [{ kind: 'list', items }, note(t('report.sources.note'))]);
}
