/**
 * How a typed or exported number is read (docs/method.md §2): the CSV reader and the web
 * calculator's form read a cell the same way, so that `39.888,5` means the same in both.
 */

/** A number written plainly: `39888`, `0.077`, `1e6`. */
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A number written with a decimal comma and, optionally, dots grouping thousands: "0,077", "151.307", "1.234,5". */
const DECIMAL_COMMA_NUMBER = /^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

/**
 * A number cell as the schema should see it: absent when empty, a number when it reads as one,
 * else the text itself, so that the validation names what was written. With `decimalComma` the
 * comma is the decimal point and dots group thousands (`151.307` is 151307); without it, a number
 * is written plainly and anything else stays text.
 *
 * @example
 * readNumberText('151.307', true) // => 151307
 * readNumberText('151.307', false) // => 151.307
 * readNumberText('39 888', false) // => '39 888' (text: the validation says what to write)
 */
export function readNumberText(value: string, decimalComma: boolean): number | string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (decimalComma && DECIMAL_COMMA_NUMBER.test(text))
    return Number(text.replace(/\./g, '').replace(',', '.'));
  return PLAIN_NUMBER.test(text) ? Number(text) : text;
}
