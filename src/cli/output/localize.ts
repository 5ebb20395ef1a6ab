import type { Cell, Column } from './command-output.js';

/** Shows cells for people in a locale: grouped decimals with the digits they have, medium dates. */
export type CellFormatter = (value: Cell, column: Column) => string;

/** A formatter of cells for a locale (a BCP 47 tag such as `en-US` or `de-DE`). */
export function cellFormatter(locale: string): CellFormatter {
  const numbers = new Map<number, Intl.NumberFormat>();
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const decimal = (text: string, most?: number): string => {
    if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
    // Intl shows at most 20 decimals; a wider decimal is rounded to them (CSV and JSON keep all).
    const digits = Math.min(text.split('.')[1]?.length ?? 0, most ?? 20, 20);
    let format = numbers.get(digits);
    if (format === undefined) {
      format = new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      numbers.set(digits, format);
    }
    // A numeric string is formatted exactly (Intl.NumberFormat v3), never through a float.
    return format.format(text as unknown as number);
  };
  return (value, { kind, places }) => {
    if (value === null) return '';
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    // Rounded half away from zero by Intl, on the decimal string itself.
    if (kind === 'decimal' || kind === 'integer') return decimal(String(value), places);
    if (kind === 'date' && typeof value === 'string') {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (match === null) return value;
      const [, year, month, day] = match.map(Number) as [number, number, number, number];
      return dates.format(Date.UTC(year, month - 1, day));
    }
    return String(value);
  };
}

/** Checks a locale tag, returning it in canonical form, or undefined when it is not one. */
export function canonicalLocale(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical;
  } catch {
    return undefined;
  }
}
