/**
 * Double weights as BigInt integers with exactly the same ratios: each finite double is m·2^e
 * with a whole m, so scaling every weight by the same power of two makes them all whole. The
 * rounding rules fall back to these when a double computation is too close to call.
 *
 * @module
 */

// Scratch for reading the bits of one double at a time (synchronous, never re-entered).
const view = new DataView(new ArrayBuffer(8));

/** A finite non-negative double as [m, e] with value m·2^e and m a BigInt. */
function dyadic(value: number): readonly [bigint, number] {
  view.setFloat64(0, value);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const exponent = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  return exponent === 0 ? [fraction, -1074] : [fraction | (1n << 52n), exponent - 1075];
}

/** The weights (finite, 0 or more) as whole BigInts in the same ratios. */
export function exactWeights(weights: ArrayLike<number>): bigint[] {
  const parts: Array<readonly [bigint, number]> = [];
  let lowest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < weights.length; i++) {
    const part = dyadic(weights[i] as number);
    parts.push(part);
    if (part[0] !== 0n && part[1] < lowest) lowest = part[1];
  }
  return parts.map(([m, e]) => (m === 0n ? 0n : m << BigInt(e - lowest)));
}
