import {
  formatInteger,
  formatNumber,
  formatPercent,
  formatPoints,
  formatSignedPercent,
  type Lang,
  LOCALES,
} from './format.js';
import { unitName } from './units.js';

/**
 * The message format of the catalogues: a small subset of ICU MessageFormat with typed number
 * placeholders. Every number goes through `Intl.NumberFormat`, every plural through
 * `Intl.PluralRules` of the language.
 *
 * - `{name}` inserts a value as it is (a number with up to 6 decimals, in the language's digits);
 * - `{name:kind}` formats a number: `int`, `num` (2 decimals), `num4`, `pct` (a share as a
 *   percentage), `pct2`, `pctPub` (one or two decimals, as published), `pts` (points, signed), `rel` (signed relative difference), `bound` (a
 *   rule's bound: years and small numbers as written, large ones grouped); `unit` names a money
 *   unit in the language ("billion VND" → "tỷ đồng");
 * - `{name, plural, =0 {…} one {…} other {…}}` chooses by the plural category of a number (`#` in
 *   a branch is the number, grouped);
 * - `{name, select, a {…} b {…} other {…}}` chooses by a text value (`other` when it has none).
 *
 * A placeholder whose value is missing is left as written, so that a missing value shows.
 */

/** Values of a message, by placeholder name. */
export type TemplateValues = Readonly<Record<string, number | string>>;

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralCategory(value: number, lang: Lang): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(value);
}

/** The index of the `}` that closes the `{` at `open`. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    if (template[i] === '{') depth++;
    else if (template[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unbalanced braces in message template: ${template}`);
}

/** The branches of a plural or select: `key {body} key {body} …`. */
function branches(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const key = text.slice(i, open).trim();
    const close = closing(text, open);
    out.set(key, text.slice(open + 1, close));
    i = close + 1;
  }
  return out;
}

function formatValue(value: number | string, kind: string | undefined, lang: Lang): string {
  if (kind === 'unit') return unitName(String(value), lang);
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'int':
      return formatInteger(value, lang);
    case 'num':
      return formatNumber(value, lang);
    case 'num4':
      return formatNumber(value, lang, 4);
    case 'pct':
      return formatPercent(value, lang);
    case 'pct2':
      return formatPercent(value, lang, 2);
    case 'pctPub':
      // A published share as published: 18.3%, 13.17% (one or two decimals).
      return formatPercent(value, lang, 1, 2);
    case 'pts':
      return formatPoints(value, lang);
    case 'rel':
      return formatSignedPercent(value, lang);
    case 'bound':
      return Math.abs(value) >= 10_000 ? formatInteger(value, lang) : String(value);
    default:
      return formatNumber(value, lang, 6);
  }
}

/** Fill a message template with values, in a language (see the format above). */
export function formatMessage(template: string, values: TemplateValues, lang: Lang): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = closing(template, open);
    const inner = template.slice(open + 1, close);
    const choice = /^\s*(\w+)\s*,\s*(plural|select)\s*,([\s\S]*)$/.exec(inner);
    if (choice) {
      const [, name = '', type, body = ''] = choice;
      const value = values[name];
      const options = branches(body);
      let branch: string | undefined;
      if (type === 'plural' && typeof value === 'number') {
        branch = options.get(`=${value}`) ?? options.get(pluralCategory(value, lang));
        branch = (branch ?? options.get('other'))?.replace(/#/g, formatInteger(value, lang));
      } else if (type === 'select') {
        // No value, or one without a branch of its own: the `other` branch.
        branch =
          (value === undefined ? undefined : options.get(String(value))) ?? options.get('other');
      }
      out +=
        branch === undefined
          ? template.slice(open, close + 1)
          : formatMessage(branch, values, lang);
    } else {
      const simple = /^(\w+)(?::(\w+))?$/.exec(inner);
      const value = simple ? values[simple[1] ?? ''] : undefined;
      out +=
        simple && value !== undefined
          ? formatValue(value, simple[2], lang)
          : template.slice(open, close + 1);
    }
    i = close + 1;
  }
  return out;
}

/** The names a template reads: its placeholders and the subjects of its plurals and selects. */
export function messageArguments(template: string): string[] {
  const names = new Set<string>();
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = closing(template, open);
    const inner = template.slice(open + 1, close);
    const choice = /^\s*(\w+)\s*,\s*(plural|select)\s*,([\s\S]*)$/.exec(inner);
    if (choice) {
      names.add(choice[1] ?? '');
      for (const branch of branches(choice[3] ?? '').values())
        for (const name of messageArguments(branch)) names.add(name);
    } else {
      const simple = /^(\w+)(?::(\w+))?$/.exec(inner);
      if (simple?.[1]) names.add(simple[1]);
    }
    i = close + 1;
  }
  return [...names].sort();
}
