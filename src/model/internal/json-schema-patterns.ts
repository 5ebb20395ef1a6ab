/**
 * Regular expressions that state the rules of decimal strings for JSON Schema, which cannot
 * compute: as lookaheads on a string already written as a decimal (`-?digits[.digits][e±digits]`).
 *
 * @module
 */

/** A string written with an exponent ("1.25e3"), for the rules exact on plain notation only. */
const WITH_EXPONENT = '[^eE]*[eE]';

const group = (text: string): string => (text.includes('|') ? `(?:${text})` : text);

/** The integers from `low` to `high`, both of `low.length` digits. */
function sameLength(low: string, high: string): string {
  if (low.length === 1) return low === high ? low : `[${low}-${high}]`;
  if (low[0] === high[0]) return `${low[0]}${group(sameLength(low.slice(1), high.slice(1)))}`;
  const rest = low.length - 1;
  const lowRest = low.slice(1);
  const highRest = high.slice(1);
  const parts: string[] = [];
  let first = Number(low[0]);
  let last = Number(high[0]);
  if (lowRest !== '0'.repeat(rest)) {
    parts.push(`${low[0]}${group(sameLength(lowRest, '9'.repeat(rest)))}`);
    first += 1;
  }
  let tail: string | undefined;
  if (highRest !== '9'.repeat(rest)) {
    tail = `${high[0]}${group(sameLength('0'.repeat(rest), highRest))}`;
    last -= 1;
  }
  if (first <= last) parts.push(`${first === last ? first : `[${first}-${last}]`}\\d{${rest}}`);
  if (tail !== undefined) parts.push(tail);
  return parts.join('|');
}

/** The integers from `low` to `high` (both at least 0), written without leading zeros. */
export function rangePattern(low: number, high: number): string {
  const parts: string[] = [];
  for (let length = String(low).length; length <= String(high).length; length++) {
    const from = Math.max(low, length === 1 ? 0 : 10 ** (length - 1));
    const to = Math.min(high, 10 ** length - 1);
    if (from <= to) parts.push(sameLength(String(from), String(to)));
  }
  return parts.join('|');
}

/** An exponent (`[+-]?digits`, leading zeros allowed) of at most `bound`. */
function exponentAtMost(bound: number): string {
  if (bound >= 0) return `(?:-\\d+|\\+?0*(?:${rangePattern(0, bound)}))`;
  const least = -bound;
  const digits = String(least).length;
  return `-0*(?:${rangePattern(least, 10 ** digits - 1)}|[1-9]\\d{${digits},})`;
}

/**
 * An absolute value below `10^power`, whether written plainly or with an exponent (up to
 * `maxLength` characters): the exponent of its leading digit is below `power`.
 */
export function magnitudeBelow(power: number, maxLength: number): string {
  const plain = `-?(?:0|[1-9]\\d{0,${power - 1}})(?:\\.\\d+)?$`;
  const forms = ['0(?:\\.0+)?[eE][+-]?\\d+$'];
  // k integer digits: the leading digit's exponent is k - 1 + X.
  for (let k = 1; k < maxLength; k++) {
    forms.push(`[1-9]\\d{${k - 1}}(?:\\.\\d+)?[eE]${exponentAtMost(power - k)}$`);
  }
  // 0.00…0d: z zeros after the point, the leading digit's exponent is X - z - 1.
  for (let z = 0; z < maxLength - 2; z++) {
    forms.push(`0\\.0{${z}}[1-9]\\d*[eE]${exponentAtMost(power + z)}$`);
  }
  return `(?=${plain}|-?(?:${forms.join('|')}))`;
}

/** At most `places` decimals once trailing zeros are dropped (exact in plain notation). */
export function placesPattern(places: number): string {
  return `^(?=${WITH_EXPONENT}|[^.]*$|[^.]*\\.\\d{0,${places}}0*$)`;
}

/**
 * The bounds of a decimal string, restated for JSON Schema: an absolute value below 1e30 (also
 * with an exponent), an exponent from -1000 to 1000, and in plain notation at most 20 decimal
 * places and 34 significant digits. A test checks them against `DecimalString` on random decimals.
 */
export function decimalBoundsPattern(maxLength: number): string {
  return (
    `^${magnitudeBelow(30, maxLength)}` +
    `(?=${WITH_EXPONENT}|[^.]*$|[^.]*\\.\\d{0,20}0*$)` +
    `(?=${WITH_EXPONENT}|-?[0.]*(?:[1-9](?:\\.?\\d){0,33}[0.]*)?$)` +
    '(?=[^eE]*$|[^eE]*[eE][+-]?0*(?:\\d{1,3}|1000)$)'
  );
}
