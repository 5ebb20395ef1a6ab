/**
 * Exact rational arithmetic on BigInt, so that the tests compute the expected economics
 * independently of the library's Decimal.
 */
export type Q = readonly [numerator: bigint, denominator: bigint];

export const q = (text: string): Q => {
  const [whole = '0', fraction = ''] = text.split('.');
  return [BigInt(whole + fraction), 10n ** BigInt(fraction.length)];
};
export const int = (value: number): Q => [BigInt(value), 1n];
export const add = (a: Q, b: Q): Q => [a[0] * b[1] + b[0] * a[1], a[1] * b[1]];
export const sub = (a: Q, b: Q): Q => [a[0] * b[1] - b[0] * a[1], a[1] * b[1]];
export const mul = (a: Q, b: Q): Q => [a[0] * b[0], a[1] * b[1]];
export const div = (a: Q, b: Q): Q =>
  b[0] < 0n ? [-a[0] * b[1], -a[1] * b[0]] : [a[0] * b[1], a[1] * b[0]];

/** Rounds to `places` decimals, half to even, and writes the result with exactly that many. */
export function fixed(value: Q, places: number): string {
  const scale = 10n ** BigInt(places);
  const [n, d] = value;
  const negative = n < 0n !== d < 0n;
  const num = (n < 0n ? -n : n) * scale;
  const den = d < 0n ? -d : d;
  let whole = num / den;
  const twice = (num % den) * 2n;
  if (twice > den || (twice === den && whole % 2n === 1n)) whole += 1n;
  const digits = whole.toString().padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative && whole !== 0n ? `-${text}` : text;
}
export const cents = (value: Q): string => fixed(value, 2);

/**
 * Splits whole units by largest remainder, written here independently of the library: each part
 * gets floor(total × w / W), the leftover units go to the largest remainders, ties to the larger
 * weight and then the earlier part (the library's documented default).
 */
export function split(total: bigint, weights: ReadonlyArray<bigint>): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => total * w - (parts[i] as bigint) * sum);
  let left = total - parts.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((_, i) => i)
    .sort((i, j) => {
      const ri = remainders[i] as bigint;
      const rj = remainders[j] as bigint;
      if (ri !== rj) return ri > rj ? -1 : 1;
      const wi = weights[i] as bigint;
      const wj = weights[j] as bigint;
      return wi !== wj ? (wi > wj ? -1 : 1) : i - j;
    });
  for (const i of order) {
    if (left === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left -= 1n;
  }
  return parts;
}

/** A whole number of cents as a fixed 2-place string. */
export const fromCents = (value: bigint): string => fixed([value, 100n], 2);
/** An exact amount rounded half-even to whole cents. */
export const toCents = (value: Q): bigint => BigInt(fixed(value, 2).replace('.', ''));
