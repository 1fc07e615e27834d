import { catalogues } from './catalogue.js';
import type { Lang } from './format.js';

/** The money units recognised: their catalogue key (for reports) and their size in VND (for checks). */
const UNITS = {
  vnd: { key: 'unit.vnd', vnd: 1 },
  đồng: { key: 'unit.vnd', vnd: 1 },
  'thousand vnd': { key: 'unit.thousand-vnd', vnd: 1e3 },
  'nghìn đồng': { key: 'unit.thousand-vnd', vnd: 1e3 },
  'million vnd': { key: 'unit.million-vnd', vnd: 1e6 },
  'triệu đồng': { key: 'unit.million-vnd', vnd: 1e6 },
  'billion vnd': { key: 'unit.billion-vnd', vnd: 1e9 },
  'tỷ đồng': { key: 'unit.billion-vnd', vnd: 1e9 },
  'trillion vnd': { key: 'unit.trillion-vnd', vnd: 1e12 },
  'nghìn tỷ đồng': { key: 'unit.trillion-vnd', vnd: 1e12 },
} as const;

/** A recognised unit: its catalogue key and VND per unit; undefined for any other unit. */
export function recogniseUnit(unit: string): (typeof UNITS)[keyof typeof UNITS] | undefined {
  const normalised = unit.trim().toLowerCase().replace(/\s+/g, ' ');
  return (UNITS as Record<string, (typeof UNITS)[keyof typeof UNITS]>)[normalised];
}

/** A money unit in `lang` ("billion VND" → "tỷ đồng"); a unit we do not know is shown as given. */
export function unitName(unit: string, lang: Lang): string {
  const known = recogniseUnit(unit);
  return known ? catalogues[lang][known.key] : unit;
}
