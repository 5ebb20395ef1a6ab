/** The longest rendering of a received value in an issue. */
export const MAX_RECEIVED = 60;

function clipText(text: string, room: number): string {
  return text.length > room ? `${text.slice(0, Math.max(room - 3, 0))}...` : text;
}

/** A decimal.js instance (read as its value, not as its inner fields). */
function isDecimalLike(value: object): value is { toString(): string } {
  return (
    'd' in value &&
    'e' in value &&
    's' in value &&
    typeof (value as { toFixed?: unknown }).toFixed === 'function'
  );
}

/** JSON of a value, written only as far as `room` characters allow (so never a huge string). */
function render(value: unknown, room: number, depth: number): string {
  if (value === undefined) return 'nothing';
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number')
    return Number.isFinite(value) ? JSON.stringify(value) : String(value);
  if (typeof value === 'bigint') return clipText(`${value}n`, room);
  if (typeof value === 'string') {
    // Quote a bounded slice, never the whole of a long string.
    return clipText(JSON.stringify(value.slice(0, room)), room);
  }
  if (typeof value !== 'object') return `a ${typeof value}`;
  if (isDecimalLike(value)) return clipText(`Decimal ${value.toString()}`, room);
  const array = Array.isArray(value);
  if (depth > 3) return array ? '[...]' : '{...}';
  let out = array ? '[' : '{';
  let count = 0;
  const keys = array ? [] : Object.keys(value).slice(0, 20);
  const length = array ? Math.min((value as unknown[]).length, 20) : keys.length;
  for (let i = 0; i < length; i++) {
    if (out.length >= room) break;
    const key = array ? i : (keys[i] as string);
    const inner = (value as Record<string | number, unknown>)[key];
    const part = render(inner, room - out.length, depth + 1);
    out += `${count > 0 ? ',' : ''}${array ? '' : `${JSON.stringify(String(key).slice(0, room))}:`}${part}`;
    count += 1;
  }
  return clipText(`${out}${array ? ']' : '}'}`, room);
}

/**
 * A short rendering of a received value: JSON cut to about 60 characters, built piece by piece so
 * that a huge or deeply nested value costs no more than its first characters.
 */
export function renderReceived(value: unknown): string {
  try {
    return render(value, MAX_RECEIVED, 0);
  } catch {
    return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
  }
}

/** A value's kind in words: "a number", "text", "a list", "an object", "null". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}
