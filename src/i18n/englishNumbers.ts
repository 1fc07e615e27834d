/**
 * English (en-US) number formatting without Intl, for the options the library uses. Creating the
 * first `Intl.NumberFormat` of a process costs about 10 ms (ICU's data), and every estimate writes
 * its English messages (checks, reasons): this formatter gives the same text as
 * `new Intl.NumberFormat('en-US', options)` (test/englishNumbers.test.ts compares them over
 * random numbers): like Intl, it rounds the shortest decimal that reads back as the number, half
 * away from zero (Intl's default `halfExpand`).
 */

/** The subset of Intl.NumberFormatOptions the reports use. */
export interface EnglishNumberOptions {
  readonly style?: 'percent';
  readonly minimumFractionDigits?: number;
  readonly maximumFractionDigits?: number;
  readonly signDisplay?: 'auto' | 'always';
}

/** Whether these options are ones the English formatter reproduces exactly. */
export function isEnglishSupported(options: Intl.NumberFormatOptions): boolean {
  return Object.entries(options).every(([key, value]) =>
    key === 'style'
      ? value === 'percent'
      : key === 'signDisplay'
        ? value === 'auto' || value === 'always'
        : key === 'minimumFractionDigits' || key === 'maximumFractionDigits',
  );
}

/** "12345.6" → "12,345.6". */
function group(digits: string): string {
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * The shortest decimal that reads back as `value` (≥ 0, finite), as digits and the position of
 * the decimal point: 1.005 is { digits: '1005', point: 1 }, 0.0615 is { digits: '615', point: -1 }.
 * Intl rounds this decimal, not the exact binary value (so 1.005 → "1.01").
 */
function shortestDecimal(value: number): { digits: string; point: number } {
  const [mantissa = '0', exponent] = value.toString().split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const all = `${whole}${fraction}`;
  const digits = all.replace(/^0+/, '');
  if (digits === '') return { digits: '0', point: 1 };
  return { digits, point: whole.length + Number(exponent ?? 0) - (all.length - digits.length) };
}

/** "0999" + 1 → "1000": a decimal digit string incremented. */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') out[i] = '0';
    else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

/** A decimal (digits × 10^(point − length)) rounded half away from zero to `places` decimals. */
function toFixedDecimal(d: { digits: string; point: number }, places: number): string {
  const keep = d.point + places;
  let kept = keep > 0 ? d.digits.slice(0, keep).padEnd(keep, '0') : '';
  const next = keep >= 0 ? (d.digits[keep] ?? '0') : '0';
  if (next >= '5') kept = increment(kept);
  const integer = (kept.replace(/^0+/, '') || '0').padStart(places + 1, '0');
  return places === 0 ? integer : `${integer.slice(0, -places)}.${integer.slice(-places)}`;
}

/** The number as `new Intl.NumberFormat('en-US', options).format(value)` writes it. */
export function formatEnglish(value: number, options: EnglishNumberOptions): string {
  const percent = options.style === 'percent';
  const max = options.maximumFractionDigits ?? (percent ? 0 : 3);
  const min = Math.min(options.minimumFractionDigits ?? 0, max);
  const negative = value < 0 || Object.is(value, -0);
  const magnitude = Math.abs(value);
  const decimal = shortestDecimal(magnitude);
  let digits = toFixedDecimal(
    percent ? { digits: decimal.digits, point: decimal.point + 2 } : decimal,
    max,
  );
  if (digits.includes('.')) {
    const [whole = '', fraction = ''] = digits.split('.');
    let kept = fraction.slice(0, max);
    while (kept.length > min && kept.endsWith('0')) kept = kept.slice(0, -1);
    digits = kept === '' ? whole : `${whole}.${kept}`;
  }
  const sign = negative ? '-' : options.signDisplay === 'always' ? '+' : '';
  return `${sign}${group(digits)}${percent ? '%' : ''}`;
}
