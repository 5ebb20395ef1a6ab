/**
 * The values this library parsed or built itself, so that passing them back to a public function
 * costs no second check. Not exported from the package.
 *
 * @module
 */

// A private, invisible cache (CONTRIBUTING: allowed exceptions): membership never changes a
// result, it only skips a check that would pass. Values are treated as immutable everywhere:
// a caller who changes a parsed value in place must parse it again.
const trusted = new WeakSet<object>();

/** Marks a value the library made itself (parsed, or built and checked). Returns the value. */
export function trust<T>(value: T): T {
  if (typeof value === 'object' && value !== null) trusted.add(value);
  return value;
}

/** Whether a value was parsed or built by the library (see {@link trust}). */
export function isTrusted(value: unknown): boolean {
  return typeof value === 'object' && value !== null && trusted.has(value);
}
